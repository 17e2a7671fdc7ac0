// Random and mutated documents through the whole extraction: it never throws or hangs, and every
// claim's raw offsets point at its own text in the raw document.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultTaxonomyPath, extractDocument, loadTaxonomy } from "../../pipeline/claims/index.ts";
import type { RawDocument } from "../../pipeline/ingest/index.ts";
import { SHARED } from "../shared-path.ts";

const taxonomy = loadTaxonomy(readFileSync(defaultTaxonomyPath, "utf8"), defaultTaxonomyPath);
const SEED = 20_260_501;
const DEV_DOCS = `${SHARED}/corpus/dev/docs`;

function seeds(): string[] {
  const dirs = ["data/raw", DEV_DOCS];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith(".txt"))
      .sort()
      .map((n) => readFileSync(join(dir, n), "utf8")),
  );
}

function raw(text: string): RawDocument {
  return { id: "fuzz", path: "fuzz.txt", text, encoding: "utf-8", sha256: "", bytes: text.length };
}

/** A claim's text is reflowed (line breaks joined, a hyphen at a line end dropped); the raw span is not. */
function squeeze(s: string): string {
  return s.replace(/-[ \t]*(\r\n|\r|\n)\s*/g, "").replace(/\s+/g, "");
}

/** Extracts and checks the invariants; a run over a few KB taking seconds counts as a hang. */
function check(text: string): void {
  const started = performance.now();
  const result = extractDocument(raw(text), taxonomy);
  expect(performance.now() - started).toBeLessThan(5000);
  for (const claim of result.claims) {
    expect(claim.start).toBeGreaterThanOrEqual(0);
    expect(claim.end).toBeLessThanOrEqual(text.length);
    expect(squeeze(text.slice(claim.start, claim.end))).toBe(squeeze(claim.text));
  }
}

// Pieces that trigger the extractor's rules: numbers, scale words, units, years, markers, breaks.
const piece = fc.oneof(
  fc.constantFrom(
    " 1975",
    " 20 million tons",
    " US$ 150 million",
    " 300 MW",
    " 12%",
    " 1,250 km",
    "\n",
    "\r\n",
    "\r",
    "\f",
    "\n\n",
    ". ",
    " about",
    " between 5 and 7",
    "–",
    "12",
    "¹",
    " mil lion",
    "«",
    "»",
    "$",
    ",",
  ),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => ` ${n}`),
);

describe("extractDocument(raw) on random and mutated text", () => {
  it("holds on random sequences of numbers, units, line breaks and arbitrary characters", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (parts) => check(parts.join(""))),
      { seed: SEED, numRuns: 300 },
    );
  });

  const texts = seeds();
  it("holds on windows of the seed and development documents with edits", () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 200 }),
      insert: fc.array(piece, { maxLength: 6 }).map((p) => p.join("")),
    });
    const sample = fc.record({
      doc: fc.nat({ max: texts.length - 1 }),
      start: fc.nat(),
      length: fc.integer({ min: 200, max: 6000 }),
      edits: fc.array(edit, { maxLength: 8 }),
    });
    fc.assert(
      fc.property(sample, ({ doc, start, length, edits }) => {
        const source = texts[doc];
        const from = start % Math.max(1, source.length - length);
        let text = source.slice(from, from + length);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        check(text);
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 120_000);

  it("holds on whole documents with their line endings changed", () => {
    for (const text of texts) {
      check(text.replace(/\r?\n/g, "\r\n"));
      check(text.replace(/\r?\n/g, "\r"));
    }
  }, 120_000);
});
