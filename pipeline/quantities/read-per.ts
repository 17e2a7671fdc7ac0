// Rates after a quantity: "per year", "a barrel", "each", "annually", and composite units such as bbl/d.
import type { Context } from "./context.ts";
import { NUM, WORD } from "./lexer.ts";
import { readUnit } from "./read-unit.ts";
import { isRateBase } from "./skip-rules.ts";
import { unitEntry } from "./units.ts";
import { wordClass } from "./word-classes.ts";

// tsx runs modules as CommonJS, where each read of an imported binding is a getter call;
// these token tests run for most numbers, so they read module-local copies.
const T_NUM: number = NUM;
const T_WORD: number = WORD;

/** Words after "a" that start a phrase rather than name what a price is for. */
const STOP_AFTER_A = new Set([
  "few",
  "lot",
  "little",
  "bit",
  "total",
  "result",
  "number",
  "record",
  "new",
  "further",
  "similar",
  "deal",
  "contract",
  "loan",
  "year-earlier",
  "good",
  "big",
  "large",
  "small",
]);

const TIME_PER = new Map<string, string>([
  ["year", "year"],
  ["years", "year"],
  ["yr", "year"],
  ["annum", "year"],
  ["month", "month"],
  ["day", "day"],
  ["week", "week"],
  ["hour", "hour"],
  ["hr", "hour"],
  ["minute", "minute"],
  ["second", "second"],
  ["quarter", "quarter"],
]);
const ADVERB_PER = new Map<string, string>([
  ["annually", "year"],
  ["yearly", "year"],
  ["monthly", "month"],
  ["daily", "day"],
  ["weekly", "week"],
  ["hourly", "hour"],
  ["each", "item"],
  ["apiece", "item"],
]);
const ADVERB = wordClass(ADVERB_PER.keys());
/** Words after "a year", "a month" that make it a time before or after, not a rate. */
const AGO = new Set(["ago", "earlier", "before", "later", "after", "previously", "back"]);

export interface PerRead {
  /** A time or "item" rate, or null when the rate is a unit ("a barrel"). */
  per: string | null;
  /** What the rate is per, as a unit symbol or noun ("bbl", "share"), for compound units. */
  denominator: string | null;
  last: number;
  /** The rate phrase directly follows the quantity (no "of …" in between). */
  adjacent: boolean;
}

/** The unit's last token, or the dot after it when that dot abbreviates ("per lb. of beef"), not ends the sentence. */
function abbreviationDot(ctx: Context, last: number): number {
  if (!ctx.isSym(last + 1, ".") || !ctx.glued(last + 1) || last + 2 >= ctx.length) return last;
  const next = ctx.raw(last + 2);
  return ctx.isWord(last + 2) && next !== ctx.lower(last + 2) ? last : last + 1;
}

function perAt(ctx: Context, k: number, adjacent: boolean, money: boolean): PerRead | null {
  const w = ctx.word(k);
  if (money && adjacent && w === "to") return exchangeRate(ctx, k);
  if (w === "per" && ctx.close(k + 1) && ctx.isNum(k + 1)) return perHundreds(ctx, k + 1, adjacent);
  const adverb = ctx.inClass(k, ADVERB) ? ADVERB_PER.get(w) : undefined;
  if (adverb && ctx.close(k)) return { per: adverb, denominator: null, last: k, adjacent };
  const slash = ctx.isSym(k, "/") && ctx.close(k);
  if (
    (w === "per" || w === "a" || w === "an" || w === "every" || slash) &&
    ctx.isWord(k + 1) &&
    ctx.close(k + 1)
  ) {
    const next = ctx.lower(k + 1);
    const time = TIME_PER.get(next);
    // "30 a year ago", "40 tons a year earlier": a time before now, not a rate.
    if (time && (w === "a" || w === "an") && AGO.has(ctx.word(k + 2)) && ctx.close(k + 2))
      return null;
    if (time) return { per: time, denominator: null, last: k + 1, adjacent };
    // What the rate is per may be a unit of several words ("a troy ounce", "per cubic metre"), and
    // a currency only in an exchange rate ("3.2 pesos per dollar").
    const unit = readUnit(ctx, k + 1);
    if (unit && unit.first === k + 1 && (money || unit.entry.dimension !== "currency"))
      return {
        per: null,
        denominator: unit.entry.unit,
        last: abbreviationDot(ctx, unit.last),
        adjacent,
      };
    // A price: "$2 a share", "80 cents a dozen"; a non-price "a" introduces something else ("5 tons a ship"?).
    if (w === "per" || slash || (money && adjacent && !STOP_AFTER_A.has(next)))
      return { per: null, denominator: next.replace(/s$/, ""), last: k + 1, adjacent };
  }
  return null;
}

