// The code-unit character tests must answer exactly as the patterns they stand in for.
import { describe, expect, it } from "vitest";
import { isLetterAt, isSpaceAt } from "../../../pipeline/ingest/structure/chars.ts";

const everyUnit = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, i) => i));

describe("isSpaceAt(text, i) and isLetterAt(text, i)", () => {
  it("agree with /\\s/ and /\\p{L}/u on every UTF-16 code unit", () => {
    const wrong: number[] = [];
    for (let i = 0; i < everyUnit.length; i++) {
      if (isSpaceAt(everyUnit, i) !== /\s/.test(everyUnit[i])) wrong.push(i);
      if (isLetterAt(everyUnit, i) !== /\p{L}/u.test(everyUnit[i])) wrong.push(i);
    }
    expect(wrong).toEqual([]);
  });

  it("answer false past either end of the text", () => {
    for (const i of [-1, 3]) {
      expect(isSpaceAt("a b", i)).toBe(false);
      expect(isLetterAt("a b", i)).toBe(false);
    }
  });
});
