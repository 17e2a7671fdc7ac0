// Whether a number plays the role of an amount: hedged years, articles, names ("Model 3"), the pronoun "one".
import type { Context } from "./context.ts";
import { monthAt } from "./dates.ts";
import { SCALES, startsWordNumber } from "./number-words.ts";
import { isPluralNoun } from "./plural.ts";
import { partitiveNoun } from "./read-noun.ts";
import { readUnit } from "./read-unit.ts";
import type { Quantity } from "./types.ts";

const AMOUNT_CUES = new Set([
  "about",
  "nearly",
  "almost",
  "some",
  "roughly",
  "approximately",
  "than",
  "over",
  "least",
  "to",
  "only",
  "just",
  "totaling",
  "totalling",
]);

/** A unit after a four-digit number, or a hedge before it, makes it an amount, not a year ("1500 tonnes", "about 2000"). */
export function amountAround(ctx: Context, i: number): boolean {
  const u = readUnit(ctx, i + 1);
  if (u && u.entry.dimension !== "time") return true;
  if (!ctx.isWord(i - 1) || !AMOUNT_CUES.has(ctx.lower(i - 1))) return false;
  // "an increase of 65-80 per cent over 1958": over a year after a share is the base it is
  // measured from, not "more than" an amount.
  return !(ctx.word(i - 1) === "over" && afterShare(ctx, i - 2));
}

/** A percentage ends at token k: "%", "percent", "per cent". */
function afterShare(ctx: Context, k: number): boolean {
  return (
    ctx.isSym(k, "%") ||
    ctx.word(k) === "percent" ||
    (ctx.word(k) === "cent" && ctx.word(k - 1) === "per")
  );
}

/** "a"/"an" start a number only before a scale, "dozen" or a fraction ("a hundred", "a third"): test that without slicing. */
export function articleAlone(ctx: Context, i: number): boolean {
  const first = ctx.text.charCodeAt(ctx.start(i)) | 32;
  if (first !== 97 || ctx.end(i) - ctx.start(i) > 2) return false;
  if (!ctx.isWord(i + 1)) return true;
  const next = ctx.text.charCodeAt(ctx.start(i + 1)) | 32;
  // hundred, thousand/third, million, billion, dozen, quarter, fifth/fourth, sixth/seventh, eighth, tenth
  return !"htmbdqfse".includes(String.fromCharCode(next));
}

/**
 * A name keeps its number even before a noun when it is an acronym ("FTSE 100 fell") or when a
 * count precedes it ("Eight Leopard 2 tanks", "6 Type 26 frigates").
 */
function designator(ctx: Context, i: number): boolean {
  const w = ctx.raw(i - 1);
  if (w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase()) return true;
  if (ctx.isNum(i - 2) || (ctx.isWord(i - 2) && startsWordNumber(ctx.lower(i - 2)))) return true;
  // "24 ageing Boeing 737 jets": the count stands before the name, past a word of description.
  if (ctx.isNum(i - 3) && ctx.isWord(i - 2) && ctx.ownLower(i - 2) && ctx.near(i - 1)) return true;
  // "12.5 million iPhone 15 units": a scaled count.
  return ctx.isNum(i - 3) && ctx.isWord(i - 2) && SCALES.has(ctx.lower(i - 2));
}

const WEEKDAYS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);

/**
 * A count before a singular noun is no count ("the Nikkei 225 index", "the Apollo 11 mission"):
 * after a name, such a number is part of it. Plural and irregular heads are counts.
 */
function singularAfterName(q: Quantity): boolean {
  if (q.low === 1 || q.noun === null) return false;
  const words = q.noun.split(" ");
  return words.every((w) => w === w.toLowerCase() && !isPluralNoun(w));
}

/**
 * "Villa 3-1", "Boston 112-104": a falling or level pair after a name is a score. Model numbers
 * fall too, to a round hundred ("Boeing 737-700", "A330-200"), and stay names.
 */
function scoreAfter(ctx: Context, i: number, value: number): boolean {
  const second = ctx.plainValue(i + 2);
  return (
    ctx.isDash(i + 1) &&
    ctx.glued(i + 1) &&
    ctx.glued(i + 2) &&
    second <= value &&
    !(second >= 100 && second % 100 === 0) &&
    !(ctx.glued(i + 3) && !ctx.isSym(i + 3, '.,;:!?)"”'))
  );
}

