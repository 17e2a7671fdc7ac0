// Readable words for the table contract's keys (measure, category) and a row label built from a
// row's own fields when the tables stage could only fall back to the claim's quantity text.

import type { Row } from "./csv-table.ts";

// The claims stage's closed set of categories, as a reader would name them in a panel heading.
const CATEGORY_NAMES: Record<string, string> = {
  loan: "Loans",
  power_capacity: "Power capacity",
  export_share: "Export shares",
  supply_quota: "Supply quotas",
  trade_value: "Trade values",
  other: "Other",
};

function text(cell: Row[string] | undefined): string {
  return cell == null ? "" : String(cell).trim();
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase("en") + s.slice(1);
}

/** "count:people killed" + "count" → "People killed (count)"; "t:supply_quota beef" → "Supply quotas, beef (t)". */
export function measureHeading(measure: string, unit: string): string {
  const colon = measure.indexOf(":");
  const key = colon >= 0 ? measure.slice(colon + 1).trim() : measure.trim();
  const shownUnit = unit || (colon >= 0 ? measure.slice(0, colon) : "");
  const [head = "", ...rest] = key.split(/\s+/);
  const named = CATEGORY_NAMES[head];
  const words = named
    ? [named, rest.join(" ")].filter((w) => w).join(", ")
    : capitalize(key.replace(/_/g, " "));
  return shownUnit ? `${words || "Unnamed measure"} (${shownUnit})` : words;
}

/** The readable name of a category key; unknown keys lose their underscores. */
export function categoryName(category: string): string {
  return CATEGORY_NAMES[category] ?? capitalize(category.replace(/_/g, " "));
}

// Exact and approximate values are drawn as such (filled or open dot); a bound is not, so it is
// spelt out beside the figure ("more than 30 thousand") rather than shown as a plain value.
const BOUND_WORDS: Record<string, string> = {
  at_least: "at least",
  at_most: "at most",
  more_than: "more than",
  less_than: "less than",
};

/** "more_than" → "more than"; empty for any other qualifier or when the text already says it. */
export function qualifierWords(qualifier: string, quantityText = ""): string {
  const words = BOUND_WORDS[qualifier] ?? "";
  return words && quantityText.toLowerCase().startsWith(words) ? "" : words;
}

function partiesPart(row: Row): string {
  const from = text(row.party_from);
  const to = text(row.party_to);
  if (from && to) return `${from} → ${to}`;
  if (from) return `from ${from}`;
  return to ? `to ${to}` : "";
}

/** The label from the row's fields only: parties, entity and commodity, each once. */
export function fieldsLabel(row: Row): string {
  const parts: string[] = [];
  for (const p of [partiesPart(row), text(row.entity), text(row.commodity)])
    if (p && !parts.includes(p)) parts.push(p);
  return parts.join(", ");
}

// A label that starts like a number ("56 million", "'2.6%") is the quantity, not a name.
const QUANTITY_LIKE = /^['"“]?[≈~<>]?\s*\d/;

/**
 * The row label a chart shows: the upstream label unless it is only the claim's own text (equal
 * to claims.csv's text for the id, or quantity-like when that table is absent); then the fields,
 * and when the row names nothing, its page, so the label never invents a party. A label that is
 * only the commodity gains the row's parties.
 */
export function rowLabel(row: Row, claimText?: string): string {
  const label = text(row.label);
  const fallback =
    label === "" ||
    (claimText !== undefined ? label === claimText.trim() : QUANTITY_LIKE.test(label));
  // A commodity alone ("grain") hides who trades it; the row's parties, when stated, say so.
  if (!fallback)
    return label === text(row.commodity) && partiesPart(row)
      ? `${label}, ${partiesPart(row)}`
      : label;
  const built = fieldsLabel(row);
  if (built) return built;
  const page = text(row.page);
  return page ? `p. ${page} (no party named)` : "no party named";
}
