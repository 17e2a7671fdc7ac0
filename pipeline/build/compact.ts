// What a document's extraction keeps for the tables (and the per-document cache stores): its claims,
// events and structure, without the text or the sentences.
import type { DocumentClaims } from "../claims/index.ts";
import type { RawDocument } from "../ingest/index.ts";

export interface DocumentOutcome {
  /** The document's metadata (id, path, sha256, size, encoding); `text` is always "". */
  raw: RawDocument;
  result: DocumentClaims;
  empty: boolean;
  /** Length of the decoded text (UTF-16 code units), which the text itself no longer gives. */
  characters: number;
}

export function compactOutcome(raw: RawDocument, result: DocumentClaims): DocumentOutcome {
  const meta: RawDocument = { ...raw, text: "" };
  const { sentences: _sentences, ...rest } = result;
  return {
    raw: meta,
    result: { ...rest, model: { ...result.model, raw: meta, body: "", segments: [] } },
    empty: raw.text.trim() === "",
    characters: raw.text.length,
  };
}
