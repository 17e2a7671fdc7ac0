// Property tests: any input is safe, spans are sound, and formatted quantities read back.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recognize } from "../../pipeline/quantities/index.ts";

const ALPHABET = "0123456789 ,.-–/$%£€abcdemnkltMWGsx\n'’°½";
const noisy = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        "1",
        "000",
        " ",
        ",",
        ".",
        "-",
        "to",
        "and",
        "million",
        "$",
        "tons",
        "twenty",
        "a",
        "half",
        "1980",
        "of",
        "per",
        "year",
        "each",
        "’s",
        "June",
      ),
      { maxLength: 80 },
    )
    .map((a) => a.join(" ")),
);

describe("recognize(text) properties", () => {
  it("never throws and returns sound, sorted, non-overlapping spans", () => {
    fc.assert(
      fc.property(noisy, (text) => {
        const found = recognize(text);
        let prevEnd = 0;
        for (const q of found) {
          expect(q.start).toBeGreaterThanOrEqual(prevEnd);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.text).toBe(text.slice(q.start, q.end));
          prevEnd = q.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("stays linear on long repetitive input", () => {
    const unit = "1 000 000 - 2,000.5 million to $ ";
    const t1 = performance.now();
    recognize(unit.repeat(2_000));
    const small = performance.now() - t1;
    const t2 = performance.now();
    recognize(unit.repeat(20_000));
    const big = performance.now() - t2;
    // Generous bound: quadratic behaviour would be ~100x, linear ~10x.
    expect(big).toBeLessThan(Math.max(small, 5) * 40);
  });
});

const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** An integer below 1000 in English words ("three hundred and forty-two"). */
function inWords(n: number): string {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h) parts.push(`${WORDS[h]} hundred`);
  if (rest || !h) {
    if (h) parts.push("and");
    parts.push(
      rest < 20
        ? WORDS[rest]
        : TENS[Math.floor(rest / 10)] + (rest % 10 ? `-${WORDS[rest % 10]}` : ""),
    );
  }
  return parts.join(" ");
}

const UNITS: [string, string][] = [
  ["tons", "t"],
  ["tonnes", "t"],
  ["megawatts", "MW"],
  ["MW", "MW"],
  ["GWh", "GWh"],
  ["kilometres", "km"],
  ["km", "km"],
  ["hectares", "ha"],
  ["percent", "%"],
  ["%", "%"],
  ["dollars", "USD"],
  ["rubles", "RUB"],
  ["pesos", "PESO"],
  ["barrels", "bbl"],
  ["bushels", "bu"],
  ["kg", "kg"],
  ["years", "year"],
  ["feet", "ft"],
];
const SCALES: [string, number][] = [
  ["", 1],
  [" thousand", 1e3],
  [" million", 1e6],
  [" billion", 1e9],
];

describe("format → recognize round trip", () => {
  it("reads back digits with separators, decimals and scales", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(...SCALES),
        fc.constantFrom(...UNITS),
        fc.boolean(),
        (int, cents, [scaleWord, scale], [written, unit], comma) => {
          const digits = comma ? int.toLocaleString("en-US") : String(int);
          const number = cents ? `${digits}.${String(cents).padStart(2, "0")}` : digits;
          const space = written === "%" ? "" : " ";
          const text = `The figure was ${number}${scaleWord}${space}${written} last time.`;
          const found = recognize(text).filter((q) => q.kind === "quantity");
          const expected = (int + cents / 100) * scale;
          expect(found, text).toHaveLength(1);
          expect(Math.abs(found[0].low - expected) / expected, text).toBeLessThan(1e-9);
          expect(found[0].unit, text).toBe(unit);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reads back integers written in words", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(...SCALES),
        fc.constantFrom(...UNITS.filter(([w]) => /^[a-z]+$/.test(w))),
        (n, [scaleWord, scale], [written, unit]) => {
          const text = `They reported ${inWords(n)}${scaleWord} ${written} in total.`;
          const found = recognize(text).filter((q) => q.kind === "quantity");
          expect(found, text).toHaveLength(1);
          expect(found[0].low, text).toBe(n * scale);
          expect(found[0].unit, text).toBe(unit);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
