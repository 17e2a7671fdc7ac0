// Claims of every document (with the review applied) → the tidy CSVs of data/processed/ and their
// datapackage.json. Pure: returns file names and contents; the build writes them atomically.
import { escape as aqEscape, from } from "arquero";
import { applyReview } from "../claims/review.ts";
import type { Claim, DocumentClaims, ReviewRow } from "../claims/types.ts";
import type { ManifestRow } from "../ingest/manifest.ts";
import type { RawDocument } from "../ingest/types.ts";
import { CHART_TABLES, chartRows } from "./category-tables.ts";
import { toCsv } from "./csv-format.ts";
import { dataPackage } from "./datapackage.ts";
import { CLAIMS, DOCUMENTS, type TableSpec } from "./schemas.ts";
import { EVENTS, FOOTNOTES, WORKS } from "./source-schemas.ts";

export interface TablesInput {
  documents: Array<{ row: ManifestRow; raw: RawDocument; pages: number }>;
  results: DocumentClaims[];
  review: ReviewRow[];
}

export interface TablesOutput {
  files: Array<{ name: string; content: string }>;
  warnings: string[];
}

type Row = Record<string, unknown>;

export function buildTables(input: TablesInput): TablesOutput {
  const warnings: string[] = [];
  // Process: the review first, so corrections reach every table.
  const extracted = input.results.flatMap((r) => r.claims);
  const { claims: reviewed, orphans } = applyReview(extracted, input.review);
  for (const o of orphans)
    warnings.push(
      `review.csv line ${o.line}: claim ${o.id} no longer exists; its ${o.action} is not applied`,
    );
  const rejected = reviewed.filter((c) => c.status === "rejected").length;
  if (rejected > 0) warnings.push(`review: ${rejected} rejected claim(s) left out of every table`);
  const kept = reviewed.filter((c) => c.status !== "rejected");
  const tables: Array<{ spec: TableSpec; rows: Row[] }> = [
    { spec: DOCUMENTS, rows: documentRows(input) },
    { spec: CLAIMS, rows: ordered(kept.map((c) => ({ ...c, parties: c.parties.join("; ") }))) },
  ];
  for (const t of CHART_TABLES) {
    const { rows, otherUnits } = chartRows(kept, t);
    if (otherUnits > 0)
      warnings.push(
        `${t.spec.name}.csv: ${otherUnits} ${t.category} claim(s) not in ${t.unit} stay in claims.csv only`,
      );
    tables.push({ spec: t.spec, rows });
  }
  tables.push({
    spec: EVENTS,
    rows: ordered(input.results.flatMap((r) => r.events as unknown as Row[])),
  });
  tables.push({ spec: FOOTNOTES, rows: footnoteRows(input.results) });
  tables.push({ spec: WORKS, rows: workRows(input.results) });
  // Save outputs (as strings)
  const files = tables.map(({ spec, rows }) => ({
    name: `${spec.name}.csv`,
    content: toCsv(rows, spec.fields),
  }));
  files.push({
    name: "datapackage.json",
    content: dataPackage(
      tables.map((t) => t.spec),
      files,
      input.documents.map((d) => d.row),
    ),
  });
  return { files, warnings };
}

/** Stable order: document id, then raw offset. */
function ordered(rows: Row[]): Row[] {
  if (rows.length === 0) return [];
  return from(rows).orderby("doc", "start").objects() as Row[];
}

function documentRows(input: TablesInput): Row[] {
  const length = new Map(input.results.map((r) => [r.model.id, r.model.raw.text.length]));
  const rows = input.documents.map(({ row, raw, pages }) => ({
    id: row.id,
    title: row.title,
    author: row.author,
    publication: row.publication,
    year: row.year,
    pages,
    characters: length.get(row.id) ?? raw.text.length,
    sha256: raw.sha256,
  }));
  return rows.length === 0 ? [] : (from(rows).orderby("id").objects() as Row[]);
}

function footnoteRows(results: DocumentClaims[]): Row[] {
  const rows = results.flatMap((r) =>
    r.model.footnotes.map((f) => ({
      doc: r.model.id,
      number: f.number,
      page: f.page,
      kind: f.kind,
      work_id: f.work,
      page_cited: f.pageCited,
      text: f.text,
    })),
  );
  return rows.length === 0 ? [] : (from(rows).orderby("doc", "number").objects() as Row[]);
}

function workRows(results: DocumentClaims[]): Row[] {
  const rows = results.flatMap((r) => r.model.works.map((w) => ({ ...w, doc: r.model.id })));
  if (rows.length === 0) return [];
  return from(rows)
    .derive({ order: aqEscape((w: { id: string }) => Number(w.id.replace(/\D+/g, "")) || 0) })
    .orderby("doc", "order", "id")
    .objects() as Row[];
}

export type { Claim };
