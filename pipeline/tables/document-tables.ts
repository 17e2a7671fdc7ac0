// One document's share of every table, as CSV lines. Every table is ordered by document id first
// (then by position in the document, or by footnote or work number), so the shares of the
// documents, concatenated in id order under one header, are the whole tables: the build formats
// each document where it was extracted and keeps none of its rows.
import { reviewed } from "../claims/review.ts";
import type { Claim, DocumentClaims, ReviewRow } from "../claims/types.ts";
import type { ManifestRow } from "../ingest/manifest.ts";
import { CHART_TABLES, chartColumns } from "./category-tables.ts";
import { csvLines } from "./csv-format.ts";
import { CLAIMS, DOCUMENTS, type TableSpec } from "./schemas.ts";
import { EVENTS, FOOTNOTES, WORKS } from "./source-schemas.ts";

/** Every table, in the order of the data package. */
export const TABLES: readonly TableSpec[] = [
  DOCUMENTS,
  CLAIMS,
  ...CHART_TABLES.map((t) => t.spec),
  EVENTS,
  FOOTNOTES,
  WORKS,
];

export interface DocumentEntry {
  row: ManifestRow;
  sha256: string;
  /** Length of the decoded text in UTF-16 code units. */
  characters: number;
  /** The compact extraction result: claims, events, footnotes and works (no text needed). */
  result: DocumentClaims;
}

export interface DocumentTables {
  /** CSV lines per table name (no header; "" when the document has no rows there). */
  lines: Record<string, string>;
  /** Claims extracted, before the review. */
  extracted: number;
  rejected: number;
  /** Ids of the review rows that matched a claim of this document. */
  reviewedIds: string[];
  /** Per chart table: claims of its category left out because they are in another unit. */
  otherUnits: Record<string, number>;
}

type Row = Record<string, unknown>;

export function documentTables(
  entry: DocumentEntry,
  review: ReadonlyMap<string, ReviewRow>,
): DocumentTables {
  const { result } = entry;
  const kept: Claim[] = [];
  const reviewedIds: string[] = [];
  let rejected = 0;
  for (const claim of result.claims) {
    if (review.has(claim.id)) reviewedIds.push(claim.id);
    const c = reviewed(claim, review);
    if (c.status === "rejected") rejected += 1;
    else kept.push(c);
  }
  const rows = new Map<TableSpec, Row[]>([
    [DOCUMENTS, [documentRow(entry)]],
    // The parties list is written "; "-joined, as every list cell is (formatCell).
    [CLAIMS, kept as unknown as Row[]],
    [EVENTS, result.events as unknown as Row[]],
    [FOOTNOTES, footnoteRows(result)],
    [WORKS, workRows(result)],
  ]);
  const chartLines = new Map<TableSpec, string>();
  const otherUnits: Record<string, number> = {};
  for (const t of CHART_TABLES) {
    const mine = kept.filter((c) => c.category === t.category);
    const shown = mine.filter((c) => c.unit_canonical === t.unit);
    chartLines.set(t.spec, csvLines(byStart(shown), t.spec.fields, chartColumns(t)));
    otherUnits[t.spec.name] = mine.length - shown.length;
  }
  rows.set(CLAIMS, byStart(rows.get(CLAIMS) as Array<Row & { start: number }>));
  rows.set(EVENTS, byStart(rows.get(EVENTS) as Array<Row & { start: number }>));
  const lines: Record<string, string> = {};
  for (const spec of TABLES)
    lines[spec.name] = chartLines.get(spec) ?? csvLines(rows.get(spec) ?? [], spec.fields);
  return { lines, extracted: result.claims.length, rejected, reviewedIds, otherUnits };
}

/** Stable by start: claims and events come sorted already, this keeps the tables' order a property of the tables. */
function byStart<T extends { start: number }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.start - b.start);
}

function documentRow({ row, sha256, characters, result }: DocumentEntry): Row {
  return {
    id: row.id,
    title: row.title,
    author: row.author,
    publication: row.publication,
    year: row.year,
    pages: result.model.pages.length || 1,
    characters,
    sha256,
  };
}

function footnoteRows(result: DocumentClaims): Row[] {
  return result.model.footnotes
    .map((f) => ({
      doc: result.model.id,
      number: f.number,
      page: f.page,
      kind: f.kind,
      work_id: f.work,
      page_cited: f.pageCited,
      text: f.text,
    }))
    .sort((a, b) => a.number - b.number);
}

/** Works in their number's order ("w2" before "w10"). */
function workRows(result: DocumentClaims): Row[] {
  const order = (id: string) => Number(id.replace(/\D+/g, "")) || 0;
  return result.model.works
    .map((w) => ({ ...w, doc: result.model.id }))
    .sort((a, b) => order(a.id) - order(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
