// Lines that open or continue a footnote, and where a document's numbering starts.
import { firstVisible, isDigitCode } from "./chars.ts";
import { headerKey } from "./furniture.ts";
import { isBlank, type Line } from "./lines.ts";
import { markerCandidatesByLine } from "./markers.ts";

/** "12 Ibidem", "17Vacs", " 58 Vacs": a number opening a line, then words (not ".05. 2013"). */
const FOOTNOTE_START = /^\s*(\d{1,4})\s*(?=[\p{L}“"«„([])/u;

export function footnoteStart(text: string): { number: number; textStart: number } | null {
  // every line is asked, most more than once: only one whose first visible character is a digit
  // can match
  if (!isDigitCode(text.charCodeAt(firstVisible(text)))) return null;
  const match = FOOTNOTE_START.exec(text);
  return match ? { number: Number(match[1]), textStart: match[0].length } : null;
}

/**
 * Text opening a notes zone that runs on into the next numbered note, or to the page's end: a note
 * continued from the previous page.
 */
export function continuesNote(
  lines: Line[],
  i: number,
  nextFootnote: number,
  headers: Map<string, boolean>,
): boolean {
  let j = i;
  while (j < lines.length && !isBlank(lines[j]) && !lines[j].pageBreakBefore) {
    if (j > i && footnoteStart(lines[j].text)?.number === nextFootnote) return true;
    j++;
  }
  while (j < lines.length && isBlank(lines[j]) && !lines[j].pageBreakBefore) j++;
  const next = lines[j];
  return (
    !next ||
    next.pageBreakBefore ||
    headers.has(headerKey(next.text)) ||
    footnoteStart(next.text)?.number === nextFootnote
  );
}

export interface Numbering {
  /** The number the notes start at. */
  first: number;
  /**
   * Per line, whether it may carry a marker: it holds a candidate number, or opens with a number
   * (whether that one is a marker depends on the line before). The layout scans only these for
   * markers; most lines hold no number that could be one.
   */
  mayCarryMarker: Uint8Array;
}

/**
 * Where the numbering starts (an article may continue a book's count): the lowest number that
 * both opens a note line and was glued to the text before it. 1 when nothing pairs.
 */
export function numberingOf(text: string, lines: Line[]): Numbering {
  const candidatesByLine = markerCandidatesByLine(text, lines);
  const firstGlued = new Map<number, number>();
  const mayCarryMarker = new Uint8Array(lines.length);
  let best = Number.POSITIVE_INFINITY;
  lines.forEach((line, i) => {
    const start = footnoteStart(line.text);
    const seen = start ? firstGlued.get(start.number) : undefined;
    if (start && seen !== undefined && seen < i) best = Math.min(best, start.number);
    const candidates = candidatesByLine[i];
    for (const n of candidates) if (!firstGlued.has(n)) firstGlued.set(n, i);
    const opensWithNumber = isDigitCode(line.text.charCodeAt(firstVisible(line.text)));
    if (candidates.length > 0 || opensWithNumber) mayCarryMarker[i] = 1;
  });
  return { first: Number.isFinite(best) ? best : 1, mayCarryMarker };
}
