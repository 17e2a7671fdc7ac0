// Reads a number written in digits: separators, space-grouped thousands, fractions and scale words.
import type { Context } from "./context.ts";
import { MONEY_SCALE_LETTERS, SCALE_ABBREVIATIONS, SCALES } from "./number-words.ts";
import { vulgarAt } from "./vulgar.ts";

export interface NumberRead {
  value: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** A scale word applied ("million", "bn"). */
  scaled: boolean;
  /** Digits only, no separator, decimal or scale ("1946"): the shape of a year. */
  plain: boolean;
  /** Written in words. */
  words: boolean;
  /** A word that is a multiple on its own ("twice"). */
  multiple?: boolean;
  /** The product of the scale words applied (1 when none). */
  scale?: number;
}

/** Denominators written in fractions; "9/11" or "3/7" are dates, scores or codes more often than amounts. */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 8, 10, 16, 32, 64, 100]);

const ORDINAL_SUFFIX = new Set(["st", "nd", "rd", "th", "d"]);
const SMALL_GAP = 1;

function digitsValue(raw: string): number | null {
  let plainDigits = true;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c < 48 || c > 57) {
      plainDigits = false;
      break;
    }
  }
  if (plainDigits) return Number(raw);
  const dot = raw.indexOf(".");
  if (dot !== -1 && raw.indexOf(".", dot + 1) !== -1) return null; // "1.2.3": a version or section number
  if (raw.includes(",")) {
    const groups = (dot === -1 ? raw : raw.slice(0, dot)).split(",");
    // "1,5" is not English thousands grouping; refuse rather than guess.
    if (groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3)) return null;
  }
  return Number(raw.replace(/,/g, ""));
}

/** The scale written at token j ("million", "bn", "mil lion", "$800m"), with the last token used. */
export function readScale(
  ctx: Context,
  j: number,
  money: boolean,
): { scale: number; last: number } | null {
  if (!ctx.isWord(j) || !ctx.near(j)) return null;
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
  const abbr = SCALE_ABBREVIATIONS.get(w);
  // "k" is a scale only when glued ("60k"); spaced, it is more often a unit or a letter.
  if (abbr !== undefined && (w !== "k" || ctx.glued(j))) return { scale: abbr, last: j };
  // A capital "M" glued to digits is million ("1.8M"); no unit is written that way.
  if (ctx.raw(j) === "M" && ctx.glued(j)) return { scale: 1e6, last: j };
  if (money) {
    const letter = MONEY_SCALE_LETTERS.get(w);
    if (letter !== undefined) return { scale: letter, last: j };
  }
  return null;
}

/** Digits at token i (a NUM token). Null for ordinals, identifiers and malformed numbers. */
export function readDigits(ctx: Context, i: number, money: boolean): NumberRead | null {
  let raw = ctx.raw(i);
  let value = digitsValue(raw);
  if (value === null) return null;
  let last = i;
  let plain = !raw.includes(",") && !raw.includes(".");
  // "1 000 000": groups of three separated by one space, only after a 1-3 digit head.
  if (plain && raw.length <= 3) {
    while (
      ctx.isNum(last + 1) &&
      ctx.gap(last + 1) === SMALL_GAP &&
      /^\d{3}$/.test(ctx.raw(last + 1)) &&
      !ctx.isSym(last + 2, "/")
    ) {
      raw += ctx.raw(last + 1);
      last++;
      plain = false;
    }
    if (!plain) value = Number(raw);
  }
  // "2½": a vulgar fraction glued to the integer.
  const frac = plain ? vulgarAt(ctx, last + 1) : undefined;
  if (frac !== undefined && ctx.glued(last + 1)) {
    value += frac;
    last++;
    plain = false;
  }
  // Ordinals ("22nd") are positions, not amounts.
  if (ctx.isWord(last + 1) && ctx.glued(last + 1) && ORDINAL_SUFFIX.has(ctx.lower(last + 1)))
    return null;
  // Fractions: "1/2", "10 1/2".
  if (
    ctx.isSym(last + 1, "/") &&
    ctx.glued(last + 1) &&
    ctx.isNum(last + 2) &&
    ctx.glued(last + 2)
  ) {
    const den = Number(ctx.raw(last + 2));
    if (ctx.isSym(last + 3, "/") && ctx.glued(last + 3)) return null; // "12/05/2020"
    if (!(den > value && FRACTION_DENOMINATORS.has(den))) return null;
    return {
      value: value / den,
      first: i,
      last: last + 2,
      scaled: false,
      plain: false,
      words: false,
    };
  }
  if (
    ctx.isNum(last + 1) &&
    ctx.near(last + 1) &&
    ctx.isSym(last + 2, "/") &&
    ctx.glued(last + 2) &&
    ctx.isNum(last + 3) &&
    ctx.glued(last + 3)
  ) {
    const num = Number(ctx.raw(last + 1));
    const den = Number(ctx.raw(last + 3));
    if (
      plain &&
      den > num &&
      FRACTION_DENOMINATORS.has(den) &&
      !(ctx.isSym(last + 4, "/") && ctx.glued(last + 4))
    ) {
      return {
        value: value + num / den,
        first: i,
        last: last + 3,
        scaled: false,
        plain: false,
        words: false,
      };
    }
  }
  let scaled = false;
  let scale = 1;
  for (let guard = 0; guard < 3; guard++) {
    // "$270-million", "a 20-billion deal": a scale glued by a hyphen.
    const hyphen = ctx.isSym(last + 1, "-") && ctx.glued(last + 1) && ctx.glued(last + 2);
    const s = readScale(ctx, hyphen ? last + 2 : last + 1, money);
    if (!s) break;
    // A scale glued to a word-suffix marker ("millionth") would have been one token; nothing to do.
    value *= s.scale;
    scale *= s.scale;
    last = s.last;
    scaled = true;
    plain = false;
  }
  return { value, first: i, last, scaled, plain, words: false, scale };
}
