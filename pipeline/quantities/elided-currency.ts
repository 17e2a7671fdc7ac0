// "fell to $1.1 billion from 1.3 billion": a scaled amount joined to the money just before it by
// a word of comparison is in the same currency, the way a reader takes it. Its unit_text stays
// null, for none is written; a scaled amount with a noun of its own ("3 million people") is left.
import type { Quantity } from "./types.ts";
import { unitEntry } from "./units.ts";

const REACH = 80;
/** The words that join the two amounts, at the end of what stands between them. */
const HEDGE = String.raw`(?:(?:about|some|nearly|almost|around|over|under|roughly|only|just)\s+)?`;
/** Only words of comparison between: "$1.1 billion from 1.3 billion", "$5m, up from 4m". */
const JOIN = new RegExp(
  String.raw`^\s*,?\s*(?:(?:up|down)\s+)?(?:from|to|against|versus|vs\.?|compared\s+(?:with|to)|and|or)\s+${HEDGE}$`,
  "i",
);
/** A verb of change before "to" or "from" ends what stands between: "…, rising to 37 million". */
const CHANGE_JOIN = new RegExp(
  String.raw`\b(?:rising|falling|rose|fell|climbing|dropping|growing|increasing|decreasing)\s+(?:to|from)\s+${HEDGE}$`,
  "i",
);
/** After an amount read so, the next joins it alone: "…, rising to 37 million … and to 44 million". */
const AND_JOIN = new RegExp(String.raw`\band\s+(?:then\s+)?(?:to|from)\s+${HEDGE}$`, "i");

/**
 * The currency of the money before `q`, when a comparison joins them ("$1.1 billion from 1.3
 * billion"; "32 million dollars each way in 1960, rising to 37 million"): dates between are passed
 * over, any other figure between stops it.
 */
export function elidedCurrency(text: string, out: readonly Quantity[], q: Quantity): string | null {
  let k = out.length - 1;
  let between = "";
  let end = q.start;
  for (; k >= 0 && out[k].kind === "date"; k--) {
    between = text.slice(out[k].end, end) + between;
    end = out[k].start;
  }
  const before = out[k];
  if (before?.kind !== "quantity" || before.unit === null) return null;
  if (before.end > q.start || q.start - before.end > REACH) return null;
  if (unitEntry(before.unit)?.dimension !== "currency") return null;
  between = text.slice(before.end, end) + between;
  if (/\d/.test(between)) return null;
  const joined =
    JOIN.test(between) ||
    CHANGE_JOIN.test(between) ||
    (before.unit_text === null && AND_JOIN.test(between));
  return joined ? before.unit : null;
}
