// The unit a claim records where the recognizer's unit needs the sentence: a generic peso becomes
// the peso of the one country named nearby, goods counted in bags or bales take that unit, and a
// mass or volume per day is a daily rate (like the recognizer's bbl/d).
import { unitEntry } from "../quantities/index.ts";
import table from "./currencies.json" with { type: "json" };
import { findPlaces } from "./lexicons.ts";

const GENERIC = table.generic as Record<string, Record<string, string>>;
const CONTAINERS = table.containers as Record<string, string>;
const DAILY = new Set(["mass", "volume"]);

export interface UnitInput {
  unit: string;
  per: string | null;
  noun: string | null;
}

/** `texts`: the claim's sentence first, then the sentences before it, nearest first. */
export interface ClaimUnit {
  unit: string;
  note: string | null;
  /** Goods counted in containers are classified as an amount of goods, like a mass. */
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
  if (q.per === "day" && rest.length === 0 && DAILY.has(unitEntry(q.unit)?.dimension ?? "")) {
    return { unit: `${q.unit}/d`, note: `unit '${q.unit}/d' (a daily rate)` };
  }
  return { unit: q.unit, note: null };
}
