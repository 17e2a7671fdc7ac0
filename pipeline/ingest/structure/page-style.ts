// Where a document prints its page numbers: at the foot of a page (before its notes) or at the top.
import { headerKey } from "./furniture.ts";
import { isBlank, type Line } from "./lines.ts";

const NOTE_SHAPE = /^\s*\d{1,4}\s*[\p{L}“"«(]/u;

/**
 * A vote per page-number line: after a header or a page edge means the top of a page; before notes,
 * a header or a page edge means its foot. Body text on both sides says nothing. `pageNumbers[i]` is
 * what pageNumberOf gives line i (the layout asks it once per line, for this vote and for itself).
 */
export function pageStyle(
  lines: Line[],
  headers: Map<string, boolean>,
  pageNumbers: Array<number | null>,
): "bottom" | "top" {
  let bottom = 0;
  let top = 0;
  const isHeader = (line: Line) => headers.has(headerKey(line.text));
  lines.forEach((line, i) => {
    if (pageNumbers[i] === null) return;
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j]) && !lines[j].pageBreakBefore) j++;
    let k = i - 1;
    while (k >= 0 && isBlank(lines[k]) && !lines[k + 1].pageBreakBefore) k--;
    const next = lines[j];
    const prev = lines[k];
    if (line.pageBreakBefore || !prev || lines[k + 1]?.pageBreakBefore || isHeader(prev)) top++;
    else if (!next || next.pageBreakBefore || isHeader(next) || NOTE_SHAPE.test(next.text))
      bottom++;
  });
  return bottom >= top ? "bottom" : "top";
}
