// Small text helpers the claim rules share: word distances, clauses, the words around an offset.
// Every figure of a sentence asks several of them, so they scan characters in place rather than
// slicing and splitting the sentence each time.
import { memoByText } from "./text-memo.ts";

const SPACE = /\s/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;

function isSpace(code: number, text: string, i: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i]);
}

/** Whether the code point is a letter or a number; non-ASCII ones are asked of the regex engine. */
function isLetterOrNumber(codePoint: number): boolean {
  if (codePoint < 128)
    return (
      (codePoint >= 97 && codePoint <= 122) ||
      (codePoint >= 65 && codePoint <= 90) ||
      (codePoint >= 48 && codePoint <= 57)
    );
  return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
}

/** A word's characters for wordsBefore/wordsAfter: letters, numbers and apostrophes. */
function isWordPart(codePoint: number): boolean {
  return codePoint === 39 || codePoint === 0x2019 || isLetterOrNumber(codePoint);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Words strictly between two spans of the same text (0 when they touch or overlap). */
export function wordsBetween(text: string, a: [number, number], b: [number, number]): number {
  // Bounds picked without a pair: this runs for every cue hit of every figure.
  let from = 0;
  let to = 0;
  if (a[1] <= b[0]) {
    from = a[1];
    to = b[0];
  } else if (b[1] <= a[0]) {
    from = b[1];
    to = a[0];
  }
  if (to <= from) return 0;
  // White-space-separated pieces of text[from, to) that hold a letter or a number.
  let words = 0;
  let counted = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code, text, i)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    let codePoint = code;
    if (isHigh(code) && i + 1 < to && isLow(text.charCodeAt(i + 1))) {
      codePoint = text.codePointAt(i) as number;
      i++;
    }
    if (isLetterOrNumber(codePoint)) {
      words++;
      counted = true;
    }
  }
  return words;
}

// A comma inside a number ("500,000") is not a clause break.
const BOUNDARY = /,(?!\d)|(?<!\d),|[;:()]|\s[–—-]\s/g;

/** The clause breaks of a text as [start, end) pairs, left to right; a sentence's figures share them. */
const clauseBreaks = memoByText((text: string): number[] => {
  const breaks: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text))
    breaks.push(m.index, m.index + m[0].length);
  return breaks;
});

/** The clause around [start, end): text between the nearest , ; : ( ) or dash-with-spaces on each side. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  const breaks = clauseBreaks(text);
  let left = 0;
  let right = text.length;
  for (let k = 0; k < breaks.length; k += 2) {
    if (breaks[k + 1] <= start) left = breaks[k + 1];
    else if (breaks[k] >= end) {
      right = breaks[k];
      break;
    }
  }
  return [left, right];
}

// The words around an offset are read from a lower-cased window of 80 characters. Where the
// characters walked are ASCII, lower-casing changes no length or word boundary among them: the
// words are found in the text itself, and only they are lower-cased.

/** The words just before an offset, lower-cased, nearest last. */
export function wordsBefore(text: string, offset: number, n: number): string[] {
  const floor = Math.max(0, offset - 80);
  return asciiWordsBefore(text, floor, offset, n) ?? wordsEndingAt(text.slice(floor, offset), n);
}

/** The words just after an offset, lower-cased, nearest first. */
export function wordsAfter(text: string, offset: number, n: number): string[] {
  const ceiling = Math.min(text.length, offset + 80);
  return (
    asciiWordsAfter(text, offset, ceiling, n) ?? wordsStartingIn(text.slice(offset, ceiling), n)
  );
}

/** The last n runs of word characters of the window, walking back from its end. */
function wordsEndingAt(raw: string, n: number): string[] {
  const window = raw.toLowerCase();
  const words: string[] = [];
  let i = window.length;
  while (i > 0 && words.length < n) {
    const end = i;
    while (i > 0 && isWordPart(codePointBefore(window, i))) i -= charsBefore(window, i);
    if (i < end) words.unshift(window.slice(i, end));
    else i -= charsBefore(window, i);
  }
  return words;
}

/** The first n runs of word characters of the window. */
function wordsStartingIn(raw: string, n: number): string[] {
  const window = raw.toLowerCase();
  const words: string[] = [];
  let i = 0;
  while (i < window.length && words.length < n) {
    const start = i;
    while (i < window.length && isWordPart(window.codePointAt(i) as number))
      i += charsAt(window, i);
    if (i > start) words.push(window.slice(start, i));
    else i += charsAt(window, i);
  }
  return words;
}

/** wordsEndingAt over text[floor, offset) when every character it walks is ASCII, else null. */
function asciiWordsBefore(text: string, floor: number, offset: number, n: number): string[] | null {
  const words: string[] = [];
  let i = offset;
  while (i > floor && words.length < n) {
    const end = i;
    for (; i > floor; i--) {
      const code = text.charCodeAt(i - 1);
      if (code >= 128) return null;
      if (!isWordPart(code)) break;
    }
    if (i < end) words.unshift(text.slice(i, end).toLowerCase());
    else i--;
  }
  return words;
}

/** wordsStartingIn over text[offset, ceiling) when every character it walks is ASCII, else null. */
function asciiWordsAfter(
  text: string,
  offset: number,
  ceiling: number,
  n: number,
): string[] | null {
  const words: string[] = [];
  let i = offset;
  while (i < ceiling && words.length < n) {
    const start = i;
    for (; i < ceiling; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) return null;
      if (!isWordPart(code)) break;
    }
    if (i > start) words.push(text.slice(start, i).toLowerCase());
    else i++;
  }
  return words;
}

/** 2 for a surrogate pair starting at i, else 1. */
function charsAt(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** 2 for a surrogate pair ending just before i, else 1. */
function charsBefore(text: string, i: number): number {
  return i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2)) ? 2 : 1;
}

function codePointBefore(text: string, i: number): number {
  return charsBefore(text, i) === 2 ? (text.codePointAt(i - 2) as number) : text.charCodeAt(i - 1);
}

/**
 * Whether text[0, end) ends like /\S\s+\p{Lu}[\p{L}-]*\s$/u: a word opening with a capital, after
 * white space that follows something, then one white-space character. Walked back from the end;
 * the pattern itself tries every position of the text before failing.
 */
export function endsWithCapitalizedWord(text: string, end: number): boolean {
  let i = end - 1;
  if (i < 0 || !isSpace(text.charCodeAt(i), text, i)) return false;
  // The word: letters and hyphens back to its first character, which must be the capital.
  let wordStart = i;
  while (wordStart > 0) {
    const size = charsBefore(text, wordStart);
    const codePoint = codePointBefore(text, wordStart);
    if (codePoint !== 45 && !isLetter(codePoint)) break;
    wordStart -= size;
  }
  if (wordStart === i) return false;
  if (!CAPITAL.test(String.fromCodePoint(text.codePointAt(wordStart) as number))) return false;
  // Before it, white space, and before that anything else.
  i = wordStart - 1;
  if (i < 0 || !isSpace(text.charCodeAt(i), text, i)) return false;
  while (i > 0 && isSpace(text.charCodeAt(i - 1), text, i - 1)) i--;
  return i > 0;
}

function isLetter(codePoint: number): boolean {
  if (codePoint < 128)
    return (codePoint >= 97 && codePoint <= 122) || (codePoint >= 65 && codePoint <= 90);
  return LETTER.test(String.fromCodePoint(codePoint));
}
