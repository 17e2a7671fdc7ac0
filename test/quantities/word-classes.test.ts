// Word classes answer "is this word in list X" in place; they must agree with the lists themselves.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Context } from "../../pipeline/quantities/context.ts";
import { recognize } from "../../pipeline/quantities/index.ts";
import { Tokens, tokenize, WORD } from "../../pipeline/quantities/lexer.ts";
import { MONEY_SCALE_LETTERS, SCALES } from "../../pipeline/quantities/number-words.ts";
import { classesAt, classesOf, wordClass } from "../../pipeline/quantities/word-classes.ts";

// Registered by the test itself, so the lists are known here: mixed lengths, shared first and
// last letters, a non-ASCII word, and a word whose upper case is not ASCII ("k" ← Kelvin sign).
const LIST = ["to", "tho", "two", "ton", "tons", "k", "mil", "m", "été", "annually"];
const BIT = wordClass(LIST);
const inList = (w: string): boolean => LIST.includes(w.toLowerCase());

function wordBits(text: string): number[] {
  const toks = tokenize(text, 0, text.length, new Tokens());
  const ctx = new Context(text, toks);
  const out: number[] = [];
  for (let i = 0; i < toks.n; i++) if (toks.type[i] === WORD) out.push(ctx.inClass(i, BIT) ? 1 : 0);
  return out;
}

describe("word classes", () => {
  it("match a listed word in any case, in place", () => {
    for (const w of [
      "to",
      "TO",
      "To",
      "tO",
      "tons",
      "TONS",
      "k",
      "K",
      "\u212a",
      "mil",
      "ÉTÉ",
      "été",
      "Annually",
    ])
      expect(wordBits(w), w).toEqual([1]);
  });

  it("miss words that only share length, first and last letter, or a prefix", () => {
    for (const w of ["tao", "tno", "t", "ta", "tonss", "milk", "ete", "annuallyy", "kk"])
      expect(wordBits(w), w).toEqual([0]);
  });

  it("agree with the list for any word of letters", () => {
    const letter = fc.constantFrom(..."toTOnsmilkKaeé\u212aİ");
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 9 }), (chars) => {
        const w = chars.join("");
        const bits = classesAt(w, 0, w.length);
        const viaLower = (classesOf(w.toLowerCase()) & BIT) !== 0;
        expect(bits >= 0 ? (bits & BIT) !== 0 : viaLower).toBe(viaLower);
        expect(viaLower).toBe(inList(w));
      }),
      { numRuns: 2000 },
    );
  });

  it("leave the readers that use them as they were: capitalized scales, units, hedges, rates", () => {
    // Outputs of the recognizer before word classes existed.
    expect(SCALES.has("million") && MONEY_SCALE_LETTERS.has("m")).toBe(true);
    const read = (s: string) =>
      recognize(s).map((x) => [x.text, x.low, x.high, x.unit, x.qualifier, x.per]);
    expect(read("between 60 and 100 Million Tonnes, $5M, 3 MW and 4 Megawatts each")).toEqual([
      ["60 and 100 Million Tonnes", 60e6, 100e6, "t", "exact", null],
      ["$5M", 5e6, 5e6, "USD", "exact", null],
      ["3 MW", 3, 3, "MW", "exact", null],
      ["4 Megawatts each", 4, 4, "MW", "exact", "item"],
    ]);
    expect(read("About 5 tons a Year, Nearly 7 Mil lion, up 3 Percent annually")).toEqual([
      ["5 tons a Year", 5, 5, "t", "approx", "year"],
      ["3 Percent annually", 3, 3, "%", "exact", "year"],
    ]);
  });
});
