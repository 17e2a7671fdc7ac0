// Which category a quantity belongs to: the categories that accept its dimension compete on cue
// words in its sentence (nearer cues weigh more) and in the neighbouring sentences.

import type { Quantity } from "../quantities/types.ts";
import { unitEntry } from "../quantities/units.ts";
import { type CueSet, compileCues, type Hit, matchCues, normalizeForCues } from "./cue-set.ts";
import type { Category, Taxonomy } from "./taxonomy.ts";
import { clauseAround, wordsBefore, wordsBetween } from "./text-match.ts";
import { memoByText } from "./text-memo.ts";

const TIME_PER = new Set(["year", "month", "week", "day", "hour", "quarter", "annum"]);

/** The quantity's dimension as the taxonomy names it; a currency per unit of goods is a price. */
export function dimensionOf(q: Pick<Quantity, "unit" | "per">): string {
  if (q.unit === null || q.unit === "count") return "count";
  if (q.unit.includes("/") && unitEntry(q.unit.split("/")[0])?.dimension === "currency")
    return "price";
  const dimension = unitEntry(q.unit)?.dimension;
  if (dimension === "currency" && q.per !== null && !TIME_PER.has(q.per)) return "price";
  if (dimension === "counted") return "count";
  return dimension ?? "other";
}

export interface Classification {
  category: string;
  scores: Record<string, number>;
}

export interface ClassifyInput {
  quantity: Quantity;
  sentence: string;
  neighbours: string[];
  /** The dimension when the claim's unit says more than the recognizer's (goods counted in bags). */
  dimension?: string;
}

/**
 * The taxonomy's cues compiled once: every category's phrases in one set, with their weights, and
 * the counting cues of bare numbers, so that one scan of a sentence finds both.
 */
interface CompiledCues {
  set: CueSet;
  /** The counting cues (taxonomy order) by index into the set. */
  countPhrases: number[];
  /** Per category (taxonomy order): its phrases as [index into the set, weight], in file order. */
  weights: Array<Array<[number, number]>>;
  /** Per category: where each phrase it lists (by index into the set) stands in its weights. */
  position: Array<Map<number, number>>;
  /** What a sentence's cues say, remembered per sentence text (see SentenceCues). */
  sentenceCues: (text: string) => SentenceCues;
  noCues: Pick<SentenceCues, "listed" | "support">;
}

/**
 * A sentence's cues, the same for each of its figures and for the figures of the sentences around
 * it, so found once per sentence: every category's phrases in it, and the support it lends to a
 * neighbour's figure.
 */
interface SentenceCues {
  /** The sentence normalized for cue matching (same length and offsets). */
  text: string;
  hits: Array<readonly Hit[]>;
  /** Per category: its [phrase, weight] pairs among the phrases found, in its own order. */
  listed: Array<Array<[number, number]>>;
  /** Per category: the score the sentence adds, before the neighbour weight, as a neighbour. */
  support: number[];
  /** Per counting cue (taxonomy order): its hits. */
  countHits: Array<readonly Hit[]>;
}

const compiled = new WeakMap<Taxonomy, CompiledCues>();

function cuesOf(taxonomy: Taxonomy): CompiledCues {
  let cues = compiled.get(taxonomy);
  if (!cues) {
    const phrases = [
      ...new Set([
        ...taxonomy.categories.flatMap((c) => Object.keys(c.cues)),
        ...taxonomy.countCues.phrases,
      ]),
    ];
    const index = new Map(phrases.map((p, i) => [p, i]));
    const weights = taxonomy.categories.map((c) =>
      Object.entries(c.cues).map(([p, w]): [number, number] => [index.get(p) as number, w]),
    );
    const made: CompiledCues = {
      set: compileCues(phrases),
      countPhrases: taxonomy.countCues.phrases.map((p) => index.get(p) as number),
      weights,
      position: weights.map((list) => new Map(list.map(([phrase], k) => [phrase, k]))),
      sentenceCues: memoByText((text) => sentenceCuesOf(text, made, taxonomy)),
      noCues: {
        listed: taxonomy.categories.map(() => NONE_LISTED),
        support: taxonomy.categories.map((category) => neighbourScore(category, NONE_LISTED)),
      },
    };
    cues = made;
    compiled.set(taxonomy, cues);
  }
  return cues;
}

function sentenceCuesOf(sentence: string, cues: CompiledCues, taxonomy: Taxonomy): SentenceCues {
  const text = normalizeForCues(sentence);
  const hits = matchCues(text, cues.set);
  const found = phrasesFound(hits);
  const countHits = cues.countPhrases.map((p) => hits[p]);
  // A sentence without a phrase shares the lists of every such sentence.
  if (found.length === 0) return { text, hits, ...cues.noCues, countHits };
  const listed = taxonomy.categories.map((_, c) => listedCues(cues, c, found));
  const support = taxonomy.categories.map((category, c) => neighbourScore(category, listed[c]));
  return { text, hits, listed, support, countHits };
}

