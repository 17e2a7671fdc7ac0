// Builds one quantity around a number: sign and currency before it, range, unit, rate and counted noun after it.
import type { Context } from "./context.ts";
import { dayOfMonthAt } from "./dates.ts";
import { timesScale } from "./exact-scale.ts";
import { QuantityItem } from "./items.ts";
import { knotsMeant } from "./knot-sense.ts";
import { type Prefix, readPrefix } from "./money-prefix.ts";
import { readMoneyTail, scaledCode } from "./money-tail.ts";
import { poundsAreMoney } from "./pound-sense.ts";
import { readHedge } from "./qualifiers.ts";
import { type NumberRead, readDigits } from "./read-digits.ts";
import { readNoun } from "./read-noun.ts";
import { composite, readPer } from "./read-per.ts";
import { readUnit, type UnitRead } from "./read-unit.ts";
import { readWords } from "./read-words.ts";
import type { Quantity } from "./types.ts";
import { andFraction, fractionUnit } from "./unit-fraction.ts";
import { type UnitEntry, unitEntry } from "./units.ts";

const STERLING = unitEntry("GBP") as UnitEntry;
const KNOT = unitEntry("kn") as UnitEntry;

export function readNumberAt(ctx: Context, i: number, money: boolean): NumberRead | null {
  return ctx.isNum(i) ? readDigits(ctx, i, money) : ctx.isWord(i) ? readWords(ctx, i) : null;
}

interface RangeRead {
  high: NumberRead;
  /** The high end's value, with its sign ("to minus 3"). */
  highValue: number;
  unit: UnitRead | null;
  low: number;
}

const HIGH_END_HEDGES = new Set(["over", "about", "nearly", "almost", "around", "some", "roughly"]);

/** "from" one or two words before token i ("from 208 to 193", "from about 90 to 60"). */
function fromBefore(ctx: Context, i: number): boolean {
  return ctx.word(i - 1) === "from" || (ctx.isWord(i - 1) && ctx.word(i - 2) === "from");
}

/** Tokens k..k+2 are a glued pair of small numbers "7-6" ("7–5"). */
function scorePair(ctx: Context, k: number): boolean {
  return (
    ctx.plainDigits(k) &&
    ctx.size(k) <= 3 &&
    ctx.isDash(k + 1) &&
    ctx.glued(k + 1) &&
    ctx.plainDigits(k + 2) &&
    ctx.size(k + 2) <= 3 &&
    ctx.glued(k + 2)
  );
}

/** "7-6, 3-6, 6-4": a pair in a comma-separated run of such pairs is a score, never a range. */
function inScoreList(ctx: Context, first: number, second: number): boolean {
  if (second !== first + 2 || !scorePair(ctx, first)) return false;
  // "6-7 (5-7)": a tie-break in brackets after a set's score, or before the next.
  const before = ctx.isSym(first - 1, ",(") && scorePair(ctx, first - 4);
  const after = ctx.isSym(second + 1, ",(") && scorePair(ctx, second + 2);
  return before || after;
}

/** "20 to 30 thousand", "120-150 miles", "$5-$10 million", "between 2 and 3", "from X to Y". */
/** The words a suspended hyphen's range is joined by. */
const SUSPENDED = new Set(["to", "or", "and"]);

