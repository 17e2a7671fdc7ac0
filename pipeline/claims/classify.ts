// Which category a quantity belongs to: the categories that accept its dimension compete on cue
// words in its sentence (nearer cues weigh more) and in the neighbouring sentences.

import type { Quantity } from "../quantities/types.ts";
import { unitEntry } from "../quantities/units.ts";
import type { Category, Taxonomy } from "./taxonomy.ts";
import {
  clauseAround,
  findCue,
  normalizeForCues,
  wordsBefore,
  wordsBetween,
} from "./text-match.ts";

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

export function classify(input: ClassifyInput, taxonomy: Taxonomy): Classification {
  const { quantity: q, sentence, neighbours } = input;
  const dimension = input.dimension ?? dimensionOf(q);
  const own = normalizeForCues(sentence);
  const around = neighbours.map(normalizeForCues);
  const scores: Record<string, number> = {};
  let best = taxonomy.fallback;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const category of taxonomy.categories) {
    const prior = category.dimensions[dimension] ?? category.dimensions["*"];
    if (prior === undefined) continue;
    const ownScore = cueScore(category, own, [q.start, q.end], taxonomy.distanceScale);
    let score = prior + ownScore;
    // Neighbours support a category the figure's own sentence or unit already suggests; they never start one.
    if (prior > 0 || ownScore > 0) {
      for (const text of around)
        score += taxonomy.neighbourWeight * cueScore(category, text, null, 1);
    }
    if (category.stated_change > 0 && statesChange(q, sentence)) score += category.stated_change;
    scores[category.id] = Math.round(score * 1000) / 1000;
    // Ties go to the fallback: a category has to earn its place.
    if (score > bestScore || (score === bestScore && category.id === taxonomy.fallback)) {
      best = category.id;
      bestScore = score;
    }
  }
  return { category: best, scores };
}

/**
 * Sum of cue weights, each decayed by its distance in words from the quantity and halved across a
 * clause break; neighbours' cues count flat. Cues beyond the category's window do not count.
 */
function cueScore(
  category: Category,
  text: string,
  span: [number, number] | null,
  scale: number,
): number {
  const clause = span ? clauseAround(text, span[0], span[1]) : null;
  let total = 0;
  for (const [phrase, weight] of Object.entries(category.cues)) {
    let strongest = 0;
    for (const hit of findCue(text, phrase)) {
      if (!span || !clause) {
        if (category.window === Number.POSITIVE_INFINITY) strongest = Math.max(strongest, 0.5);
        continue;
      }
      const words = wordsBetween(text, hit, span);
      if (words > category.window) continue;
      const inClause = hit[0] >= clause[0] && hit[1] <= clause[1];
      strongest = Math.max(strongest, (inClause ? 1 : 0.5) / (1 + words / scale));
    }
    total += weight * strongest;
  }
  return total;
}

/** "rose by 5%" states a change; "increased to 637 MW" states a level, not a change. */
function statesChange(q: Quantity, sentence: string): boolean {
  if (q.change === null) return false;
  const before = wordsBefore(sentence, q.start, 1)[0];
  return before !== "to";
}
