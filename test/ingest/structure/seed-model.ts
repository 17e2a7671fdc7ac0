// The seed article's document model, built once for the tests that check it against the seed gold.
import { readFileSync } from "node:fs";
import { analyzeDocument } from "../../../pipeline/ingest/structure/index.ts";

const path = "data/raw/forbidden-tango.txt";
const seedText = readFileSync(path, "utf8");
export const seedModel = analyzeDocument({
  id: "forbidden-tango",
  path,
  text: seedText,
  encoding: "utf-8",
  sha256: "",
  bytes: seedText.length,
});
