// Currency and sign written before a number: "$5", "US$ 1.84", "C $ 12.5", "USD 100", "-$3", "minus 5".
import type { Context } from "./context.ts";
import { SYM, WORD } from "./lexer.ts";
import { readScale } from "./read-scale.ts";
import { CURRENCY_SIGNS, LOWER_CASE_CODE, lookupPrefix, type UnitEntry } from "./units.ts";

// tsx runs modules as CommonJS, where each read of an imported binding is a getter call;
// these token tests run for most numbers, so they read module-local copies.
const T_SYM: number = SYM;
const T_WORD: number = WORD;

export interface Prefix {
  currency: UnitEntry | null;
  negative: boolean;
  /** First token of the prefix (the number itself when there is none). */
  first: number;
  currencyText: string | null;
}

/** Words that are English before "$", not a country letter: "a $7 million", "Peru's $5". */
const NOT_QUALIFIERS = new Set([
  "a",
  "s",
  "i",
  "A",
  "I",
  "an",
  "An",
  "the",
  "The",
  "of",
  "to",
  "for",
  "by",
  "at",
  "in",
  "on",
]);

/** Token k is a currency sign; most numbers follow some symbol, so this is a set lookup, not a scan. */
const currencySign = (ctx: Context, k: number): boolean =>
  ctx.type(k) === T_SYM && CURRENCY_SIGNS.has(ctx.code(k));

function signBefore(ctx: Context, k: number, next: number): boolean {
  // A minus glued to what follows and not glued to a word before it: "-5", "(-3", not "F-16".
  if (!(ctx.isDash(k) || ctx.isSym(k, "−")) || !ctx.glued(next)) return false;
  return k === 0 || ctx.gap(k) > 0 || (ctx.type(k - 1) === T_SYM && !ctx.isDash(k - 1));
}

/** "plus or minus 2.5 points" states a margin, a size, not a negative value. */
const plusOrMinus = (ctx: Context, minus: number): boolean =>
  ctx.word(minus - 1) === "or" && ctx.lower(minus - 2) === "plus";

/**
 * A currency written as one letter ("R1.9 trillion", "N850 billion") is money only when glued to
 * an amount that is plainly money: scaled or grouped in thousands. "R2" and "N 5" are names.
 */
export function letterSignHolds(ctx: Context, sign: number, num: number): boolean {
  if (ctx.size(sign) !== 1) return true;
  if (!ctx.glued(num) || (ctx.type(sign - 1) !== 0 && ctx.glued(sign))) return false;
  const grouped = ctx.raw(num).includes(",");
  return grouped || readScale(ctx, num + 1, true) !== null;
}

export function readPrefix(ctx: Context, i: number): Prefix {
  let first = i;
  let negative = false;
  let currency: UnitEntry | null = null;
  let currencyText: string | null = null;
  let k = i - 1;
  if (signBefore(ctx, k, i)) {
    negative = true;
    first = k;
    k--;
  }
  const tType = ctx.type(k);
  if (tType !== 0 && ctx.gap(k + 1) <= 1) {
    if (currencySign(ctx, k)) {
      // "US$", "HK$", "c $": a short word right before the sign qualifies the currency.
      const qualifierWord =
        ctx.type(k - 1) === T_WORD &&
        ctx.gap(k) <= 1 &&
        ctx.raw(k - 1).length <= 3 &&
        !NOT_QUALIFIERS.has(ctx.raw(k - 1));
      const joint = qualifierWord ? lookupPrefix(ctx.span(k - 1, k)) : undefined;
      currency = joint ?? lookupPrefix(ctx.raw(k)) ?? null;
      const from = joint ? k - 1 : k;
      currencyText = ctx.span(from, k).replace(/\s+/g, "");
      first = from;
      k = from - 1;
    } else if (tType === T_WORD || (ctx.is(k, ".") && ctx.isWord(k - 1))) {
      const wordIndex = tType === T_WORD ? k : k - 1;
      // Codes are upper case ("USD 5"); a lower-case word before a number is not a currency,
      // so most numbers skip the slicing and lookups below. Lower-cased text still writes the
      // common codes that are no English word ("usd 20").
      const cased = !ctx.ownLower(wordIndex) || ctx.inClass(wordIndex, LOWER_CASE_CODE);
      const written = cased ? ctx.span(wordIndex, k) : "";
      const hit = cased ? (lookupPrefix(written) ?? lookupPrefix(ctx.raw(wordIndex))) : undefined;
      if (hit && letterSignHolds(ctx, wordIndex, i)) {
        currency = hit;
        currencyText = written;
        first = wordIndex;
        k = wordIndex - 1;
      }
    }
  }
  if (currency && !negative && signBefore(ctx, k, k + 1)) {
    negative = true;
    first = k;
  }
  if (
    !negative &&
    ctx.isWord(first - 1) &&
    ctx.size(first - 1) === 5 &&
    ctx.lower(first - 1) === "minus" &&
    ctx.near(first) &&
    !plusOrMinus(ctx, first - 1)
  ) {
    negative = true;
    first--;
  }
  // Never reach into the previous item ("5 US$ 10": "US$" belongs to the 5).
  if (first < ctx.floor) return { currency: null, negative: false, first: i, currencyText: null };
  return { currency, negative, first, currencyText };
}
