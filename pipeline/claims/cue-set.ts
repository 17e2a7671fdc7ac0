// Cue phrases matched at word starts, by stem ("export" ~ "exported"). Many phrases are matched
// against one sentence in a single pass over its word starts: phrases are filed under the first one
// or two letters of their first word, so each word start tries only the few phrases that could
// begin there (trying every phrase at every word start was the claims stage's main cost). The hits
// of a sentence are remembered, because a sentence is scored once per figure in it and again for
// each neighbouring sentence's figures.

export type Hit = [number, number];

export interface CueSet {
  phrases: readonly string[];
  /** Phrase indexes by the first one or two characters of their first word (see keyOf). */
  byKey: Map<number, number[]>;
  /** The same lists for keys of ASCII characters, by asciiKey: a table lookup per word start. */
  byAsciiKey: Array<number[] | undefined>;
  /** Each phrase's first word: a literal that must stand at the start of a match. */
  firstWords: string[];
  /** Each phrase's words (lower case): literals, each followed by any letters, apart by white space. */
  words: string[][];
  /** Hits per phrase of recently matched texts. */
  memo: Map<string, Array<readonly Hit[]>>;
  /** Scratch for one scan (where each phrase's last match ended), reused: allocating it per sentence showed in profiles. */
  ends: Int32Array;
  /** A list of no hits for every phrase, copied as the start of each scan's result. */
  none: Array<readonly Hit[]>;
}

const MEMO_LIMIT = 256;
const NO_HITS: readonly Hit[] = Object.freeze([]) as readonly Hit[];

/** A cue phrase as a regex: each word matched at a word start with any ending ("export" ~ "exported"). */
export function cueRegex(phrase: string): RegExp {
  const words = phrase
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[\\p{L}]*\\s+")}[\\p{L}]*`, "gu");
}

const normalized = new Map<string, string>();

/** Lower case with hyphens and dashes as spaces; same length, so offsets still point into the text. */
export function normalizeForCues(text: string): string {
  let out = normalized.get(text);
  if (out === undefined) {
    out = text.toLowerCase().replace(/[-‐‑–—]/g, " ");
    if (normalized.size >= MEMO_LIMIT) normalized.clear();
    normalized.set(text, out);
  }
  return out;
}

export function compileCues(phrases: readonly string[]): CueSet {
  const byKey = new Map<number, number[]>();
  const byAsciiKey: Array<number[] | undefined> = new Array(ASCII_KEYS).fill(undefined);
  const words = phrases.map((phrase) => phrase.toLowerCase().split(/\s+/).filter(Boolean));
  words.forEach(([first], i) => {
    if (!first) return;
    const length = Math.min(2, first.length);
    const key = keyOf(first, 0, length);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
    const ascii = asciiKey(first, 0, length);
    if (ascii >= 0) byAsciiKey[ascii] = byKey.get(key);
  });
  return {
    phrases,
    byKey,
    byAsciiKey,
    firstWords: words.map(([first]) => first ?? ""),
    words,
    memo: new Map(),
    ends: new Int32Array(phrases.length),
    none: phrases.map(() => NO_HITS),
  };
}

/** Every match of every phrase in normalized text: per phrase, left to right, not overlapping. */
export function matchCues(text: string, set: CueSet): Array<readonly Hit[]> {
  const remembered = set.memo.get(text);
  if (remembered) return remembered;
  // Most phrases miss a given sentence: they share one empty list (never pushed to).
  const hits = set.none.slice() as Hit[][];
  const ends = set.ends.fill(0);
  // Whole code points, as the regexes (flag u) see them: a letter beyond the BMP is two code units.
  let previousIsWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const point = code < 0xd800 ? code : (text.codePointAt(i) as number);
    const letter = isLetter(point);
    if (letter && !previousIsWord) {
      tryPhrases(text, set, phrasesKeyed(text, set, i, 1), i, hits, ends);
      if (i + 1 < text.length) tryPhrases(text, set, phrasesKeyed(text, set, i, 2), i, hits, ends);
    }
    previousIsWord = letter || isDigit(point);
    i += point > 0xffff ? 2 : 1;
  }
  if (set.memo.size >= MEMO_LIMIT) set.memo.clear();
  set.memo.set(text, hits);
  return hits;
}

