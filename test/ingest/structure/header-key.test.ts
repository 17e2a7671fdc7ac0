// headerKey skips rewrites that cannot change a line; it must give what the full chain gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HeaderIndex, headerKey } from "../../../pipeline/ingest/structure/furniture.ts";

const fullChain = (text: string) =>
  text
    .trim()
    .replace(/[\s|·•–—-]+\d{1,4}$/u, "")
    .replace(/^\d{1,4}\s*[|·•–—-]\s*/u, "")
    .replace(/^\d{1,4}\s{2,}/u, "")
    .replace(/\s+/g, " ");

const lines = fc
  .array(
    fc.constantFrom("Journal", "7", "12", "2024", " ", "  ", "\t", "\u00a0", "|", "–", "-", "·"),
    {
      maxLength: 12,
    },
  )
  .map((p) => p.join(""));

describe("headerKey", () => {
  it("drops a page number beside header text and collapses white space, as the full chain does", () => {
    fc.assert(
      fc.property(lines, (line) => {
        expect(headerKey(line)).toBe(fullChain(line));
      }),
      {
        numRuns: 2000,
      },
    );
    expect(headerKey("Journal of Trade  |  12")).toBe("Journal of Trade");
    expect(headerKey("12 – Journal\tof Trade")).toBe("Journal of Trade");
  });
});

describe("HeaderIndex(headers).get(trimmed)", () => {
  it("answers what the headers give for the line's key", () => {
    fc.assert(
      fc.property(fc.array(lines, { maxLength: 4 }), lines, (keyed, line) => {
        const headers = new Map(keyed.map((k, i) => [headerKey(k), i % 2 === 0] as const));
        const index = new HeaderIndex(headers);
        const asked = [line, ...keyed.flatMap((k) => [k, `${k}  12`, `3 | ${k}`, `${k}.`])];
        for (const text of asked.map((t) => t.trim()).filter((t) => t !== ""))
          expect(index.get(text)).toBe(headers.get(headerKey(text)));
      }),
      { numRuns: 1000 },
    );
  });
});
