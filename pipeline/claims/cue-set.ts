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
  /** Each phrase's regex anchored at one position; the word-start condition is checked by the scan. */
  sticky: RegExp[];
  /** Hits per phrase of recently matched texts. */
  memo: Map<string, Array<readonly Hit[]>>;
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
  const sticky = phrases.map((phrase, i) => {
    const first = phrase.trim().toLowerCase().split(/\s+/)[0] ?? "";
    if (first) {
      const key = keyOf(first, 0, Math.min(2, first.length));
      byKey.set(key, [...(byKey.get(key) ?? []), i]);
    }
    return new RegExp(cueRegex(phrase).source.replace("(?<![\\p{L}\\p{N}])", ""), "uy");
  });
  return { phrases, byKey, sticky, memo: new Map() };
}

/** Every match of every phrase in normalized text: per phrase, left to right, not overlapping. */
export function matchCues(text: string, set: CueSet): Array<readonly Hit[]> {
  const remembered = set.memo.get(text);
  if (remembered) return remembered;
  // Most phrases miss a given sentence: they share one empty list (never pushed to).
  const hits: Hit[][] = new Array<Hit[]>(set.phrases.length).fill(NO_HITS as Hit[]);
  const ends = new Int32Array(set.phrases.length);
  const tryAt = (candidates: number[] | undefined, start: number) => {
    if (!candidates) return;
    for (const p of candidates) {
      if (start < ends[p]) continue;
      const re = set.sticky[p];
      re.lastIndex = start;
      const m = re.exec(text);
      if (m) {
        ends[p] = start + m[0].length;
        if (hits[p] === NO_HITS) hits[p] = [];
        hits[p].push([start, ends[p]]);
      }
    }
  };
  let previousIsWord = false;
  for (let i = 0; i < text.length; i++) {
    const letter = isLetter(text, i);
    if (letter && !previousIsWord) {
      tryAt(set.byKey.get(keyOf(text, i, 1)), i);
      if (i + 1 < text.length) tryAt(set.byKey.get(keyOf(text, i, 2)), i);
    }
    previousIsWord = letter || isDigit(text, i);
  }
  if (set.memo.size >= MEMO_LIMIT) set.memo.clear();
  set.memo.set(text, hits);
  return hits;
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

function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(text[i]);
}

function isDigit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 48 && code <= 57;
  return NUMBER.test(text[i]);
}
