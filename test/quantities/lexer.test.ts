// The lexer's table of character classes, filled at load, against the Unicode properties it stands for.
import { describe, expect, it } from "vitest";
import { NUM, SYM, Tokens, tokenize, WORD } from "../../pipeline/quantities/lexer.ts";

const LETTER = /^[\p{L}\p{M}]$/u;
const SPACES = new Set([0xa0, 0x202f, 0x3000]);
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || SPACES.has(c) || (c >= 0x2000 && c <= 0x200a);
// Degree signs and superscripts are symbols, though "º" is a letter to Unicode.
const SYMBOL_LETTERS = new Set([0xba]);

function expectedType(c: number): number | null {
  if (isSpace(c)) return null;
  if (c >= 48 && c <= 57) return NUM;
  const s = String.fromCharCode(c);
  return LETTER.test(s) && !SYMBOL_LETTERS.has(c) ? WORD : SYM;
}

describe("tokenize: character classes", () => {
  it("reads every UTF-16 unit outside the surrogates as Unicode's letters, marks, digits and spaces say", () => {
    const units: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) units.push(c);
    // One unit per token: each stands between two spaces.
    const text = units.map((c) => ` ${String.fromCharCode(c)} `).join("");
    const toks = tokenize(text, 0, text.length, new Tokens());
    const got = new Map<number, number>();
    for (let t = 0; t < toks.n; t++) got.set(text.charCodeAt(toks.start[t]), toks.type[t]);
    const wrong = units.filter((c) => (got.get(c) ?? null) !== expectedType(c));
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });

  it("keeps a surrogate pair whole, as one symbol", () => {
    const text = "a 𝟙 b";
    const toks = tokenize(text, 0, text.length, new Tokens());
    expect(toks.n).toBe(3);
    expect([toks.type[1], toks.end[1] - toks.start[1]]).toEqual([SYM, 2]);
  });
});
