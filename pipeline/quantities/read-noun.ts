// The counted noun after a bare number: "12 patrol boats", "40 workers", "five partner states".
import type { Context } from "./context.ts";
import { monthAt } from "./dates.ts";
import { ONES, SCALES, TENS } from "./number-words.ts";
import { isPluralNoun, PLURAL_MODIFIERS } from "./plural.ts";

const STOP = new Set(
  (
    "of the a an and or but nor to in on at by for with from as is are was were be been being has have had " +
    "will would could should can may might must shall do does did that which who whom whose this these those it " +
    "its than then per each more less most least not no so such into onto over under up down about after before " +
    "between during since until while if when where there here also only just very all both some any other another " +
    "we they he she you i our their his her my your them us him me what how why because though although yet " +
    "against among within without through across toward towards via like unlike out off again further once " +
    // Time words start an adverbial: "85 patients last week", "40 ships a year ago".
    "last next ago yesterday today tonight tomorrow earlier later now still already " +
    // Past tenses without -ed start the predicate: "a magnitude 7.1 earthquake struck".
    "struck hit fell rose grew sank said told took gave came went made won lost sold bought paid " +
    "spent sent built began became stood ran held kept left brought fought flew drove broke"
  ).split(" "),
);

const MAX_NOUN_WORDS = 3;

/** The noun phrase counted by the number ending at token j-1, or null. */
export function readNoun(
  ctx: Context,
  j: number,
  whole: boolean,
): { noun: string; last: number } | null {
  if (!ctx.isWord(j)) return null;
  // A fraction of a whole counts none of it: "a third of its exports" is a share.
  const partitive = whole ? partitiveNoun(ctx, j) : null;
  if (partitive) return partitive;
  // "24 ageing Boeing 737 jets": one word of description may stand before the model's name.
  let model = modelNameEnd(ctx, j);
  if (model < 0 && ctx.ownLower(j) && ctx.near(j + 1)) model = modelNameEnd(ctx, j + 1);
  if (model >= 0) {
    const after = nounPhrase(ctx, model + 1);
    if (after && isPluralNoun(ctx.lower(after.last)))
      return { noun: ctx.span(j, after.last).replace(/\s+/g, " "), last: after.last };
  }
  return nounPhrase(ctx, j);
}

/** Words that open the whole a part is counted of: "214 of the 400 seats", "one of its engines". */
const PARTITIVE_DETERMINERS = new Set([
  "the",
  "its",
  "their",
  "his",
  "her",
  "our",
  "these",
  "those",
]);

/**
 * "214 of the 400 seats", "one of its engines": the number counts the plural noun of the whole it
 * is a part of. The noun is kept; the span stays the number's own, for the whole is its own figure.
 */
export function partitiveNoun(ctx: Context, j: number): { noun: string; last: number } | null {
  if (ctx.word(j) !== "of" || !PARTITIVE_DETERMINERS.has(ctx.word(j + 1)) || !ctx.near(j + 1))
    return null;
  let k = j + 2;
  // "one of the largest breaches", "one of the most costly": a superlative picks one out, it counts nothing.
  if (superlative(ctx.word(k))) return null;
  if (ctx.near(k) && (ctx.plainDigits(k) || ONES.has(ctx.word(k)) || TENS.has(ctx.word(k)))) k++;
  const phrase = nounPhrase(ctx, k);
  if (!phrase || !isPluralNoun(ctx.lower(phrase.last))) return null;
  return { noun: phrase.noun, last: j - 1 };
}

const SUPERLATIVES = new Set(["most", "least", "best", "worst", "few", "first", "last", "top"]);
/** Words in -est that are no superlative. */
const NOT_SUPERLATIVE = new Set(
  "interest forest harvest request protest contest conquest digest suggest invest manifest arrest honest modest earnest inquest unrest tempest midwest northwest southwest".split(
    " ",
  ),
);

/** A superlative: "most", "best", or an adjective in -est ("largest", "biggest"), not "interest". */
function superlative(word: string): boolean {
  return (
    SUPERLATIVES.has(word) ||
    (word.length > 4 && word.endsWith("est") && !NOT_SUPERLATIVE.has(word))
  );
}

