// The ingest stage's public surface: reading documents and the manifest, and the document model.
export { type DeclaredEncoding, decodeBytes, firstInvalidUtf8 } from "./decode.ts";
export {
  checkManifestCoverage,
  MANIFEST_COLUMNS,
  type ManifestRow,
  parseManifest,
} from "./manifest.ts";
export { pdfToText } from "./pdf-text.ts";
export {
  DEFAULT_MAX_BYTES,
  documentId,
  isDocumentPath,
  type ReadOptions,
  readDocument,
} from "./read-document.ts";
export {
  analyzeDocument,
  bodyOffsetToRaw,
  type Citation,
  citationOf,
  citingMarker,
  lineOfRaw,
  sentencesOf,
  structureCommand,
  structureJson,
} from "./structure/index.ts";
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