function readRange(
  ctx: Context,
  n1: NumberRead,
  u1: UnitRead | null,
  pre: Prefix,
  allowTo: boolean,
): RangeRead | null {
  let at = (u1 ? u1.last : n1.last) + 1;
  // "10- to 15-year", "16- to 24-year-olds": the first end's hyphen waits for the unit of the second.
  if (!u1 && ctx.isDash(at) && ctx.glued(at) && SUSPENDED.has(ctx.word(at + 1)) && ctx.near(at + 1))
    at++;
  const w = ctx.word(at);
  const dash = ctx.isDash(at) && ctx.near(at) && ctx.near(at + 1);
  const ok =
    dash ||
    // After a change word, only with the unit on the high end alone ("grow by 10 to 15 percent").
    (w === "to" && (allowTo || !u1)) ||
    // "eight or ten years", "two or three per cent": an approximate range, written low to high.
    (w === "or" && !u1) ||
    (w === "and" && ctx.word(pre.first - 1) === "between") ||
    (w === "through" && ctx.word(pre.first - 1) === "from");
  if (!ok || !ctx.near(at + 1)) return null;
  // "in the 13 weeks to 25 May": a day of a month ends the span of time, no range.
  if (w === "to" && dayOfMonthAt(ctx, at + 1)) return null;
  if (dash && !u1 && inScoreList(ctx, n1.first, at + 1)) return null;
  // "lift output by 500,000 b/d to 9.5 million b/d": by one amount to a much larger one, each
  // with its unit, is a change and its new level, whatever verb went before; "cut staff by 15% to
  // 20%", two close ends, is the size of the change, a range.
  const byThenTo =
    w === "to" &&
    ctx.word(pre.first - 1) === "by" &&
    (u1 !== null || (pre.currency !== null && ctx.isSym(at + 1, "$€£¥")));
  let j = at + 1;
  // "from 395,000 b/d to over 2 million b/d": a hedge on the high end of a from-to range.
  if (
    w === "to" &&
    HIGH_END_HEDGES.has(ctx.word(j)) &&
    ctx.near(j + 1) &&
    fromBefore(ctx, pre.first)
  )
    j++;
  if (pre.currency && ctx.isSym(j, "$€£¥") && ctx.near(j + 1)) j++;
  // "US$ 640 to US$ 670", "Rs 50 to Rs 60": the high end repeats the prefix as written.
  else if (pre.currency && pre.currencyText !== null && n1.first > pre.first) {
    const width = n1.first - pre.first;
    if (ctx.span(j, j + width - 1) === pre.currencyText && ctx.near(j + width)) j += width;
  }
  // "from minus 8 to plus 14 degrees": a sign in words on the high end.
  const signWord = w === "to" && ctx.near(j + 1) ? ctx.word(j) : "";
  const sign = signWord === "minus" ? -1 : 1;
  if (signWord === "minus" || signWord === "plus") j++;
  // Across a dash, digits pair with digits and words with words ("twenty-five" is one number).
  if (dash && ctx.isNum(j) !== ctx.isNum(n1.first)) return null;
  // "24703 L-202": a dash glued to a unit symbol starts a code, not a range; "5.25%-5.50%", with
  // the percentage written on both ends, is one.
  const gluedDash = dash && u1 !== null && ctx.glued(at);
  if (gluedDash && u1.entry.unit !== "%") return null;
  const n2 = readNumberAt(ctx, j, pre.currency !== null);
  if (!n2 || n2.multiple || (n1.words && n2.words && n1.value === n2.value)) return null;
  const u2 = pre.currency ? null : readUnit(ctx, n2.last + 1);
  if (u1 && u2 && u1.entry !== u2.entry) return null;
  if (gluedDash && u2 === null) return null;
  if (byThenTo && n2.value > 2 * n1.value) return null;
  // "grew by 2 to 9 million" is a change and its new level; "grow by 10 to 15 percent", with
  // close ends, the size of the change.
  if (w === "to" && !allowTo && n2.value > 2 * n1.value) return null;
  // A dash never joins a falling or level pair ("won 4-1", "drew 2-2", "45% – 12 points"): scores
  // and lists, not ranges; "from 208 to 193" still reads as one, in text order.
  if (dash && n2.value <= n1.value) return null;
  if (w === "or" && (n2.value <= n1.value || n1.words !== n2.words)) return null;
  // Nor does "to" without a "from" before it: "a vote of 68 to 32", "odds of 3 to 1" are tallies.
  if (w === "to" && n2.value < n1.value && !fromBefore(ctx, pre.first)) return null;
  // "lent £1.2bn to 5,600 firms": a scaled amount does not fall to an unscaled one.
  if (n1.scaled && !n2.scaled && n2.value < n1.value) return null;
  // "11% to 1.2 billion units": a scale word on the high end alone starts a new amount after a unit.
  if (u1 && n2.scaled && !n1.scaled && !readUnit(ctx, n2.last + 1)) return null;
  let low = n1.value;
  // The scale word of the high end also scales the low end when the low end has none: "20 to 30 thousand".
  const scale = n2.scale ?? 1;
  const scaledLow = timesScale(n1.value, scale);
  if (!n1.scaled && n2.scaled && !u1 && scaledLow <= n2.value) low = scaledLow;
  // "40-50,000 MT": the thousands written on the high end apply to a bare low end below them.
  else if (
    dash &&
    n1.plain &&
    n2.last === n2.first &&
    n1.value * 1000 < n2.value &&
    THOUSANDS.test(ctx.raw(n2.first))
  )
    low = n1.value * 1000;
  return { high: n2, highValue: sign * n2.value, unit: u2 ?? null, low };
}

const THOUSANDS = /^\d{1,3},000$/;

/**
 * "one in five adults", "1 in 10 children": a share written as N in every M, read as N/M. Not
 * when a unit follows ("1 in 5 minutes"), nor a year ("2 in 1990").
 */
function ratioAfter(ctx: Context, n1: NumberRead): { value: number; last: number } | null {
  const at = n1.last + 1;
  if (ctx.word(at) !== "in" || !ctx.near(at) || !ctx.near(at + 1)) return null;
  if (n1.scaled || n1.multiple || !Number.isInteger(n1.value) || n1.value < 1) return null;
  const n2 = readNumberAt(ctx, at + 1, false);
  // "one in five", "1 in 4", and news copy's "three in 10" (words, then digits; not the reverse).
  if (!n2 || n2.scaled || n2.multiple || (n2.words && !n1.words)) return null;
  if (!Number.isInteger(n2.value) || n2.value <= n1.value) return null;
  if (n2.plain && n2.value >= 1000 && n2.value <= 2199) return null;
  if (readUnit(ctx, n2.last + 1)) return null;
  return { value: n1.value / n2.value, last: n2.last };
}