/**
 * The last token of a model name that stands between a count and its noun ("24 F-16 fighters",
 * "40 DT-75 tractors", "310 Airbus A320 jets", "12 Boeing 737 jets"), or -1: a capitalized maker
 * and a designator of capitals and digits.
 */
function modelNameEnd(ctx: Context, j: number): number {
  let k = j;
  if (capitalizedName(ctx, k) && ctx.near(k + 1) && ctx.gap(k + 1) > 0) {
    if (ctx.isNum(k + 1) && ctx.plainDigits(k + 1)) return glueEnd(ctx, k + 1);
    k++;
  }
  // The designator: capitals, then digits glued by a hyphen or directly ("F-16", "A320", "Mi-171E").
  if (!ctx.isWord(k) || ctx.size(k) > 4 || !isCapital(ctx.code(k))) return -1;
  const digits = ctx.isDash(k + 1) && ctx.glued(k + 1) ? k + 2 : k + 1;
  if (!ctx.isNum(digits) || !ctx.glued(digits)) return -1;
  return glueEnd(ctx, digits);
}

/** The last token glued on after token k, across hyphens ("737-800", "Su-30MK2"). */
function glueEnd(ctx: Context, k: number): number {
  let j = k;
  for (;;) {
    if (ctx.glued(j + 1) && (ctx.isNum(j + 1) || ctx.isWord(j + 1))) j++;
    else if (ctx.isDash(j + 1) && ctx.glued(j + 1) && ctx.glued(j + 2) && !ctx.isSym(j + 2, "-"))
      j += 2;
    else return j;
  }
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** A word with a capital first and lower case after ("Boeing", "Airbus"). */
function capitalizedName(ctx: Context, k: number): boolean {
  if (!ctx.isWord(k) || ctx.size(k) < 3) return false;
  // "Boeing", and a brand with a small first letter and a capital after it ("iPhone", "eBay"),
  // told by its second letter before anything is sliced: most words after a number are lower case.
  if (!isCapital(ctx.code(k))) {
    const second = ctx.text.charCodeAt(ctx.start(k) + 1);
    return isCapital(second) && /^\p{Ll}\p{Lu}\p{Ll}+$/u.test(ctx.raw(k));
  }
  const w = ctx.raw(k);
  return w.slice(1) === w.slice(1).toLowerCase();
}

/** The noun phrase from token j: lower-case words up to the plural head. */
function nounPhrase(ctx: Context, j: number): { noun: string; last: number } | null {
  if (!ctx.isWord(j)) return null;
  let last = -1;
  // Words, not tokens, are counted: a compound ("semi-annual instalments") is one word of three tokens.
  for (let k = j, words = 0; words < MAX_NOUN_WORDS && k < ctx.length; k++, words++) {
    if (!ctx.isWord(k) || !ctx.near(k)) break;
    // A compound joined by hyphens is one word, its last part the head ("fighter-bombers").
    let end = k;
    while (ctx.isDash(end + 1) && ctx.glued(end + 1) && ctx.isWord(end + 2) && ctx.glued(end + 2))
      end += 2;
    const w = ctx.lower(end);
    // The noun starts in lower case; "12 Smith J." is a footnote number before a name, not a count of Smiths.
    if (k === j && ctx.raw(k) !== ctx.lower(k) && !/^[A-Z][a-z]+s$/.test(ctx.raw(k))) break;
    if (STOP.has(w) || ONES.has(w) || TENS.has(w) || SCALES.has(w) || monthAt(ctx, k)) break;
    // After the head word, a participle starts the predicate: "residents backed", "workers living".
    if (k > j && (w.endsWith("ed") || w.endsWith("ing"))) break;
    // A following number or a hyphen-glued word belongs to something else ("three 25 MW units").
    last = end;
    k = end;
    if (ctx.isSym(k + 1, ',.;:!?()[]"”“')) break;
    // The plural head ends the phrase ("24 fighter jets", "62 patients remained"), unless it is a
    // plural that modifies the next noun ("five sales offices").
    if (isPluralNoun(w) && !(PLURAL_MODIFIERS.has(w) && ctx.isWord(k + 1))) break;
  }
  if (last === -1) return null;
  const noun = ctx.span(j, last);
  return { noun: last === j ? noun : noun.replace(/\s+/g, " "), last };
}
