// Shared by the fault tests: temp raw folders with a manifest, previous outputs to protect, and
// the build run both as a function (for the error code) and through the CLI (for the exit code).
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { expect } from "vitest";
import { main } from "../../pipeline/cli.ts";
import { isPipelineError, type PipelineError } from "../../pipeline/errors.ts";

export const MANIFEST_HEADER = "id,title,author,publication,year,url,licence,encoding";

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `tc-${prefix}-`));
}

/** A raw folder holding `docs` (file name → content) and a manifest row for each. */
export async function rawFolder(
  docs: Record<string, string | Uint8Array>,
  options: { encodings?: Record<string, string>; manifest?: string; review?: string } = {},
): Promise<string> {
  const dir = await tempDir("raw");
  for (const [name, content] of Object.entries(docs)) await writeFile(join(dir, name), content);
  const rows = Object.keys(docs).map((name) => {
    const id = name.replace(/\.[^.]+$/, "");
    return `${id},Title of ${id},,Test,2000,,,${options.encodings?.[name] ?? ""}`;
  });
  await writeFile(
    join(dir, "sources.csv"),
    options.manifest ?? `${[MANIFEST_HEADER, ...rows].join("\n")}\n`,
  );
  if (options.review !== undefined) await writeFile(join(dir, "review.csv"), options.review);
  return dir;
}

/** An output folder holding earlier outputs, dated in the past so any rewrite shows. */
export async function previousOutputs(): Promise<string> {
  const dir = await tempDir("out");
  await mkdir(dir, { recursive: true });
  const past = new Date("2020-01-01T00:00:00Z");
  for (const name of ["documents.csv", "claims.csv", "datapackage.json"]) {
    await writeFile(join(dir, name), `previous ${name}\n`);
    await utimes(join(dir, name), past, past);
  }
  return dir;
}

export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    const info = await stat(join(dir, name));
    if (!info.isFile()) continue;
    const hash = createHash("sha256")
      .update(await readFile(join(dir, name)))
      .digest("hex");
    out[name] = `${hash} ${info.mtimeMs}`;
  }
  return out;
}

export async function cli(argv: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let err = "";
  stderr.on("data", (c) => {
    err += c;
  });
  stdout.resume();
  const code = await main(argv, {
    stdin: new PassThrough(),
    stdout,
    stderr,
    cwd: process.cwd(),
    env,
  });
  return { code, err };
}

/**
 * The whole contract for a bad input: runBuild throws `code`; the CLI exits 1 with one line naming
 * the file and a place matching `where`; the outputs already there are untouched.
 */
export async function expectRefused(
  raw: string,
  file: string,
  code: PipelineError["code"],
  where: RegExp,
  env: Record<string, string> = {},
): Promise<string> {
  const out = await previousOutputs();
  const before = await snapshot(out);
  const maxMb = env.TRADE_CLAIMS_MAX_MB;
  const { runBuild } = await import("../../pipeline/run.ts");
  const error = await runBuild({
    rawDir: raw,
    outDir: out,
    maxBytes: maxMb ? Number(maxMb) * 1024 * 1024 : undefined,
    log: () => {},
  }).catch((e: unknown) => e);
  expect(isPipelineError(error), String(error)).toBe(true);
  expect((error as PipelineError).code).toBe(code);
  const { code: exit, err } = await cli(["build", "--raw", raw, "--out", out], env);
  expect(exit, err).toBe(1);
  expect(err.trim().split("\n")).toHaveLength(1);
  expect(err).toContain(file);
  expect(err).toMatch(where);
  expect(await snapshot(out)).toEqual(before);
  return err;
}
