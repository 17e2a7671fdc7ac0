// Where sentences end: terminal punctuation before a capital, never after an abbreviation or initial.
import { isDigitCode, isLetterAt, isSpaceAt } from "./chars.ts";
import { NextOfAny } from "./next-of-any.ts";

/** Words whose trailing period does not end a sentence (compared lower-case, without the period). */
const ABBREVIATIONS = new Set([
  ...["gen", "col", "lt", "capt", "maj", "adm", "gov", "sen", "rep", "pres", "prof", "dr", "mr"],
  ...["mrs", "ms", "st", "jr", "sr", "vs", "p", "pp", "op", "cit", "ibid", "no", "nos", "vol"],
  ...["vols", "ed", "eds", "edit", "trans", "ch", "fig", "art", "sec", "cf", "approx", "ca"],
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
  ...["inc", "ltd", "co", "corp", "dept", "univ", "mln", "bln", "mn", "bn", "thous", "est"],
  ...["т", "с", "г", "гг", "см", "стр", "изд", "им", "ул", "проф", "ген", "тыс", "млн"],
  ...["млрд", "руб", "долл", "бр", "вж", "напр", "вкл", "вр"],
]);
const TERMINAL = ".!?";
/** A paragraph this short with no closing punctuation is a heading, a date line or a byline. */
const HEADING_WORDS = 12;
/** A document's first line, alone in its paragraph, may be a title this long. */
const TITLE_WORDS = 30;

/**
 * "From the recollections of V. S. Orlov, former official of the Ministry of Foreign Trade
 * (recorded in Moscow, 1994)": the document's first paragraph, one line without a full stop that
 * ends on a name, a year or a bracket, is its title however long; elsewhere such a paragraph is a
 * sentence a page break cut.
 */
function titleLine(text: string, opened: number, end: number): boolean {
  // Only white space before it (looked at backwards: a long document is not sliced each time).
  for (let k = opened - 1; k >= 0; k--) if (!isSpaceAt(text, k)) return false;
  return titleShaped(text.slice(opened, end));
}

/** Lines a title may have under it in its paragraph: a subtitle, a byline, a date. */
const SUBTITLE_LINES = 2;

/**
 * "USSR Foreign Trade with Latin America in 1979⏎(Commentary to the yearbook tables)": the
 * document's first paragraph, a title line with a short unpunctuated line or two under it. Returns
 * where the title line ends, or -1.
 */
function titleBlockLineEnd(
  text: string,
  paragraphStart: number,
  opened: number,
  end: number,
): number {
  // In the document's first paragraph, after any line a heading rule has ended already
  // ("INTERVIEW TRANSCRIPT" over a byline and a date line).
  for (let k = paragraphStart - 1; k >= 0; k--) if (!isSpaceAt(text, k)) return -1;
  const block = text.slice(opened, end);
  const lines = block.trim().split(/\r?\n/);
  if (lines.length < 2 || lines.length > 1 + SUBTITLE_LINES || !titleShaped(lines[0])) return -1;
  const subtitle = (line: string) =>
    line.trim().split(/\s+/).length <= HEADING_WORDS && !/[.!?,;:]\s*$/.test(line);
  if (!lines.slice(1).every(subtitle)) return -1;
  return opened + block.indexOf(lines[0]) + lines[0].length;
}

/** One line of at most 30 words that ends on a name, a year or a bracket, as a title does. */
function titleShaped(line: string): boolean {
  const trimmed = line.trim();
  // A title ends on a name, a year or a bracket; a cut sentence on any word ("... met the").
  const last = trimmed.split(/\s+/).at(-1) ?? "";
  const closes = /[)\]\d]$/.test(last) || /^\p{Lu}/u.test(last);
  return (
    closes &&
    !trimmed.includes("\n") &&
    wordCount(trimmed, 0, trimmed.length, TITLE_WORDS) <= TITLE_WORDS
  );
}
const CLOSERS = '”"’»)]';
const STARTER = /[\p{Lu}\d“"«„‘([\-–—]/u;

/** Lower-casing never shortens a word of letters, so a longer word is no abbreviation: asked first. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const UPPER = /\p{Lu}/u;

/** Whether text[i] is an upper-case letter, as /\p{Lu}/u answers for that one code unit. */
function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  return code > 127 && UPPER.test(text[i]);
}

