import { describe, expect, it } from "vitest";
import { parseTable } from "../../pipeline/charts/index.ts";

describe("parseTable(text, file)", () => {
  it("types columns by the table contract: numbers, booleans, empty cells as null", () => {
    const t = parseTable(
      'id,date,low,approximate,label\n1,1979,2.5,true,"a, b"\n2,1980-03,,false,\n',
      "x.csv",
    );
    expect(t.columns).toEqual(["id", "date", "low", "approximate", "label"]);
    expect(t.rows).toEqual([
      { id: "1", date: "1979", low: 2.5, approximate: true, label: "a, b" },
      { id: "2", date: "1980-03", low: null, approximate: false, label: null },
    ]);
  });

  it("keeps a column with any non-numeric value as text", () => {
    const t = parseTable("page,code\n3,007\n4,x1\n", "x.csv");
    expect(t.rows.map((r) => r.page)).toEqual([3, 4]);
    // A leading zero is not a plain number in the contract, so it stays text.
    expect(t.rows.map((r) => r.code)).toEqual(["007", "x1"]);
  });

  it("reads a header-only table as no rows", () => {
    expect(parseTable("id,low\n", "x.csv")).toEqual({ columns: ["id", "low"], rows: [] });
  });

  it("fails on a ragged CSV with CHART_MISSING_DATA", () => {
    expect(() => parseTable("a,b\n1\n", "x.csv")).toThrow(
      expect.objectContaining({ code: "CHART_MISSING_DATA" }),
    );
  });
});
