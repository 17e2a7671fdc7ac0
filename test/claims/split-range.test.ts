import { describe, expect, it } from "vitest";
import { withReversedSplit } from "../../pipeline/claims/split-range.ts";
import { recognize } from "../../pipeline/quantities/index.ts";
import { extract } from "./helpers.ts";

const figures = (text: string) =>
  withReversedSplit(recognize(text), text).map((q) => [text.slice(q.start, q.end), q.low, q.unit]);

describe("withReversedSplit(found, text)", () => {
  it("reads a falling 'X to Y' as two figures with their own spans", () => {
    expect(figures("Sales fell from 8,000 tons to 5,000 tons.")).toEqual([
      ["8,000 tons", 8000, "t"],
      ["5,000 tons", 5000, "t"],
    ]);
  });

  it("reads a rising 'from X to Y' as the level before and the level after", () => {
    expect(figures("The mill was enlarged from 40 MW to 120 MW.")).toEqual([
      ["40 MW", 40, "MW"],
      ["120 MW", 120, "MW"],
    ]);
  });

  it("leaves a range of values as one range", () => {
    for (const text of [
      "Prices rose to between 10 to 15 percent.",
      "Bids ranged from $5 million to $8 million.",
      "Loans of anywhere from 20 tons to 30 tons were asked.",
      "Exports reached 2 to 3 million tons.",
    ]) {
      const found = recognize(text);
      expect(withReversedSplit(found, text), text).toBe(found);
    }
  });

  it("keeps a range whose low end has no unit of its own", () => {
    expect(figures("Output grew from 20 to 30 thousand tons.")).toEqual([
      ["20 to 30 thousand tons", 20000, "t"],
    ]);
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
