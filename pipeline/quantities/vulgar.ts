// Vulgar fraction characters: "½ teaspoon", "2½ miles".
import type { Context } from "./context.ts";
import type { NumberRead } from "./read-digits.ts";

const VULGAR = new Map<string, number>([
  ["½", 1 / 2],
  ["⅓", 1 / 3],
  ["⅔", 2 / 3],
  ["¼", 1 / 4],
  ["¾", 3 / 4],
  ["⅕", 1 / 5],
  ["⅛", 1 / 8],
]);

/** The same table keyed by character code: every vulgar fraction is one UTF-16 unit. */
const VULGAR_BY_CODE = new Map([...VULGAR].map(([c, v]) => [c.charCodeAt(0), v]));
const MIN_CODE = Math.min(...VULGAR_BY_CODE.keys());

/** The value of a vulgar fraction symbol at token i, or undefined. */
export function vulgarAt(ctx: Context, i: number): number | undefined {
  // Looked up by code: dashes and other symbols after digits are never sliced just to miss; every
  // vulgar fraction is at or above "¼" (U+00BC), so ASCII symbols skip the map as well.
  if (ctx.type(i) !== 3) return undefined;
  const c = ctx.code(i);
  return c < MIN_CODE ? undefined : VULGAR_BY_CODE.get(c);
}

/** A number that is a lone vulgar fraction ("½ cup"). */
export function readVulgar(ctx: Context, i: number): NumberRead | null {
  const value = vulgarAt(ctx, i);
  if (value === undefined) return null;
  return { value, first: i, last: i, scaled: false, plain: false, words: false, scale: 1 };
}
