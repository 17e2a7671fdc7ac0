// Which category a quantity belongs to: the categories that accept its dimension compete on cue
// words in its sentence (nearer cues weigh more) and in the neighbouring sentences.

import type { Quantity } from "../quantities/types.ts";
import { unitEntry } from "../quantities/units.ts";
import { type CueSet, compileCues, type Hit, matchCues, normalizeForCues } from "./cue-set.ts";
import type { Category, Taxonomy } from "./taxonomy.ts";
import { clauseAround, wordsBefore, wordsBetween } from "./text-match.ts";

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

/** The taxonomy's cues compiled once: every category's phrases in one set, with their weights. */
interface CompiledCues {
  set: CueSet;
  /** Per category (taxonomy order): its phrases as [index into the set, weight], in file order. */
  weights: Array<Array<[number, number]>>;
}

const compiled = new WeakMap<Taxonomy, CompiledCues>();

function cuesOf(taxonomy: Taxonomy): CompiledCues {
  let cues = compiled.get(taxonomy);
  if (!cues) {
    const phrases = [...new Set(taxonomy.categories.flatMap((c) => Object.keys(c.cues)))];
    const index = new Map(phrases.map((p, i) => [p, i]));
    cues = {
      set: compileCues(phrases),
      weights: taxonomy.categories.map((c) =>
        Object.entries(c.cues).map(([p, w]): [number, number] => [index.get(p) as number, w]),
      ),
    };
    compiled.set(taxonomy, cues);
  }
  return cues;
}

export function classify(input: ClassifyInput, taxonomy: Taxonomy): Classification {
  const { quantity: q, sentence, neighbours } = input;
  const dimension = input.dimension ?? dimensionOf(q);
  const cues = cuesOf(taxonomy);
  const own = normalizeForCues(sentence);
  const ownHits = matchCues(own, cues.set);
  const aroundHits = neighbours.map((text) => matchCues(normalizeForCues(text), cues.set));
  const clause = clauseAround(own, q.start, q.end);
  const scores: Record<string, number> = {};
  let best = taxonomy.fallback;
  let bestScore = Number.NEGATIVE_INFINITY;
  taxonomy.categories.forEach((category, c) => {
    const prior = category.dimensions[dimension] ?? category.dimensions["*"];
    if (prior === undefined) return;
    const weights = cues.weights[c];
    const ownScore = cueScore(category, weights, ownHits, own, [q.start, q.end], clause, taxonomy);
    let score = prior + ownScore;
    // Neighbours support a category the figure's own sentence or unit already suggests; they never start one.
    if (prior > 0 || ownScore > 0) {
      for (const hits of aroundHits)
        score += taxonomy.neighbourWeight * neighbourScore(category, weights, hits);
    }
    if (category.stated_change > 0 && statesChange(q, sentence)) score += category.stated_change;
    scores[category.id] = Math.round(score * 1000) / 1000;
    // Ties go to the fallback: a category has to earn its place.
    if (score > bestScore || (score === bestScore && category.id === taxonomy.fallback)) {
      best = category.id;
      bestScore = score;
    }
  });
  return { category: best, scores };
}

/**
 * Sum of cue weights, each decayed by its distance in words from the quantity and halved across a
 * clause break. Cues beyond the category's window do not count.
 */
function cueScore(
  category: Category,
  weights: Array<[number, number]>,
  hits: ReadonlyArray<readonly Hit[]>,
  text: string,
  span: Hit,
  clause: Hit,
  taxonomy: Taxonomy,
): number {
  let total = 0;
  for (const [phrase, weight] of weights) {
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
function neighbourScore(
  category: Category,
  weights: Array<[number, number]>,
  hits: ReadonlyArray<readonly Hit[]>,
): number {
  if (category.window !== Number.POSITIVE_INFINITY) return 0;
  let total = 0;
  for (const [phrase, weight] of weights) if (hits[phrase].length > 0) total += weight * 0.5;
  return total;
}

/** "rose by 5%" states a change; "increased to 637 MW" states a level, not a change. */
function statesChange(q: Quantity, sentence: string): boolean {
  if (q.change === null) return false;
  const before = wordsBefore(sentence, q.start, 1)[0];
  return before !== "to";
}