/** The sentence normalized for cues, and per counting cue of the taxonomy (in its order) the cue's hits there. */
export function countCueHits(
  sentence: string,
  taxonomy: Taxonomy,
): Pick<SentenceCues, "text" | "countHits"> {
  return cuesOf(taxonomy).sentenceCues(sentence);
}

export function classify(input: ClassifyInput, taxonomy: Taxonomy): Classification {
  const { quantity: q, sentence, neighbours } = input;
  const dimension = input.dimension ?? dimensionOf(q);
  const cues = cuesOf(taxonomy);
  const own = cues.sentenceCues(sentence);
  const around = neighbours.map(cues.sentenceCues);
  const span: Hit = [q.start, q.end];
  const clause = clauseAround(own.text, q.start, q.end);
  let changes: boolean | undefined;
  const scores: Record<string, number> = {};
  let best = taxonomy.fallback;
  let bestScore = Number.NEGATIVE_INFINITY;
  const { categories } = taxonomy;
  for (let c = 0; c < categories.length; c++) {
    const category = categories[c];
    const prior = category.dimensions[dimension] ?? category.dimensions["*"];
    if (prior === undefined) continue;
    const ownScore = cueScore(category, own.listed[c], own.hits, own.text, span, clause, taxonomy);
    let score = prior + ownScore;
    // Neighbours support a category the figure's own sentence or unit already suggests; they never start one.
    if (prior > 0 || ownScore > 0) {
      for (const neighbour of around) score += taxonomy.neighbourWeight * neighbour.support[c];
    }
    if (category.stated_change > 0) {
      changes ??= statesChange(q, sentence);
      if (changes) score += category.stated_change;
    }
    scores[category.id] = Math.round(score * 1000) / 1000;
    // Ties go to the fallback: a category has to earn its place.
    if (score > bestScore || (score === bestScore && category.id === taxonomy.fallback)) {
      best = category.id;
      bestScore = score;
    }
  }
  return { category: best, scores };
}

// Most sentences hold no cue phrase, and the rest one or two, so the scores run over the phrases
// a text holds rather than over every category's full list (a phrase it lacks adds nothing).

/** Indexes of the phrases with hits, ascending. */
function phrasesFound(hits: Array<readonly Hit[]>): number[] {
  const found: number[] = [];
  for (let p = 0; p < hits.length; p++) if (hits[p].length > 0) found.push(p);
  return found;
}

const NONE_LISTED: Array<[number, number]> = [];

/** The category's [phrase, weight] pairs among the phrases found, in its own order: sums add up as listed. */
function listedCues(cues: CompiledCues, c: number, found: number[]): Array<[number, number]> {
  if (found.length === 0) return NONE_LISTED;
  const at: number[] = [];
  for (const phrase of found) {
    const k = cues.position[c].get(phrase);
    if (k !== undefined) at.push(k);
  }
  if (at.length === 0) return NONE_LISTED;
  // A handful at most: sorted in place, where Array sort would copy them.
  for (let i = 1; i < at.length; i++) {
    const k = at[i];
    let j = i;
    for (; j > 0 && at[j - 1] > k; j--) at[j] = at[j - 1];
    at[j] = k;
  }
  return at.map((k) => cues.weights[c][k]);
}

/**
 * Sum of cue weights, each decayed by its distance in words from the quantity and halved across a
 * clause break. Cues beyond the category's window do not count.
 */
function cueScore(
  category: Category,
  found: Array<[number, number]>,
  hits: Array<readonly Hit[]>,
  text: string,
  span: Hit,
  clause: Hit,
  taxonomy: Taxonomy,
): number {
  let total = 0;
  for (let k = 0; k < found.length; k++) {
    const phrase = found[k][0];
    const weight = found[k][1];
    let strongest = 0;
    for (const hit of hits[phrase]) {
      const words = wordsBetween(text, hit, span);
      if (words > category.window) continue;
      const inClause = hit[0] >= clause[0] && hit[1] <= clause[1];
      strongest = Math.max(strongest, (inClause ? 1 : 0.5) / (1 + words / taxonomy.distanceScale));
    }
    total += weight * strongest;
  }
  return total;
}

/** A neighbouring sentence's cues count flat, at half weight, and only for categories without a window. */
function neighbourScore(category: Category, found: Array<[number, number]>): number {
  if (category.window !== Number.POSITIVE_INFINITY) return 0;
  let total = 0;
  for (let k = 0; k < found.length; k++) total += found[k][1] * 0.5;
  return total;
}

/** "rose by 5%" states a change; "increased to 637 MW" states a level, not a change. */
function statesChange(q: Quantity, sentence: string): boolean {
  if (q.change === null) return false;
  const before = wordsBefore(sentence, q.start, 1)[0];
  return before !== "to";
}
