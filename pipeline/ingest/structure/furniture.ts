// Page furniture: running headers and footers, printed page numbers, rules, echoed link lines.
import { firstVisible, isDigitCode, lastVisible } from "./chars.ts";
import { isBlank, type Line } from "./lines.ts";

const PAGE_NUMBER = /^(?:[-–—]\s*)?(\d{1,4})(?:\s*[-–—])?$/;
const PAGE_WORD_NUMBER = /^(?:page|p\.|стр\.|с\.)\s*(\d{1,4})$/iu;
const RULE = /^[_\-–—*=·.]{5,}$/;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** A line that opens like a footnote ("12 Ibidem.") is never a header, however often it repeats. */
const FOOTNOTE_SHAPE = /^\d{1,4}\s*[\p{L}“"«(]/u;

/** Whether a line stands alone: blank or a page edge on at least one side. */
export function isolated(lines: Line[], i: number): boolean {
  const prev = lines[i - 1];
  const next = lines[i + 1];
  const openBefore = !prev || isBlank(prev) || lines[i].pageBreakBefore;
  const openAfter = !next || isBlank(next) || next.pageBreakBefore;
  return openBefore || openAfter;
}

const TRAILING_NUMBER = /[\s|·•–—-]+\d{1,4}$/u;
const LEADING_NUMBER = /^\d{1,4}\s*[|·•–—-]\s*/u;
const LEADING_NUMBER_SPACED = /^\d{1,4}\s{2,}/u;
/** White space that collapsing to single spaces would change. */
const UNCOLLAPSED = /\s\s|[^\S ]/;

/** Drops a page number printed beside header text, so "Journal 3" and "Journal 4" share a key. */
export function headerKey(text: string): string {
  // Asked for every isolated line, several times: each rewrite runs only when it can change the
  // text (a digit at the end or start, white space other than single spaces).
  let key = text.trim();
  if (isDigitCode(key.charCodeAt(key.length - 1))) key = key.replace(TRAILING_NUMBER, "");
  if (isDigitCode(key.charCodeAt(0)))
    key = key.replace(LEADING_NUMBER, "").replace(LEADING_NUMBER_SPACED, "");
  return UNCOLLAPSED.test(key) ? key.replace(/\s+/g, " ") : key;
}

const LETTER = /\p{L}/u;

/** Whether a text holds at least n letters (counted by code point, as /\p{L}/gu matches them). */
function hasLetters(text: string, n: number): boolean {
  let count = 0;
  for (const c of text) {
    const code = c.charCodeAt(0);
    const letter =
      code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) : LETTER.test(c);
    if (letter && ++count >= n) return true;
  }
  return false;
}

/**
 * Header and footer keys: short isolated lines with letters that recur on two or more pages. The
 * value says whether the number printed beside the key changes every time (a page number).
 */
export function findRunningHeaders(lines: Line[]): Map<string, boolean> {
  // per key, how often it stands alone and the numbers printed beside it: one lookup a line
  const seen = new Map<string, { count: number; numbers: Set<number | null> }>();
  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (text.length < 3 || text.length > 100 || !isolated(lines, i)) return;
    if (FOOTNOTE_SHAPE.test(text) || BARE_URL.test(text)) return;
    const key = headerKey(text);
    if (!hasLetters(key, 3)) return;
    let entry = seen.get(key);
    if (!entry) {
      entry = { count: 0, numbers: new Set() };
      seen.set(key, entry);
    }
    entry.count++;
    entry.numbers.add(key === text ? null : headerPageNumber(text));
  });
  return new Map(
    [...seen]
      .filter(([, { count }]) => count >= 2)
      .map(([key, { count, numbers }]) => [key, numbers.size === count && !numbers.has(null)]),
  );
}

/**
 * Running headers looked up by a line's text. A key keeps the line's first and last characters
 * unless a digit stands there (a page number it drops), so a line whose ends match no key's is
 * told apart before its key is built: building it walks the whole line, and every isolated line,
 * most of them paragraphs, is asked.
 */
