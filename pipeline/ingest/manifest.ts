// The manifest data/raw/sources.csv: one row per document, checked against the files present.
import { parse } from "csv-parse/sync";
import { PipelineError } from "../errors.ts";
import { DECLARABLE_ENCODINGS, type DeclaredEncoding } from "./decode.ts";

export interface ManifestRow {
  id: string;
  title: string;
  author: string;
  publication: string;
  year: number | null;
  url: string;
  licence: string;
  encoding: DeclaredEncoding | null;
}

export const MANIFEST_COLUMNS = [
  "id",
  "title",
  "author",
  "publication",
  "year",
  "url",
  "licence",
  "encoding",
] as const;
const REQUIRED = ["id", "title", "author", "publication", "year", "url", "licence"] as const;

/** Parses and validates the manifest's text; `file` names it in errors. */
export function parseManifest(text: string, file: string): ManifestRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (error) {
    const e = error as { message: string; lines?: number };
    throw new PipelineError("MANIFEST_BAD_ROW", `Malformed CSV: ${e.message}`, {
      file,
      line: e.lines,
    });
  }
  const [header, ...rows] = records;
  if (!header)
    throw new PipelineError("MANIFEST_MISSING_COLUMN", "Manifest is empty: expected a header row", {
      file,
      line: 1,
    });
  const names = header.map((h) => h.trim().toLowerCase());
  for (const column of REQUIRED) {
    if (!names.includes(column)) {
      throw new PipelineError(
        "MANIFEST_MISSING_COLUMN",
        `Manifest lacks the column "${column}": expected ${MANIFEST_COLUMNS.join(",")}, got ${names.join(",")}`,
        { file, line: 1 },
      );
    }
  }
  const seen = new Map<string, number>();
  return rows.map((cells, i) => {
    const line = i + 2;
    const get = (column: string) => (cells[names.indexOf(column)] ?? "").trim();
    const id = get("id");
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) {
      throw new PipelineError(
        "MANIFEST_BAD_ROW",
        `Document id must be a file name without extension, got "${id}"`,
        { file, line },
      );
    }
    if (seen.has(id)) {
      throw new PipelineError(
        "MANIFEST_DUPLICATE_ID",
        `Duplicate document id "${id}", first on line ${seen.get(id)}`,
        { file, line },
      );
    }
    seen.set(id, line);
    const yearText = get("year");
    if (yearText && !/^\d{4}$/.test(yearText)) {
      throw new PipelineError(
        "MANIFEST_BAD_ROW",
        `Year must be four digits or empty, got "${yearText}"`,
        { file, line },
      );
    }
    const encodingText = names.includes("encoding") ? get("encoding").toLowerCase() : "";
    if (encodingText && !(DECLARABLE_ENCODINGS as readonly string[]).includes(encodingText)) {
      throw new PipelineError(
        "MANIFEST_BAD_ROW",
        `Encoding must be one of ${DECLARABLE_ENCODINGS.join(", ")} or empty, got "${encodingText}"`,
        { file, line },
      );
    }
    return {
      id,
      title: get("title"),
      author: get("author"),
      publication: get("publication"),
      year: yearText ? Number(yearText) : null,
      url: get("url"),
      licence: get("licence"),
      encoding: (encodingText || null) as DeclaredEncoding | null,
    };
  });
}

/** Every document needs a row and every row a document; both mistakes are named together. */
export function checkManifestCoverage(
  rows: ManifestRow[],
  documentIds: string[],
  file: string,
): void {
  const ids = new Set(rows.map((r) => r.id));
  const docs = new Set(documentIds);
  const missingRow = documentIds.filter((id) => !ids.has(id));
  if (missingRow.length > 0) {
    throw new PipelineError(
      "MANIFEST_NO_ROW",
      `Documents without a manifest row: ${missingRow.join(", ")}`,
      { file },
      "Add a row for each to data/raw/sources.csv",
    );
  }
  const missingDoc = rows.filter((r) => !docs.has(r.id));
  if (missingDoc.length > 0) {
    const line = rows.indexOf(missingDoc[0]) + 2;
    throw new PipelineError(
      "MANIFEST_NO_DOCUMENT",
      `Manifest rows without a document in data/raw/: ${missingDoc.map((r) => r.id).join(", ")}`,
      { file, line },
      "Remove the row or add the document",
    );
  }
}
