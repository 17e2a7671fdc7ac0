// Units after a number: "megawatts", "MW", "sq km", "250-MW", "km/h".
import type { Context } from "./context.ts";
import { NUM, SYM, WORD } from "./lexer.ts";
import {
  CURRENCY_SIGNS,
  lookupUnit,
  lookupUnitName,
  UNIT_FIRST_WORD,
  UNIT_PART_WORD,
  UNIT_WORD,
  type UnitEntry,
  unitEntry,
  unitPhraseTokens,
} from "./units.ts";

// tsx runs modules as CommonJS, where each read of an imported binding is a getter call;
// these token tests run for most numbers, so they read module-local copies.
const T_NUM: number = NUM;
const T_SYM: number = SYM;
const T_WORD: number = WORD;

export interface UnitRead {
  entry: UnitEntry;
  first: number;
  last: number;
}

function mayStartUnit(ctx: Context, start: number): boolean {
  return !ctx.isWord(start) || ctx.inClass(start, UNIT_FIRST_WORD);
}

const SPACED_LETTERS = new Set(["m", "t", "g", "W", "V", "%", "°", "″", "′", "¢", "×"]);
const PHRASE_SYMBOLS = "/.°²³'$-";
// "u.s. dollars" is five tokens.
const MAX_PHRASE = 5;

/** Text of tokens a..b with every gap written as one space; slices once when the gaps already are. */
function spaced(ctx: Context, a: number, b: number): string {
  const span = ctx.span(a, b);
  for (let k = a + 1; k <= b; k++) {
    const g = ctx.gap(k);
    if (g > 1 || (g === 1 && ctx.text.charCodeAt(ctx.start(k) - 1) !== 32))
      return span.replace(/\s+/g, " ");
  }
  return span;
}

/**
 * "38C", "5F": weather copy drops the degree sign. Only a lone capital glued to a number that no
 * capitalized word names ("Room 12C", "Flat 4F" are places).
 */
function gluedDegrees(ctx: Context, j: number): UnitEntry | undefined {
  if (!ctx.glued(j) || ctx.size(j) !== 1) return undefined;
  if (ctx.glued(j + 1) && !ctx.isSym(j + 1, ".,;:!?)")) return undefined;
  const c = ctx.text.charCodeAt(ctx.start(j));
  if (c !== 67 && c !== 70) return undefined;
  if (ctx.type(j - 1) !== T_NUM) return undefined;
  if (ctx.isWord(j - 2) && ctx.raw(j - 2) !== ctx.lower(j - 2)) return undefined;
  return unitEntry(c === 67 ? "°C" : "°F");
}

