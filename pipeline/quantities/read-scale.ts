// Scale words after a number: "million", "bn", "60k", "$800m", "1.8M", and OCR-split "mil lion".
import type { Context } from "./context.ts";
import { MONEY_SCALE_LETTERS, SCALE_ABBREVIATIONS, SCALES } from "./number-words.ts";
import { wordClass } from "./word-classes.ts";

/** Every word a scale can be read from below; most words after a number are none, and stop at one bit test. */
const SCALE_WORD = wordClass([
  ...SCALES.keys(),
  ...SCALE_ABBREVIATIONS.keys(),
  ...MONEY_SCALE_LETTERS.keys(),
  "mil",
  "bil",
  "m",
]);

const IRREGULAR_PLURALS = new Set(["people", "children", "men", "women"]);

/** Words that may stand between a count and its noun ("10m more handsets"). */
const COUNT_MODIFIERS = new Set(["more", "fewer", "new", "additional", "extra", "other"]);

function pluralAfter(ctx: Context, at: number): boolean {
  let k = at;
  if (COUNT_MODIFIERS.has(ctx.word(k)) && ctx.gap(k) === 1) k++;
  if (!ctx.isWord(k) || ctx.gap(k) !== 1) return false;
  const w = ctx.lower(k);
  if (IRREGULAR_PLURALS.has(w)) return true;
  // "…s" but not "…ss" ("across", "less") nor a unit ("…m s").
  return w.length >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
}

function articleBefore(ctx: Context, num: number): boolean {
  const w = ctx.lower(num - 1);
  return ctx.isWord(num - 1) && (w === "a" || w === "an" || w === "the");
}

/** The scale written at token j ("million", "bn", "mil lion", "$800m"), with the last token used. */
export function readScale(
  ctx: Context,
  j: number,
  money: boolean,
): { scale: number; last: number } | null {
  if (!ctx.isWord(j) || !ctx.near(j)) return null;
  // A word broken across lines is read whole: "mil-⏎lion" is a scale; "mil-⏎itary" is none,
  // though a whole scale word stays one ("thousand- and").
  const broken = ctx.lineBrokenWord(j);
  if (broken !== "") {
    const scale = SCALES.get(broken);
    if (scale !== undefined) return { scale, last: j + 2 };
    if (!SCALES.has(ctx.lower(j))) return null;
  }
  if (!ctx.inClass(j, SCALE_WORD)) return null;
  const w = ctx.lower(j);
  const full = SCALES.get(w);
  if (full !== undefined) return { scale: full, last: j };
  // OCR splits scale words: "mil lion", "mil-lion", "bil lion".
  if (
    (w === "mil" || w === "bil") &&
    ctx.isWord(j + 1) &&
    ctx.lower(j + 1) === "lion" &&
    ctx.near(j + 1)
  ) {
    return { scale: w === "mil" ? 1e6 : 1e9, last: j + 1 };
  }
  if (
    (w === "mil" || w === "bil") &&
    ctx.isSym(j + 1, "-") &&
    ctx.glued(j + 1) &&
    ctx.lower(j + 2) === "lion" &&
    ctx.glued(j + 2)
  ) {
    return { scale: w === "mil" ? 1e6 : 1e9, last: j + 2 };
  }
  // "thous." takes its full stop with it, so the unit after it is read.
  if (w === "thous" && ctx.isSym(j + 1, ".") && ctx.glued(j + 1))
    return { scale: 1e3, last: j + 1 };
  const abbr = SCALE_ABBREVIATIONS.get(w);
  // "k" is a scale only when glued ("60k"); spaced, it is more often a unit or a letter.
  if (abbr !== undefined && (w !== "k" || ctx.glued(j))) return { scale: abbr, last: j };
  // A capital "M" glued to digits is million ("1.8M"); no unit is written that way.
  if (ctx.is(j, "M") && ctx.glued(j)) return { scale: 1e6, last: j };
  // A lower-case "m" glued to digits is metres ("a 50m pool") unless things are counted after it
  // ("50m iPhones", "3.5m phones"): a length is never followed by a plural noun of its own.
  // After an article the number is a modifier, which a length is far more often ("the 100m hurdles").
  if (w === "m" && ctx.glued(j) && pluralAfter(ctx, j + 1) && !articleBefore(ctx, j - 1))
    return { scale: 1e6, last: j };
  if (money) {
    const letter = MONEY_SCALE_LETTERS.get(w);
    if (letter !== undefined) return { scale: letter, last: j };
  }
  return null;
}
