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

/** The value of a vulgar fraction symbol at token i, or undefined. */
export function vulgarAt(ctx: Context, i: number): number | undefined {
  // Every vulgar fraction is at or above U+00BC: test the code before slicing the token.
  return ctx.type(i) === 3 && ctx.code(i) >= 0xbc ? VULGAR.get(ctx.raw(i)) : undefined;
}

/** A number that is a lone vulgar fraction ("½ cup"). */
export function readVulgar(ctx: Context, i: number): NumberRead | null {
  const value = vulgarAt(ctx, i);
  if (value === undefined) return null;
  return { value, first: i, last: i, scaled: false, plain: false, words: false, scale: 1 };
}
