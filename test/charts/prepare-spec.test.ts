import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTable } from "../../pipeline/charts/index.ts";
import { loadEnv } from "../../pipeline/charts/load-env.ts";
import { mergeConfig, prepareSpec } from "../../pipeline/charts/prepare-spec.ts";

const root = join(import.meta.dirname, "../..");

describe("prepareSpec(spec, rows, theme)", () => {
  it("inlines the rows, keeps the theme's font and leaves every project spec unmutated", async () => {
    const { theme } = await loadEnv();
    for (const file of readdirSync(join(root, "charts/specs"))) {
      const spec = JSON.parse(readFileSync(join(root, "charts/specs", file), "utf8"));
      const before = structuredClone(spec);
      const csv = join(root, "test/fixtures/charts", spec.data.url);
      const rows = parseTable(readFileSync(csv, "utf8"), csv).rows;
      const out = prepareSpec({ ...spec, config: { font: "Comic Sans" } }, rows, theme);
      expect(spec, file).toEqual(before);
      expect((out.config as { font: string }).font).toBe("DejaVu Sans");
      if (rows.length > 0)
        expect((out.data as { values: unknown[] }).values).toHaveLength(rows.length);
      else expect(JSON.stringify(out)).toContain("No claims of this kind");
    }
  });
});

describe("mergeConfig(under, over)", () => {
  it("merges nested objects, replaces arrays and lets the spec win", () => {
    expect(
      mergeConfig(
        { axis: { labelFontSize: 11, grid: true }, range: { category: ["a", "b"] } },
        { axis: { labelFontSize: 9 }, range: { category: ["c"] } },
      ),
    ).toEqual({ axis: { labelFontSize: 9, grid: true }, range: { category: ["c"] } });
  });
});
