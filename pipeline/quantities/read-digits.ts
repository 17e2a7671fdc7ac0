// Reads a number written in digits: separators, space-grouped thousands, fractions and scale words.

import { commaSpacedEnd } from "./comma-groups.ts";
import type { Context } from "./context.ts";
import { timesScale } from "./exact-scale.ts";
import { readScale } from "./read-scale.ts";
import { readUnit } from "./read-unit.ts";
import { vulgarAt } from "./vulgar.ts";

export interface NumberRead {
  value: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** A scale word applied ("million", "bn"). */
  scaled: boolean;
  /** Digits only, no separator, decimal or scale ("1946"): the shape of a year. */
  plain: boolean;
  /** Written in words. */
  words: boolean;
  /** A word that is a multiple on its own ("twice"). */
  multiple?: boolean;
  /** The product of the scale words applied (1 when none). */
  scale?: number;
}

/** Denominators written in fractions; "9/11" or "3/7" are dates, scores or codes more often than amounts. */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 8, 10, 16, 32, 64, 100]);

/** Eighths, sixteenths, …: the fractions that grain, bond and inch figures are quoted in. */
const BINARY_DENOMINATORS = new Set([2, 4, 8, 16, 32, 64]);

/** The fraction joined by a hyphen after token `last` ("-3/4" of "14-3/4"), or 0. */
function hyphenFraction(ctx: Context, last: number): number {
  if (!(ctx.isSym(last + 1, "-") && ctx.glued(last + 1) && ctx.plainDigits(last + 2))) return 0;
  if (!(ctx.glued(last + 2) && ctx.isSym(last + 3, "/") && ctx.glued(last + 3))) return 0;
  if (!(ctx.plainDigits(last + 4) && ctx.glued(last + 4))) return 0;
  if (ctx.isSym(last + 5, "/-") && ctx.glued(last + 5)) return 0; // "3-1/2/4", a code
  const num = ctx.plainValue(last + 2);
  const den = ctx.plainValue(last + 4);
  return num >= 1 && num < den && BINARY_DENOMINATORS.has(den) ? num / den : 0;
}

/** A whole number and a hyphened binary fraction as one value, or null. */
function mixedNumber(ctx: Context, i: number, last: number, value: number): NumberRead | null {
  const fraction = hyphenFraction(ctx, last);
  if (fraction === 0) return null;
  // The fraction is of the last digit's place: "14-3/4 cents" is 14.75, "$12.08-1/2" 12.085.
  const point = ctx.raw(i).lastIndexOf(".");
  const place = point < 0 ? 1 : 10 ** -(ctx.size(i) - point - 1);
  const v = roundOff(value + fraction * place);
  return { value: v, first: i, last: last + 4, scaled: false, plain: false, words: false };
}

/** Drops the binary noise of a sum of decimals (12.08 + 0.005 is 12.085000000000001). */
const roundOff = (v: number): number => Number(v.toPrecision(12));

/** Ordinal suffixes, none longer than two letters (the reader tests the length before the set). */
const ORDINAL_SUFFIX = new Set(["st", "nd", "rd", "th", "d"]);
const SMALL_GAP = 1;

/** Value of a number with separators ("1,250.5") in text[from, to); plain digits are read by the lexer. */
function digitsValue(text: string, from: number, to: number): number | null {
  // One pass over the characters instead of split/slice: dense numeric text is full of these.
  let dots = 0;
  let commas = 0;
  // Lengths of the first and the current comma group of the integer part, and whether every group
  // between them had three digits (western grouping) or two (Indian lakh grouping, "12,34,567").
  let first = -1;
  let group = 0;
  let threes = true;
  let twos = true;
  let digits = 0;
  let whole = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      if (++dots > 1) return null; // "1.2.3": a version or section number
    } else if (c === 44) {
      commas++;
      if (dots > 0) continue;
      if (first === -1) first = group;
      else {
        threes &&= group === 3;
        twos &&= group === 2;
        if (!threes && !twos) return null;
      }
      group = 0;
    } else {
      if (dots === 0) group++;
      digits++;
      whole = whole * 10 + (c - 48);
    }
  }
  // "1,5" is neither English thousands nor Indian lakh grouping; refuse rather than guess.
  if (commas > 0) {
    const western = first === -1 ? group <= 3 : first <= 3 && threes && group === 3;
    const indian = commas >= 2 && first <= 2 && twos && group === 3;
    if (!western && !indian) return null;
  }
  // A whole number of up to 15 digits is exact as summed; decimals and longer ones go through Number().
  if (dots === 0 && digits <= 15) return whole;
  const raw = text.slice(from, to);
  return Number(commas > 0 ? raw.replace(/,/g, "") : raw);
}

/** "1.318.540", "812,4", "1.250,0": a number written the continental way; null when malformed. */
function continentalValue(text: string, from: number, to: number): number | null {
  const written = text.slice(from, to);
  if (!/^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/.test(written)) return null;
  return Number(written.replace(/\./g, "").replace(",", "."));
}

/**
 * "EUR 2,5 bln", "2,50 €", "3,5 million tonnes": a comma before one or two digits is no thousands
 * separator, so with money, a scale word or a unit it is the decimal comma of European writers;
 * alone ("pages 1,2") it stays unread.
 */
