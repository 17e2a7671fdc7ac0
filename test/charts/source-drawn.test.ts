import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderAll } from "../../pipeline/charts/index.ts";

const root = join(import.meta.dirname, "../..");

describe("the source line of a rendered figure", () => {
  it("cites only the documents and works of rows the spec's filters kept", async () => {
    const base = mkdtempSync(join(tmpdir(), "charts-source-"));
    mkdirSync(join(base, "specs"));
    const spec = (doc: string) => ({
      title: "Synthetic filtered loans",
      description: "Loans of one synthetic document only.",
      data: { url: "loans.csv" },
      transform: [{ filter: `datum.doc === '${doc}'` }],
      mark: "point",
      encoding: { x: { field: "low", type: "quantitative" }, y: { field: "id", type: "nominal" } },
    });
    writeFileSync(join(base, "specs/river.vl.json"), JSON.stringify(spec("river-brief")));
    writeFileSync(join(base, "specs/north.vl.json"), JSON.stringify(spec("northland-trade")));
    writeFileSync(join(base, "specs/none.vl.json"), JSON.stringify(spec("no-such-document")));
    const result = await renderAll({
      specsDir: join(base, "specs"),
      dataDir: join(root, "test/fixtures/charts"),
      outDir: join(base, "out"),
      formats: ["svg"],
    });
    expect(result.failed).toEqual([]);
    const source = (name: string) =>
      JSON.parse(readFileSync(join(base, "out", `${name}.render.json`), "utf8")).figure.source;
    expect(source("river")).toBe("Source: Brief: River Republic energy deals.");
    expect(source("north")).toBe(
      "Source: Northland and Southia: a trade history, citing C. Scholar, Grain and credit (1990), p. 40.",
    );
    // A filter that keeps nothing gives a figure that says so, not an empty frame.
    const none = JSON.parse(readFileSync(join(base, "out/none.render.json"), "utf8")).figure;
    expect(none.description).toMatch(/match this chart/);
    expect(none.source).toMatch(/no rows drawn/);
    expect(readFileSync(join(base, "out/none.svg"), "utf8")).not.toMatch(/role-axis/);
    // The source line is drawn on the figure itself, not only kept in the sidecar.
    expect(readFileSync(join(base, "out/river.svg"), "utf8")).toContain('class="source"');
  });
});