/** Whether text[i] may open a sentence (STARTER), ASCII answered by code. */
function isStarterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return isUpperAt(text, i) || isDigitCode(code) || '"([-'.includes(text[i]);
  return STARTER.test(text[i]);
}

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isLetterAt(text, i - 1)) i--;
  return text.slice(i, end);
}

/** Whether a word is in the list; lower-casing, the costly part, only for words not already a-z. */
function isAbbreviation(word: string): boolean {
  if (word.length > LONGEST_ABBREVIATION) return false;
  return ABBREVIATIONS.has(isLowerAscii(word) ? word : word.toLocaleLowerCase());
}

function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** A period that closes an abbreviation or an initial, sits in a date, or precedes an initial. */
function notAnEnd(text: string, dot: number, next: number): boolean {
  if (itemNumberBefore(text, dot)) return true;
  const word = wordBefore(text, dot);
  const beforeWord = text[dot - word.length - 1] ?? " ";
  if (word.length === 1 && /[\s.\-(]/u.test(beforeWord)) return true;
  if (isAbbreviation(word)) return true;
  // "16. 05. 2013", "html . 14.10.2014": numbers on both sides are a date, not two sentences
  if (isDigitCode(text.charCodeAt(next))) {
    if (isDigitCode(text.charCodeAt(dot - 1)) || isSpaceAt(text, dot - 1)) return true;
  }
  // an initial after the period ("Vacs. A."); a letter beyond the BMP leaves no room for its period
  return text.charCodeAt(next + 1) === 46 && isUpperAt(text, next);
}

const ROMAN_NUMERAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * "4. Tractors", "IV. TRADE WITH PERU": the period after an item or section number that opens its
 * line numbers what follows; it ends nothing.
 */
function itemNumberBefore(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && dot - k < 4 && /[0-9IVX]/.test(text[k - 1])) k--;
  if (k === dot) return false;
  const number = text.slice(k, dot);
  if (!/^\d{1,3}$/.test(number) && !ROMAN_NUMERAL.test(number)) return false;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k === 0) return true;
  if (text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13) return false;
  // "The credit was raised to⏎5. The rest": the line before runs on into the number.
  return !runsOnAt(text, Math.max(0, k - 40), k - 1);
}

/** The last word of text[from, end) is one a wrapped line ends on mid-sentence. */
function runsOnAt(text: string, from: number, end: number): boolean {
  let to = end;
  while (to > from && isSpaceAt(text, to - 1)) to--;
  let word = to;
  while (word > from && !isSpaceAt(text, word - 1)) word--;
  return RUNS_ON.has(text.slice(word, to).toLowerCase());
}

/**
 * The line after the break at i opens with an item number and a capital ("4. Tractors"), and a
 * sentence is open before it that does not run on ("rose to\n5. Then" is one sentence).
 */
function itemLineAfter(text: string, opened: number, i: number): boolean {
  if (isBlankBetween(text, opened, i) || runsOnAt(text, opened, i)) return false;
  let k = i + 1;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return bulletAt(text, k) || itemNumberAt(text, k);
}

/** An item number of up to three digits, a period, a space and a capital at k: "4. Tractors". */
function itemNumberAt(text: string, k: number): boolean {
  const digits = k;
  while (k < text.length && k - digits < 3 && isDigitCode(text.charCodeAt(k))) k++;
  if (k === digits || text.charCodeAt(k) !== 46 || !isSpaceAt(text, k + 1)) return false;
  return isUpperAt(text, k + 2);
}

/** Signs that open the items of a list ("• Exports rose", "- Wheat: 4 Mt"), each followed by a space. */
export const BULLET_SIGNS = "•◦▪‣●○■□►*-";

/** A bullet and a space at k, after any spaces. */
function bulletAt(text: string, k: number): boolean {
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return BULLET_SIGNS.includes(text[k] ?? "\n") && isSpaceAt(text, k + 1);
}

