// Claims of every document (with the review applied) → the tidy CSVs of data/processed/ and their
// datapackage.json. The build streams each document's share of the tables into the files as the
// documents arrive (see document-tables.ts); buildTables does the same in memory, for callers that
// hold a few documents. Pure: returns file names and contents.
import { reviewById } from "../claims/review.ts";
import type { Claim, ReviewRow } from "../claims/types.ts";
import { CHART_TABLES } from "./category-tables.ts";
import { csvHeader } from "./csv-format.ts";
import { dataPackage, digestOf } from "./datapackage.ts";
import {
  type DocumentEntry,
  type DocumentTables,
  documentTables,
  TABLES,
} from "./document-tables.ts";

export interface TablesInput {
  documents: DocumentEntry[];
  review: ReviewRow[];
}

export interface TablesOutput {
  files: Array<{ name: string; content: string }>;
  warnings: string[];
}

export function buildTables(input: TablesInput): TablesOutput {
  const review = reviewById(input.review);
  const tally = new TableTally();
  const lines = new Map(TABLES.map((spec) => [spec.name, [csvHeader(spec.fields)]]));
  for (const entry of inIdOrder(input.documents)) {
    const share = documentTables(entry, review);
    tally.add(share);
    for (const spec of TABLES) lines.get(spec.name)?.push(share.lines[spec.name]);
  }
  const files = TABLES.map((spec) => ({
    name: `${spec.name}.csv`,
    content: (lines.get(spec.name) ?? []).join(""),
  }));
  const digests = new Map(files.map((f) => [f.name, digestOf(f.content)]));
  files.push({
    name: "datapackage.json",
    content: dataPackage(
      TABLES,
      digests,
      input.documents.map((d) => d.row),
    ),
  });
  return { files, warnings: tally.warnings(input.review) };
}

/** Tables are ordered by document id; documents sharing an id keep their given order. */
export function inIdOrder<T extends { row: { id: string } }>(documents: T[]): T[] {
  return [...documents].sort((a, b) => compareIds(a.row.id, b.row.id));
}

/** Code-unit order, the same in every locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the whole build's tables warn about, summed over the documents' shares. */
export class TableTally {
  extracted = 0;
  private rejected = 0;
  private readonly reviewedIds = new Set<string>();
  private readonly otherUnits = new Map<string, number>();

  add(share: Omit<DocumentTables, "lines">): void {
    this.extracted += share.extracted;
    this.rejected += share.rejected;
    for (const id of share.reviewedIds) this.reviewedIds.add(id);
    for (const [name, n] of Object.entries(share.otherUnits))
      this.otherUnits.set(name, (this.otherUnits.get(name) ?? 0) + n);
  }

  warnings(review: ReviewRow[]): string[] {
    const warnings: string[] = [];
    for (const o of review.filter((r) => !this.reviewedIds.has(r.id)))
      warnings.push(
        `review.csv line ${o.line}: claim ${o.id} no longer exists; its ${o.action} is not applied`,
      );
    if (this.rejected > 0)
      warnings.push(`review: ${this.rejected} rejected claim(s) left out of every table`);
    for (const t of CHART_TABLES) {
      const n = this.otherUnits.get(t.spec.name) ?? 0;
      if (n > 0)
        warnings.push(
          `${t.spec.name}.csv: ${n} ${t.category} claim(s) not in ${t.unit} stay in claims.csv only`,
        );
    }
    return warnings;
  }
}

export type { Claim };
