// Calendar dates and years ("3rd of May 1990", "March 4, 2001", "in 1990", "the 60's", "1971-75").
import type { Context } from "./context.ts";
import { readUnit } from "./read-unit.ts";
import { wordClass } from "./word-classes.ts";

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((m, k) => {
  MONTHS.set(m, k + 1);
  MONTHS.set(m.slice(0, 3), k + 1);
});
MONTHS.set("sept", 9);
const MONTH = wordClass(MONTHS.keys());
/** Every month word the date rules read, lower case: names, three-letter forms and "sept". */
export const MONTH_WORDS: readonly string[] = [...MONTHS.keys()];

export interface DateRead {
  first: number;
  last: number;
  low: number;
  high: number;
  iso: string;
}

export const pad = (n: number): string => String(n).padStart(2, "0");

/** The month named at token j (allowing "Sept."), or 0. */
export function monthAt(ctx: Context, j: number): number {
  if (!ctx.inClass(j, MONTH)) return 0;
  const w = ctx.lower(j);
  const m = MONTHS.get(w) ?? 0;
  // Three-letter forms and "may"/"mar" are common words; accept them only capitalized.
  const dotted = ctx.isSym(j + 1, ".") && ctx.glued(j + 1);
  if (
    m &&
    (w.length <= 3 || w === "march" || w === "sept") &&
    ctx.raw(j)[0] === w[0] &&
    !(dotted && w !== "may")
  )
    return 0;
  return m;
}

const isYearValue = (v: number): boolean => v >= 1000 && v <= 2199;

/** Token j is a day of a month, the month's name after it ("25 May"). */
export function dayOfMonthAt(ctx: Context, j: number): boolean {
  return ctx.isWord(j + 1) && ctx.size(j) <= 2 && ctx.plainDigits(j) && monthAt(ctx, j + 1) > 0;
}

/** A four-digit year at token j, tolerating a glued footnote marker ("195512" → 1955). */
export function yearAt(ctx: Context, j: number, cue: boolean): number {
  if (!ctx.plainDigits(j)) return 0;
  const size = ctx.size(j);
  const v = ctx.plainValue(j);
  if (size === 4) return isYearValue(v) ? v : 0;
  // Five or six digits right after a month or a year cue: a year with a footnote marker glued on.
  const head = Math.floor(v / 10 ** (size - 4));
  if (cue && size <= 6 && size > 4 && isYearValue(head)) return head;
  return 0;
}

/**
 * A month name at token j in any case: lower-cased copy writes "3 march 1990" and "on 1 may", where
 * monthAt, which must not read the verbs "may" and "march", refuses them.
 */
function monthAnyCase(ctx: Context, j: number): number {
  return ctx.inClass(j, MONTH) ? (MONTHS.get(ctx.lower(j)) ?? 0) : 0;
}

/** Words before a day that make "on 1 may" a date rather than a count and a verb. */
const DAY_CUES = new Set(["on", "since", "until", "till", "from", "before", "after"]);

/** The day of month (1-31) written as one or two plain digits at token i, or 0. */
function dayAt(ctx: Context, i: number): number {
  if (ctx.size(i) > 2) return 0;
  const v = ctx.plainValue(i);
  return v >= 1 && v <= 31 ? v : 0;
}

/** A word token "st", "nd", "rd" or "th" (any case) glued to the day before it. */
function ordinalSuffix(ctx: Context, j: number): boolean {
  if (!ctx.isWord(j) || !ctx.glued(j) || ctx.size(j) !== 2) return false;
  const w = ctx.lower(j);
  return w === "st" || w === "nd" || w === "rd" || w === "th";
}

/**
 * The ISO form of a day, or of the days from `day` to `through` (0: one day), in a year written
 * as given ("-" for none: "--03-01").
 */
const daysOf =
  (month: number, day: number, through: number) =>
  (year: string): string => {
    const first = `${year}-${pad(month)}-${pad(day)}`;
    return through ? `${first}/${year}-${pad(month)}-${pad(through)}` : first;
  };

/** A dash and a later day of the same month at token j ("-15" of "March 1-15"), or null. */
function laterDay(ctx: Context, j: number, day: number): { day: number; last: number } | null {
  if (!ctx.isDash(j) || !ctx.close(j) || !ctx.isNum(j + 1) || !ctx.close(j + 1)) return null;
  const later = dayAt(ctx, j + 1);
  return later > day ? { day: later, last: j + 1 } : null;
}

