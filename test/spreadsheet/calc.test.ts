// Spreadsheets are the tables' real client: every CSV in data/processed/ goes through LibreOffice
// Calc (CSV → xlsx → CSV) and keeps its numbers, dates, Cyrillic text, and no cell turns into a formula.
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { hasSoffice, roundTrip } from "./calc.ts";
import { sheetCells } from "./fods-cells.ts";
import { sheetProblems } from "./sheet-problems.ts";

const PROCESSED = "data/processed";
const available = await hasSoffice();
// In CI a missing Calc is a failure (.ci/run installs it), elsewhere the tests are skipped.
const needsCalc = available || !process.env.CI ? it.skipIf(!available) : it;

const GOOD = [
  "id,low,high,date,approximate,citation,quote",
  'c0a1,150000000,0.25,1975-06-12,true,"Громыко А. А. Памятное. М., 1988. С. 12.","He said: ""about 5%"", then left."',
  "c0a2,-3,1975,1975-06,false,Кремль «Москва» — 1953,(2 million tons)",
  "c0a3,,,1946,,,",
  "",
].join("\n");
const BAD = "id,value,note\n12e4,007,=1+1\n";

/** One Calc round trip for the synthetic tables and every CSV in data/processed/, problems by name. */
async function problemsOf(files: Record<string, string>): Promise<Record<string, string[]>> {
  const dir = await mkdtemp(join(tmpdir(), "tc-calc-"));
  const paths: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(dir, name), text);
    paths.push(join(dir, name));
  }
  // A kept profile saves Calc's first-start setup on later runs.
  const results = await roundTrip(
    paths,
    join(dir, "work"),
    join(tmpdir(), "trade-claims-calc-profile"),
  );
  const out: Record<string, string[]> = {};
  for (const [name, text] of Object.entries(files)) {
    const rows: string[][] = parse(text, { relax_column_count: true });
    const trip = results.get(join(dir, name));
    if (!trip) throw new Error(`Calc wrote nothing for ${name}`);
    const width = Math.max(1, ...rows.map((r) => r.length));
    out[name] = sheetProblems(text, trip.csv, sheetCells(trip.fods, rows.length, width));
  }
  return out;
}

let problems: Record<string, string[]> = {};
let processed: string[] = [];

beforeAll(async () => {
  if (!available) return;
  processed = (await readdir(PROCESSED).catch(() => [] as string[]))
    .filter((n) => n.endsWith(".csv"))
    .sort();
  const files: Record<string, string> = { "synthetic-good.csv": GOOD, "synthetic-bad.csv": BAD };
  for (const name of processed) files[name] = await readFile(join(PROCESSED, name), "utf8");
  problems = await problemsOf(files);
}, 300_000);

describe("CSV → LibreOffice Calc → CSV", () => {
  needsCalc(
    "keeps contract-shaped cells: numbers, ISO dates, booleans, Cyrillic and punctuation-led text",
    () => {
      expect(available, "soffice is missing: apt-get install libreoffice-calc-nogui").toBe(true);
      expect(problems["synthetic-good.csv"]).toEqual([]);
    },
  );

  needsCalc("reports cells a spreadsheet would change (so this test can fail)", () => {
    const found = problems["synthetic-bad.csv"].join("\n");
    expect(found).toMatch(/row 2 id: "12e4" became float/);
    expect(found).toMatch(/row 2 value: "007" became float/);
    expect(found).toMatch(/row 2 note: "=1\+1" was evaluated as the formula/);
  });

  needsCalc(
    "keeps every cell of every CSV in data/processed/",
    async () => {
      const names = (await readdir(PROCESSED).catch(() => [] as string[])).filter((n) =>
        n.endsWith(".csv"),
      );
      if (names.length === 0 && !process.env.CI) return;
      expect(names.length, "no CSV in data/processed/: run make first").toBeGreaterThan(0);
      const files: Record<string, string> = {};
      for (const name of names.sort()) files[name] = await readFile(join(PROCESSED, name), "utf8");
      const problems = await problemsOf(files);
      for (const name of names) expect(problems[name], name).toEqual([]);
    },
    300_000,
  );
});
