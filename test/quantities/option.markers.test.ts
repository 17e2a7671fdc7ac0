import { describe, expect, it } from "vitest";
import { recognize } from "../../pipeline/quantities/index.ts";

describe("recognize(text, { markers })", () => {
  it("validation: no markers and an empty list behave the same", () => {
    const text = "They bought 120 tons7 of it in May 195512.";
    expect(recognize(text, { markers: [] })).toEqual(recognize(text));
  });

  it("cuts a marker off the end of a number (the span still covers it, so text === input slice)", () => {
    const found = recognize("We got 1237 tons.", { markers: [{ start: 10, end: 11 }] });
    expect(found.map((q) => [q.text, q.low, q.unit])).toEqual([["1237 tons", 123, "t"]]);
  });

  it("leaves a sentence's full stop out of a year a marker follows ('in 1975.17')", () => {
    const text = "to $68 million in 1975.17";
    const at = text.indexOf("17");
    const found = recognize(text, { markers: [{ start: at, end: at + 2 }] });
    expect(found.map((q) => [q.text, q.kind])).toEqual([
      ["$68 million", "quantity"],
      ["1975", "date"],
    ]);
  });

  it("drops a number that is wholly a marker", () => {
    const text = "the deal 12 was signed";
    const at = text.indexOf("12");
    expect(recognize(text, { markers: [{ start: at, end: at + 2 }] })).toEqual([]);
    expect(recognize(text).map((q) => q.low)).toEqual([12]);
  });

  it("accepts markers in any order", () => {
    const text = "1237 tons and 4569 barrels";
    const markers = [
      { start: 17, end: 18 },
      { start: 3, end: 4 },
    ];
    expect(recognize(text, { markers }).map((q) => q.low)).toEqual([123, 456]);
  });
});
