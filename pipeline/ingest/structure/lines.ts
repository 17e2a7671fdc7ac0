// Raw text → physical lines with raw offsets; CRLF, lone CR and form feed all end a line.
import { firstVisible } from "./chars.ts";
import { NextOfAny } from "./next-of-any.ts";

export interface Line {
  /** Raw offset of the line's first character. */
  start: number;
  /** Raw offset just past the line's last character (before its terminator). */
  end: number;
  text: string;
  /** A form feed precedes this line: a hard page break (PDF page texts are joined by "\f"). */
  pageBreakBefore: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = new NextOfAny(text, "\n\r\f");
  let start = 0;
  let pageBreak = false;
  for (;;) {
    const i = breaks.from(start);
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (i > start || c !== 12) {
      lines.push({ start, end: i, text: text.slice(start, i), pageBreakBefore: pageBreak });
      pageBreak = false;
    }
    if (c === -1) return lines;
    if (c === 12) pageBreak = true;
    start = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
}

export function isBlank(line: Line): boolean {
  return firstVisible(line.text) === line.text.length;
}

/** 1-based line number of a raw offset, counting CRLF, lone CR and LF each as one line end. */
export function lineOfRaw(text: string, offset: number): number {
  return lineIndexOf(text)(offset);
}

/**
 * A line-number lookup for one text: line starts found once, then a binary search per offset, so
 * numbering every claim of a long document costs O(n + k log n), not O(n·k).
 */
export function lineIndexOf(text: string): (offset: number) => number {
  if (lastIndex && lastIndex.text === text) return lastIndex.lookup;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const lookup = (offset: number): number => {
    const target = Math.min(offset, text.length);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= target) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  lastIndex = { text, lookup };
  return lookup;
}

// The last text indexed: the build numbers all claims of one document before the next.
let lastIndex: { text: string; lookup: (offset: number) => number } | undefined;
