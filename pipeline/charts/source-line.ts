// The source line under every figure: the documents (titles from documents.csv) and the works
// they cite for the rows a figure actually drew, once each. Explanatory footnotes are not works.

import { type ChartContext, chartContext, isExplanatory } from "./chart-context.ts";
import type { Row, Table } from "./csv-table.ts";
import { chartMessages } from "./messages.ts";
import { shortWork } from "./short-cite.ts";

function text(cell: Row[string] | undefined): string {
  return cell == null ? "" : String(cell).trim();
}

function distinctSorted(values: string[]): string[] {
  return [...new Set(values.filter((v) => v))].sort();
}

// Full citations, one per work and without the page: short "Surname Year" forms would merge the
// many untitled-author works (decrees, agreements) whose titles share their first words.
function citedWorks(drawn: Row[], ctx: ChartContext): string[] {
  const full = new Map<string, string>();
  for (const r of drawn) {
    const id = text(r.work_id);
    const work = id ? ctx.works.get(id) : undefined;
    if (work) {
      full.set(`w:${id}`, text(work.citation) || shortWork(work));
    } else if (text(r.citation) && !isExplanatory(r, ctx)) {
      // A row that names no known work but carries a citation: quote it once as given.
      full.set(`c:${text(r.citation)}`, text(r.citation));
    }
  }
  return distinctSorted([...full.values()]);
}

export function sourceLine(
  drawn: Row[],
  documents?: Table,
  works?: Table,
  footnotes?: Table,
): string {
  const ctx = chartContext({ documents, works, footnotes });
  const docs = distinctSorted(drawn.map((r) => text(r.doc))).map(
    (id) => ctx.docTitles.get(id) ?? id,
  );
  const cited = citedWorks(drawn, ctx);
  if (docs.length === 0 && cited.length === 0) return chartMessages.noSource();
  const parts = [`Source: ${docs.join("; ")}`];
  if (cited.length > 0) parts.push(`citing ${cited.join("; ")}`);
  return `${parts.join(", ")}.`.replace(/\.\.$/, ".");
}
