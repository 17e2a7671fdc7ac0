import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderAll } from "../../pipeline/charts/index.ts";
import { pngSize, toolReady } from "./helpers.ts";

const root = join(import.meta.dirname, "../..");
const PDFTOPPM = "/usr/bin/pdftoppm";
const PDFFONTS = "/usr/bin/pdffonts";
const CHROMIUM = "/usr/bin/chromium";

let outDir: string;
beforeAll(async () => {
  outDir = join(mkdtempSync(join(tmpdir(), "charts-tools-")), "out");
  const result = await renderAll({
    specsDir: join(root, "charts/specs"),
    dataDir: join(root, "test/fixtures/charts"),
    outDir,
  });
  expect(result.failed).toEqual([]);
});

const pdfs = () => readdirSync(outDir).filter((f) => f.endsWith(".pdf"));

describe("the PDFs in poppler", () => {
  it.skipIf(!toolReady(PDFTOPPM, "poppler-utils"))("pdftoppm renders every page", () => {
    const tmp = mkdtempSync(join(tmpdir(), "ppm-"));
    for (const pdf of pdfs()) {
      const prefix = join(tmp, pdf.replace(/\.pdf$/, ""));
      execFileSync(PDFTOPPM, ["-png", "-r", "72", join(outDir, pdf), prefix]);
      const pages = readdirSync(tmp).filter((f) => f.startsWith(`${pdf.replace(/\.pdf$/, "")}-`));
      expect(pages, pdf).toHaveLength(1);
      expect(statSync(join(tmp, pages[0])).size).toBeGreaterThan(1000);
    }
  });

  it.skipIf(!toolReady(PDFFONTS, "poppler-utils"))("pdffonts lists only embedded fonts", () => {
    for (const pdf of pdfs()) {
      const rows = execFileSync(PDFFONTS, [join(outDir, pdf)], { encoding: "utf8" })
        .split("\n")
        .slice(2)
        .filter(Boolean);
      expect(rows.length, pdf).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatch(/^\w{6}\+DejaVuSans\S*\s.*\byes\s+yes\s+yes\b/);
    }
  });
});

describe("the gallery in headless Chromium", () => {
  it.skipIf(!toolReady(CHROMIUM, "chromium"))(
    "opens and shows figures (screenshot not blank)",
    () => {
      const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
      const shot = join(mkdtempSync(join(tmpdir(), "shot-")), "gallery.png");
      execFileSync(
        CHROMIUM,
        [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          `--user-data-dir=${profile}`,
          "--window-size=1000,1400",
          "--hide-scrollbars",
          `--screenshot=${shot}`,
          `file://${join(outDir, "index.html")}`,
        ],
        { stdio: "pipe", timeout: 90_000 },
      );
      const png = readFileSync(shot);
      expect(pngSize(png)).toEqual({ width: 1000, height: 1400 });
      // A blank page compresses to almost nothing; headings, text and figures do not.
      expect(png.length).toBeGreaterThan(20_000);
    },
  );
});
