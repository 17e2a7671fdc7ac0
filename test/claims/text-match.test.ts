// The text helpers scan characters in place; they must give what the plain slice-and-split
// definitions give, on any text (unicode letters and spaces, surrogate pairs, broken ones too).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clauseAround,
  endsWithCapitalizedWord,
  wordsAfter,
  wordsBefore,
  wordsBetween,
} from "../../pipeline/claims/text-match.ts";

const plainWordsBetween = (text: string, a: [number, number], b: [number, number]) => {
  const [from, to] = a[1] <= b[0] ? [a[1], b[0]] : b[1] <= a[0] ? [b[1], a[0]] : [0, 0];
  if (to <= from) return 0;
  return text
    .slice(from, to)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
};
const plainClauseAround = (text: string, start: number, end: number): [number, number] => {
  const boundary = /,(?!\d)|(?<!\d),|[;:()]|\s[–—-]\s/g;
  let left = 0;
  let right = text.length;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m.index + m[0].length <= start) left = m.index + m[0].length;
    else if (m.index >= end) {
      right = m.index;
      break;
    }
  }
  return [left, right];
};
const plainWords = (window: string) =>
  window
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean);

const pieces = [
  ..."aZ9 ,;:()-–—'’.%\n\t",
  "\u00a0",
  "\u2009",
  "İ",
  "Ж",
  "ё",
  "\u0483",
  "²",
  "𝐀",
  "😀",
  "\ud835",
  "\udc00",
  "500,000",
  "export",
  " - ",
  "Rio",
  "É",
  "𝐀",
  "-",
];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(""));
const withOffsets = texts.chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.nat({ max: text.length }),
    fc.nat({ max: text.length }),
    fc.nat({ max: text.length }),
    fc.nat({ max: text.length }),
  ),
);

describe("text helpers", () => {
  it("count the words between two spans as the white-space split does", () => {
    fc.assert(
      fc.property(withOffsets, ([text, a, b, c, d]) => {
        const x: [number, number] = [Math.min(a, b), Math.max(a, b)];
        const y: [number, number] = [Math.min(c, d), Math.max(c, d)];
        expect(wordsBetween(text, x, y)).toBe(plainWordsBetween(text, x, y));
      }),
      { numRuns: 500 },
    );
    expect(wordsBetween("one two,\u00a0three", [0, 0], [14, 14])).toBe(3);
  });

  it("find the clause around a span, asked again for the same text", () => {
    fc.assert(
      fc.property(withOffsets, ([text, a, b]) => {
        const [start, end] = [Math.min(a, b), Math.max(a, b)];
        expect(clauseAround(text, start, end)).toEqual(plainClauseAround(text, start, end));
        expect(clauseAround(text, start, end)).toEqual(plainClauseAround(text, start, end));
      }),
    );
  });

  it("give the words before and after an offset as the split does", () => {
    fc.assert(
      fc.property(withOffsets, fc.integer({ min: 1, max: 4 }), ([text, offset], n) => {
        const before = plainWords(text.slice(Math.max(0, offset - 80), offset)).slice(-n);
        const after = plainWords(text.slice(offset, offset + 80)).slice(0, n);
        expect(wordsBefore(text, offset, n)).toEqual(before);
        expect(wordsAfter(text, offset, n)).toEqual(after);
      }),
    );
    expect(wordsBefore("Rose BY 5%", 8, 2)).toEqual(["rose", "by"]);
  });

  it("tell a capitalised word before an offset as its pattern does", () => {
    const pattern = /\S\s+\p{Lu}[\p{L}-]*\s$/u;
    fc.assert(
      fc.property(texts, (text) => {
        for (let end = 0; end <= text.length; end++)
          expect(endsWithCapitalizedWord(text, end)).toBe(pattern.test(text.slice(0, end)));
      }),
      { numRuns: 1000 },
    );
    expect(endsWithCapitalizedWord("the Rio Verde 2", 14)).toBe(true);
    expect(endsWithCapitalizedWord(" Verde 2", 7)).toBe(false);
    expect(endsWithCapitalizedWord("x Rio-Verde 2", 12)).toBe(true);
  });
});
