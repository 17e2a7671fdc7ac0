// blankLineLength reads by code what the blank-line pattern matched on the 200 characters after a break.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blankLineLength } from "../../../pipeline/ingest/structure/sentence-split.ts";

// A CR is a line break of its own only when no LF follows: "\r\n" is one break, not a blank line.
const BLANK_LINE = /^(?:\r\n|\n|\r(?!\n))[^\S\r\n]*(?:\r\n|\n|\r)\s*/;

const byPattern = (text: string, i: number) =>
  BLANK_LINE.exec(text.slice(i, i + 200))?.[0].length ?? 0;

const texts = fc
  .array(fc.constantFrom("\n", "\r", "\r\n", " ", "\t", "\u00a0", "\u2028", "a", "A", "."), {
    maxLength: 40,
  })
  .map((p) => p.join(""));

describe("blankLineLength(text, i)", () => {
  it("gives the length the blank-line pattern matches at every offset", () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (let i = 0; i < text.length; i++)
          expect(blankLineLength(text, i)).toBe(byPattern(text, i));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads no further than 200 characters past the break", () => {
    for (const text of [
      `${"\n".padEnd(199, " ")}\n`,
      `${"\n".padEnd(200, " ")}\n`,
      `\n\n${" ".repeat(300)}A`,
    ])
      for (const i of [0, 1]) expect(blankLineLength(text, i)).toBe(byPattern(text, i));
    expect(blankLineLength(`${"\n".padEnd(199, " ")}\r\n`, 0)).toBe(200);
  });
});
