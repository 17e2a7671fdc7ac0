// Sentences in, claims and dated events out: the pure core of the claims stage. The document
// model's lookups (citations, lines) and the recognizer are passed in, so tests can build them.
import type { Footnote, Sentence } from "../ingest/types.ts";
import type { Quantity } from "../quantities/types.ts";
import { buildClaim } from "./build-claim.ts";
import { buildEvents } from "./build-events.ts";
import { judgeQuantity } from "./claim-filter.ts";
import { claimId, eventId, occurrenceCounter } from "./claim-id.ts";
import { documentContext } from "./document-context.ts";
import { tableClaims } from "./table-claims.ts";
import type { Taxonomy } from "./taxonomy.ts";
import type { Claim, DatedEvent } from "./types.ts";

const collapsed = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * The sentence is a table's caption, or the caption's end ("Table 1." splits off as a sentence of
 * its own), or ends with the caption (the caption takes two lines, the sentence the lines above).
 */
function isCaption(text: string, captions: Set<string>): boolean {
  if (text.length < 10) return false;
  for (const caption of captions)
    if (caption.endsWith(text) || (caption.length >= 10 && text.endsWith(caption))) return true;
  return false;
}

export interface ExtractInput {
  doc: string;
  /** The raw decoded text the sentences' offsets point into. */
  rawText: string;
  sentences: Sentence[];
  footnotes: Footnote[];
  taxonomy: Taxonomy;
  recognize: (s: Sentence) => Quantity[];
  /** The document writes numbers the continental way ("1.318.540", "812,4"): see decimalCommaWriting. */
  decimalComma?: boolean;
  citation: (footnote: number) => { text: string; work: string | null } | null;
  line: (rawOffset: number) => number;
}

export function extractClaims(input: ExtractInput): {
  claims: Claim[];
  events: DatedEvent[];
  skipped: Record<string, number>;
} {
  const { sentences, taxonomy } = input;
  const contexts = documentContext(sentences, input.recognize, input.rawText);
  const captions = new Set<string>();
  for (const c of contexts)
    if (c.sentence.table?.caption) captions.add(collapsed(c.sentence.table.caption));
  const citationKind = new Map(input.footnotes.map((f) => [f.number, f.kind]));
  const skipped: Record<string, number> = {};
  const claims: Claim[] = [];
  const events: DatedEvent[] = [];
  for (const c of contexts) {
    const s = c.sentence;
    if (s.table) {
      const rows = tableClaims(input, contexts, c);
      claims.push(...rows.claims);
      for (const reason of rows.skipped) skipped[reason] = (skipped[reason] ?? 0) + 1;
      continue;
    }
    // A table's caption ("Table 1. Imports … (1,000 metric tons)") states what its cells count.
    if (captions.size > 0 && isCaption(collapsed(s.text), captions)) {
      skipped["a table's caption"] = (skipped["a table's caption"] ?? 0) + c.found.length;
      continue;
    }
    const inCitation = s.inFootnote !== null && citationKind.get(s.inFootnote) === "citation";
    let amountBefore: (typeof c.found)[number] | undefined;
    for (let k = 0; k < c.found.length; k++) {
      const q = c.found[k];
      const previous = amountBefore;
      if (q.kind === "quantity") amountBefore = q;
      const verdict = judgeQuantity(q, s.text, inCitation, taxonomy, c.found[k + 1], previous);
      if (!verdict.keep) {
        skipped[verdict.reason] = (skipped[verdict.reason] ?? 0) + 1;
        continue;
      }
      const claim = buildClaim(input, contexts, c, {
        ...q,
        unit: verdict.unit,
        noun: verdict.noun,
      });
      if ("skip" in claim) skipped[claim.skip] = (skipped[claim.skip] ?? 0) + 1;
      else claims.push(claim);
    }
    events.push(...buildEvents(input, c, inCitation));
  }
  // A claim's occurrence is counted among every figure recognized in the document, kept or not:
  // a rule that drops one "two" must not hand its id (and a reviewer's verdict) to the next "two".
  const figures: Array<{ start: number; end: number; text: string }> = [...claims];
  for (const c of contexts) {
    if (c.sentence.table) continue;
    for (const q of c.found) {
      if (q.kind !== "quantity") continue;
      const start = c.sentence.rawOffsets[q.start];
      figures.push({ start, end: c.sentence.rawOffsets[q.end - 1] + 1, text: q.text });
    }
  }
  return {
    claims: withIds(input.doc, claims, claimId, (c) => c.text, figures),
    events: withIds(input.doc, events, eventId, (e) => `${e.kind} ${e.date}`),
    skipped,
  };
}

/**
 * Gives each row its id, numbering the rows that share a key in document order. With `among`, the
 * numbers count every item of `among` with that key (the rows are among them), so dropping an
 * item renumbers no row.
 */
function withIds<T extends { id: string; start: number; end: number }>(
  doc: string,
  rows: T[],
  make: (doc: string, text: string, n: number) => string,
  key: (row: T) => string,
  among?: ReadonlyArray<{ start: number; end: number; text: string }>,
): T[] {
  const byPlace = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start - b.start || a.end - b.end;
  const sorted = [...rows].sort(byPlace);
  const next = occurrenceCounter();
  const numbered = new Map<string, number>();
  for (const item of among ? [...among].sort(byPlace) : []) {
    const place = `${item.start}:${item.end}:${item.text}`;
    if (!numbered.has(place)) numbered.set(place, next(item.text));
  }
  // The rows were built above for this result alone: they take their id in place, not as copies.
  for (const r of sorted) {
    const text = key(r);
    r.id = make(doc, text, numbered.get(`${r.start}:${r.end}:${text}`) ?? next(text));
  }
  return sorted;
}
