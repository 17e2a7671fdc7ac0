import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

const WORDS = [
  "the",
  "Soviet",
  "loan",
  "of",
  "$5 million",
  "240 MW",
  "in 1974",
  "tons",
  "grain",
  "Peru",
  "agreement",
  "3,000",
  "killed",
  "the next",
  "two",
  "years",
  "45%",
  "exports",
  "plant",
  "“Rio Azul”",
  "(",
  ")",
  ",",
  "–",
  "http://x.org/a",
  "May",
  "12",
];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 })
  .map((w) => `${w.join(" ")}.`);

describe("extractClaims(input) on arbitrary text", () => {
  it("never throws, and every claim's offsets point at its text in the raw document", () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        const raw = sentences.map((s) => s[0].toUpperCase() + s.slice(1)).join(" ");
        const { claims, events } = extract(raw);
        for (const c of claims) {
          expect(raw.slice(c.start, c.end).replace(/\s+/g, " ")).toBe(c.text.replace(/\s+/g, " "));
          expect(c.low).toBeLessThanOrEqual(c.high);
          expect(new Set(claims.map((x) => x.id)).size).toBe(claims.length);
        }
        for (const e of events) expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }),
      { numRuns: 150 },
    );
  });

  it("returns nothing for an empty document", () => {
    expect(extract("")).toEqual({ claims: [], events: [], skipped: {} });
  });
});
