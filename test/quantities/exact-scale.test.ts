// Scale words applied to decimals give the stated amount exactly, not a binary neighbour of it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timesScale } from "../../pipeline/quantities/exact-scale.ts";
import { recognize } from "../../pipeline/quantities/index.ts";

const SCALE_WORDS: Array<[string, number]> = [
  ["thousand", 3],
  ["million", 6],
  ["billion", 9],
  ["bn", 9],
  ["trillion", 12],
];

/** A decimal as written: 1–4 integer digits, 1–4 decimals. */
const decimal = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 4 }), fc.nat())
  .map(([whole, places, frac]) => `${whole}.${String(frac % 10 ** places).padStart(places, "0")}`);

describe("exact scaling", () => {
  it("reads a scaled decimal as the decimal with its point moved", () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(...SCALE_WORDS), (written, [word, exponent]) => {
        const [q] = recognize(`exports of ${written} ${word} dollars`);
        expect(q.low).toBe(Number(`${written}e${exponent}`));
      }),
      { numRuns: 2000 },
    );
  });

  it("fixes the products that binary arithmetic gets wrong", () => {
    expect(8.3 * 1e9).not.toBe(8_300_000_000);
    expect(recognize("$8.3 billion")[0].low).toBe(8_300_000_000);
    expect(recognize("16.4 million")[0].low).toBe(16_400_000);
    expect(recognize("between 8.3 and 9 billion dollars")[0].low).toBe(8_300_000_000);
  });

  it("keeps plain products for whole numbers, other scales and exponent forms", () => {
    expect(timesScale(12, 1e6)).toBe(12e6);
    expect(timesScale(2.5, 12)).toBe(30);
    expect(timesScale(1e-7, 1e6)).toBe(1e-7 * 1e6);
    expect(timesScale(-8.3, 1e6)).toBe(-8_300_000);
  });
});
