// The unit a claim records where the recognizer's unit needs the sentence: a generic peso becomes
// the peso of the one country named nearby, goods counted in bags or bales take that unit, and a
// mass or volume per day is a daily rate (like the recognizer's bbl/d).
import { lookupUnit, unitEntry } from "../quantities/index.ts";
import table from "./currencies.json" with { type: "json" };
import { findPlaces } from "./lexicons.ts";

const GENERIC = table.generic as Record<string, Record<string, string>>;
const CONTAINERS = table.containers as Record<string, string>;
const DAILY = new Set(["mass", "volume"]);

export interface UnitInput {
  unit: string;
  per: string | null;
  noun: string | null;
  /** Where the figure starts in the first text (its sentence). */
  start?: number;
}

/** `texts`: the claim's sentence first, then the sentences before it, nearest first. */
export interface ClaimUnit {
  unit: string;
  note: string | null;
  /** Goods counted in containers are classified as an amount of goods, like a mass; a price named before its figure, as a price. */
  dimension?: string;
}

export function claimUnit(q: UnitInput, texts: string[]): ClaimUnit {
  const [base, ...rest] = q.unit.split("/");
  const byCountry = GENERIC[base];
  if (byCountry) {
    for (const text of texts) {
      const codes = new Set(
        findPlaces(text)
          .map((h) => byCountry[h.value])
          .filter(Boolean),
      );
      if (codes.size > 1) break;
      if (codes.size === 1) {
        const code = [...codes][0];
        return {
          unit: [code, ...rest].join("/"),
          note: `${base} read as ${code}, the one such country named nearby`,
        };
      }
    }
    return { unit: q.unit, note: `${base}: no single country names which one` };
  }
  if (q.unit === "count" && q.noun) {
    const singular = q.noun.toLowerCase().replace(/(?<=x)es$|s$/, "");
    const container = CONTAINERS[singular];
    if (container)
      return {
        unit: container,
        note: `unit '${container}' (counted in ${q.noun})`,
        dimension: "mass",
      };
  }
  const perBefore = rest.length === 0 && q.start !== undefined ? pricePerBefore(q, texts[0]) : null;
  if (perBefore) {
    const unit = `${q.unit}/${perBefore}`;
    return {
      unit,
      note: `unit '${unit}' (the price per ${perBefore} named before the figure)`,
      dimension: "price",
    };
  }
  if (q.per === "day" && rest.length === 0 && DAILY.has(unitEntry(q.unit)?.dimension ?? "")) {
    return { unit: `${q.unit}/d`, note: `unit '${q.unit}/d' (a daily rate)` };
  }
  return { unit: q.unit, note: null };
}

/**
 * "The average FOB price per box rose to US$7.45 from US$7.18", "prices per tonne averaged $238":
 * a price named before its figure, with no other figure between but the one it moved from or to.
 */
const PRICE_PER =
  /\bprices?\s+per\s+(\p{L}+)\b(?:(?![.;$€£¥\d]).)*(?:[$€£¥]\s?[\d.,]+\s+(?:from|to|against|compared with)\s+(?:[A-Z]{1,3})?)?$/iu;

/** What a money figure is per, when its clause names "the price per X" before it; else null. */
function pricePerBefore(q: UnitInput, sentence: string): string | null {
  if (unitEntry(q.unit)?.dimension !== "currency" || q.start === undefined) return null;
  const m = PRICE_PER.exec(sentence.slice(Math.max(0, q.start - 80), q.start));
  if (!m) return null;
  const word = m[1].toLowerCase();
  return lookupUnit(word)?.unit ?? word.replace(/(?<=x)es$|s$/, "");
}
