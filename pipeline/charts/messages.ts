// The charts stage's message catalog: every error and log text in one place, so tests can compare.

export const chartMessages = {
  invalidJson: (detail: string) => `Chart spec is not valid JSON: ${detail}`,
  notAnObject: () => "Chart spec must be a JSON object",
  noDataUrl: () =>
    'Chart spec has no CSV to read: give "data": {"url": "<table>.csv"} (resolved against the data folder)',
  badDataUrl: (url: string) => `Chart data must name a CSV file in the data folder, got "${url}"`,
  missingCsv: (url: string, dir: string) => `Chart data "${url}" not found in ${dir}`,
  unknownField: (field: string, columns: string[]) =>
    `Chart spec uses field "${field}", which the CSV does not have; it has: ${columns.join(", ")}`,
  unknownKey: (key: string, where: string, allowed: string[]) =>
    `Chart spec has unknown property "${key}" in ${where}; allowed: ${allowed.join(", ")}`,
  unknownMark: (mark: string) => `Chart spec has unknown mark type "${mark}"`,
  compileWarning: (text: string) => `Chart spec does not compile cleanly: ${text}`,
  renderFailed: (detail: string) => `Chart could not be rendered: ${detail}`,
  badTheme: (key: string, got: string) => `Chart theme: ${key} is missing or invalid, got ${got}`,
  badCsv: (detail: string) => `Chart data is not a valid CSV: ${detail}`,
  rendered: (name: string, formats: string[]) => `rendered ${name} (${formats.join(", ")})`,
  skipped: (name: string) => `unchanged ${name}`,
  failed: (name: string, message: string) => `failed ${name}: ${message}`,
  emptyTable: () => "No claims of this kind in the processed documents yet.",
  nothingDrawn: () => "No claims in the processed documents match this chart yet.",
  noSource: () => "Source: none (no rows drawn)",
};
