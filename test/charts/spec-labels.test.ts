import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chartContext, parseTable, withDerivedFields } from "../../pipeline/charts/index.ts";
import { loadEnv } from "../../pipeline/charts/load-env.ts";
import { prepareSpec } from "../../pipeline/charts/prepare-spec.ts";
import { renderVegaSvg } from "../../pipeline/charts/render-svg.ts";

const root = join(import.meta.dirname, "../..");
const dir = join(root, "test/fixtures/charts/labels");
const load = (name: string) => parseTable(readFileSync(join(dir, name), "utf8"), name);

// The words Vega drew, from its (not yet outlined) SVG.
async function drawnText(specName: string, table: string): Promise<string[]> {
  const { theme } = await loadEnv();
  const file = join(root, "charts/specs", specName);
  const spec = JSON.parse(readFileSync(file, "utf8"));
  const ctx = chartContext({
    documents: load("documents.csv"),
    works: load("works.csv"),
    footnotes: load("footnotes.csv"),
    claims: load("claims.csv"),
  });
  const rows = withDerivedFields(load(table).rows, ctx);
  const { svg } = await renderVegaSvg(prepareSpec(spec, rows, theme), file);
  const decode = (t: string) =>
    t
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"');
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]));
}

describe("the project specs' labels on the synthetic label fixtures", () => {
  it("claims-compared labels rows by figure, page and source, headings in words", async () => {
    const text = await drawnText("claims-compared.vl.json", "claims.csv");
    expect(text).toContain("People displaced (count)");
    expect(text).toContain("Loans (USD)");
    expect(text).toContain("“12 thousand” · p. 2 · Scholar 1990, p. 40 · alpha-history");
    expect(text).toContain("“9 thousand” · p. 5 · note 4 (explanatory) · alpha-history");
    expect(text).toContain("more than “15,000” · p. 1 · no citation · beta-brief");
    // Only one document states loans, so their rows do not repeat it.
    expect(text).toContain("“25 million dollars” · p. 8 · note 8");
    expect(text.some((t) => /\d,\d{3},\d{3}/.test(t))).toBe(false);
    expect(text.some((t) => /\bmillion$/.test(t))).toBe(true);
    expect(text.join(" ")).not.toMatch(/Most counts|_/);
  });

  it("loans labels fallback rows from their fields, never with the claim's text", async () => {
    const text = await drawnText("loans.vl.json", "loans.csv");
    expect(text).toContain("from Northland, 1979");
    expect(text).toContain("p. 8 (no party named), year not stated");
    expect(text).toContain("Eastbank → Northland, 2014");
    expect(text.join(" ")).not.toMatch(/million dollars/);
  });

  it("claims-by-year names the measure in words, not the raw category key", async () => {
    const text = await drawnText("claims-by-year.vl.json", "claims.csv");
    expect(text).toContain("Export shares, wool (%) · “35%”");
    expect(text.join(" ")).not.toMatch(/export_share/);
  });
});