/** Words a wrapped line may end on mid-sentence; a line ending on one is no heading. */
const RUNS_ON = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "or",
  "to",
  "in",
  "for",
  "with",
  "by",
  "on",
  "at",
  "from",
  "that",
]);

/**
 * A line of its own (it opens a sentence, ends without punctuation, has at most 8 words and is
 * followed by a capital): a heading or a date line, even with no blank line after it.
 */
function headingLine(text: string, opened: number, lineStart: number, lineEnd: number): boolean {
  if (opened > lineStart || !isBlankBetween(text, opened, lineStart)) return false;
  let from = lineStart;
  let to = lineEnd;
  while (from < to && isSpaceAt(text, from)) from++;
  while (to > from && isSpaceAt(text, to - 1)) to--;
  // cheapest tests first: a line that opens a sentence is mostly long, or followed by lower case
  if (from === to || ".!?,;:-–—".includes(text[to - 1]) || !capitalFollows(text, lineEnd))
    return false;
  if (runsOnAt(text, from, to)) return false;
  return wordCount(text, from, to, 8) <= 8;
}

/** The first character that is not white space within 40 of `at` opens like a heading's successor. */
function capitalFollows(text: string, at: number): boolean {
  const limit = Math.min(at + 40, text.length);
  let next = at;
  while (next < limit && isSpaceAt(text, next)) next++;
  return next < limit && HEADING_FOLLOWER.test(text[next]);
}

