// A RawDocument around a text, for tests that build documents in memory.
import type { RawDocument } from "../../pipeline/ingest/types.ts";

export function rawDocument(text: string, id = "t"): RawDocument {
  return { id, path: `${id}.txt`, text, encoding: "utf-8", sha256: "", bytes: text.length };
}
