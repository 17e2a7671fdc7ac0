// "fell to $1.1 billion from 1.3 billion", "from 2.1 million tons in 1961 to 3.8 million in 1965":
// a scaled amount joined to the amount just before it by a word of comparison is in the same unit,
// the way a reader takes it. Its unit_text stays null, for none is written; a scaled amount with a
// noun of its own ("3 million people") is left, and so is one after a count.
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
  String.raw`\b(?:rising|falling|rose|fell|climbing|dropping|growing|increasing|decreasing|easing|eased|slipping|recovering)\s+(?:to|from)\s+${HEDGE}$`,
  "i",
);
/** Each amount with its own date: "2.1 million tons in 1961 to 3.8 million", "… in 2001 and 6 million". */
const DATED_JOIN = new RegExp(String.raw`^\s*,?\s*(?:in|during)\s+,?\s*(to|and)\s+${HEDGE}$`, "i");
/** A dated amount compared with the one before: "USD 62 MLN IN 1975, UP FROM 38 MLN IN 1974", "cut to 3.65 million tons for 2004 from 4.2 million". */
const DATED_COMPARE = new RegExp(
  String.raw`^\s*(?:in|during|for)\s+,?\s*(?:(?:up|down)\s+)?(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+${HEDGE}$`,
  "i",
);
/** "to" joins two dated amounts only inside "from … to …". */
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+${HEDGE}$`, "i");
/** After an amount read so, the next joins it alone: "…, rising to 37 million … and to 44 million". */
const AND_JOIN = new RegExp(String.raw`\band\s+(?:then\s+)?(?:to|from)\s+${HEDGE}$`, "i");

/**
 * The unit of the amount before `q`, when a comparison joins them ("$1.1 billion from 1.3
 * billion"; "32 million dollars each way in 1960, rising to 37 million"): dates between are passed
 * over, any other figure between stops it.
 */
export function elidedUnit(text: string, out: readonly Quantity[], q: Quantity): string | null {
  let k = out.length - 1;
  let between = "";
  let end = q.start;
  for (; k >= 0 && out[k].kind === "date"; k--) {
    between = text.slice(out[k].end, end) + between;
    end = out[k].start;
  }
  const before = out[k];
  if (before?.kind !== "quantity" || before.unit === null || before.unit === "count") return null;
  if (before.end > q.start || q.start - before.end > REACH) return null;
  // A rate's unit would come without its "per year"; money "each way" lends its currency.
  const dimension = unitEntry(before.unit)?.dimension;
  if (dimension === undefined || (before.per !== null && dimension !== "currency")) return null;
  between = text.slice(before.end, end) + between;
  if (/\d/.test(between)) return null;
  const dated = DATED_JOIN.exec(between);
  const joined =
    JOIN.test(between) ||
    DATED_COMPARE.test(between) ||
    CHANGE_JOIN.test(between) ||
    (before.unit_text === null && AND_JOIN.test(between)) ||
    (dated !== null &&
      (dated[1].toLowerCase() === "and" ||
        FROM_BEFORE.test(text.slice(Math.max(0, before.start - 30), before.start))));
  return joined ? before.unit : null;
}
