// The ingest stage's public surface: reading documents and the manifest, and the document model.
export { decodeBytes, firstInvalidUtf8, type DeclaredEncoding } from "./decode.ts";
export { checkManifestCoverage, type ManifestRow, MANIFEST_COLUMNS, parseManifest } from "./manifest.ts";
export { pdfToText } from "./pdf-text.ts";
export {
  DEFAULT_MAX_BYTES,
  documentId,
  isDocumentPath,
  readDocument,
  type ReadOptions,
} from "./read-document.ts";
export type {
  DocumentModel,
  Footnote,
  Marker,
  Page,
  RawDocument,
  Segment,
  Sentence,
  Work,
} from "./types.ts";
