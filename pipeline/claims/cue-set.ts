// Cue phrases matched at word starts, by stem ("export" ~ "exported"). Many phrases are matched
// against one sentence in a single pass over its word starts: phrases are filed under the first one
// or two letters of their first word, so each word start tries only the few phrases that could
// begin there (trying every phrase at every word start was the claims stage's main cost). The hits
// of a sentence are remembered, because a sentence is scored once per figure in it and again for
// each neighbouring sentence's figures.

export type Hit = [number, number];

export interface CueSet {
  phrases: readonly string[];
  /**
   * The phrases a word start may begin, by its first two characters (pairKey): those whose first
   * word begins with both, and those whose first word is the first alone. Keys of ASCII characters
   * index a table (asciiPairKey), a lookup per word start; the rest a map.
   */
  byPair: Map<number, number[]>;
  byAsciiPair: Array<number[] | undefined>;
  /** The phrases whose first word is one character, by it: for a pair not filed, or the text's end. */
  bySingle: Map<number, number[]>;
  byAsciiSingle: Array<number[] | undefined>;
  /** Each phrase's first word: a literal that must stand at the start of a match. */
  firstWords: string[];
  /** Each phrase's words (lower case): literals, each followed by any letters, apart by white space. */
  words: string[][];
  /** Hits per phrase of recently matched texts. */
  memo: Map<string, Array<readonly Hit[]>>;
  /** Scratch for one scan (where each phrase's last match ended), reused: allocating it per sentence showed in profiles. */
  ends: Int32Array;
  /** A list of no hits for every phrase: the result of a scan that finds none, copied by one that does. */
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
    out = lowerKeepingLength(text).replace(/[-‐‑–—]/g, " ");
    if (normalized.size >= MEMO_LIMIT) normalized.clear();
    normalized.set(text, out);
  }
  return out;
}

/**
 * Lower case, character by character where a character's lower case is longer than it ("İ" is
 * "i̇", two units): such a character stays as it is, so every offset still points at its own.
 */
function lowerKeepingLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

export function compileCues(phrases: readonly string[]): CueSet {
  const words = phrases.map((phrase) => phrase.toLowerCase().split(/\s+/).filter(Boolean));
  const bySingle = new Map<number, number[]>();
  const pairs = new Map<number, number[]>();
  words.forEach(([first], i) => {
    if (!first) return;
    const [index, key] =
      first.length === 1 ? [bySingle, first.charCodeAt(0)] : [pairs, pairKey(first, 0)];
    index.set(key, [...(index.get(key) ?? []), i]);
  });
  // The order phrases are tried in at one start does not matter: each keeps its own hits.
  const byPair = new Map(
    [...pairs].map(([key, list]) => [key, [...(bySingle.get(firstOfPair(key)) ?? []), ...list]]),
  );
  return {
    phrases,
    byPair,
    byAsciiPair: asciiTable(byPair, asciiPairKeyOf),
    bySingle,
    byAsciiSingle: asciiTable(bySingle, (key) => (key < 128 ? key : -1)),
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
  let hits = set.none as Hit[][];
  set.ends.fill(0);
  // Whole code points, as the regexes (flag u) see them: a letter beyond the BMP is two code units.
  let previousIsWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const point = code < 0xd800 ? code : (text.codePointAt(i) as number);
    const kind = kindOf(point);
    if (kind === LETTER && !previousIsWord)
      hits = tryPhrases(text, set, phrasesStartingAt(text, set, i), i, hits);
    previousIsWord = kind !== OTHER;
    i += point > 0xffff ? 2 : 1;
  }
  if (set.memo.size >= MEMO_LIMIT) set.memo.clear();
  set.memo.set(text, hits);
  return hits;
}

/**
 * Adds the matches at `start` of the candidate phrases that do not overlap their last match, and
 * returns the hits (a copy of `set.none` once there is one).
 */
function tryPhrases(
  text: string,
  set: CueSet,
  candidates: number[] | undefined,
  start: number,
  hits: Hit[][],
): Hit[][] {
  if (!candidates) return hits;
  const { ends } = set;
  for (const p of candidates) {
    // Most candidates share only the first letters: a literal comparison rules them out.
    if (start < ends[p] || !text.startsWith(set.firstWords[p], start)) continue;
    const end = matchEnd(text, start, set.words[p]);
    if (end < 0) continue;
    ends[p] = end;
    if (hits === set.none) hits = set.none.slice() as Hit[][];
    // Most phrases match once: a list of one, not a list grown by a push.
    if (hits[p] === NO_HITS) hits[p] = [[start, end]];
    else hits[p].push([start, end]);
  }
  return hits;
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

/** The phrases that may begin at `at`, filed under its one or two characters. */
function phrasesStartingAt(text: string, set: CueSet, at: number): number[] | undefined {
  const first = text.charCodeAt(at);
  const single = first < 128 ? set.byAsciiSingle[first] : set.bySingle.get(first);
  if (at + 1 >= text.length) return single;
  const ascii = asciiPairKey(first, text.charCodeAt(at + 1));
  return (ascii >= 0 ? set.byAsciiPair[ascii] : set.byPair.get(pairKey(text, at))) ?? single;
}

/** The end of the run of letters (\p{L}, whole code points) from `i`, as `[\p{L}]*` matches it. */
function letterRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const point = text.codePointAt(i) as number;
    if (kindOf(point) !== LETTER) break;
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

/** Two UTF-16 code units as one number, so the scan looks phrases up without making strings. */
function pairKey(text: string, at: number): number {
  return 0x10000 * text.charCodeAt(at) + text.charCodeAt(at + 1);
}

function firstOfPair(key: number): number {
  return Math.floor(key / 0x10000);
}

/** Two ASCII characters as an index into a table of 128 * 128, else -1. */
function asciiPairKey(first: number, second: number): number {
  return first < 128 && second < 128 ? first * 128 + second : -1;
}

function asciiPairKeyOf(key: number): number {
  return asciiPairKey(firstOfPair(key), key % 0x10000);
}

/** The entries of an index whose keys are ASCII, as a table by `tableKey`. */
function asciiTable(
  index: Map<number, number[]>,
  tableKey: (key: number) => number,
): Array<number[] | undefined> {
  const table: Array<number[] | undefined> = new Array(128 * 128).fill(undefined);
  for (const [key, list] of index) {
    const at = tableKey(key);
    if (at >= 0) table[at] = list;
  }
  return table;
}

const OTHER = 0;
const LETTER = 1;
const NUMBER = 2;
const LETTER_PATTERN = /\p{L}/u;
const NUMBER_PATTERN = /\p{N}/u;
/** Kinds of BMP code points (plus one; 0 until asked), asked of the regex engine once each. */
const bmpKinds = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) bmpKinds[c] = 1 + askKind(c);

/** Letter (\p{L}), number (\p{N}) or other, of a whole code point. */
function kindOf(point: number): number {
  if (point > 0xffff) return askKind(point);
  let known = bmpKinds[point];
  if (known === 0) {
    known = 1 + askKind(point);
    bmpKinds[point] = known;
  }
  return known - 1;
}

function askKind(point: number): number {
  const char = String.fromCodePoint(point);
  return LETTER_PATTERN.test(char) ? LETTER : NUMBER_PATTERN.test(char) ? NUMBER : OTHER;
}

const SPACE = /\s/;

/** White space as \s sees it (all of it in the BMP, so one code unit is enough). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}
