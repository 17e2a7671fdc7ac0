// Years and spans of years: "in 1990", "mid-1962", "1971-75", "between 1971 and 1975", "May 195512" (marker glued on).
import type { Context } from "./context.ts";
import { type DateRead, monthAt, yearAt } from "./dates.ts";

/** Words after which a four-digit number is a year ("in 1990", "since 1962", "mid-1962"). */
const YEAR_CUES = new Set([
  "in",
  "since",
  "by",
  "until",
  "till",
  "from",
  "of",
  "during",
  "before",
  "after",
  "year",
  "years",
  "circa",
  "mid",
  "early",
  "late",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "between",
  "and",
  "to",
  "through",
  "around",
  "on",
  "for",
  "the",
  "fiscal",
  "fy",
  "end",
  "beginning",
  "c",
  "ca",
]);

const LATEST_UNCUED_YEAR = 2100;

function cueBefore(ctx: Context, j: number): boolean {
  let k = j - 1;
  if (ctx.isDash(k) && ctx.glued(j)) k--;
  return monthAt(ctx, k) > 0 || YEAR_CUES.has(ctx.word(k));
}

/** A year or a span of years at token i when the context says so ("in 1990", "1971-75", "between 1971 and 1975"). */
/** "1979 g.", "1979 г.", "1975–1979 gg.": a year in a Russian citation, with "god" abbreviated after it. */
function godAfter(ctx: Context, i: number): boolean {
  const w = ctx.word(i + 1);
  return (
    (w === "g" || w === "г" || w === "gg" || w === "гг") && ctx.isSym(i + 2, ".") && ctx.near(i + 1)
  );
}

export function readYear(ctx: Context, i: number, strong: boolean): DateRead | null {
  const cue = cueBefore(ctx, i) || godAfter(ctx, i);
  const y = yearAt(ctx, i, cue);
  if (!y || !(cue || strong)) return null;
  // Past 2100 only a cue makes a year ("by 2150"); "the Lada 2105" is a model.
  if (!cue && y > LATEST_UNCUED_YEAR) return null;
  // "1971-75", "1961-1965", "1971 to 1975", "1971 and 1975" (after "between").
  const sep = i + 1;
  // "2024/25", "1978/79": a crop, season or fiscal year across two calendar years.
  if (ctx.isSym(sep, "/") && ctx.glued(sep) && ctx.plainDigits(sep + 1) && ctx.glued(sep + 1)) {
    const size = ctx.size(sep + 1);
    const y2 =
      size === 2
        ? Math.floor(y / 100) * 100 + ctx.plainValue(sep + 1)
        : size === 4
          ? ctx.plainValue(sep + 1)
          : 0;
    if (y2 > y && y2 - y <= 10)
      return { first: i, last: sep + 1, low: y, high: y2, iso: `${y}/${y2}` };
  }
  const dash = ctx.isDash(sep) && ctx.near(sep);
  const word = ctx.word(sep);
  const joiner =
    dash ||
    word === "to" ||
    word === "through" ||
    (word === "and" && ctx.word(i - 1) === "between");
  if (joiner && ctx.isNum(sep + 1) && ctx.near(sep + 1)) {
    let y2 = 0;
    if (dash && ctx.size(sep + 1) === 2 && ctx.plainDigits(sep + 1))
      y2 = Math.floor(y / 100) * 100 + ctx.plainValue(sep + 1);
    else y2 = yearAt(ctx, sep + 1, true);
    if (y2 > y && y2 - y < 200)
      return { first: i, last: sep + 1, low: y, high: y2, iso: `${y}/${y2}` };
  }
  return { first: i, last: i, low: y, high: y, iso: String(y) };
}

/** Token k is a letter OCR reads in place of the digit 1 ("l98l", "I975"), compared in place. */
const ocrOne = (ctx: Context, k: number): boolean =>
  ctx.size(k) === 1 && ctx.isWord(k) && (ctx.code(k) === 108 || ctx.code(k) === 73);

/**
 * A year whose 1s OCR read as letters, the digits around them glued ("In l98l", "197l"): four
 * characters of digits and l/I with at least one of each, a year from 1800 to 2099, standing
 * alone. `first` is the token the year starts at (a letter before the number at i, or i itself).
 */
export function ocrYear(ctx: Context, i: number): DateRead | null {
  const lead = ocrOne(ctx, i - 1) && ctx.glued(i);
  const tail = ocrOne(ctx, i + 1) && ctx.glued(i + 1);
  if (!lead && !tail) return null;
  const first = lead ? i - 1 : i;
  if (ctx.type(first - 1) !== 0 && ctx.glued(first) && !ctx.isSym(first - 1, "(")) return null;
  let digits = "";
  let last = first;
  for (let k = first; k < first + 4 && (k === first || ctx.glued(k)); k++) {
    if (ctx.isNum(k) && ctx.plainDigits(k)) digits += ctx.raw(k);
    else if (ocrOne(ctx, k)) digits += "1";
    else break;
    last = k;
    if (digits.length >= 4) break;
  }
  if (digits.length !== 4 || (ctx.glued(last + 1) && !ctx.isSym(last + 1, ".,;:)"))) return null;
  const year = Number(digits);
  if (year < 1800 || year > 2099) return null;
  return { first, last, low: year, high: year, iso: String(year) };
}
