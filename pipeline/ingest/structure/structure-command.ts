// Edge: `trade-claims structure FILE` prints one document's structure as JSON; no manifest row needed.
import { resolve } from "node:path";
import type { Command } from "../../cli-io.ts";
import { PipelineError } from "../../errors.ts";
import { readDocument } from "../read-document.ts";
import { analyzeDocument } from "./analyze-document.ts";
import { structureJson } from "./structure-json.ts";

export const USAGE = "Usage: trade-claims structure FILE";

export const structureCommand: Command = async (args, io) => {
  // Load inputs
  const paths = args.filter((a) => !a.startsWith("-"));
  if (paths.length !== 1) {
    throw new PipelineError("USAGE", `structure takes one file, got ${paths.length}`, {}, USAGE);
  }
  const path = resolve(io.cwd, paths[0]);
  const raw = await readDocument(path);
  // Process
  const json = structureJson(analyzeDocument({ ...raw, path: paths[0] }));
  // Save outputs
  io.stdout.write(json);
  return 0;
};
