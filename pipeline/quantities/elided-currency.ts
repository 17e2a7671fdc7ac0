// "fell to $1.1 billion from 1.3 billion": a scaled amount joined to the money just before it by
// a word of comparison is in the same currency, the way a reader takes it. Its unit_text stays
// null, for none is written; a scaled amount with a noun of its own ("3 million people") is left.
import type { Quantity } from "./types.ts";
import { unitEntry } from "./units.ts";

const REACH = 40;
const JOIN =
  /^\s*,?\s*(?:(?:up|down)\s+)?(?:from|to|against|versus|vs\.?|compared\s+(?:with|to)|and|or)\s+(?:(?:about|some|nearly|almost|around|over|under|roughly|only|just)\s+)?$/i;

/** The currency of the money right before `q`, when a comparison joins them; else null. */
export function elidedCurrency(text: string, out: readonly Quantity[], q: Quantity): string | null {
  const before = out[out.length - 1];
  if (before?.kind !== "quantity" || before.unit === null) return null;
  if (before.end > q.start || q.start - before.end > REACH) return null;
  if (unitEntry(before.unit)?.dimension !== "currency") return null;
  return JOIN.test(text.slice(before.end, q.start)) ? before.unit : null;
}
