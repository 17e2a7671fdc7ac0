import { describe, expect, it } from "vitest";
import { splitReversed } from "../../pipeline/claims/split-range.ts";
import { recognize } from "../../pipeline/quantities/index.ts";
import { extract } from "./helpers.ts";

describe("splitReversed(q)", () => {
  it("reads a falling 'X to Y' as two figures with their own spans", () => {
    const text = "Sales fell from 8,000 tons to 5,000 tons.";
    const parts = recognize(text).flatMap(splitReversed);
    expect(parts.map((q) => [text.slice(q.start, q.end), q.low, q.unit])).toEqual([
      ["8,000 tons", 8000, "t"],
      ["5,000 tons", 5000, "t"],
    ]);
  });

  it("leaves a rising range as one range", () => {
    const [q] = recognize("Prices rose to between 10 to 15 percent.");
    expect(splitReversed(q)).toEqual([q]);
  });

  it("gives both figures of a falling change to the claims", () => {
    const { claims } = extract("Purchases of wool fell from 8,000 tons to 5,000 tons in 1962.");
    expect(claims.map((c) => [c.text, c.low])).toEqual([
      ["8,000 tons", 8000],
      ["5,000 tons", 5000],
    ]);
    expect(claims[1].year).toBe(1962);
  });
});
