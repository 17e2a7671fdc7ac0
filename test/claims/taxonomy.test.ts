import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultTaxonomyPath, loadTaxonomy } from "../../pipeline/claims/index.ts";
import type { PipelineError } from "../../pipeline/errors.ts";

const good = JSON.parse(readFileSync(defaultTaxonomyPath, "utf8"));
const errorOf = (data: unknown) => {
  try {
    loadTaxonomy(typeof data === "string" ? data : JSON.stringify(data), "tax.json");
  } catch (e) {
    return e as PipelineError;
  }
  return null;
};

describe("loadTaxonomy(jsonText, file)", () => {
  it("loads the default taxonomy with the issue's categories", () => {
    const t = loadTaxonomy(JSON.stringify(good), "tax.json");
    expect(t.categories.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        "export_share",
        "supply_quota",
        "trade_volume",
        "trade_value",
        "loan",
        "power_capacity",
        "change",
        "other",
      ]),
    );
  });

  it("names the file and the bad field", () => {
    const cases: Array<[unknown, string]> = [
      ["{not json", "(document)"],
      [{ ...good, categories: [] }, "categories"],
      [{ ...good, fallback: "misc" }, "fallback"],
      [{ ...good, neighbourWeight: "high" }, "neighbourWeight"],
      [
        { ...good, categories: [{ ...good.categories[0], cues: { export: "2" } }] },
        "categories[0].cues.export",
      ],
      [{ ...good, categories: [good.categories[0], good.categories[0]] }, "categories[1].id"],
    ];
    for (const [data, field] of cases) {
      const e = errorOf(data);
      expect(e?.code).toBe("TAXONOMY_INVALID");
      expect(e?.location.file).toBe("tax.json");
      expect(e?.location.snippet).toBe(field);
    }
  });

  it("lets a user add a category in the file alone", () => {
    const extra = {
      id: "aid",
      label: "Aid",
      table: null,
      commodity: false,
      dimensions: { currency: 0 },
      cues: { grant: 4 },
    };
    const t = loadTaxonomy(
      JSON.stringify({ ...good, categories: [...good.categories, extra] }),
      "tax.json",
    );
    expect(t.categories.at(-1)?.id).toBe("aid");
  });
});
