import { cpSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderAll } from "../../pipeline/charts/index.ts";

const root = join(import.meta.dirname, "../..");

function spec(over: Record<string, unknown>): string {
  return JSON.stringify({
    title: "Synthetic",
    description: "A synthetic chart for the error tests.",
    data: { url: "power_capacity.csv" },
    mark: "point",
    encoding: { x: { field: "low", type: "quantitative" }, y: { field: "label", type: "nominal" } },
    ...over,
  });
}

describe("renderAll(options) with broken specs", () => {
  let result: Awaited<ReturnType<typeof renderAll>>;
  let outDir: string;
  const logs: string[] = [];
  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), "charts-errors-"));
    const specsDir = join(base, "specs");
    cpSync(join(root, "charts/specs/loans.vl.json"), join(specsDir, "loans.vl.json"));
    writeFileSync(join(specsDir, "good.vl.json"), spec({}));
    writeFileSync(join(specsDir, "invalid-json.vl.json"), '{"title": "x", "mark": "point",');
    writeFileSync(
      join(specsDir, "misspelt.vl.json"),
      spec({ encoding: { x: { field: "lwo", type: "quantitative" } } }),
    );
    writeFileSync(
      join(specsDir, "misspelt-expr.vl.json"),
      spec({ transform: [{ calculate: "datum.hihg * 2", as: "twice" }] }),
    );
    writeFileSync(join(specsDir, "missing-csv.vl.json"), spec({ data: { url: "nowhere.csv" } }));
    writeFileSync(join(specsDir, "unknown-key.vl.json"), spec({ encodings: {} }));
    writeFileSync(join(specsDir, "bad-mark.vl.json"), spec({ mark: "bars" }));
    outDir = join(base, "out");
    result = await renderAll({
      specsDir,
      dataDir: join(root, "test/fixtures/charts"),
      outDir,
      log: (m) => logs.push(m),
    });
  });

  const failure = (name: string) => result.failed.find((f) => f.spec.endsWith(`${name}.vl.json`));

  it("still renders the good specs", () => {
    expect(result.rendered).toEqual(["good", "loans"]);
    for (const ext of ["svg", "png", "pdf"])
      expect(existsSync(join(outDir, `loans.${ext}`))).toBe(true);
  });

  it("reports a spec that is not JSON as CHART_BAD_SPEC, naming the file", () => {
    expect(failure("invalid-json")?.error.code).toBe("CHART_BAD_SPEC");
    expect(failure("invalid-json")?.error.format()).toContain("invalid-json.vl.json");
  });

  it("reports a misspelt field as CHART_UNKNOWN_FIELD with the field and the CSV's columns", () => {
    const e = failure("misspelt")?.error;
    expect(e?.code).toBe("CHART_UNKNOWN_FIELD");
    expect(e?.message).toContain('"lwo"');
    expect(e?.message).toContain("label, low, high");
    expect(failure("misspelt-expr")?.error.code).toBe("CHART_UNKNOWN_FIELD");
    expect(failure("misspelt-expr")?.error.message).toContain('"hihg"');
  });

  it("reports a missing CSV as CHART_MISSING_DATA", () => {
    expect(failure("missing-csv")?.error.code).toBe("CHART_MISSING_DATA");
    expect(failure("missing-csv")?.error.message).toContain("nowhere.csv");
  });

  it("reports unknown properties and marks from the Vega-Lite schema as CHART_BAD_SPEC", () => {
    expect(failure("unknown-key")?.error.code).toBe("CHART_BAD_SPEC");
    expect(failure("unknown-key")?.error.message).toContain('"encodings"');
    expect(failure("bad-mark")?.error.code).toBe("CHART_BAD_SPEC");
  });

  it("logs one line per failed chart and lists failures in the gallery", () => {
    expect(logs.filter((l) => l.startsWith("failed "))).toHaveLength(result.failed.length);
    expect(result.failed).toHaveLength(6);
  });
});
