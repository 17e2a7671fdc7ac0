// The context tables a chart may draw on besides its own CSV (documents, works, footnotes and
// claims), indexed once, and the display fields derived from them for every row.

import type { Row, Table } from "./csv-table.ts";
import { categoryName, measureHeading, qualifierWords, rowLabel } from "./row-labels.ts";
import { shortWork } from "./short-cite.ts";

export interface ContextTables {
  documents?: Table;
  works?: Table;
  footnotes?: Table;
  claims?: Table;
}

export interface ChartContext {
  docTitles: Map<string, string>;
  works: Map<string, Row>;
  footnotes: Map<string, Row>;
  claimTexts?: Map<string, string>;
}

/** Columns every spec may read on top of its CSV's own. */
export const DERIVED_FIELDS = [
  "doc_title",
  "doc_short",
  "measure_heading",
  "category_name",
  "row_label",
  "cited",
  "qualifier_words",
] as const;

function text(cell: Row[string] | undefined): string {
  return cell == null ? "" : String(cell).trim();
}

function byKey(table: Table | undefined, key: (r: Row) => string): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const row of table?.rows ?? []) if (key(row)) out.set(key(row), row);
  return out;
}

const noteKey = (doc: string, number: string) => `${doc}#${number}`;

export function chartContext(tables: ContextTables): ChartContext {
  const docTitles = new Map<string, string>();
  for (const [id, r] of byKey(tables.documents, (r) => text(r.id)))
    if (text(r.title)) docTitles.set(id, text(r.title));
  const claimTexts = tables.claims ? new Map<string, string>() : undefined;
  for (const r of tables.claims?.rows ?? []) claimTexts?.set(text(r.id), text(r.text));
  return {
    docTitles,
    works: byKey(tables.works, (r) => text(r.id)),
    footnotes: byKey(tables.footnotes, (r) =>
      text(r.number) ? noteKey(text(r.doc), text(r.number)) : "",
    ),
    claimTexts,
  };
}

/** The note a row's figure comes from: the footnote it sits in, else the one whose marker cites it. */
export function sourceNote(
  row: Row,
  ctx: ChartContext,
): { number: string; note?: Row } | undefined {
  const number = text(row.in_footnote) || text(row.footnote);
  if (!number) return undefined;
  return { number, note: ctx.footnotes.get(noteKey(text(row.doc), number)) };
}

export function isExplanatory(row: Row, ctx: ChartContext): boolean {
  return text(sourceNote(row, ctx)?.note?.kind) === "explanatory" && !text(row.work_id);
}

/** "Ivanov 1990, p. 12", "note 31 (explanatory)", "note 79" or "no citation": where a figure comes from. */
export function citedSource(row: Row, ctx: ChartContext): string {
  const found = sourceNote(row, ctx);
  const workId = text(row.work_id);
  if (workId) {
    const work = ctx.works.get(workId);
    const name = work ? shortWork(work) : `work ${workId}`;
    const pages = text(found?.note?.page_cited);
    return pages ? `${name}, ${/[-–,]/.test(pages) ? "pp." : "p."} ${pages}` : name;
  }
  if (!found) return "no citation";
  return isExplanatory(row, ctx) ? `note ${found.number} (explanatory)` : `note ${found.number}`;
}

// Naming the document only where a measure's claims span several documents keeps labels short.
function multiDocMeasures(rows: Row[]): Set<string> {
  const docs = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = `${text(r.measure)}|${text(r.unit_canonical)}`;
    docs.set(key, (docs.get(key) ?? new Set()).add(text(r.doc)));
  }
  return new Set([...docs].filter(([, d]) => d.size > 1).map(([k]) => k));
}

export function withDerivedFields(rows: Row[], ctx: ChartContext): Row[] {
  const multi = multiDocMeasures(rows);
  return rows.map((r) => {
    const measure = text(r.measure);
    const several = multi.has(`${measure}|${text(r.unit_canonical)}`);
    return {
      ...r,
      doc_title: ctx.docTitles.get(text(r.doc)) ?? null,
      doc_short: several ? text(r.doc) || null : null,
      measure_heading: measure ? measureHeading(measure, text(r.unit_canonical)) : null,
      category_name: text(r.category) ? categoryName(text(r.category)) : null,
      row_label: rowLabel(r, ctx.claimTexts?.get(text(r.id))),
      cited: citedSource(r, ctx),
      qualifier_words: qualifierWords(text(r.qualifier), text(r.text)) || null,
    };
  });
}
