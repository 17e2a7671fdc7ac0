// NextOfAny must find what a scan of every character finds, for any order of rising offsets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NextOfAny } from "../../../pipeline/ingest/structure/next-of-any.ts";

const texts = fc
  .array(fc.constantFrom("a", ".", "!", "\n", "\r", " ", "Ж"), { maxLength: 60 })
  .map((p) => p.join(""));

function scanned(text: string, chars: string, from: number): number {
  for (let i = from; i < text.length; i++) if (chars.includes(text[i])) return i;
  return text.length;
}

describe("NextOfAny(text, chars).from(offset)", () => {
  it("gives the first of the characters at or after each offset asked, in rising order", () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat({ max: 70 })), (text, offsets) => {
        const next = new NextOfAny(text, ".!\n\r");
        for (const from of [...offsets].sort((a, b) => a - b))
          expect(next.from(from)).toBe(scanned(text, ".!\n\r", from));
      }),
    );
  });
});