/**
 * "12 OCT 76", "3 Mar 45": two digits after a day and a month's abbreviation are the year, as
 * telegrams write it; not before a unit.
 */
function shortYear(ctx: Context, month: number, y: number, found: number): number {
  if (!found || ctx.size(month) > 4 || ctx.size(y) !== 2 || !ctx.plainDigits(y)) return 0;
  if (ctx.isWord(y + 1) && ctx.near(y + 1) && readUnit(ctx, y + 1) !== null) return 0;
  return twoDigitYear(ctx.plainValue(y));
}

/** A year written in two digits, as telegrams date themselves: of the 1900s from 40 on, else of the 2000s. */
export function twoDigitYear(v: number): number {
  return v >= 40 ? 1900 + v : 2000 + v;
}

/** A date starting at or around token i (a NUM), or null. `first` may be before i (a month name). */
export function readDate(ctx: Context, i: number): DateRead | null {
  // Decades: "1990s", "1970's", "70's".
  let k = i + 1;
  if (ctx.isSym(k, "'’") && ctx.glued(k)) k++;
  const size = ctx.size(i);
  const v = ctx.plainValue(i);
  if (
    (size === 2 || size === 4) &&
    v % 10 === 0 &&
    ctx.size(k) === 1 &&
    ctx.word(k) === "s" &&
    ctx.glued(k)
  ) {
    const y = size === 2 ? 1900 + v : v;
    return { first: i, last: k, low: y, high: y + 9, iso: `${y}/${y + 9}` };
  }
  // Month first: "May 1990", "March 4, 2001".
  const mi = ctx.isSym(i - 1, ".") && ctx.glued(i - 1) ? i - 2 : i - 1;
  const month = mi >= ctx.floor ? monthAt(ctx, mi) : 0;
  if (month && ctx.close(i)) {
    const y = yearAt(ctx, i, true);
    if (y) return { first: mi, last: i, low: y, high: y, iso: `${y}-${pad(month)}` };
    const day = dayAt(ctx, i);
    if (day) {
      let j = i + 1;
      if (ordinalSuffix(ctx, j)) j++;
      // "March 1-15": the days of one month.
      const through = laterDay(ctx, j, day);
      if (through) {
        j = through.last + 1;
        if (ordinalSuffix(ctx, j)) j++;
      }
      const comma = ctx.isSym(j, ",") ? j + 1 : j;
      const yy = ctx.close(comma) ? yearAt(ctx, comma, true) : 0;
      const iso = daysOf(month, day, through?.day ?? 0);
      if (yy) return { first: mi, last: comma, low: yy, high: yy, iso: iso(String(yy)) };
      return { first: mi, last: j - 1, low: Number.NaN, high: Number.NaN, iso: iso("-") };
    }
  }
  // Day first: "3rd of May 1990", "4 March 2001".
  const day = dayAt(ctx, i);
  if (day) {
    let j = i + 1;
    if (ordinalSuffix(ctx, j)) j++;
    const through = laterDay(ctx, j, day);
    if (through) {
      j = through.last + 1;
      if (ordinalSuffix(ctx, j)) j++;
    }
    if (ctx.word(j) === "of") j++;
    let m = monthAt(ctx, j);
    const y0 = ctx.isSym(j + 1, ".") && ctx.glued(j + 1) ? j + 2 : j + 1;
    const yy = ctx.close(y0) ? yearAt(ctx, y0, true) || shortYear(ctx, j, y0, m) : 0;
    // A month name in lower case is a date when a year follows or a cue says a day is meant.
    if (
      !m &&
      ctx.close(j) &&
      (yy || (MONTH_NAMES.includes(ctx.lower(j)) && DAY_CUES.has(ctx.word(i - 1))))
    )
      m = monthAnyCase(ctx, j);
    if (m && ctx.close(j)) {
      const iso = daysOf(m, day, through?.day ?? 0);
      if (yy) return { first: i, last: y0, low: yy, high: yy, iso: iso(String(yy)) };
      return { first: i, last: j, low: Number.NaN, high: Number.NaN, iso: iso("-") };
    }
  }
  return null;
}
