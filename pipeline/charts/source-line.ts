// The source line under every figure: the documents (titles from documents.csv) and the cited
// works (citations from works.csv) of the rows a figure actually drew, in a stable order.

import type { Row, Table } from "./csv-table.ts";
import { chartMessages } from "./messages.ts";

function index(table: Table | undefined, key: string, value: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of table?.rows ?? []) {
    const k = row[key];
    const v = row[value];
    if (k != null && v != null && v !== "") out.set(String(k), String(v));
  }
  return out;
}

export function documentTitles(documents: Table | undefined): Map<string, string> {
  return index(documents, "id", "title");
}

function distinct(rows: Row[], field: string): string[] {
  const seen = new Set<string>();
  for (const r of rows) if (r[field] != null && r[field] !== "") seen.add(String(r[field]));
  return [...seen].sort();
}

export function sourceLine(drawn: Row[], documents?: Table, works?: Table): string {
  const titles = documentTitles(documents);
  const citations = index(works, "id", "citation");
  const docs = distinct(drawn, "doc").map((id) => titles.get(id) ?? id);
  // Rows carry their resolved citation; works.csv is the fallback for rows that only name the work.
  const cited = new Set<string>();
  for (const r of drawn) {
    const c = r.citation != null && r.citation !== "" ? String(r.citation) : undefined;
    const w = r.work_id != null ? citations.get(String(r.work_id)) : undefined;
    if (c ?? w) cited.add((c ?? w) as string);
  }
  if (docs.length === 0 && cited.size === 0) return chartMessages.noSource();
  const parts = [`Source: ${docs.join("; ")}`];
  if (cited.size > 0) parts.push(`citing ${[...cited].sort().join("; ")}`);
  return `${parts.join(", ")}.`;
}
