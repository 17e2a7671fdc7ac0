// The unit reader tries phrases longest first, but never longer than any unit starting with the same word.
import { describe, expect, it } from "vitest";
import { Context } from "../../pipeline/quantities/context.ts";
import { Tokens, tokenize } from "../../pipeline/quantities/lexer.ts";
import { readUnit } from "../../pipeline/quantities/read-unit.ts";
import { lookupUnit, UNITS } from "../../pipeline/quantities/units.ts";

function unitAfterNumber(written: string): string | undefined {
  const text = `5 ${written}`;
  const ctx = new Context(text, tokenize(text, 0, text.length, new Tokens()));
  return readUnit(ctx, 1)?.entry.unit;
}

const tokenCount = (s: string) => tokenize(s, 0, s.length, new Tokens()).n;

describe("readUnit(ctx, j)", () => {
  it("reads every several-word name of the vocabulary whole", () => {
    // Names that start with a word ("-fold" is read glued to the number, not after it).
    const names = UNITS.flatMap((u) => u.names).filter((n) => {
      const k = tokenCount(n);
      return /^\p{L}/u.test(n) && k >= 2 && k <= 4;
    });
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(unitAfterNumber(name), name).toBe(lookupUnit(name)?.unit);
  });

  it("prefers the longer phrase over a unit its first word names alone", () => {
    expect(unitAfterNumber("metric tons")).toBe("t");
    expect(unitAfterNumber("square kilometres")).toBe("km2");
    expect(unitAfterNumber("kilowatt hours")).toBe(lookupUnit("kilowatt hours")?.unit);
  });

  it("stops at the longest unit its first word can start", () => {
    expect(unitAfterNumber("tons of grain per year")).toBe("t");
  });
});
