// Parses a processed CSV (the tables contract: header row, empty cell = null, true/false, plain
// numbers) into typed rows, so specs compare numbers and test booleans without parse hints.

import { parse } from "csv-parse/sync";
import { PipelineError } from "../errors.ts";
import { unguardText } from "../tables/index.ts";
import { chartMessages } from "./messages.ts";

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Table {
  columns: string[];
  rows: Row[];
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

// ISO dates such as "1979" look numeric, but a date column must stay text so "1979-03" sorts with it.
function keepsText(column: string): boolean {
  return column === "date" || column.endsWith("_date") || column === "id";
}

function columnKind(values: string[]): "boolean" | "number" | "text" {
  const present = values.filter((v) => v !== "");
  if (present.length === 0) return "text";
  if (present.every((v) => v === "true" || v === "false")) return "boolean";
  if (present.every((v) => PLAIN_NUMBER.test(v))) return "number";
  return "text";
}

export function parseTable(text: string, file: string): Table {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: false, skip_empty_lines: true });
  } catch (e) {
    throw new PipelineError("CHART_MISSING_DATA", chartMessages.badCsv((e as Error).message), {
      file,
    });
  }
  const [header = [], ...body] = records;
  const kinds = header.map((column, i) =>
    keepsText(column) ? "text" : columnKind(body.map((r) => r[i] ?? "")),
  );
  const rows = body.map((record) => {
    const row: Row = {};
    header.forEach((column, i) => {
      const raw = record[i] ?? "";
      if (raw === "") row[column] = null;
      else if (kinds[i] === "number") row[column] = Number(raw);
      else if (kinds[i] === "boolean") row[column] = raw === "true";
      // Text cells carry the tables stage's spreadsheet guard; a chart label shows the text itself.
      else row[column] = unguardText(raw);
    });
    return row;
  });
  return { columns: header, rows };
}
