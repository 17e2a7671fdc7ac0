// "Pounds" is sterling where money is spoken of, a weight everywhere else.
import { describe, expect, it } from "vitest";
import { recognize } from "../../pipeline/quantities/index.ts";

const unitOf = (text: string) => recognize(text).find((q) => q.kind === "quantity")?.unit;

describe("pounds: money or weight", () => {
  it.each([
    "Operating profit rose to 212 million pounds.",
    "The bank granted a loan of 15 million pounds to the railway.",
    "They offered 4 million pounds of credit for machinery.",
    "Wool exports worth 7 million pounds went to Leningrad.",
  ])("reads sterling in %j", (text) => {
    expect(unitOf(text)).toBe("GBP");
  });

  it.each([
    "The mission bought 600,000 pounds of wool.",
    "He lost 25 pounds in a month.",
    "A metric ton is 2,204.62 pounds.",
    "The profit came from 900 pounds of wool.",
  ])("reads a weight in %j", (text) => {
    expect(unitOf(text)).toBe("lb");
  });

  it("looks no further back than the clause", () => {
    expect(unitOf("Profits were high; the crates weighed 40 pounds.")).toBe("lb");
  });
});
