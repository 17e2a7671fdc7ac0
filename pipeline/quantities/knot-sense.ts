// "kt" is a kilotonne in trade and mining reports ("212 kt of copper") and a knot in weather and
// shipping copy ("winds of 35 kt"); the words of its clause tell which.
import type { Context } from "./context.ts";
import { wordClass } from "./word-classes.ts";

const SPEED_WORDS = wordClass([
  "wind",
  "winds",
  "gust",
  "gusts",
  "gusting",
  "breeze",
  "storm",
  "gale",
  "hurricane",
  "typhoon",
  "cyclone",
  "speed",
  "speeds",
  "airspeed",
  "knots",
  "sail",
  "sailed",
  "sailing",
  "cruise",
  "cruising",
  "steaming",
  "sustained",
]);

/** How far either way a speed word may stand: a clause, not the whole paragraph. */
const WINDOW = 10;

/** Whether the "kt" at token k, read after a number starting at token first, means knots. */
export function knotsMeant(ctx: Context, first: number, k: number): boolean {
  for (let j = first - 1; j >= Math.max(ctx.floor, first - WINDOW); j--) {
    if (ctx.isSym(j, ".;!?")) break;
    if (ctx.inClass(j, SPEED_WORDS)) return true;
  }
  for (let j = k + 1; j < Math.min(ctx.length, k + 1 + WINDOW); j++) {
    if (ctx.isSym(j, ".;!?")) break;
    if (ctx.inClass(j, SPEED_WORDS)) return true;
  }
  return false;
}
