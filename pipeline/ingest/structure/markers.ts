// Footnote markers glued to words, years and closing quotes, found by the expected sequence number.
import { isDigitCode, isLetterAt, isSpaceAt } from "./chars.ts";
import type { Line } from "./lines.ts";

export interface FoundMarker {
  number: number;
  /** Offsets of the marker's digits within the scanned text. */
  start: number;
  end: number;
}

/** How far ahead of the expected number a marker may jump (a marker lost in extraction). */
const LOOKAHEAD = 2;
const CLOSERS = '”"’»)]';
const QUOTES = '”"’»';
const YEAR_DIGITS = 4;

/** A year a marker may be glued to: from 1500 on ("E.O. 11652" is an order's number, not 1165 and a 2). */
function isYear(digits: string): boolean {
  const year = Number(digits);
  return digits.length === 4 && year >= 1500 && year <= 2099;
}

// The parts of a digit run that may be a marker, as bits, tried in this order: the whole run, or
// the digits after a year it starts with ("June 194611"). Bits, not a list of ranges: every number
// in the text is asked, and most carry none.
const WHOLE_RUN = 1;
const AFTER_YEAR = 2;

/**
 * Which parts of the digit run at `start` may be a marker. `previous` is the text of the line
 * before, for a marker that opens a line after a closing quote.
 */
function candidateParts(text: string, start: number, digits: string, previous: string): number {
  // a line's first number follows the line break, read as a space, unless no line came before
  const afterBreak = start === 0 && previous !== "";
  const afterLetter = isLetterAt(text, start - 1);
  let parts = 0;
  if (afterLetter || (start > 0 && CLOSERS.includes(text[start - 1]))) parts = WHOLE_RUN;
  else if (afterBreak || isSpaceAt(text, start - 1)) {
    // "“Rebels” 23": a closing quote, spaces, then the marker
    if (mayFollowQuote(text, start) && followsQuote(text, start, previous)) parts = WHOLE_RUN;
  } else if (
    start > 0 &&
    ".,;:!?".includes(text[start - 1]) &&
    (isLetterAt(text, start - 2) ||
      (yearEndsAt(text, start - 1) && sentenceOpensAfter(text, start + digits.length)))
  ) {
    // "the end of the sentence.12", and "in 1975.17 Even so": a sentence that ends on a year
    // (a decimal, "stood at 1975.17 points", runs on).
    parts = WHOLE_RUN;
  }
  if (!afterLetter && digits.length > YEAR_DIGITS && isYear(digits.slice(0, YEAR_DIGITS)))
    parts |= AFTER_YEAR;
  return parts;
}

/** A year, standing as a word, ends right before `end` ("in 1975" before the "." of "1975.17"). */
function yearEndsAt(text: string, end: number): boolean {
  const from = end - YEAR_DIGITS;
  if (from < 0 || (from > 0 && !isSpaceAt(text, from - 1))) return false;
  const digits = text.slice(from, end);
  return /^\d{4}$/.test(digits) && isYear(digits);
}

/** Nothing but white space and then a capital letter, or the line's end, follows `end`. */
function sentenceOpensAfter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  if (!isSpaceAt(text, end)) return false;
  let k = end;
  while (k < text.length && isSpaceAt(text, k)) k++;
  return k >= text.length || /\p{Lu}/u.test(text[k]);
}

/** The number a part of a digit run reads as; NaN for a part with a leading zero (never a marker). */
function partValue(digits: string, offset: number): number {
  if (digits.charCodeAt(offset) === 48) return Number.NaN;
  return Number(offset === 0 ? digits : digits.slice(offset));
}

/**
 * False when the last character before `start` that is not white space stands on this line and
 * is no closing quote; most numbers follow a word, and this spares the walk into the line before.
 */
function mayFollowQuote(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpaceAt(text, i)) i--;
  return i < 0 || QUOTES.includes(text[i]);
}

/** A closing quote right after a word, then white space (across the line break), then `start`. */
function followsQuote(text: string, start: number, previous: string): boolean {
  const [last, beforeLast] = lastTwoBefore(text, start, previous);
  return QUOTES.includes(last) && last !== "" && !/\s/.test(beforeLast || " ");
}

