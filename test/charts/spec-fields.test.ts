import { describe, expect, it } from "vitest";
import { unknownFields } from "../../pipeline/charts/index.ts";

const columns = ["id", "doc", "label", "low", "high", "year", "weird.name"];

describe("unknownFields(spec, columns)", () => {
  it("accepts fields that are columns or created by the spec's own transforms", () => {
    const spec = {
      transform: [
        { calculate: "datum.low / 1e6", as: "low_m" },
        { joinaggregate: [{ op: "count", as: "n" }], groupby: ["label"] },
        { filter: "datum.n >= 2 && datum['weird.name'] != null" },
      ],
      encoding: { x: { field: "low_m", type: "quantitative" }, y: { field: "label" } },
    };
    expect(unknownFields(spec, columns)).toEqual([]);
  });

  it("finds misspelt fields in encodings, layers, facets, groupby and expressions", () => {
    const spec = {
      facet: { row: { field: "lable" } },
      spec: {
        layer: [
          { encoding: { x: { field: "lwo" }, tooltip: [{ field: "yaer" }] } },
          { transform: [{ filter: "datum.hihg > 0" }], mark: "point" },
        ],
      },
      transform: [{ aggregate: [{ op: "sum", field: "low", as: "s" }], groupby: ["dco"] }],
    };
    expect(unknownFields(spec, columns)).toEqual(["dco", "hihg", "lable", "lwo", "yaer"]);
  });

  it("reads only the top column of a nested field path, and honours escaped dots", () => {
    expect(unknownFields({ encoding: { x: { field: "doc.title" } } }, columns)).toEqual([]);
    expect(unknownFields({ encoding: { x: { field: "weird\\.name" } } }, columns)).toEqual([]);
    expect(unknownFields({ encoding: { x: { field: "weird\\.nmae" } } }, columns)).toEqual([
      "weird.nmae",
    ]);
  });

  it("ignores fields of other data (lookup's secondary source)", () => {
    const spec = {
      transform: [{ lookup: "doc", from: { data: { url: "x.csv" }, key: "other_id" } }],
    };
    expect(unknownFields(spec, columns)).toEqual([]);
  });
});
