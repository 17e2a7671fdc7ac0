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
export function readNoun(ctx: Context, j: number): { noun: string; last: number } | null {
  if (!ctx.isWord(j)) return null;
  let last = -1;
  for (let k = j; k < j + MAX_NOUN_WORDS && k < ctx.length; k++) {
    if (!ctx.isWord(k) || !ctx.near(k)) break;
    const w = ctx.lower(k);
    // The noun starts in lower case; "12 Smith J." is a footnote number before a name, not a count of Smiths.
    if (k === j && ctx.raw(k) !== w && !/^[A-Z][a-z]+s$/.test(ctx.raw(k))) break;
    if (STOP.has(w) || ONES.has(w) || TENS.has(w) || SCALES.has(w) || monthAt(ctx, k)) break;
    // After the head word, a participle starts the predicate: "residents backed", "workers living".
    if (k > j && (w.endsWith("ed") || w.endsWith("ing"))) break;
    // A following number or a hyphen-glued word belongs to something else ("three 25 MW units").
    last = k;
    if (ctx.isSym(k + 1, ',.;:!?()[]"”“')) break;
    // The plural head ends the phrase ("24 fighter jets", "62 patients remained"), unless it is a
    // plural that modifies the next noun ("five sales offices").
    if (isPluralNoun(w) && !(PLURAL_MODIFIERS.has(w) && ctx.isWord(k + 1))) break;
  }
  if (last === -1) return null;
  const noun = ctx.span(j, last);
  return { noun: last === j ? noun : noun.replace(/\s+/g, " "), last };
}
