// Footnote markers glued to words, years and closing quotes, found by the expected sequence number.

export interface FoundMarker {
  number: number;
  /** Offsets of the marker's digits within the scanned text. */
  start: number;
  end: number;
}

/** How far ahead of the expected number a marker may jump (a marker lost in extraction). */
const LOOKAHEAD = 2;
const CLOSERS = '”"’»)]';
const LETTER = /\p{L}/u;

function isYear(digits: string): boolean {
  const year = Number(digits);
  return digits.length === 4 && year >= 1000 && year <= 2099;
}

/**
 * The marker digits a digit run may carry, as [offset into the run, length] candidates. `previous`
 * is the text of the line before, for a marker that opens a line after a closing quote.
 */
function candidates(
  text: string,
  start: number,
  digits: string,
  previous = "",
): Array<[number, number]> {
  const before = start > 0 ? text[start - 1] : previous === "" ? "" : " ";
  // Every line's every number is asked: most have none, and they share one empty list.
  let out: Array<[number, number]> = NONE;
  const add = (offset: number, length: number) => {
    if (out === NONE) out = [];
    out.push([offset, length]);
  };
  if (before !== "" && (LETTER.test(before) || CLOSERS.includes(before))) add(0, digits.length);
  else if (SPACE.test(before)) {
    // "“Rebels” 23": a closing quote, spaces, then the marker
    if (mayFollowQuote(text, start)) {
      const [last, beforeLast] = lastTwoBefore(text, start, previous);
      if ('”"’»'.includes(last) && last !== "" && !SPACE.test(beforeLast || " "))
        add(0, digits.length);
    }
  } else if (/[.,;:!?]/.test(before) && LETTER.test(text[start - 2] ?? "")) {
    add(0, digits.length);
  }
  // "June 194611": a year with the marker glued after it
  if (!LETTER.test(before) && digits.length >= 5 && isYear(digits.slice(0, 4)))
    add(4, digits.length - 4);
  return out;
}

const NONE: Array<[number, number]> = [];
const SPACE = /\s/;

/**
 * False when the last character before `start` that is not white space stands on this line and
 * is no closing quote; most numbers follow a word, and this spares the walk into the line before.
 */
function mayFollowQuote(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && SPACE.test(text[i])) i--;
  return i < 0 || '”"’»'.includes(text[i]);
}

/**
 * The last two characters before `start` once trailing white space is dropped, looking into the
 * previous line when needed; walks back instead of copying the text, so a long line stays linear.
 */
function lastTwoBefore(text: string, start: number, previous: string): [string, string] {
  const joined = (i: number) =>
    i >= 0 ? text[i] : i === -1 ? " " : previous[previous.length + i + 1];
  let i = start - 1;
  const floor = -1 - previous.length;
  while (i >= floor && /\s/.test(joined(i) ?? "")) i--;
  if (i < floor) return ["", ""];
  return [joined(i) ?? "", i - 1 >= floor ? (joined(i - 1) ?? "") : ""];
}

// A decimal, a grouped number, an ordinal or a unit glued after a digit run means a value.
const VALUE_TAIL = /(?:[.,]\d|\p{L}|%|°)/uy;

function valueFollows(text: string, end: number): boolean {
  VALUE_TAIL.lastIndex = end;
  return VALUE_TAIL.test(text);
}

// Digit runs, walked with exec: both scans below run on every line, and matchAll copies the
// pattern per call.
const DIGITS = /\d+/g;

/** Every number a digit run glued to a word, year or quote could carry as a marker. */
export function markerCandidates(text: string, previous = ""): number[] {
  const out: number[] = [];
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(text); match; match = DIGITS.exec(text)) {
    if (valueFollows(text, match.index + match[0].length)) continue;
    for (const [offset, length] of candidates(text, match.index, match[0], previous)) {
      const part = match[0].slice(offset, offset + length);
      if (!part.startsWith("0")) out.push(Number(part));
    }
  }
  return out;
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
    for (const [offset, length] of candidates(text, start, digits, previous)) {
      const part = digits.slice(offset, offset + length);
      if (part.startsWith("0")) continue;
      const number = Number(part);
      if (number < next || number > next + LOOKAHEAD) continue;
      markers.push({ number, start: start + offset, end: start + offset + length });
      next = number + 1;
      break;
    }
  }
  return { markers, next };
}
