// `trade-claims claims [--taxonomy FILE] FILE...`: the claims of the given documents as JSON Lines.
import { readFile } from "node:fs/promises";
import type { Command } from "../cli-io.ts";
import { PipelineError } from "../errors.ts";
import { readDocument } from "../ingest/index.ts";
import { extractDocument } from "./extract-document.ts";
import { defaultTaxonomyPath, loadTaxonomy, type Taxonomy } from "./taxonomy.ts";
import type { Claim } from "./types.ts";

export const claimsCommand: Command = async (args, io) => {
  const { files, taxonomyPath } = parseArgs(args, "claims");
  if (files.length === 0)
    throw new PipelineError("USAGE", "claims needs at least one document: claims FILE...");
  const taxonomy = await readTaxonomy(taxonomyPath);
  for (const file of files) {
    const raw = await readDocument(file);
    for (const claim of extractDocument(raw, taxonomy).claims)
      io.stdout.write(`${claimJson(claim)}\n`);
  }
  return 0;
};

/** One JSON line: every claim field, plus `value_canonical` (a number, or [low, high] for a range). */
export function claimJson(c: Claim): string {
  const value_canonical =
    c.value_canonical_low === c.value_canonical_high
      ? c.value_canonical_low
      : [c.value_canonical_low, c.value_canonical_high];
  return JSON.stringify({ ...c, value_canonical });
}

export async function readTaxonomy(path: string | null): Promise<Taxonomy> {
  const file = path ?? defaultTaxonomyPath;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new PipelineError("INGEST_NOT_FOUND", "Taxonomy file cannot be read", { file });
  }
  return loadTaxonomy(text, file);
}

export function parseArgs(
  args: string[],
  command: string,
  flags: string[] = [],
): { files: string[]; taxonomyPath: string | null; values: Record<string, string> } {
  const files: string[] = [];
  const values: Record<string, string> = {};
  let taxonomyPath: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--taxonomy" || flags.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined) throw new PipelineError("USAGE", `${command}: ${arg} needs a value`);
      if (arg === "--taxonomy") taxonomyPath = value;
      else values[arg.slice(2)] = value;
      i += 1;
    } else if (arg.startsWith("--")) {
      throw new PipelineError("USAGE", `${command}: unknown option "${arg}"`);
    } else files.push(arg);
  }
  return { files, taxonomyPath, values };
}