/** "Boeing 747", "Apollo 11", "Model 3": a bare number right after a capitalized word inside a sentence names a thing. */
export function isNameNumber(ctx: Context, i: number, q: Quantity): boolean {
  if (articleModel(ctx, i, q)) return true;
  if (
    q.unit !== "count" ||
    (q.noun !== null && !designator(ctx, i) && !singularAfterName(q)) ||
    q.start !== ctx.start(i) ||
    !ctx.isWord(i - 1) ||
    ctx.gap(i) !== 1
  )
    return false;
  // A lower-case word (its text equals its lower-cased form, compared in place) names nothing;
  // nor does a month or a day of the week ("on Tuesday 12 more died").
  if (ctx.ownLower(i - 1) || ctx.size(i - 1) < 2 || monthAt(ctx, i - 1)) return false;
  if (WEEKDAYS.has(ctx.lower(i - 1)) || scoreAfter(ctx, i, q.low)) return false;
  // Sentence-initial capitals are not names, nor are those after a bullet that opens a line.
  if (ctx.isSym(i - 2, "-•*–▪") && (i === 2 || ctx.nl(i - 2) > 0)) return false;
  return i >= 2 && !ctx.isSym(i - 2, '.!?:;"“') && ctx.nl(i - 2) === 0 && ctx.nl(i - 1) === 0;
}

/**
 * "A 747 can carry 400 passengers, twice as many as a 737": an article never counts a bare number
 * of three digits or more; it names a model ("a 1,000-strong crowd" has its noun and hyphen).
 */
function articleModel(ctx: Context, i: number, q: Quantity): boolean {
  if (q.unit !== "count" || q.noun !== null || q.low !== q.high || ctx.size(i) < 3) return false;
  if (!ctx.plainDigits(i) || q.end !== ctx.end(i) || ctx.isDash(i + 1)) return false;
  const w = ctx.word(i - 1);
  return (w === "a" || w === "an") && ctx.near(i);
}

const NAMED_SPANS = new Set(["year", "month", "week", "day", "h"]);

function capitalized(ctx: Context, k: number): boolean {
  const c = ctx.code(k);
  return ctx.isWord(k) && c >= 65 && c <= 90;
}

/**
 * "the Sixth Five-Year Plan", "the Six-Day War", "the Hundred Years' War": a span of time in
 * capitals before a capitalized word is a name. The words of the number are capitalized too, and
 * not only because they open the sentence.
 */
export function isTitleName(ctx: Context, i: number, last: number, q: Quantity): boolean {
  if (q.unit === null || !NAMED_SPANS.has(q.unit)) return false;
  for (let k = i; k <= last; k++) if (ctx.isWord(k) && !capitalized(ctx, k)) return false;
  if (ctx.isWord(i) && (i === 0 || ctx.isSym(i - 1, '.!?:;"“') || ctx.nl(i) > 0)) return false;
  const next = ctx.isSym(last + 1, "'’") && ctx.glued(last + 1) ? last + 2 : last + 1;
  return capitalized(ctx, next) && ctx.near(next);
}

/** The last token of a name's number with its glued suffixes: "777-300ER", "A330-200F". */
export function nameNumberLast(ctx: Context, last: number): number {
  let j = last;
  while (ctx.isDash(j + 1) && ctx.glued(j + 1) && ctx.isNum(j + 2) && ctx.glued(j + 2)) {
    j += 2;
    if (ctx.isWord(j + 1) && ctx.glued(j + 1)) j++;
  }
  return j;
}

const ONE_AS_PRONOUN_BEFORE = new Set([
  "no",
  "the",
  "this",
  "any",
  "each",
  "which",
  "someone",
  "anyone",
  "last",
  "only",
  "such",
  "every",
]);
const ONE_AS_PRONOUN_AFTER = new Set([
  "of",
  "another",
  "who",
  "that",
  "which",
  "hand",
  "day",
  "way",
]);

/**
 * "one of them", "no one", "the one": pronoun uses of "one" that are not a count. "one of the
 * computers" still counts one of a plural named (CQE's gold counts it; claims drop a lone "one").
 */
export function pronounOne(ctx: Context, i: number, value: number, last: number): boolean {
  if (value !== 1 || last !== i || ctx.lower(i) !== "one") return false;
  // "only one in five": a share, whatever stands before it.
  if (ctx.word(i + 1) === "in" && ctx.isWord(i + 2) && startsWordNumber(ctx.lower(i + 2)))
    return false;
  if (ONE_AS_PRONOUN_BEFORE.has(ctx.word(i - 1))) return true;
  const after = ctx.word(i + 1);
  return ONE_AS_PRONOUN_AFTER.has(after) && !(after === "of" && partitiveNoun(ctx, i + 1));
}

/** "two-way trade", "a three-way deal": a number glued to "-way" names parties, no amount. */
export function wayAdjective(ctx: Context, last: number): boolean {
  return (
    ctx.isDash(last + 1) &&
    ctx.glued(last + 1) &&
    ctx.glued(last + 2) &&
    ctx.word(last + 2) === "way"
  );
}
