// The tables' columns, in the contract's order, with Table Schema types, units and descriptions.

export type FieldType = "string" | "number" | "integer" | "boolean";

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  unit?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

export interface TableSpec {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
}

export const s = (
  name: string,
  description: string,
  constraints?: Field["constraints"],
): Field => ({
  name,
  type: "string",
  description,
  ...(constraints ? { constraints } : {}),
});
export const i = (name: string, description: string, required = false): Field => ({
  name,
  type: "integer",
  description,
  ...(required ? { constraints: { required } } : {}),
});
export const n = (name: string, description: string, unit?: string): Field => ({
  name,
  type: "number",
  description,
  ...(unit ? { unit } : {}),
});
export const b = (name: string, description: string): Field => ({
  name,
  type: "boolean",
  description,
});
export const id = (description: string): Field => s("id", description, { required: true });
export const doc = s("doc", "Document id: the raw file's name without extension", {
  required: true,
});
export const TIME_SOURCES = ["stated", "narrative", "bounded", "unknown"];
export const QUALIFIERS = ["exact", "approx", "at_least", "at_most", "more_than", "less_than"];

export const DOCUMENTS: TableSpec = {
  name: "documents",
  title: "Documents",
  description: "One row per raw document, with its manifest metadata and checksum.",
  primaryKey: ["id"],
  fields: [
    id("Document id"),
    s("title", "Title"),
    s("author", "Author(s)"),
    s("publication", "Where it was published"),
    i("year", "Year of publication"),
    i("pages", "Number of pages"),
    i("characters", "Length of the decoded text, in UTF-16 code units"),
    s("sha256", "SHA-256 of the raw file's bytes", { required: true, pattern: "^[0-9a-f]{64}$" }),
  ],
};

export const time: Field[] = [
  i("year", "The single year the claim refers to, when known"),
  i("period_start", "First year of a stated or bounded interval"),
  i("period_end", "Last year of a stated or bounded interval"),
  s(
    "time_source",
    "How the time was found: stated in the sentence, carried by the narrative, bounded by dated sentences around it, or unknown",
    { required: true, enum: TIME_SOURCES },
  ),
];
export const provenance: Field[] = [
  i("footnote", "Number of the footnote marker that cites the claim"),
  s("work_id", "The cited work, in works.csv"),
  s("citation", "The resolved citation text"),
  s("quote", "The whole sentence, reflowed", { required: true }),
];

export const CLAIMS: TableSpec = {
  name: "claims",
  title: "Claims",
  description:
    "One row per quantitative claim, with what it measures, when, for whom and from which source.",
  primaryKey: ["id"],
  foreignKeys: [
    { fields: ["doc"], reference: { resource: "documents", fields: ["id"] } },
    { fields: ["doc", "work_id"], reference: { resource: "works", fields: ["doc", "id"] } },
  ],
  fields: [
    id(
      "Stable claim id: hash of document id, quantity text and its occurrence among the document's recognized figures",
    ),
    doc,
    s("status", "Review status", { required: true, enum: ["extracted", "accepted", "corrected"] }),
    s("category", "Claim category from the taxonomy", { required: true }),
    s("measure", "Groups comparable claims: canonical unit, then what is measured"),
    s("text", "The quantity as written", { required: true }),
    n("low", "Value as stated (low end of a range), scale words applied"),
    n("high", "Value as stated (high end of a range)"),
    s("unit", "Unit as stated, as a canonical symbol", { required: true }),
    n("value_canonical_low", "Low value in unit_canonical"),
    n("value_canonical_high", "High value in unit_canonical"),
    s("unit_canonical", "Canonical unit of the tables (USD, t, MW, %, count, ...)", {
      required: true,
    }),
    s("qualifier", "Hedge on the value", { required: true, enum: QUALIFIERS }),
    b("approximate", "True when the qualifier is approx"),
    s("change", "up or down when the text states a change", { enum: ["up", "down"] }),
    s("per", "Rate: year, month, day, item, ..."),
    s("noun", "For counts: what is counted"),
    s("commodity", "Commodity the claim is about"),
    s("parties", "Countries named in the sentence, separated by '; '"),
    s("party_from", "Exporter, supplier or lender"),
    s("party_to", "Importer, buyer or borrower"),
    s("entity", "Plant, station or project the figure belongs to"),
    ...time,
    i("page", "1-based page index", true),
    i("page_printed", "Number printed on the page"),
    i("line", "1-based line in the raw file", true),
    i(
      "start",
      "Start offset of the quantity text in the raw decoded file (UTF-16 code units)",
      true,
    ),
    i("end", "End offset (exclusive) of the quantity text in the raw decoded file", true),
    i("in_footnote", "Number of the footnote whose text holds the claim"),
    ...provenance,
    s("note", "Why a field is empty, how a value was found, and review notes"),
  ],
};

/** A chart table: one main category, in one canonical unit. */
export function categoryTable(
  name: string,
  title: string,
  unit: string,
  labelHelp: string,
): TableSpec {
  return {
    name,
    title,
    description: `${title}, in ${unit}, shaped for charting. Rows are claims of claims.csv (same id).`,
    primaryKey: ["id"],
    foreignKeys: [{ fields: ["id"], reference: { resource: "claims", fields: ["id"] } }],
    fields: [
      id("Claim id, as in claims.csv"),
      doc,
      s("label", `Short display label: ${labelHelp}`, { required: true }),
      n("low", "Low value, canonical unit", unit),
      n("high", "High value, canonical unit (a range has low < high)", unit),
      s("unit", "Canonical unit", { required: true, enum: [unit] }),
      s("qualifier", "Hedge on the value", { enum: QUALIFIERS }),
      b("approximate", "True when the qualifier is approx"),
      s("per", "Rate: year, month, item, ..."),
      s("commodity", "Commodity"),
      s("party_from", "Exporter, supplier or lender"),
      s("party_to", "Importer, buyer or borrower"),
      s("entity", "Plant, station or project"),
      ...time,
      i("page", "1-based page index", true),
      ...provenance,
    ],
  };
}
