// "an hour and a half", "two years and a half", "the mile and a quarter": a fraction that follows
// the unit adds to the number before it.
import type { Context } from "./context.ts";
import type { NumberRead } from "./read-digits.ts";
import { readUnit } from "./read-unit.ts";

const ARTICLES = new Set(["a", "an", "the"]);

/** "and a half", "and a quarter", "and three quarters" from token j: the fraction and its last token. */
export function andFraction(ctx: Context, j: number): { value: number; last: number } | null {
  if (ctx.word(j) !== "and" || !ctx.near(j + 1) || !ctx.near(j + 2)) return null;
  const article = ctx.word(j + 1);
  const part = ctx.word(j + 2);
  if (article === "a" || article === "one") {
    if (part === "half") return { value: 0.5, last: j + 2 };
    if (part === "quarter") return { value: 0.25, last: j + 2 };
  }
  if (article === "three" && part === "quarters") return { value: 0.75, last: j + 2 };
  return null;
}

/**
 * An article before a unit and "and a half" ("an hour and a half") reads as one: the number the
 * quantity is built on. Alone, "an hour" is no quantity ("an hour later").
 */
export function articleBeforeFraction(ctx: Context, i: number): NumberRead | null {
  // Compared in place first: "the" and "a" are everywhere, "the mile and" is rare.
  if (!ctx.is(i + 2, "and") || !ARTICLES.has(ctx.word(i))) return null;
  const unit = readUnit(ctx, i + 1);
  if (!unit || !fractionUnit(unit.entry.dimension) || !andFraction(ctx, unit.last + 1)) return null;
  return { value: 1, first: i, last: i, scaled: false, plain: false, words: true, scale: 1 };
}

/** Units a spoken fraction adds to: durations, ages, lengths, areas, volumes, masses; not money or shares. */
const FRACTION_DIMENSIONS = new Set(["time", "age", "length", "area", "volume", "mass"]);

export function fractionUnit(dimension: string): boolean {
  return FRACTION_DIMENSIONS.has(dimension);
}
