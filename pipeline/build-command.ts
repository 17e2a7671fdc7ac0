// `trade-claims build [--raw DIR] [--out DIR] [--jobs N] [--no-cache] [--taxonomy FILE]`: the whole extraction, with
// progress on a terminal and a summary line at the end.
import { progressReporter, showsProgress } from "./build/index.ts";
import type { Command } from "./cli-io.ts";
import { PipelineError } from "./errors.ts";

const USAGE = "expected --raw DIR, --out DIR, --jobs N, --no-cache or --taxonomy FILE";

export const buildCommand: Command = async (args, io) => {
  const options = {
    raw: "data/raw",
    out: "data/processed",
    jobs: undefined as number | undefined,
    taxonomy: undefined as string | undefined,
    cache: true,
  };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if ((flag === "--raw" || flag === "--out") && value !== undefined) {
      options[flag === "--raw" ? "raw" : "out"] = value;
      i += 1;
    } else if (flag === "--jobs" && value !== undefined) {
      options.jobs = positiveNumber("--jobs", value, true);
      i += 1;
    } else if (flag === "--taxonomy" && value !== undefined) {
      options.taxonomy = value;
      i += 1;
    } else if (flag === "--no-cache") {
      options.cache = false;
    } else {
      throw new PipelineError("USAGE", `Unknown option "${flag}" for build; ${USAGE}`);
    }
  }
  const maxMbText = io.env.TRADE_CLAIMS_MAX_MB;
  const maxMb = maxMbText ? positiveNumber("TRADE_CLAIMS_MAX_MB", maxMbText, false) : undefined;
  const { runBuild } = await import("./run.ts");
  const progress = showsProgress(io.stderr, io.env) ? progressReporter(io.stderr) : null;
  let summary: Awaited<ReturnType<typeof runBuild>>;
  try {
    summary = await runBuild({
      rawDir: options.raw,
      outDir: options.out,
      maxBytes: maxMb ? Math.floor(maxMb * 1024 * 1024) : undefined,
      jobs: options.jobs,
      taxonomyPath: options.taxonomy,
      cacheDir: options.cache ? undefined : null,
      log: (message) => io.stderr.write(`${message}\n`),
      onProgress: progress ? (state) => progress.update(state) : undefined,
    });
  } finally {
    progress?.end();
  }
  const fromCache = summary.cached > 0 ? ` (${summary.cached} from cache)` : "";
  io.stderr.write(
    `build: ${summary.documents} documents${fromCache}, ${summary.claims} claims, ` +
      `${summary.warnings.length} warnings, ${summary.written.length} tables written, ` +
      `${summary.seconds.toFixed(2)} s\n`,
  );
  return 0;
};

function positiveNumber(name: string, text: string, integer: boolean): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new PipelineError(
      "USAGE",
      `${name} must be a positive ${integer ? "whole number" : "number"}, got "${text}"`,
    );
  }
  return value;
}
