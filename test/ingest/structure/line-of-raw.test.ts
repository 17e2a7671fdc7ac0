import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineOfRaw } from "../../../pipeline/ingest/structure/index.ts";

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

describe("lineOfRaw(text, offset)", () => {
  it("counts LF, CRLF and lone CR as one line end each, at every offset", () => {
    const pieces = fc.constantFrom("a", "bc", "\n", "\r\n", "\r", " ", "é");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.nat(200), (parts, at) => {
        const text = parts.join("");
        const offset = at % (text.length + 2);
        expect(lineOfRaw(text, offset)).toBe(countLines(text, offset));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it("answers for two texts in turn without mixing them up", () => {
    expect(lineOfRaw("x\ny\nz", 4)).toBe(3);
    expect(lineOfRaw("one line", 4)).toBe(1);
    expect(lineOfRaw("x\ny\nz", 2)).toBe(2);
  });
});