/** Records the matches at `start` of the candidate phrases that do not overlap their last match. */
function tryPhrases(
  text: string,
  set: CueSet,
  candidates: number[] | undefined,
  start: number,
  hits: Hit[][],
  ends: Int32Array,
): void {
  if (!candidates) return;
  for (const p of candidates) {
    // Most candidates share only the first letters: a literal comparison rules them out.
    if (start < ends[p] || !text.startsWith(set.firstWords[p], start)) continue;
    const end = matchEnd(text, start, set.words[p]);
    if (end < 0) continue;
    ends[p] = end;
    if (hits[p] === NO_HITS) hits[p] = [];
    hits[p].push([start, end]);
  }
}

/**
 * Where a match whose first word stands at `start` ends, or -1: what cueRegex's pattern matches
 * there (each word with any letters after it, white space between words). The pattern cannot
 * backtrack into another match, as letters, white space and the words' first characters differ,
 * so it is followed here one run at a time instead of by the regex engine.
 */
function matchEnd(text: string, start: number, words: readonly string[]): number {
  let i = letterRunEnd(text, start + words[0].length);
  for (let w = 1; w < words.length; w++) {
    const spaceStart = i;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i === spaceStart || !text.startsWith(words[w], i)) return -1;
    i = letterRunEnd(text, i + words[w].length);
  }
  return i;
}

/** The phrases filed under the one or two characters at `at`. */
function phrasesKeyed(text: string, set: CueSet, at: number, length: number): number[] | undefined {
  const ascii = asciiKey(text, at, length);
  return ascii >= 0 ? set.byAsciiKey[ascii] : set.byKey.get(keyOf(text, at, length));
}

/** The end of the run of letters (\p{L}, whole code points) from `i`, as `[\p{L}]*` matches it. */
function letterRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const point = text.codePointAt(i) as number;
    if (!isLetter(point)) break;
    i += point > 0xffff ? 2 : 1;
  }
  return i;
}

const single = new Map<string, CueSet>();

/** Every match of one cue phrase in normalized text, as [start, end) offsets, left to right, not overlapping. */
export function findCue(text: string, phrase: string): readonly Hit[] {
  let set = single.get(phrase);
  if (!set) {
    set = compileCues([phrase]);
    single.set(phrase, set);
  }
  return matchCues(text, set)[0];
}

const ASCII_KEYS = 128 + 128 * 128;

/** One or two ASCII characters as a small number (an index into byAsciiKey), else -1. */
function asciiKey(text: string, at: number, length: number): number {
  const first = text.charCodeAt(at);
  if (length === 1) return first < 128 ? first : -1;
  const second = text.charCodeAt(at + 1);
  return first < 128 && second < 128 ? 128 + first * 128 + second : -1;
}

/** One or two UTF-16 code units as one number, so the scan looks phrases up without making strings. */
function keyOf(text: string, at: number, length: number): number {
  const first = text.charCodeAt(at);
  return length === 1 ? first : 0x10000 * (first + 1) + text.charCodeAt(at + 1);
}

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const SPACE = /\s/;

/** White space as \s sees it (all of it in the BMP, so one code unit is enough). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

function isLetter(point: number): boolean {
  if (point < 128) return (point >= 97 && point <= 122) || (point >= 65 && point <= 90);
  return LETTER.test(String.fromCodePoint(point));
}

function isDigit(point: number): boolean {
  if (point < 128) return point >= 48 && point <= 57;
  return NUMBER.test(String.fromCodePoint(point));
}