/** Video resolutions are written like pence ("1080p"). */
const RESOLUTIONS = new Set([240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);

/** "245p", "up 3.5p": British prices in pence; not "3p.m." nor a screen resolution. */
function gluedPence(ctx: Context, j: number): UnitEntry | undefined {
  if (!ctx.glued(j) || ctx.size(j) !== 1 || ctx.text.charCodeAt(ctx.start(j)) !== 112)
    return undefined;
  if (ctx.glued(j + 1) && !ctx.isSym(j + 1, ".,;:!?)")) return undefined;
  if (ctx.isSym(j + 1, ".") && ctx.isWord(j + 2) && ctx.glued(j + 2)) return undefined;
  if (ctx.type(j - 1) !== T_NUM || RESOLUTIONS.has(Number(ctx.raw(j - 1)))) return undefined;
  return unitEntry("GBX");
}

/**
 * "10in", "5ft 10in", "a 65in screen": inches glued to a short number. Spaced, "in" is the
 * preposition ("1925 in"), and glued to four digits it is more often a year run into the next word.
 */
function gluedInches(ctx: Context, j: number): UnitEntry | undefined {
  if (!ctx.glued(j) || !ctx.is(j, "in") || ctx.type(j - 1) !== T_NUM || ctx.size(j - 1) > 4)
    return undefined;
  if (ctx.plainDigits(j - 1) && ctx.size(j - 1) > 3) return undefined;
  if (ctx.glued(j + 1) && !ctx.isSym(j + 1, ".,;:!?)")) return undefined;
  return unitEntry("in");
}

/**
 * "25 €", "40€", "5 £": a currency sign after the number, as European writers and price lists put
 * it; not when a number follows the sign, which it then stands before ("5 $10" is $10).
 */
function trailingSign(ctx: Context, j: number): boolean {
  if (ctx.type(j) !== T_SYM || !CURRENCY_SIGNS.has(ctx.code(j)) || ctx.size(j) !== 1) return false;
  if (ctx.isNum(j + 1) && ctx.near(j + 1)) return false;
  return lookupUnit(ctx.raw(j)) !== undefined;
}

/** The unit written from token j on (after an optional glued hyphen), longest phrase first. */
export function readUnit(ctx: Context, j: number): UnitRead | null {
  let start = j;
  if (ctx.isDash(j) && ctx.glued(j) && ctx.isWord(j + 1) && ctx.glued(j + 1)) start = j + 1;
  const t0type = ctx.type(start);
  if (!ctx.near(start)) return null;
  if (t0type !== T_WORD && !ctx.isSym(start, "%°″′¢×"))
    return trailingSign(ctx, start)
      ? { entry: lookupUnit(ctx.raw(start)) as UnitEntry, first: start, last: start }
      : null;
  const glued =
    start === j ? (gluedDegrees(ctx, j) ?? gluedPence(ctx, j) ?? gluedInches(ctx, j)) : undefined;
  if (glued) return { entry: glued, first: j, last: j };
  // A unit broken across lines is read whole ("mega-⏎watts", "per- cent" once reflowed).
  const broken = t0type === T_WORD ? ctx.lineBrokenWord(start) : "";
  const whole = broken === "" ? undefined : lookupUnitName(broken);
  if (whole) return { entry: whole, first: start, last: start + 2 };
  if (!mayStartUnit(ctx, start)) return null;
  const t0gap = ctx.gap(start);
  const longest = t0type === T_WORD ? unitPhraseTokens(ctx.lower(start)) : undefined;
  const stop = start + Math.min(MAX_PHRASE, longest ?? MAX_PHRASE);
  let end = start;
  for (let k = start + 1; k < stop && k < ctx.length; k++) {
    const ty = ctx.type(k);
    const g = ctx.gap(k);
    if (g > 1) break;
    // A word that is in no unit of several tokens ends every phrase that could match before it.
    const ok =
      (ty === T_WORD && ctx.inClass(k, UNIT_PART_WORD)) ||
      (ty === T_SYM && ctx.isSym(k, PHRASE_SYMBOLS)) ||
      (ty === T_NUM && g === 0 && (ctx.is(k, "2") || ctx.is(k, "3")));
    if (!ok) break;
    end = k;
  }
  for (let k = end; k >= start; k--) {
    // A phrase cannot end on a connector.
    if (ctx.isSym(k, "/-'")) continue;
    // One word in no one-word unit (names and symbols, lower-cased) needs no lookup.
    if (k === start && t0type === T_WORD && !ctx.inClass(k, UNIT_WORD)) continue;
    const written = k === start ? ctx.raw(k) : spaced(ctx, start, k);
    // One token: its lower-cased form is cached in ctx (a symbol's is its raw text, as toLowerCase gives).
    const lower = k === start ? ctx.lower(k) : undefined;
    // Spaced single letters are units only when they are common symbols ("150 m", "5 t"); "5 a", "3 s" are not.
    let entry =
      k === start && t0gap > 0 && written.length === 1 && !SPACED_LETTERS.has(written)
        ? lookupUnitName(written, lower)
        : lookupUnit(written, lower);
    // "x" is a factor only glued to the number ("3x"); spaced, it is a multiplication sign or a letter.
    if (entry?.unit === "x" && written === "x" && t0gap > 0) entry = undefined;
    // "200 T-55 tanks", "36 SU-22": a symbol glued to a hyphen and digits is a model's code.
    if (
      entry &&
      ctx.isWord(k) &&
      ctx.isDash(k + 1) &&
      ctx.glued(k + 1) &&
      ctx.isNum(k + 2) &&
      ctx.glued(k + 2)
    )
      return null;
    if (entry) return { entry, first: start, last: k };
  }
  return null;
}
