// Rows → CSV text the contract's way: RFC 4180, LF, one header row, plain numbers, true/false,
// empty cell for null, and text cells guarded so a spreadsheet keeps them as the text they are.
//
// Spreadsheet guard: a text cell is written with one leading apostrophe ('=SUM(A1) → '=SUM(A1)) when
// a spreadsheet would evaluate it as a formula (it begins with =, +, -, @, a tab or a carriage
// return: the OWASP CSV-injection advice) or would silently turn it into another type (60% → 0.6,
// 3,000 → 3000, $5 → currency, 007 → 7, 12e4, 1/2 → a date, 10:30 → a time). LibreOffice Calc and
// Excel import the apostrophe as part of the text, so the cell stays a string; a program reading
// the CSV calls unguardText (drop one leading apostrophe when the rest needs the guard; text that
// itself starts so gets one more apostrophe, so this is exactly reversible). A text cell that is a
// plain decimal number ("-5", "433") is left alone: a spreadsheet reads it as that same number.
// Number columns are never guarded, so -5 stays -5.
import type { Field } from "./schemas.ts";

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const CONVERTIBLE = [
  /^\s*[-+]?[$€£¥]?\s*\d[\d,.\s]*%?\s*$/, // 3,000  60%  $5  007  1 000
  /^[-+]?\d+(\.\d+)?[eE][-+]?\d+$/, // 12e4
  /^\d{1,4}\/\d{1,2}(\/\d{1,4})?$/, // 1/2, 12/31/1999
  /^\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?$/, // 10:30
];

export function guardText(text: string): string {
  // Every pattern of the guard needs its cell to begin with white space, a digit, a sign, one of
  // = @ $ € £ ¥ or an apostrophe; most cells begin with a letter and need none of them tried.
  if (isAsciiLetter(text.charCodeAt(0))) return text;
  return needsGuard(text) || isGuarded(text) ? `'${text}` : text;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** The reader's side of the guard: the text as it was before guardText. */
export function unguardText(cell: string): string {
  return isGuarded(cell) ? cell.slice(1) : cell;
}

function needsGuard(text: string): boolean {
  if (PLAIN_NUMBER.test(text)) return false;
  return FORMULA_START.test(text) || CONVERTIBLE.some((re) => re.test(text));
}

/** A cell that unguardText would shorten; text that already looks so gets one more apostrophe, so guarding is reversible. */
function isGuarded(cell: string): boolean {
  return cell.startsWith("'") && (needsGuard(cell.slice(1)) || isGuarded(cell.slice(1)));
}

/** Decimal notation without exponent or grouping: 5000000000, 0.00045359237, -5. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`Cannot write ${x} in a CSV number column`);
  const plain = String(x);
  // String() writes an exponent with a lower-case "e" only.
  if (!plain.includes("e")) return plain;
  return x.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

export function formatCell(value: unknown, field: Field): string {
  if (value === null || value === undefined) return "";
  switch (field.type) {
    case "boolean":
      return value ? "true" : "false";
    case "integer":
    case "number":
      return formatNumber(Number(value));
    default:
      return guardText(Array.isArray(value) ? value.join("; ") : String(value));
  }
}

export function toCsv(rows: Array<Record<string, unknown>>, fields: Field[]): string {
  return csvHeader(fields) + csvLines(rows, fields);
}

export function csvHeader(fields: Field[]): string {
  return csvRecord(fields.map((f) => f.name));
}

/** Reads one column's value from a row. */
export type ColumnReader<R> = (row: R) => unknown;

/**
 * The rows' CSV lines without the header, each ending in a line feed ("" for no rows). A field's
 * value is the row's property of its name, unless `readers` gives the field a reader of its own.
 */
export function csvLines<R extends object = Record<string, unknown>>(
  rows: readonly R[],
  fields: Field[],
  readers: ReadonlyArray<ColumnReader<R> | undefined> = [],
): string {
  // Consecutive rows often repeat a value (the document, the sentence quoted, its citation):
  // each column keeps its last value's cell (at first that of no value, "").
  const lastValues: unknown[] = new Array(fields.length);
  const lastCells: string[] = new Array(fields.length).fill("");
  let out = "";
  for (const row of rows) {
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      const reader = readers[i];
      const value = reader ? reader(row) : (row as Record<string, unknown>)[field.name];
      if (i > 0) out += ",";
      if (value === lastValues[i]) {
        out += lastCells[i];
        continue;
      }
      const formatted = formatCell(value, field);
      const cell = writtenPlain(field) ? formatted : quotedIfNeeded(formatted);
      lastValues[i] = value;
      lastCells[i] = cell;
      out += cell;
    }
    out += "\n";
  }
  return out;
}

/** Numbers and booleans are written without anything a quote would protect. */
function writtenPlain(field: Field): boolean {
  return field.type === "number" || field.type === "integer" || field.type === "boolean";
}

/** The options with which csv-stringify writes the contract's CSV; csvRecord follows them (a test holds it to that). */
export const STRINGIFY_OPTIONS = {
  record_delimiter: "\n",
  quote_record_delimiter: true,
  quoted_match: /^\s|\s$/,
} as const;

// Quoted when a cell holds a delimiter, a quote or a line break (a lone carriage return too:
// spreadsheets end a row there), or starts or ends with white space (which some readers trim);
// quotes are doubled. This is csv-stringify's rule with the options above, written out because
// the build formats millions of cells and the library's per-record machinery cost about 6 % of a
// whole build, several times the formatting itself.
const NEEDS_QUOTES = /[",\n\r]|^\s|\s$/;

/** One CSV record with its line feed. */
export function csvRecord(cells: readonly string[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ",";
    line += quotedIfNeeded(cells[i]);
  }
  return `${line}\n`;
}

function quotedIfNeeded(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
