// Units after a number: "megawatts", "MW", "sq km", "250-MW", "km/h".
import { type Context, DASHES } from "./context.ts";
import { NUM, SYM, WORD } from "./lexer.ts";
import { lookupUnit, lookupUnitName, mayStartUnitWord, type UnitEntry } from "./units.ts";

export interface UnitRead {
  entry: UnitEntry;
  first: number;
  last: number;
}

function mayStartUnit(ctx: Context, start: number): boolean {
  return !ctx.isWord(start) || mayStartUnitWord(ctx.lower(start));
}

const SPACED_LETTERS = new Set(["m", "t", "g", "W", "%", "°", "″", "′", "¢", "×"]);
const PHRASE_SYMBOLS = "/.°²³'$-";
const MAX_PHRASE = 4;

/** The unit written from token j on (after an optional glued hyphen), longest phrase first. */
export function readUnit(ctx: Context, j: number): UnitRead | null {
  let start = j;
  if (ctx.isSym(j, DASHES) && ctx.glued(j) && ctx.isWord(j + 1) && ctx.glued(j + 1)) start = j + 1;
  const t0type = ctx.type(start);
  if (
    !ctx.near(start) ||
    (t0type !== WORD && !(t0type === SYM && "%°″′¢×".includes(ctx.text[ctx.start(start)])))
  )
    return null;
  if (!mayStartUnit(ctx, start)) return null;
  const t0gap = ctx.gap(start);
  let end = start;
  for (let k = start + 1; k < start + MAX_PHRASE && k < ctx.length; k++) {
    const ty = ctx.type(k);
    const g = ctx.gap(k);
    if (g > 1) break;
    const ok =
      ty === WORD ||
      (ty === SYM && PHRASE_SYMBOLS.includes(ctx.text[ctx.start(k)])) ||
      (ty === NUM && g === 0 && /^[23]$/.test(ctx.raw(k)));
    if (!ok) break;
    end = k;
  }
  for (let k = end; k >= start; k--) {
    const span = ctx.span(start, k);
    const written = k === start ? span : span.replace(/\s+/g, " ");
    const last = ctx.raw(k);
    // A phrase cannot end on a connector.
    if (ctx.type(k) === SYM && "/-'".includes(last)) continue;
    // Spaced single letters are units only when they are common symbols ("150 m", "5 t"); "5 a", "3 s" are not.
    let entry =
      k === start && t0gap > 0 && written.length === 1 && !SPACED_LETTERS.has(written)
        ? lookupUnitName(written)
        : lookupUnit(written);
    // "x" is a factor only glued to the number ("3x"); spaced, it is a multiplication sign or a letter.
    if (entry?.unit === "x" && written === "x" && t0gap > 0) entry = undefined;
    if (entry) return { entry, first: start, last: k };
  }
  return null;
}
