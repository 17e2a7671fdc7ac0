// What a spreadsheet user would lose: compares each cell of a CSV with what Calc made of it.
import { parse } from "csv-parse/sync";
import type { SheetCell } from "./fods-cells.ts";

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BOOLEAN = /^(true|false)$/;

/** One line per lost cell: "<row>:<column> <what happened>". An empty list means nothing was lost. */
export function sheetProblems(original: string, roundTrip: string, cells: SheetCell[][]): string[] {
  const before: string[][] = parse(original, { relax_column_count: true });
  const after: string[][] = parse(roundTrip, { relax_column_count: true });
  const problems: string[] = [];
  const header = before[0] ?? [];
  for (let r = 0; r < before.length; r++) {
    for (let c = 0; c < before[r].length; c++) {
      const text = before[r][c];
      const cell = cells[r]?.[c] ?? { type: null, value: null, formula: null };
      const back = after[r]?.[c] ?? "";
      const where = `row ${r + 1} ${header[c] ?? c + 1}`;
      const lose = (what: string) => problems.push(`${where}: ${JSON.stringify(text)} ${what}`);
      if (text === "") {
        if (cell.type !== null) lose(`became a ${cell.type}`);
      } else if (r > 0 && BOOLEAN.test(text)) {
        // Calc stores a boolean as the constant formula TRUE() or FALSE(); nothing is evaluated.
        if (cell.type !== "boolean" || cell.value !== text)
          lose(`became ${cell.type} ${cell.value}`);
      } else if (cell.formula !== null) {
        lose(`was evaluated as the formula ${cell.formula}`);
      } else if (r > 0 && NUMBER.test(text)) {
        if (cell.type !== "float" || Number(cell.value) !== Number(text))
          lose(`became ${cell.type} ${cell.value}`);
      } else if (r > 0 && DATE.test(text)) {
        if (cell.type !== "date" || cell.value !== text) lose(`became ${cell.type} ${cell.value}`);
        else if (back !== text) lose(`came back as ${JSON.stringify(back)}`);
      } else if (cell.type !== "string") {
        lose(`became ${cell.type} ${cell.value}`);
      } else if (back !== text) {
        lose(`came back as ${JSON.stringify(back)}`);
      }
    }
  }
  return problems;
}
