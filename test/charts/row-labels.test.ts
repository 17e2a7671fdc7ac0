import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  categoryName,
  chartContext,
  measureHeading,
  parseTable,
  qualifierWords,
  rowLabel,
  withDerivedFields,
} from "../../pipeline/charts/index.ts";

const dir = join(import.meta.dirname, "../fixtures/charts/labels");
const load = (name: string) => parseTable(readFileSync(join(dir, name), "utf8"), name);

describe("measureHeading(measure, unit)", () => {
  it("turns a measure key into readable words with the unit", () => {
    expect(measureHeading("count:people displaced", "count")).toBe("People displaced (count)");
    expect(measureHeading("USD:loan", "USD")).toBe("Loans (USD)");
    expect(measureHeading("MW:power_capacity", "MW")).toBe("Power capacity (MW)");
    expect(measureHeading("t:supply_quota wool", "t")).toBe("Supply quotas, wool (t)");
  });

  it("falls back to the key's own unit and drops underscores of unknown keys", () => {
    expect(measureHeading("t:grain_export", "")).toBe("Grain export (t)");
  });

  it("never shows a raw key with an underscore or a colon", () => {
    const key = fc.stringMatching(/^[a-z]+(_[a-z]+)?( [a-z]+)?$/);
    fc.assert(
      fc.property(key, fc.constantFrom("USD", "t", "MW", "%", "count"), (k, unit) => {
        const heading = measureHeading(`${unit}:${k}`, unit);
        expect(heading).not.toMatch(/[_:]/);
        expect(heading.endsWith(`(${unit})`)).toBe(true);
      }),
    );
  });
});

describe("qualifierWords(qualifier, quantityText)", () => {
  it("spells out a bound and nothing else", () => {
    expect(qualifierWords("more_than", "30 thousand")).toBe("more than");
    expect(qualifierWords("at_most", "5%")).toBe("at most");
    expect(qualifierWords("approx", "about 20")).toBe("");
    expect(qualifierWords("exact", "20")).toBe("");
    expect(qualifierWords("", "20")).toBe("");
  });

  it("does not repeat words the quantity text already has", () => {
    expect(qualifierWords("more_than", "more than 30 thousand")).toBe("");
  });
});

describe("categoryName(category)", () => {
  it("names the known categories and unknown ones without underscores", () => {
    expect(categoryName("export_share")).toBe("Export shares");
    expect(categoryName("arms_sale")).toBe("Arms sale");
  });
});

describe("rowLabel(row, claimText)", () => {
  it("keeps a label that is not the claim's own text", () => {
    expect(rowLabel({ label: "Eastbank → Northland", page: 1 }, "10 million dollars")).toBe(
      "Eastbank → Northland",
    );
  });

  it("builds the label from parties, entity and commodity when the label is the claim text", () => {
    const row = { label: "7 million", party_from: "Aland", party_to: "Bland", commodity: "tin" };
    expect(rowLabel(row, "7 million")).toBe("Aland → Bland, tin");
    expect(
      rowLabel({ label: "7 million", party_to: "Bland", entity: "Port Works" }, "7 million"),
    ).toBe("to Bland, Port Works");
  });

  it("names only the page when the row names no party, instead of inventing one", () => {
    expect(rowLabel({ label: "3 million", page: 4 }, "3 million")).toBe("p. 4 (no party named)");
  });

  it("treats a quantity-like label as the claim text when claims.csv is absent", () => {
    expect(rowLabel({ label: "'2.5%", party_from: "Aland" })).toBe("from Aland");
    expect(rowLabel({ label: "Delta Station" })).toBe("Delta Station");
  });

  it("adds the parties to a label that is only the commodity", () => {
    expect(rowLabel({ label: "tin", commodity: "tin", party_from: "Aland" }, "9%")).toBe(
      "tin, from Aland",
    );
    expect(rowLabel({ label: "tin", commodity: "tin" }, "9%")).toBe("tin");
  });

  it("labels every fixture row from its own fields, with nothing that is not in the row", () => {
    const ctx = chartContext({ claims: load("claims.csv") });
    const loans = withDerivedFields(load("loans.csv").rows, ctx).map((r) => r.row_label);
    expect(loans).toEqual(["from Northland", "p. 8 (no party named)", "Eastbank → Northland"]);
    const shares = withDerivedFields(load("export_shares.csv").rows, ctx).map((r) => r.row_label);
    expect(shares).toEqual(["wool, Southia → Northland"]);
  });

  it("never puts a word in a built label that the row's fields do not contain", () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
    const row = fc.record({
      party_from: fc.option(name, { nil: null }),
      party_to: fc.option(name, { nil: null }),
      entity: fc.option(name, { nil: null }),
      commodity: fc.option(name, { nil: null }),
      page: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
    });
    fc.assert(
      fc.property(row, (r) => {
        const label = rowLabel({ ...r, label: "5 million" }, "5 million");
        const allowed = new Set([
          ...Object.values(r).map(String),
          "from",
          "to",
          "→",
          "p.",
          "(no",
          "party",
          "named)",
          "named",
          "no",
        ]);
        for (const word of label.replace(/,/g, "").split(" ")) expect(allowed).toContain(word);
      }),
      { seed: 1389200102, numRuns: 500 },
    );
  });
});
