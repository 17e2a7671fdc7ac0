// Edge module: one file in data/raw/ → a RawDocument (decoded text, hash, size).
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { PipelineError } from "../errors.ts";
import { type DeclaredEncoding, decodeBytes } from "./decode.ts";
import { pdfToText } from "./pdf-text.ts";
import type { RawDocument } from "./types.ts";

export const DOCUMENT_EXTENSIONS = [".txt", ".md", ".pdf"] as const;

/** Documents above this size are refused rather than read whole; override with TRADE_CLAIMS_MAX_MB. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export interface ReadOptions {
  encoding?: DeclaredEncoding;
  maxBytes?: number;
}

export function documentId(path: string): string {
  return basename(path, extname(path));
}

export function isDocumentPath(path: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

export async function readDocument(path: string, options: ReadOptions = {}): Promise<RawDocument> {
  const extension = extname(path).toLowerCase();
  if (!isDocumentPath(path)) {
    throw new PipelineError(
      "INGEST_UNSUPPORTED_TYPE",
      `Unsupported document type: expected ${DOCUMENT_EXTENSIONS.join(", ")}, got "${extension || "(none)"}"`,
      { file: path },
    );
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new PipelineError("INGEST_NOT_FOUND", "Document not found", { file: path });
  }
  if (size > maxBytes) {
    throw new PipelineError(
      "INGEST_TOO_LARGE",
      `Document is too large: the limit is ${maxBytes} bytes, got ${size}`,
      { file: path },
      "Split it, or raise the limit with TRADE_CLAIMS_MAX_MB",
    );
  }
  const bytes = await readFile(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const base = { id: documentId(path), path, sha256, bytes: bytes.length };
  if (extension === ".pdf") {
    const { text, pageStarts } = await pdfToText(bytes, path);
    return { ...base, text, encoding: "pdf", pdfPageStarts: pageStarts };
  }
  const { text, encoding } = decodeBytes(bytes, path, options.encoding);
  return { ...base, text, encoding };
}
