import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pngDpi, renderAll } from "../../pipeline/charts/index.ts";
import { pngSize, svgSize, xmlProblem } from "./helpers.ts";

const root = join(import.meta.dirname, "../..");
const specsDir = join(root, "charts/specs");
const fixtures = join(root, "test/fixtures/charts");
const charts = readdirSync(specsDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/(\.vl)?\.json$/, ""))
  .sort();

function freshDirs() {
  const base = mkdtempSync(join(tmpdir(), "charts-"));
  cpSync(fixtures, join(base, "data"), { recursive: true });
  return { dataDir: join(base, "data"), outDir: join(base, "out") };
}

describe("renderAll(options)", () => {
  let dirs: { dataDir: string; outDir: string };
  let first: Awaited<ReturnType<typeof renderAll>>;
  beforeAll(async () => {
    dirs = freshDirs();
    first = await renderAll({ specsDir, ...dirs });
  });

  it("renders every spec of the report set from the fixture tables", () => {
    expect(first.failed.map((f) => f.error.format())).toEqual([]);
    expect(first.rendered).toEqual(charts);
    expect(charts).toEqual(
      expect.arrayContaining(["loans", "power-capacity", "export-shares", "supply-quotas"]),
    );
  });

  it("writes SVGs that parse as XML and carry a viewBox, a title and a description", () => {
    for (const name of charts) {
      const svg = readFileSync(join(dirs.outDir, `${name}.svg`), "utf8");
      expect(xmlProblem(svg), name).toBeUndefined();
      expect(svg).toMatch(/^<svg[^>]* viewBox="0 0 [\d.]+ [\d.]+"/);
      expect(svg).toMatch(/^<svg[^>]* aria-label="[^"]{20,}"/);
      expect(svg).toMatch(/<desc>[^<]{20,}<\/desc>/);
      // Self-contained: no fonts, images or scripts fetched from elsewhere.
      expect(svg).not.toMatch(/<script|<image|@font-face|href="http/);
    }
  });

  it("writes PNGs of exactly 300 dpi of the figure's size, and says so in pHYs", () => {
    for (const name of charts) {
      const svg = svgSize(readFileSync(join(dirs.outDir, `${name}.svg`), "utf8"));
      const png = readFileSync(join(dirs.outDir, `${name}.png`));
      expect(pngSize(png)).toEqual({
        width: (svg.width * 300) / 96,
        height: (svg.height * 300) / 96,
      });
      expect(pngDpi(png)).toBe(300);
    }
  });

  it("writes one-page PDFs of the figure's size that embed the theme font and only it", () => {
    for (const name of charts) {
      const svg = svgSize(readFileSync(join(dirs.outDir, `${name}.svg`), "utf8"));
      const pdf = readFileSync(join(dirs.outDir, `${name}.pdf`)).toString("latin1");
      expect(pdf.match(/\/Type \/Page\b/g)?.length, name).toBe(1);
      const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
      expect(Number(box?.[1])).toBeCloseTo((svg.width * 72) / 96, 2);
      expect(Number(box?.[2])).toBeCloseTo((svg.height * 72) / 96, 2);
      expect(pdf).toMatch(/\/FontFile2 \d+ 0 R/);
      const fonts = [...pdf.matchAll(/\/BaseFont \/([\w+-]+)/g)].map((m) => m[1]);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+DejaVuSans/);
      expect(pdf).toMatch(/\(D:20000101000000Z\)/);
    }
  });

  it("puts the document titles and footnote citations of the drawn rows on the figure", () => {
    const state = JSON.parse(readFileSync(join(dirs.outDir, "loans.render.json"), "utf8"));
    expect(state.figure.source).toContain("Northland and Southia: a trade history");
    expect(state.figure.source).toContain("C. Scholar, Grain and credit (1990), p. 40");
    // The comparison chart drops the measure stated only once; its document must not be cited for it.
    const compared = JSON.parse(
      readFileSync(join(dirs.outDir, "claims-compared.render.json"), "utf8"),
    );
    expect(compared.figure.source).toContain("C. Scholar");
  });

  it("draws an empty table as a figure that says there are no claims yet", () => {
    const state = JSON.parse(readFileSync(join(dirs.outDir, "trade-values.render.json"), "utf8"));
    expect(state.figure.description).toMatch(/No claims of this kind/);
    expect(state.figure.source).toMatch(/no rows drawn/);
  });

  it("writes a gallery with every figure, its description, source and links", () => {
    const html = readFileSync(join(dirs.outDir, "index.html"), "utf8");
    for (const name of charts) {
      for (const ext of ["svg", "png", "pdf"]) expect(html).toContain(`href="${name}.${ext}"`);
      expect(html).toContain(`<section id="${name}">`);
    }
    expect(html).toMatch(/href="[^"]*charts\/specs\/loans\.vl\.json"/);
    expect(html).toMatch(/href="[^"]*data\/loans\.csv"/);
  });

  it("renders nothing on a second run and leaves every file untouched", async () => {
    const mtimes = readdirSync(dirs.outDir).map((f) => statSync(join(dirs.outDir, f)).mtimeMs);
    const second = await renderAll({ specsDir, ...dirs });
    expect(second.rendered).toEqual([]);
    expect(second.skipped).toEqual(charts);
    expect(readdirSync(dirs.outDir).map((f) => statSync(join(dirs.outDir, f)).mtimeMs)).toEqual(
      mtimes,
    );
  });

  it("re-renders only the charts whose CSV changed", async () => {
    const other = freshDirs();
    await renderAll({ specsDir, ...other });
    const csv = join(other.dataDir, "power_capacity.csv");
    writeFileSync(csv, readFileSync(csv, "utf8").replace("1800", "1900"));
    const again = await renderAll({ specsDir, ...other });
    expect(again.rendered).toEqual(["power-capacity"]);
  });

  it("writes byte-identical files in a fresh folder", async () => {
    const other = freshDirs();
    await renderAll({ specsDir, ...other });
    for (const f of readdirSync(dirs.outDir).sort())
      expect(
        readFileSync(join(other.outDir, f)).equals(readFileSync(join(dirs.outDir, f))),
        f,
      ).toBe(true);
  });
});
