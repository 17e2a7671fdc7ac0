// The first sheet of a flat ODS file as rows of cells: Calc's type for each, its value and formula.

export interface SheetCell {
  type: string | null;
  value: string | null;
  formula: string | null;
}

const ROW = /<table:table-row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g;
const CELL =
  /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>[\s\S]*?<\/table:(?:covered-)?table-cell>)/g;

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`${name}="([^"]*)"`).exec(attrs);
  return m
    ? m[1]
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&")
    : null;
}

/** Rows up to `maxRows`; repeated empty cells and rows are expanded only as far as needed. */
export function sheetCells(fods: string, maxRows: number, maxColumns: number): SheetCell[][] {
  const start = fods.indexOf("<table:table ");
  const end = fods.indexOf("</table:table>", start);
  const table = fods.slice(start, end);
  const rows: SheetCell[][] = [];
  for (const row of table.matchAll(ROW)) {
    const cells: SheetCell[] = [];
    for (const cell of (row[2] ?? "").matchAll(CELL)) {
      const attrs = cell[1];
      const repeat = Math.min(
        Number(attribute(attrs, "table:number-columns-repeated") ?? 1),
        maxColumns,
      );
      const type = attribute(attrs, "office:value-type");
      const value =
        attribute(attrs, "office:value") ??
        attribute(attrs, "office:date-value") ??
        attribute(attrs, "office:boolean-value");
      for (let i = 0; i < repeat && cells.length < maxColumns; i++) {
        cells.push({ type, value, formula: attribute(attrs, "table:formula") });
      }
    }
    const repeat = Math.min(Number(attribute(row[1], "table:number-rows-repeated") ?? 1), maxRows);
    for (let i = 0; i < repeat && rows.length < maxRows; i++) rows.push(cells);
    if (rows.length >= maxRows) break;
  }
  return rows;
}
