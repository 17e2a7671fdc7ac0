// Thousands grouped by a comma and a stray space ("10, 000"), told apart from lists of numbers.
import type { Context } from "./context.ts";

function isGroup(ctx: Context, k: number): boolean {
  return ctx.isNum(k) && ctx.gap(k) === 1 && ctx.size(k) === 3 && ctx.plainDigits(k);
}

/** Last token of "1, 250" or "10, 000, 000" read as one number from i, or -1 when it reads as a list ("5, 10, 200 and 300"). */
export function commaSpacedEnd(ctx: Context, i: number): number {
  if (ctx.isSym(i - 1, ",") && ctx.isNum(i - 2)) return -1;
  let last = i;
  while (ctx.isSym(last + 1, ",") && ctx.glued(last + 1) && isGroup(ctx, last + 2)) last += 2;
  if (last === i) return -1;
  const after = ctx.word(last + 1);
  const more = ctx.isSym(last + 1, ",") || after === "and" || after === "or";
  if (more && (ctx.isNum(last + 2) || ctx.isNum(last + 3))) return -1;
  // A glued decimal or separator after the group makes it a different shape ("1, 250.5.1").
  if (ctx.isSym(last + 1, "./") && ctx.glued(last + 1) && ctx.isNum(last + 2)) return -1;
  return last;
}
