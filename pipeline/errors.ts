// One error type for the whole pipeline: a closed code, a location and, where known, the fix.

export type ErrorCode =
  | "USAGE"
  | "INGEST_NOT_FOUND"
  | "INGEST_BAD_ENCODING"
  | "INGEST_BINARY"
  | "INGEST_TOO_LARGE"
  | "INGEST_UNSUPPORTED_TYPE"
  | "INGEST_BAD_PDF"
  | "MANIFEST_BAD_ROW"
  | "MANIFEST_MISSING_COLUMN"
  | "MANIFEST_DUPLICATE_ID"
  | "MANIFEST_NO_ROW"
  | "MANIFEST_NO_DOCUMENT"
  | "TAXONOMY_INVALID"
  | "REVIEW_BAD_ROW"
  | "REVIEW_MISSING_COLUMN"
  | "REVIEW_DUPLICATE_ID"
  | "GOLD_BAD_ROW"
  | "CHART_BAD_SPEC"
  | "CHART_UNKNOWN_FIELD"
  | "CHART_MISSING_DATA"
  | "CHART_RENDER_FAILED"
  | "BUILD_LOCKED";

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  /** Byte offset, where a line makes no sense (binary input). */
  offset?: number;
  snippet?: string;
}

export class PipelineError extends Error {
  override readonly name = "PipelineError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly location: ErrorLocation = {},
    readonly fix?: string,
  ) {
    super(message);
  }

  /** One line for the terminal: "<what>: <rule>, got <value> (<file>:<line>:<col>) — <fix>". */
  format(): string {
    const { file, line, column, offset } = this.location;
    let where = "";
    if (file) {
      where = file;
      if (line !== undefined) where += `:${line}${column !== undefined ? `:${column}` : ""}`;
      else if (offset !== undefined) where += ` at byte ${offset}`;
    }
    return `${this.message}${where ? ` (${where})` : ""}${this.fix ? `. ${this.fix}` : ""}`;
  }
}

export function isPipelineError(e: unknown): e is PipelineError {
  return e instanceof PipelineError;
}

/** Exit codes: 1 for bad input, 2 for bad usage. */
export function exitCodeFor(e: PipelineError): number {
  return e.code === "USAGE" ? 2 : 1;
}
