// Edge: `trade-claims structure FILE` prints one document's structure as JSON.
import type { Command } from "../../cli-io.ts";
import { readDocument } from "../read-document.ts";
import { analyzeDocument } from "./analyze-document.ts";
import { structureJson } from "./structure-json.ts";

export const structureCommand: Command = async (args, io) => {
  const raw = await readDocument(args[0] as string);
  io.stdout.write(`${structureJson(analyzeDocument(raw))}\n`);
  return 0;
};
