// Public surface of the tables stage: claims → tidy CSVs + datapackage.json, and their checks.
export { buildTables, type TablesInput, type TablesOutput } from "./build-tables.ts";
export { CHART_TABLES } from "./category-tables.ts";
export { formatNumber, guardText, toCsv, unguardText } from "./csv-format.ts";
export { dataPackage, FORMULA_GUARD_NOTE } from "./datapackage.ts";
export { CLAIMS, DOCUMENTS, type Field, type TableSpec } from "./schemas.ts";
export { EVENTS, FOOTNOTES, WORKS } from "./source-schemas.ts";
export { validatePackage } from "./validate-package.ts";
