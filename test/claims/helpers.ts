// Builds synthetic documents for the claims tests: plain sentences with identity raw offsets,
// run through the real recognizer and the default taxonomy.
import { readFileSync } from "node:fs";
import { defaultTaxonomyPath, extractClaims, loadTaxonomy } from "../../pipeline/claims/index.ts";
import type { Claim, DatedEvent } from "../../pipeline/claims/types.ts";
import type { Footnote, Sentence } from "../../pipeline/ingest/types.ts";
import { recognize } from "../../pipeline/quantities/index.ts";

export const taxonomy = loadTaxonomy(
  readFileSync(defaultTaxonomyPath, "utf8"),
  defaultTaxonomyPath,
);

/** Splits a text into sentences at ". " (no abbreviations in synthetic text), offsets identical to raw. */
export function sentencesFrom(
  text: string,
  footnotes: Array<{ number: number; text: string }> = [],
): Sentence[] {
  const out: Sentence[] = [];
  const add = (start: number, end: number, inFootnote: number | null) => {
    const quote = text.slice(start, end);
    const markers = [...quote.matchAll(/(?<=[a-z.%])(\d{1,2})(?=[\s.,]|$)/g)].map((m) => ({
      number: Number(m[1]),
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[1].length,
      hasText: footnotes.some((f) => f.number === Number(m[1])),
    }));
    const rawOffsets = Int32Array.from({ length: quote.length + 1 }, (_, i) => start + i);
    out.push({
      index: out.length,
      inFootnote,
      text: quote,
      rawOffsets,
      page: 1,
      pagePrinted: null,
      markers,
    });
  };
  const split = (from: number, to: number, inFootnote: number | null) => {
    let start = from;
    for (const m of text.slice(from, to).matchAll(/[.!?](?=\s+[A-Z(\-–]|$)/g)) {
      const end = from + (m.index ?? 0) + 1;
      add(start, end, inFootnote);
      start = end;
      while (/\s/.test(text[start] ?? "")) start++;
    }
    if (start < to) add(start, to, inFootnote);
  };
  const bodyEnd = footnotes.length > 0 ? text.indexOf(footnotes[0].text) : text.length;
  split(0, bodyEnd < 0 ? text.length : bodyEnd, null);
  for (const f of footnotes) {
    const at = text.indexOf(f.text);
    split(at, at + f.text.length, f.number);
  }
  return out.map((s, index) => ({ ...s, index }));
}

export function extract(
  text: string,
  footnotes: Array<{ number: number; text: string; kind?: Footnote["kind"] }> = [],
): { claims: Claim[]; events: DatedEvent[] } {
  const sentences = sentencesFrom(text, footnotes);
  return extractClaims({
    doc: "synthetic",
    rawText: text,
    sentences,
    footnotes: footnotes.map((f) => ({
      number: f.number,
      kind: f.kind ?? "explanatory",
      text: f.text,
      page: 1,
      rawStart: 0,
      rawEnd: 0,
      work: null,
      pageCited: null,
    })),
    taxonomy,
    recognize: (s) => recognize(s.text, { markers: s.markers }),
    citation: (n) => {
      const f = footnotes.find((x) => x.number === n);
      return f ? { text: f.text, work: `w${n}` } : null;
    },
    line: (offset) => text.slice(0, offset).split("\n").length,
  });
}

/** The claim whose text contains `mention`. */
export function claimOf(claims: Claim[], mention: string): Claim {
  const found = claims.find((c) => c.text.includes(mention) || mention.includes(c.text));
  if (!found)
    throw new Error(`no claim for "${mention}" among ${claims.map((c) => c.text).join(" | ")}`);
  return found;
}
