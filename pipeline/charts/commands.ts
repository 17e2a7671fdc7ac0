// `trade-claims charts` renders every spec in charts/specs/; `trade-claims render SPEC` renders one
// spec, for users who chart their own CSVs. Both print one line per failed chart and exit 1.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { CliIO, Command } from "../cli-io.ts";
import { PipelineError } from "../errors.ts";
import { FORMATS, type Format } from "./formats.ts";
import { dataUrl } from "./prepare-spec.ts";
import { type RenderAllResult, renderAll } from "./render-all.ts";

type Flags = Record<string, string>;

function parseFlags(
  args: string[],
  allowed: string[],
  command: string,
): { flags: Flags; rest: string[] } {
  const flags: Flags = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--")) rest.push(arg);
    else if (allowed.includes(arg) && args[i + 1] !== undefined) flags[arg] = args[++i];
    else
      throw new PipelineError(
        "USAGE",
        `Unknown option "${arg}" for ${command}; expected ${allowed.map((a) => `${a} VALUE`).join(", ")}`,
      );
  }
  return { flags, rest };
}

function parseFormats(value: string | undefined): Format[] {
  if (value === undefined) return [...FORMATS];
  const names = value.split(",").map((s) => s.trim().toLowerCase());
  for (const n of names)
    if (!FORMATS.includes(n as Format))
      throw new PipelineError(
        "USAGE",
        `Unknown format "${n}" for --format; expected svg, png or pdf`,
      );
  return names as Format[];
}

function report(result: RenderAllResult, io: CliIO, command: string): number {
  for (const f of result.failed) io.stderr.write(`${f.error.code}: ${f.error.format()}\n`);
  io.stderr.write(
    `${command}: ${result.rendered.length} rendered, ${result.skipped.length} unchanged, ${result.failed.length} failed\n`,
  );
  return result.failed.length > 0 ? 1 : 0;
}

export const chartsCommand: Command = async (args, io) => {
  const { flags, rest } = parseFlags(
    args,
    ["--specs", "--data", "--out", "--format", "--theme"],
    "charts",
  );
  if (rest.length > 0)
    throw new PipelineError("USAGE", `Unexpected argument "${rest[0]}" for charts`);
  const result = await renderAll({
    specsDir: resolve(io.cwd, flags["--specs"] ?? "charts/specs"),
    dataDir: resolve(io.cwd, flags["--data"] ?? "data/processed"),
    outDir: resolve(io.cwd, flags["--out"] ?? "charts"),
    formats: parseFormats(flags["--format"]),
    themeFile: flags["--theme"] ? resolve(io.cwd, flags["--theme"]) : undefined,
    log: (msg) => io.stderr.write(`${msg}\n`),
  });
  return report(result, io, "charts");
};

// A user's own spec usually sits beside its CSV; the project's specs read data/processed.
function defaultDataDir(specFile: string, cwd: string): string {
  try {
    const url = dataUrl(JSON.parse(readFileSync(specFile, "utf8")));
    if (url && existsSync(join(dirname(specFile), url))) return dirname(specFile);
  } catch {
    // renderAll reports the unreadable spec with its proper code.
  }
  return resolve(cwd, "data/processed");
}

export const renderCommand: Command = async (args, io) => {
  const { flags, rest } = parseFlags(args, ["--data", "--out", "--format", "--theme"], "render");
  if (rest.length !== 1)
    throw new PipelineError(
      "USAGE",
      "render needs one SPEC: render SPEC [--format svg,png,pdf] [--out DIR]",
    );
  const specFile = resolve(io.cwd, rest[0]);
  const result = await renderAll({
    specsDir: dirname(specFile),
    specFiles: [specFile],
    dataDir: flags["--data"] ? resolve(io.cwd, flags["--data"]) : defaultDataDir(specFile, io.cwd),
    outDir: resolve(io.cwd, flags["--out"] ?? "charts"),
    formats: parseFormats(flags["--format"]),
    themeFile: flags["--theme"] ? resolve(io.cwd, flags["--theme"]) : undefined,
    log: (msg) => io.stderr.write(`${msg}\n`),
  });
  return report(result, io, "render");
};
