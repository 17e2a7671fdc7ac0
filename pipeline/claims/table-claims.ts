// A table row's figures → claims: each cell with the year of its column, and the unit and scale
// its caption or label states ("Soviet imports from Argentina, thousand tons"; "Oil (million
// roubles)"). The category comes from the caption's cues, the commodity from the row's label.
import { recognize } from "../quantities/index.ts";
import type { Quantity } from "../quantities/types.ts";
import { buildClaim } from "./build-claim.ts";
import { canonicalize } from "./canonical.ts";
import { classify } from "./classify.ts";
import type { SentenceContext } from "./document-context.ts";
import type { ExtractInput } from "./extract-claims.ts";
import { findCommodities } from "./lexicons.ts";
import { measureOf } from "./measure.ts";
import type { Claim } from "./types.ts";

/** A cell is a plain figure: digits with separators, maybe a sign; a bracketed one is left alone. */
const FIGURE = /^[-−]?\d[\d,.]*$/;

export function tableClaims(
  input: ExtractInput,
  all: SentenceContext[],
  c: SentenceContext,
): { claims: Claim[]; skipped: string[] } {
  const row = c.sentence.table;
  const claims: Claim[] = [];
  const skipped: string[] = [];
  if (!row) return { claims, skipped };
  const phrase = unitPhrase(row.label) ?? unitPhrase(row.caption);
  for (const cell of row.cells) {
    const text = c.sentence.text.slice(cell.start, cell.end);
    const read = phrase && FIGURE.test(text) ? readCell(text, phrase) : null;
    if (!read) {
      skipped.push(phrase ? "a table cell that is no plain figure" : "a table without a unit");
      continue;
    }
    const q = { ...read, start: cell.start, end: cell.end, text };
    const built = buildClaim(input, all, c, q);
    if ("skip" in built) {
      skipped.push(built.skip);
      continue;
    }
    claims.push(asTableClaim(built, q, row, cell.year, phrase as string, input));
  }
  return { claims, skipped };
}

/** The caption's unit, where tables put it: in parentheses at the end, or after the last comma. */
function unitPhrase(text: string): string | null {
  const bracket = /\(\s*(?:in\s+)?([^()]+?)\s*\)\s*[.:]?$/i.exec(text);
  const comma = /,\s*(?:in\s+)?([^,]+?)\s*[.:]?$/i.exec(text);
  for (const candidate of [bracket?.[1], comma?.[1]]) {
    if (candidate && unitOf(candidate)) return candidate;
  }
  return null;
}

/** The phrase as the unit of "1 <phrase>", when the recognizer reads it whole and it is no count. */
function unitOf(phrase: string): Quantity | null {
  const text = `1 ${phrase}`;
  const found = recognize(text).filter((q) => q.kind === "quantity");
  if (found.length !== 1) return null;
  const q = found[0];
  return q.start === 0 && q.end === text.length && q.unit !== null && q.unit !== "count" ? q : null;
}

/** The cell's figure in the heading's unit and scale, read by the recognizer as one phrase. */
function readCell(figure: string, phrase: string): (Quantity & { unit: string }) | null {
  const text = `${figure} ${phrase}`;
  const found = recognize(text).filter((q) => q.kind === "quantity");
  if (found.length !== 1 || found[0].start !== 0 || found[0].end !== text.length) return null;
  const q = found[0];
  return q.unit === null ? null : { ...q, unit: q.unit };
}

function asTableClaim(
  claim: Claim,
  q: Quantity & { unit: string },
  row: NonNullable<SentenceContext["sentence"]["table"]>,
  year: number,
  phrase: string,
  input: ExtractInput,
): Claim {
  // Cues are the caption's and the label's; the figure is taken to stand at their end.
  const heading = `${row.caption}. ${row.label}`;
  const { category } = classify(
    {
      quantity: { ...q, start: heading.length, end: heading.length },
      sentence: heading,
      neighbours: [],
    },
    input.taxonomy,
  );
  const config = input.taxonomy.categories.find((x) => x.id === category);
  const commodity = config?.commodity
    ? (findCommodities(row.label)[0]?.value ?? findCommodities(row.caption)[0]?.value ?? null)
    : null;
  const canonical = canonicalize(claim.low, claim.high, claim.unit);
  const notes = [
    `year from the table's column header (${year})`,
    `unit and scale from the table's heading ("${phrase}")`,
  ];
  if (config?.commodity && commodity === null)
    notes.push("no commodity named in the row or caption");
  return {
    ...claim,
    category,
    commodity,
    measure: measureOf(canonical.unit, claim.noun, [category, commodity].filter(Boolean).join(" ")),
    year,
    period_start: null,
    period_end: null,
    time_source: "stated",
    citation: claim.citation ?? row.source,
    note: notes.join("; "),
  };
}
