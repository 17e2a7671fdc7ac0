// Hours of the clock written after a number ("10 p.m.", "7am"), which are times, not amounts.
import type { Context } from "./context.ts";

/** "10 p.m.", "7am", "11 PM": an hour of the clock, not an amount. */
export function clockHour(ctx: Context, i: number): boolean {
  if (!ctx.isWord(i + 1) || !ctx.near(i + 1) || ctx.size(i) > 2) return false;
  const w = ctx.lower(i + 1);
  if (w === "am" || w === "pm") return !ctx.glued(i + 2) || !ctx.isWord(i + 2);
  return (
    (w === "a" || w === "p") &&
    ctx.isSym(i + 2, ".") &&
    ctx.glued(i + 2) &&
    ctx.lower(i + 3) === "m" &&
    ctx.glued(i + 3)
  );
}