/** "per 100,000 people", "per 1,000 live births": the base of a rate, a power of ten with what it counts. */
function perHundreds(ctx: Context, k: number, adjacent: boolean): PerRead | null {
  if (!isRateBase(ctx.raw(k))) return null;
  const base = Number(ctx.raw(k).replace(/,/g, ""));
  let last = k;
  // What is counted: up to three lower-case words ending on a plural ("live births", "people").
  for (let j = k + 1; j <= k + 3 && ctx.isWord(j) && ctx.close(j); j++) {
    const word = ctx.raw(j);
    if (word !== ctx.lower(j)) break;
    if (/s$/.test(word) || word === "people" || word === "population" || word === "inhabitants") {
      last = j;
      break;
    }
  }
  const per = last === k ? String(base) : `${base} ${ctx.span(k + 1, last).replace(/\s+/g, " ")}`;
  return { per, denominator: null, last, adjacent };
}

/** "0.90 roubles to the dollar", "4.03 dollars to one pound": an exchange rate, per unit of the other currency. */
function exchangeRate(ctx: Context, k: number): PerRead | null {
  // "to the dollar", "to one US dollar", "to a pound".
  const article = ctx.word(k + 1);
  if (article !== "the" && article !== "one" && article !== "a") return null;
  if (!ctx.close(k + 1) || !ctx.close(k + 2)) return null;
  const unit = readUnit(ctx, k + 2);
  if (!unit || unit.first !== k + 2) return null;
  // Only money is exchanged for money: "to the pound" is sterling here.
  const sterling = unit.entry.unit === "lb" && ctx.word(k + 2).startsWith("pound");
  if (unit.entry.dimension !== "currency" && !sterling) return null;
  const denominator = sterling ? "GBP" : unit.entry.unit;
  return { per: null, denominator, last: unit.last, adjacent: true };
}

/** Words that end an "of …" phrase: what follows is another clause, not the rate. */
const OF_PHRASE_END = new Set([
  "and",
  "or",
  "but",
  "to",
  "in",
  "from",
  "by",
  "with",
  "for",
  "at",
  "on",
]);

/** A rate after token j: directly ("a barrel", "each") or after a short "of …" phrase ("tons of meat per year"). */
export function readPer(ctx: Context, j: number, money = false): PerRead | null {
  const direct = perAt(ctx, j, true, money);
  if (direct) return direct;
  if (ctx.word(j) !== "of") return null;
  for (let k = j + 1; k <= j + 5 && k < ctx.length; k++) {
    if (!ctx.close(k) || ctx.type(k) === T_NUM || OF_PHRASE_END.has(ctx.word(k))) return null;
    const hit = perAt(ctx, k, false, money);
    if (hit) return hit;
    if (ctx.type(k) !== T_WORD) return null;
  }
  return null;
}

/** Composite units that are units in their own right: barrels per day, kilometres per hour. */
const COMPOSITES = new Map<string, string>([
  ["bbl/day", "bbl/d"],
  ["km/hour", "km/h"],
  ["mi/hour", "mph"],
  ["m/second", "m/s"],
]);

export function composite(unit: string, per: string): string | undefined {
  const c = COMPOSITES.get(`${unit}/${per}`);
  return c && unitEntry(c) ? c : undefined;
}
