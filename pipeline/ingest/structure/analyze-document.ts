// RawDocument → DocumentModel: the pure core of the structure step.
import type { DocumentModel, RawDocument } from "../types.ts";

export function analyzeDocument(raw: RawDocument): DocumentModel {
  return { id: raw.id, raw, body: raw.text, segments: [{ bodyStart: 0, rawStart: 0, length: raw.text.length }], pages: [], footnotes: [], markers: [], works: [] };
}
