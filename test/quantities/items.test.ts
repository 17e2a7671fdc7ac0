// Result objects: the fields and their order are the JSON Lines output of the quantities command.
import { describe, expect, it } from "vitest";
import { recognize } from "../../pipeline/quantities/index.ts";

const QUANTITY_KEYS = [
  "start",
  "end",
  "text",
  "low",
  "high",
  "unit",
  "unit_text",
  "noun",
  "qualifier",
  "change",
  "per",
  "kind",
];

describe("recognize(text) result objects", () => {
  it("list a quantity's fields in output order, without iso", () => {
    const [q] = recognize("Exports rose by 12 percent.");
    expect(Object.keys(q)).toEqual(QUANTITY_KEYS);
    expect(JSON.parse(JSON.stringify(q))).toEqual({
      start: 16,
      end: 26,
      text: "12 percent",
      low: 12,
      high: 12,
      unit: "%",
      unit_text: "percent",
      noun: null,
      qualifier: "exact",
      change: "up",
      per: null,
      kind: "quantity",
    });
  });

  it("list a date's fields in the same order, with iso last", () => {
    const [d] = recognize("In May 1990 the plant opened.");
    expect(Object.keys(d)).toEqual([...QUANTITY_KEYS, "iso"]);
    expect([d.text, d.kind, d.iso, d.unit, d.qualifier]).toEqual([
      "May 1990",
      "date",
      "1990-05",
      null,
      "exact",
    ]);
  });

  it("spread into plain objects with every field", () => {
    const [q] = recognize("They bought 24 fighter jets.");
    expect({ ...q }).toEqual({ ...q, noun: "fighter jets", unit: "count", low: 24 });
    expect(Object.keys({ ...q })).toEqual(QUANTITY_KEYS);
  });
});
