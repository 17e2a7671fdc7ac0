// One raw document → its claims and dated events: the document model from ingest, sentences,
// the quantity recognizer per sentence (with the sentence's footnote markers), then the rules.
import { analyzeDocument, citationOf, lineOfRaw, sentencesOf } from "../ingest/structure/index.ts";
import type { RawDocument } from "../ingest/types.ts";
import { decimalCommaWriting, recognize } from "../quantities/index.ts";
import { extractClaims } from "./extract-claims.ts";
import type { Taxonomy } from "./taxonomy.ts";
import type { DocumentClaims } from "./types.ts";

export function extractDocument(raw: RawDocument, taxonomy: Taxonomy): DocumentClaims {
  const model = analyzeDocument(raw);
  const sentences = sentencesOf(model);
  const decimalComma = decimalCommaWriting(raw.text);
  const result = extractClaims({
    doc: raw.id,
    rawText: raw.text,
    sentences,
    footnotes: model.footnotes,
    taxonomy,
    recognize: (s) => recognize(s.text, { markers: s.markers, decimalComma }),
    decimalComma,
    citation: (n) => {
      const c = citationOf(model, n);
      return c && c.text.trim() !== "" ? { text: c.text, work: c.work } : null;
    },
    line: (offset) => lineOfRaw(raw.text, offset),
  });
  return { model, sentences, ...result };
}
