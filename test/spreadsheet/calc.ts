// LibreOffice Calc, headless, as a spreadsheet user runs it: CSV (UTF-8) → xlsx → CSV, and the same
// xlsx → flat ODS so the test can see each cell's type and whether Calc made it a formula.
import { execFile } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The Calc binary; SOFFICE overrides it (another install, or a test of the missing case). */
export const SOFFICE = process.env.SOFFICE ?? "soffice";

export async function hasSoffice(): Promise<boolean> {
  return run(SOFFICE, ["--version"]).then(
    () => true,
    () => false,
  );
}

export interface RoundTrip {
  /** The CSV Calc writes back from the xlsx. */
  csv: string;
  /** The flat ODS XML of the same xlsx. */
  fods: string;
}

/** Converts every CSV in three Calc runs (one per target), with its own profile so no other Calc blocks it. */
export async function roundTrip(
  csvFiles: string[],
  workDir: string,
  profileDir = join(workDir, "profile"),
): Promise<Map<string, RoundTrip>> {
  const base = [`-env:UserInstallation=${pathToFileURL(profileDir).href}`, "--headless"];
  const [xlsx, csv, fods] = ["xlsx", "csv", "fods"].map((d) => join(workDir, d));
  for (const dir of [xlsx, csv, fods]) await mkdir(dir, { recursive: true });
  // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = start at row 1.
  await soffice([
    ...base,
    "--infilter=CSV:44,34,76,1",
    "--convert-to",
    "xlsx",
    "--outdir",
    xlsx,
    ...csvFiles,
  ]);
  const books = csvFiles.map((f) => join(xlsx, basename(f).replace(/\.csv$/, ".xlsx")));
  await soffice([
    ...base,
    "--convert-to",
    "csv:Text - txt - csv (StarCalc):44,34,76,1",
    "--outdir",
    csv,
    ...books,
  ]);
  await soffice([...base, "--convert-to", "fods", "--outdir", fods, ...books]);
  const out = new Map<string, RoundTrip>();
  for (const file of csvFiles) {
    const name = basename(file, ".csv");
    out.set(file, {
      csv: await readFile(join(csv, `${name}.csv`), "utf8"),
      fods: await readFile(join(fods, `${name}.fods`), "utf8"),
    });
  }
  return out;
}

async function soffice(args: string[]): Promise<void> {
  await run(SOFFICE, args, { timeout: 180_000, maxBuffer: 16 * 1024 * 1024 });
}