const HEADING_FOLLOWER = /[\p{Lu}\d“"«„‘]/u;

/** Nothing but white space in text[from, to) (what trim() leaves empty), found without copying. */
function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

/** How far past a line break a blank line is read. */
const BLANK_LINE_REACH = 200;

/**
 * The length of the blank line opening at the line break at i, 0 when none opens there: the
 * break (a CRLF pair is one; a CR is a break of its own only when no LF follows), white space
 * other than a line break, another break, then any white space, read no further than
 * BLANK_LINE_REACH past i (the test holds it to the pattern it replaces). Read by code: every
 * line break is asked, and a copy of the text and a pattern call each cost more than the reading.
 */
export function blankLineLength(text: string, i: number): number {
  const limit = Math.min(text.length, i + BLANK_LINE_REACH);
  let j = lineBreakEnd(text, i, limit);
  if (j < 0) return 0;
  while (j < limit && isSpaceAt(text, j) && !isLineBreakCode(text.charCodeAt(j))) j++;
  j = lineBreakEnd(text, j, limit);
  if (j < 0) return 0;
  while (j < limit && isSpaceAt(text, j)) j++;
  return j - i;
}

/** The end of the line break at i (a CRLF pair is one) before `limit`, or -1 when none stands there. */
function lineBreakEnd(text: string, i: number, limit: number): number {
  if (i >= limit) return -1;
  const code = text.charCodeAt(i);
  if (code === 10) return i + 1;
  if (code !== 13) return -1;
  return i + 1 < limit && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
}

function isLineBreakCode(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * How many pieces text[from, to), trimmed, splits into at white space (1 for a blank range, like
 * "".split), counted up to just past `limit`: a paragraph may be long and only short ones matter.
 */
function wordCount(text: string, from: number, to: number, limit: number): number {
  while (from < to && isSpaceAt(text, from)) from++;
  while (to > from && isSpaceAt(text, to - 1)) to--;
  let words = 1;
  for (let i = from; i < to && words <= limit; i++)
    if (isSpaceAt(text, i) && !isSpaceAt(text, i - 1)) words++;
  return words;
}

/**
 * Where the sentence ends after the terminal punctuation at i (closing quotes and a marker glued
 * after it included), or -1 when the text runs on: no white space follows, no capital, digit or
 * opening quote opens what follows, or the period closes an abbreviation or an initial.
 */
/** The end of a bracketed reference mark at j ("[6]", "[12]"), or j when there is none. */
function referenceMarkEnd(text: string, j: number): number {
  if (text.charCodeAt(j) !== 91) return j;
  let k = j + 1;
  while (k < text.length && k - j <= 3 && isDigitCode(text.charCodeAt(k))) k++;
  return k > j + 1 && text.charCodeAt(k) === 93 ? k + 1 : j;
}

/** The last offset before the reference marks that end at k ("buyers.[12]" → the full stop). */
function beforeReferenceMarks(text: string, k: number): number {
  for (;;) {
    if (text.charCodeAt(k) !== 93) return k;
    let j = k - 1;
    while (j >= 0 && k - j <= 4 && isDigitCode(text.charCodeAt(j))) j--;
    if (j === k - 1 || text.charCodeAt(j) !== 91) return k;
    k = j - 1;
  }
}

function endAfterTerminal(text: string, i: number, markerEnds: ReadonlySet<number>): number {
  let j = i + 1;
  while (j < text.length && CLOSERS.includes(text[j])) j++;
  // "stood at US$5.1 billion.[6][7] Brazilian exports": an encyclopedia's reference marks
  // belong to the sentence they close.
  for (let m = referenceMarkEnd(text, j); m > j; m = referenceMarkEnd(text, j)) j = m;
  let k = j;
  while (k < text.length && isDigitCode(text.charCodeAt(k))) k++;
  if (k > j && markerEnds.has(k)) j = k;
  if (j < text.length && !isSpaceAt(text, j)) return -1;
  let n = j;
  while (n < text.length && isSpaceAt(text, n)) n++;
  if (n < text.length && !isStarterAt(text, n)) return -1;
  if (text.charCodeAt(i) === 46 && j === i + 1 && notAnEnd(text, i, n)) return -1;
  return j;
}

/**
 * Offsets where sentences end in `text` (exclusive ends, in order). A blank line also ends a
 * short unpunctuated paragraph (a heading) when the next line opens with a capital.
 * `markerEnds` holds ends of marker digits glued after the punctuation ("end.12 Next").
 */
export function sentenceEnds(text: string, markerEnds: ReadonlySet<number> = new Set()): number[] {
  const ends: number[] = [];
  let paragraphStart = 0;
  let lineStart = 0;
  // Terminal punctuation and line ends are all the split asks about: it skips to the next one.
  const candidates = new NextOfAny(text, ".!?\n\r");
  for (let i = candidates.from(0); i < text.length; i = candidates.from(i + 1)) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) {
      const end = endAfterTerminal(text, i, markerEnds);
      if (end < 0) continue;
      ends.push(end);
      i = end - 1;
      continue;
    }
    const blank = blankLineLength(text, i);
    if (blank === 0) {
      const opened = Math.max(ends[ends.length - 1] ?? 0, paragraphStart);
      // A numbered item opens a sentence of its own: the line before it ends one.
      if (headingLine(text, opened, lineStart, i) || itemLineAfter(text, opened, i)) ends.push(i);
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      lineStart = i + 1;
      continue;
    }
    const after = i + blank;
    let k = i - 1;
    while (k >= 0 && isSpaceAt(text, k)) k--;
    k = beforeReferenceMarks(text, k);
    const opened = Math.max(ends[ends.length - 1] ?? 0, paragraphStart);
    // a short paragraph is a heading: its words are counted last, most paragraphs end punctuated
    const heading =
      (isUpperAt(text, after) || bulletAt(text, after) || itemNumberAt(text, after)) &&
      k >= 0 &&
      !TERMINAL.includes(text[k]);
    const titleEnd = heading ? titleBlockLineEnd(text, paragraphStart, opened, i) : -1;
    if (titleEnd >= 0) ends.push(titleEnd, i);
    else if (
      heading &&
      (wordCount(text, opened, i, HEADING_WORDS) <= HEADING_WORDS || titleLine(text, opened, i))
    )
      ends.push(i);
    // A paragraph that ends on a full stop ends its sentence, whatever opens the next one
    // ("... in 2004.⏎⏎6. About 200 ..."): a number there is an item, not a marker or decimal.
    else if (k >= 0 && TERMINAL.includes(text[k]) && (ends[ends.length - 1] ?? 0) <= k)
      ends.push(k + 1);
    paragraphStart = after;
    lineStart = paragraphStart;
    i = after - 1;
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}
