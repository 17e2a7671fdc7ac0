// Small text helpers the claim rules share: cue matching by word stem, word distances, clauses.

const cache = new Map<string, RegExp>();

/** A cue phrase as a regex: each word matched at a word start with any ending ("export" ~ "exported"). */
export function cueRegex(phrase: string): RegExp {
  let re = cache.get(phrase);
  if (!re) {
    const words = phrase
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[\\p{L}]*\\s+")}[\\p{L}]*`, "gu");
    cache.set(phrase, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Lower case with hyphens and dashes as spaces; same length, so offsets still point into the text. */
export function normalizeForCues(text: string): string {
  return text.toLowerCase().replace(/[-‐‑–—]/g, " ");
}

// Each sentence is searched for the same cues once per quantity and per neighbour: remember the
// hits, and index the sentence's word starts by first letter so a cue is tried only where a word
// could begin it (one regex pass per cue over every sentence was the claims stage's main cost).
interface CueIndex {
  starts: Map<string, number[]>;
  hits: Map<string, Array<[number, number]>>;
}
const indexCache = new Map<string, CueIndex>();
const stickyCache = new Map<string, RegExp>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

function cueIndex(normalized: string): CueIndex {
  let index = indexCache.get(normalized);
  if (!index) {
    if (indexCache.size > 512) indexCache.clear();
    const starts = new Map<string, number[]>();
    for (let i = 0; i < normalized.length; i++) {
      const c = normalized[i];
      if (!LETTER.test(c) || (i > 0 && LETTER_OR_DIGIT.test(normalized[i - 1]))) continue;
      const list = starts.get(c);
      if (list) list.push(i);
      else starts.set(c, [i]);
    }
    index = { starts, hits: new Map() };
    indexCache.set(normalized, index);
  }
  return index;
}

/** The cue's regex anchored at one position: the word-start condition is checked by the index. */
function stickyCue(phrase: string): RegExp {
  let re = stickyCache.get(phrase);
  if (!re) {
    re = new RegExp(cueRegex(phrase).source.replace("(?<![\\p{L}\\p{N}])", ""), "uy");
    stickyCache.set(phrase, re);
  }
  return re;
}

/** Every match of a cue phrase in normalized text, as [start, end) offsets, left to right, not overlapping. */
export function findCue(normalized: string, phrase: string): Array<[number, number]> {
  const index = cueIndex(normalized);
  let out = index.hits.get(phrase);
  if (!out) {
    out = [];
    const first = phrase.trimStart().toLowerCase()[0];
    const re = stickyCue(phrase);
    let end = 0;
    for (const start of (first && index.starts.get(first)) || []) {
      if (start < end) continue;
      re.lastIndex = start;
      const m = re.exec(normalized);
      if (m) {
        end = start + m[0].length;
        out.push([start, end]);
      }
    }
    index.hits.set(phrase, out);
  }
  return out;
}

/** Words strictly between two spans of the same text (0 when they touch or overlap). */
export function wordsBetween(text: string, a: [number, number], b: [number, number]): number {
  const [from, to] = a[1] <= b[0] ? [a[1], b[0]] : b[1] <= a[0] ? [b[1], a[0]] : [0, 0];
  if (to <= from) return 0;
  return text
    .slice(from, to)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The clause around [start, end): text between the nearest , ; : ( ) or dash-with-spaces on each side. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  // A comma inside a number ("500,000") is not a clause break.
  const boundary = /,(?!\d)|(?<!\d),|[;:()]|\s[–—-]\s/g;
  let left = 0;
  let right = text.length;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m.index + m[0].length <= start) left = m.index + m[0].length;
    else if (m.index >= end) {
      right = m.index;
      break;
    }
  }
  return [left, right];
}

/** The words just before an offset, lower-cased, nearest last. */
export function wordsBefore(text: string, offset: number, n: number): string[] {
  return text
    .slice(Math.max(0, offset - 80), offset)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean)
    .slice(-n);
}

/** The words just after an offset, lower-cased, nearest first. */
export function wordsAfter(text: string, offset: number, n: number): string[] {
  return text
    .slice(offset, offset + 80)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean)
    .slice(0, n);
}