export class HeaderIndex {
  private readonly ends = new Set<number>();

  constructor(private readonly headers: Map<string, boolean>) {
    for (const key of headers.keys()) this.ends.add(endsOf(key));
  }

  /** The header entry (does its printed number give the page?) for a trimmed line, if it is one. */
  get(trimmed: string): boolean | undefined {
    if (this.headers.size === 0) return undefined;
    const first = trimmed.charCodeAt(0);
    const last = trimmed.charCodeAt(trimmed.length - 1);
    if (!isDigitCode(first) && !isDigitCode(last) && !this.ends.has(endsOf(trimmed)))
      return undefined;
    return this.headers.get(headerKey(trimmed));
  }
}

function endsOf(text: string): number {
  return text.charCodeAt(0) * 0x10000 + text.charCodeAt(text.length - 1);
}

/** Bare link lines that a PDF extractor echoes after a page: the same URL standing alone twice or more. */
export function findLinkEchoes(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!mayBeUrl(line.text)) continue;
    const text = line.text.trim();
    if (BARE_URL.test(text)) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([url]) => url));
}

/** Whether a line may be a bare URL: it opens with "h" or "w" (cheaper to ask than the pattern). */
function mayBeUrl(text: string): boolean {
  const first = text.charCodeAt(firstVisible(text)) | 32;
  return first === 104 || first === 119;
}

/**
 * Whether a line may hold only a page number: both patterns end on a digit or a dash. Every line
 * is asked, twice, and most end on a letter or punctuation, which spares their copy and patterns.
 */
function mayBePageNumber(text: string): boolean {
  const last = text.charCodeAt(lastVisible(text));
  return isDigitCode(last) || last === 45 || last === 0x2013 || last === 0x2014;
}

/**
 * The number on a line that holds nothing but a page number, if it stands alone: blank lines or
 * page edges on both sides, or (in paged text, where extraction drops blank lines) next to a page
 * edge, a running header or the notes it sits above.
 */
export function pageNumberOf(
  lines: Line[],
  i: number,
  headers: Map<string, boolean> = new Map(),
): number | null {
  if (!mayBePageNumber(lines[i].text)) return null;
  const text = lines[i].text.trim();
  const match = PAGE_NUMBER.exec(text) ?? PAGE_WORD_NUMBER.exec(text);
  if (!match) return null;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  const edgeBefore = !prev || lines[i].pageBreakBefore;
  const edgeAfter = !next || next.pageBreakBefore;
  const openBefore = edgeBefore || isBlank(prev);
  const openAfter = edgeAfter || isBlank(next);
  if (openBefore && openAfter) return Number(match[1]);
  const nearEdge =
    edgeBefore ||
    edgeAfter ||
    isHeaderLine(prev, headers) ||
    isHeaderLine(next, headers) ||
    FOOTNOTE_SHAPE.test(next.text.trim());
  return isPaged(lines) && nearEdge ? Number(match[1]) : null;
}

function isHeaderLine(line: Line | undefined, headers: Map<string, boolean>): boolean {
  return line !== undefined && headers.has(headerKey(line.text));
}

/**
 * Whether the text has form feeds, remembered for the last lines asked about: every number line
 * beside text asks, and a walk over all lines each time made a long unpaged text quadratic.
 */
function isPaged(lines: Line[]): boolean {
  if (lines !== lastPaged.lines) lastPaged = { lines, paged: lines.some((l) => l.pageBreakBefore) };
  return lastPaged.paged;
}

let lastPaged: { lines: Line[] | null; paged: boolean } = { lines: null, paged: false };

export function isRule(text: string): boolean {
  return RULE.test(text.trim());
}

/** A printed number in a header key's place ("Journal 7"): the page number it carries, if any. */
export function headerPageNumber(text: string): number | null {
  const match =
    /(?:^|[\s|·•–—-])(\d{1,4})$/u.exec(text.trim()) ?? /^(\d{1,4})\s*[|·•–—-]/u.exec(text.trim());
  return match ? Number(match[1]) : null;
}