function decimalComma(ctx: Context, i: number, money: boolean): number | null {
  const text = ctx.text;
  const from = ctx.start(i);
  const to = ctx.end(i);
  const comma = text.indexOf(",", from);
  if (comma < 0 || comma - from > 3 || to - comma - 1 > 2 || to - comma - 1 < 1) return null;
  for (let k = from; k < to; k++) if (k !== comma && !isDigitCode(text.charCodeAt(k))) return null;
  if (!money && !readScale(ctx, i + 1, false) && !readUnit(ctx, i + 1)) return null;
  return Number(`${text.slice(from, comma)}.${text.slice(comma + 1, to)}`);
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Digits at token i (a NUM token). Null for ordinals, identifiers and malformed numbers. */
export function readDigits(ctx: Context, i: number, money: boolean): NumberRead | null {
  // Most numbers are plain digits: read them without slicing the token.
  let plain = ctx.plainDigits(i);
  let value = plain
    ? ctx.plainValue(i)
    : ctx.decimalComma
      ? continentalValue(ctx.text, ctx.start(i), ctx.end(i))
      : digitsValue(ctx.text, ctx.start(i), ctx.end(i));
  if (value === null) value = decimalComma(ctx, i, money);
  if (value === null) return null;
  let last = i;
  // "10, 000": thousands grouped by a comma and a stray space (OCR, typed news copy).
  if (plain && ctx.size(i) <= 3) {
    const to = commaSpacedEnd(ctx, i);
    if (to > i) {
      value = Number(ctx.span(i, to).replace(/[\s,]/g, ""));
      last = to;
      plain = false;
    }
  }
  // "1 000 000": groups of three separated by one space, only after a 1-3 digit head.
  if (plain && ctx.size(i) <= 3) {
    let grouped = value;
    while (
      ctx.isNum(last + 1) &&
      ctx.gap(last + 1) === SMALL_GAP &&
      ctx.size(last + 1) === 3 &&
      ctx.plainDigits(last + 1) &&
      !ctx.isSym(last + 2, "/")
    ) {
      grouped = grouped * 1000 + ctx.plainValue(last + 1);
      last++;
      plain = false;
    }
    // Past 2^53 a running sum can round differently from Number() over the joined digits.
    if (!plain)
      value = Number.isSafeInteger(grouped)
        ? grouped
        : Number(ctx.span(i, last).replace(/\s/g, ""));
  }
  // "2½": a vulgar fraction glued to the integer.
  const frac = plain ? vulgarAt(ctx, last + 1) : undefined;
  if (frac !== undefined && ctx.glued(last + 1)) {
    value += frac;
    last++;
    plain = false;
  }
  // Ordinals ("22nd") are positions, not amounts.
  if (
    ctx.isWord(last + 1) &&
    ctx.glued(last + 1) &&
    ctx.size(last + 1) <= 2 &&
    ORDINAL_SUFFIX.has(ctx.lower(last + 1))
  )
    return null;
  // Fractions: "1/2", "10 1/2".
  if (
    ctx.isSym(last + 1, "/") &&
    ctx.glued(last + 1) &&
    ctx.isNum(last + 2) &&
    ctx.glued(last + 2)
  ) {
    const den = Number(ctx.raw(last + 2));
    if (ctx.isSym(last + 3, "/") && ctx.glued(last + 3)) return null; // "12/05/2020"
    if (!(den > value && FRACTION_DENOMINATORS.has(den))) return null;
    return {
      value: value / den,
      first: i,
      last: last + 2,
      scaled: false,
      plain: false,
      words: false,
    };
  }
  if (
    ctx.isNum(last + 1) &&
    ctx.near(last + 1) &&
    ctx.isSym(last + 2, "/") &&
    ctx.glued(last + 2) &&
    ctx.isNum(last + 3) &&
    ctx.glued(last + 3)
  ) {
    const num = Number(ctx.raw(last + 1));
    const den = Number(ctx.raw(last + 3));
    if (
      plain &&
      den > num &&
      FRACTION_DENOMINATORS.has(den) &&
      !(ctx.isSym(last + 4, "/") && ctx.glued(last + 4))
    ) {
      return {
        value: value + num / den,
        first: i,
        last: last + 3,
        scaled: false,
        plain: false,
        words: false,
      };
    }
  }
  // "14-3/4": tested by its first sign only, so that most numbers pay one comparison.
  if (ctx.isSym(last + 1, "-")) {
    const mixed = mixedNumber(ctx, i, last, value);
    if (mixed) return mixed;
  }
  let scaled = false;
  let scale = 1;
  for (let guard = 0; guard < 3; guard++) {
    // "$270-million", "a 20-billion deal": a scale glued by a hyphen.
    const hyphen = ctx.isSym(last + 1, "-") && ctx.glued(last + 1) && ctx.glued(last + 2);
    const s = readScale(ctx, hyphen ? last + 2 : last + 1, money);
    if (!s) break;
    // A scale glued to a word-suffix marker ("millionth") would have been one token; nothing to do.
    value = timesScale(value, s.scale);
    scale *= s.scale;
    last = s.last;
    scaled = true;
    plain = false;
  }
  return { value, first: i, last, scaled, plain, words: false, scale };
}