/** The quantity built around the number n1 that starts at token i; returns it and the last token consumed. */
export function buildQuantity(
  ctx: Context,
  i: number,
  n1: NumberRead,
  prefix?: Prefix,
): { q: Quantity; last: number } {
  const pre = prefix ?? readPrefix(ctx, i);
  let u = pre.currency ? null : readUnit(ctx, n1.last + 1);
  const hedge = readHedge(ctx, pre.first, u !== null || pre.currency !== null);
  // After a change word, "X to Y" is the change and the new level ("grew by 2 to 9 million"), not a range.
  // A change named by a noun gives its size, which can be a range: "a rise of 2 to 3 percent"
  // (with money or a unit of its own, "an increase of $2bn to $9bn" is still change and level).
  const changeSize =
    hedge.change !== null && u === null && !pre.currency && ctx.word(pre.first - 1) === "of";
  const range = readRange(ctx, n1, u, pre, hedge.change === null || changeSize);
  let low = pre.negative ? -n1.value : n1.value;
  let high = low;
  let last = u ? u.last : n1.last;
  if (range) {
    low = pre.negative ? -range.low : range.low;
    high = range.highValue;
    u = u ?? range.unit;
    last = range.unit ? range.unit.last : range.high.last;
  }
  const ratio = range || u || pre.currency ? null : ratioAfter(ctx, n1);
  if (ratio) {
    low = ratio.value;
    high = low;
    last = ratio.last;
  }
  // "two years and a half", "an hour and a quarter"
  const fraction =
    u && !range && fractionUnit(u.entry.dimension) ? andFraction(ctx, u.last + 1) : null;
  if (fraction) {
    low += pre.negative ? -fraction.value : fraction.value;
    high = low;
    last = fraction.last;
  }
  if (u && u.entry.unit === "lb" && ctx.word(u.last).startsWith("pound")) {
    if (poundsAreMoney(ctx, pre.first, u.last)) u = { ...u, entry: STERLING };
  }
  if (u && u.entry.unit === "kt" && knotsMeant(ctx, pre.first, u.last)) u = { ...u, entry: KNOT };
  let unit: string | null = pre.currency?.unit ?? u?.entry.unit ?? null;
  let unitText =
    pre.currencyText ?? (u ? ctx.text.slice(ctx.start(u.first), ctx.end(u.last)) : null);
  if (!unit && !range && ctx.isWord(last + 1) && ctx.near(last + 1)) {
    const code =
      ctx.end(last + 1) - ctx.start(last + 1) === 4 ? scaledCode(ctx.raw(last + 1)) : null;
    if (code) {
      unit = code.entry.unit;
      unitText = ctx.raw(last + 1);
      low = timesScale(low, code.scale);
      high = low;
      last++;
    }
  }
  if (u && !range && u.entry.dimension === "currency") {
    const tail = readMoneyTail(ctx, last, n1.scaled);
    if (tail) {
      low = timesScale(low, tail.scale) + (pre.negative ? -tail.add : tail.add);
      high = low;
      last = tail.last;
    }
  }
  if (n1.multiple) {
    unit = "x";
    unitText = ctx.raw(n1.first);
  }
  let per: string | null = null;
  const isMoney = (pre.currency ?? u?.entry)?.dimension === "currency";
  const rate = readPer(ctx, last + 1, isMoney);
  if (rate) {
    if (rate.per && unit && rate.per !== "item" && composite(unit, rate.per)) {
      unit = composite(unit, rate.per) ?? unit;
    } else if (rate.per) {
      per = rate.per;
    } else if (rate.denominator && unit && (isMoney || rate.adjacent)) {
      unit = `${unit}/${rate.denominator}`;
    }
    if (rate.adjacent && (rate.per || unit?.includes("/"))) last = rate.last;
  }
  let noun: string | null = null;
  if (!unit) {
    const counted = readNoun(ctx, last + 1, Number.isInteger(low) && Number.isInteger(high));
    noun = counted?.noun ?? null;
    // A whole number with no unit counts something, stated or implied ("210 were hurt").
    if (Number.isInteger(low) && Number.isInteger(high) && !n1.words) unit = "count";
    else if (Number.isInteger(low) && Number.isInteger(high) && (noun || !n1.scaled))
      unit = "count";
  }
  const start = ctx.start(pre.first);
  const end = ctx.end(last);
  const q = new QuantityItem(
    start,
    end,
    ctx.text.slice(start, end),
    low,
    high,
    unit,
    unitText,
    noun,
    hedge.qualifier,
    hedge.change,
    per,
  );
  return { q, last };
}