/**
 * The character at i of the previous line and this one joined by a space: text[i] from 0 on,
 * the line break at -1, the previous line's characters below that.
 */
function joinedAt(text: string, previous: string, i: number): string | undefined {
  return i >= 0 ? text[i] : i === -1 ? " " : previous[previous.length + i + 1];
}

/**
 * The last two characters before `start` once trailing white space is dropped, looking into the
 * previous line when needed; walks back instead of copying the text, so a long line stays linear.
 */
function lastTwoBefore(text: string, start: number, previous: string): [string, string] {
  let i = start - 1;
  const floor = -1 - previous.length;
  while (i >= floor && /\s/.test(joinedAt(text, previous, i) ?? "")) i--;
  if (i < floor) return ["", ""];
  return [
    joinedAt(text, previous, i) ?? "",
    i - 1 >= floor ? (joinedAt(text, previous, i - 1) ?? "") : "",
  ];
}

// A decimal, a grouped number, an ordinal or a unit glued after a digit run means a value.
const VALUE_TAIL = /(?:[.,]\d|\p{L}|%|°)/uy;

function valueFollows(text: string, end: number): boolean {
  // ASCII answered by code; the pattern reads a letter by code point, beyond the BMP too
  const code = text.charCodeAt(end);
  if (code < 128) {
    if (code === 46 || code === 44) return isDigitCode(text.charCodeAt(end + 1));
    return code === 37 || isLetterAt(text, end);
  }
  VALUE_TAIL.lastIndex = end;
  return VALUE_TAIL.test(text);
}

// Digit runs, walked with exec: matchAll copies the pattern per call.
const DIGITS = /\d+/g;

const NO_CANDIDATES: readonly number[] = [];

/**
 * Per line, every number its digit runs glued to a word, year or quote could carry as a marker,
 * read after the line before it. One scan of the whole text finds the runs: a scan per line cost
 * a pattern call for every line, and most lines hold no number.
 */
export function markerCandidatesByLine(text: string, lines: Line[]): Array<readonly number[]> {
  const out: Array<readonly number[]> = new Array(lines.length).fill(NO_CANDIDATES);
  let i = 0;
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(text); match; match = DIGITS.exec(text)) {
    while (lines[i].end <= match.index) i++;
    const line = lines[i].text;
    const start = match.index - lines[i].start;
    const digits = match[0];
    if (valueFollows(line, start + digits.length)) continue;
    const parts = candidateParts(line, start, digits, lines[i - 1]?.text ?? "");
    const whole = parts & WHOLE_RUN ? partValue(digits, 0) : Number.NaN;
    const afterYear = parts & AFTER_YEAR ? partValue(digits, YEAR_DIGITS) : Number.NaN;
    if (Number.isNaN(whole) && Number.isNaN(afterYear)) continue;
    const found = out[i] === NO_CANDIDATES ? [] : (out[i] as number[]);
    if (!Number.isNaN(whole)) found.push(whole);
    if (!Number.isNaN(afterYear)) found.push(afterYear);
    out[i] = found;
  }
  return out;
}

/** The expected number, or one a little ahead of it (NaN, a part with a leading zero, is neither). */
function inSequence(value: number, next: number): boolean {
  return value >= next && value <= next + LOOKAHEAD;
}

/**
 * Scans one run of body text for markers, starting from the next expected number; returns the
 * markers and the next expected number after them.
 */
export function findMarkers(
  text: string,
  expected: number,
  previous = "",
): { markers: FoundMarker[]; next: number } {
  const markers: FoundMarker[] = [];
  let next = expected;
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(text); match; match = DIGITS.exec(text)) {
    const start = match.index;
    const digits = match[0];
    if (valueFollows(text, start + digits.length)) continue;
    const parts = candidateParts(text, start, digits, previous);
    if (parts === 0) continue;
    let offset = -1;
    if (parts & WHOLE_RUN && inSequence(partValue(digits, 0), next)) offset = 0;
    else if (parts & AFTER_YEAR && inSequence(partValue(digits, YEAR_DIGITS), next))
      offset = YEAR_DIGITS;
    if (offset < 0) continue;
    const number = partValue(digits, offset);
    markers.push({ number, start: start + offset, end: start + digits.length });
    next = number + 1;
  }
  return { markers, next };
}
