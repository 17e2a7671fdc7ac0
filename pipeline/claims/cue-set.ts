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
  /** Each phrase's first word: a literal that must stand at the start of a match. */
  firstWords: string[];
  /** Each phrase's regex anchored at one position, or null for one-word phrases (their end is the word's end). */
  sticky: Array<RegExp | null>;
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
  const words = phrases.map((phrase) => phrase.toLowerCase().split(/\s+/).filter(Boolean));
  words.forEach(([first], i) => {
    if (!first) return;
    const key = keyOf(first, 0, Math.min(2, first.length));
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const sticky = phrases.map((phrase, i) =>
    words[i].length > 1
      ? new RegExp(cueRegex(phrase).source.replace("(?<![\\p{L}\\p{N}])", ""), "uy")
      : null,
  );
  return {
    phrases,
    byKey,
    firstWords: words.map(([first]) => first ?? ""),
    sticky,
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
  const tryAt = (candidates: number[] | undefined, start: number) => {
    if (!candidates) return;
    for (const p of candidates) {
      // Most candidates share only the first letters: a literal comparison rules them out.
      if (start < ends[p] || !text.startsWith(set.firstWords[p], start)) continue;
      const end = matchEnd(text, start, set.firstWords[p].length, set.sticky[p]);
      if (end < 0) continue;
      ends[p] = end;
      if (hits[p] === NO_HITS) hits[p] = [];
      hits[p].push([start, end]);
    }
  };
  // Whole code points, as the regexes (flag u) see them: a letter beyond the BMP is two code units.
  let previousIsWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const point = code < 0xd800 ? code : (text.codePointAt(i) as number);
    const letter = isLetter(point);
    if (letter && !previousIsWord) {
      tryAt(set.byKey.get(keyOf(text, i, 1)), i);
      if (i + 1 < text.length) tryAt(set.byKey.get(keyOf(text, i, 2)), i);
    }
    previousIsWord = letter || isDigit(point);
    i += point > 0xffff ? 2 : 1;
  }
  if (set.memo.size >= MEMO_LIMIT) set.memo.clear();
  set.memo.set(text, hits);
  return hits;
}

/** Where a match whose first word stands at `start` ends, or -1: one word runs to its last letter. */
function matchEnd(text: string, start: number, firstLength: number, sticky: RegExp | null): number {
  if (sticky === null) return letterRunEnd(text, start + firstLength);
  sticky.lastIndex = start;
  const m = sticky.exec(text);
  return m ? start + m[0].length : -1;
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

/** One or two UTF-16 code units as one number, so the scan looks phrases up without making strings. */
function keyOf(text: string, at: number, length: number): number {
  const first = text.charCodeAt(at);
  return length === 1 ? first : 0x10000 * (first + 1) + text.charCodeAt(at + 1);
}

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

function isLetter(point: number): boolean {
  if (point < 128) return (point >= 97 && point <= 122) || (point >= 65 && point <= 90);
  return LETTER.test(String.fromCodePoint(point));
}

function isDigit(point: number): boolean {
  if (point < 128) return point >= 48 && point <= 57;
  return NUMBER.test(String.fromCodePoint(point));
}
