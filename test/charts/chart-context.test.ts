import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  chartContext,
  citedSource,
  parseTable,
  withDerivedFields,
} from "../../pipeline/charts/index.ts";

const dir = join(import.meta.dirname, "../fixtures/charts/labels");
const load = (name: string) => parseTable(readFileSync(join(dir, name), "utf8"), name);
const tables = {
  documents: load("documents.csv"),
  works: load("works.csv"),
  footnotes: load("footnotes.csv"),
  claims: load("claims.csv"),
};

describe("citedSource(row, ctx)", () => {
  const ctx = chartContext(tables);
  const cited = () =>
    Object.fromEntries(tables.claims.rows.map((r) => [r.id, citedSource(r, ctx)]));

  it("names each fixture claim's source: short work with cited page, note or no citation", () => {
    expect(cited()).toEqual({
      k1: "Scholar 1990, p. 40",
      k2: "note 4 (explanatory)",
      k3: "note 4 (explanatory)",
      k4: "no citation",
      k5: "Agreement between Northland and Southia… 1979, pp. 12-13",
      k6: "note 8",
      k7: "no citation",
    });
  });

  it("never quotes an explanatory note's text as if it were a work", () => {
    for (const r of tables.claims.rows) expect(citedSource(r, ctx)).not.toMatch(/Most counts/);
  });

  it("falls back to the work id when works.csv is missing", () => {
    const bare = chartContext({});
    expect(citedSource({ doc: "x", work_id: "w7", footnote: 2 }, bare)).toBe("work w7");
    expect(citedSource({ doc: "x", footnote: 2 }, bare)).toBe("note 2");
  });
});

describe("withDerivedFields(rows, ctx)", () => {
  it("adds readable headings and names the document only where a measure spans several", () => {
    const rows = withDerivedFields(tables.claims.rows, chartContext(tables));
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.k1.measure_heading).toBe("People displaced (count)");
    expect(byId.k1.doc_short).toBe("alpha-history");
    expect(byId.k4.doc_short).toBe("beta-brief");
    expect(byId.k5.doc_short).toBeNull();
    expect(byId.k7.category_name).toBe("Export shares");
    expect(byId.k1.doc_title).toBe("Alpha: a synthetic trade history");
  });

  it("leaves its input rows unmutated", () => {
    const before = JSON.stringify(tables.claims.rows);
    withDerivedFields(tables.claims.rows, chartContext(tables));
    expect(JSON.stringify(tables.claims.rows)).toBe(before);
  });
});
