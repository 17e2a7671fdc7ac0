// `trade-claims build [--raw DIR] [--out DIR]`: the whole extraction, ending with a summary line.
import type { Command } from "./cli-io.ts";
import { PipelineError } from "./errors.ts";

export const buildCommand: Command = async (args, io) => {
  const options = { raw: "data/raw", out: "data/processed" };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if ((flag === "--raw" || flag === "--out") && value !== undefined) {
      options[flag === "--raw" ? "raw" : "out"] = value;
      i += 1;
    } else {
      throw new PipelineError("USAGE", `Unknown option "${flag}" for build; expected --raw DIR or --out DIR`);
    }
  }
  const maxMb = io.env.TRADE_CLAIMS_MAX_MB ? Number(io.env.TRADE_CLAIMS_MAX_MB) : undefined;
  const { runBuild } = await import("./run.ts");
  const summary = await runBuild({
    rawDir: options.raw,
    outDir: options.out,
    maxBytes: maxMb ? maxMb * 1024 * 1024 : undefined,
    log: (message) => io.stderr.write(`${message}\n`),
  });
  io.stderr.write(
    `build: ${summary.documents} documents, ${summary.claims} claims, ${summary.warnings.length} warnings, ` +
      `${summary.written.length} tables written, ${summary.seconds.toFixed(2)} s\n`,
  );
  return 0;
};
