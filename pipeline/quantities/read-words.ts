// Reads a number written in words: "sixty", "two and a half", "a hundred", "three-quarters".
import type { Context } from "./context.ts";
import {
  DENOMINATORS,
  MULTIPLES,
  MULTIPLES_BEFORE_THE,
  ONES,
  SCALES,
  TENS,
} from "./number-words.ts";
import { hedgedAt } from "./qualifiers.ts";
import type { NumberRead } from "./read-digits.ts";

/** "the second half", "the first half of": a part of a period, not an amount. */
const HALF_NOT_AMOUNT = new Set([
  "the",
  "first",
  "second",
  "other",
  "latter",
  "last",
  "this",
  "that",
  "next",
]);

/** What "half" is an amount before: "half a", "half of", and the whole it is a share of ("half the sugar", "half its output"). */
const HALF_BEFORE = new Set(["a", "an", "of", "the", "its", "their"]);

type Last = "none" | "a" | "one" | "teen" | "tens" | "hundred" | "scale" | "fraction";

/** Next token of the same number: after a space or a hyphen ("twenty-five"); returns its index or -1. */
function nextPart(ctx: Context, j: number): number {
  if (ctx.isWord(j + 1) && ctx.near(j + 1)) return j + 1;
  if (ctx.isSym(j + 1, "-") && ctx.near(j + 1) && ctx.isWord(j + 2) && ctx.near(j + 2))
    return j + 2;
  return -1;
}

/** Fractions that follow "and a" after a whole number: "two and a half", "one and a quarter". */
const AND_A_FRACTION = new Map([
  ["half", 1 / 2],
  ["quarter", 1 / 4],
  ["third", 1 / 3],
]);

/** The fraction after "and" from token n on ("a half", "one quarter", "three-quarters"), or null. */
function andFraction(ctx: Context, n: number): { value: number; last: number } | null {
  const count = ctx.lower(n);
  const part = nextPart(ctx, n);
  if (part === -1) return null;
  const name = ctx.lower(part);
  if (count === "a" || count === "one") {
    const value = AND_A_FRACTION.get(name);
    return value === undefined ? null : { value, last: part };
  }
  if (count === "three" && (name === "quarters" || name === "quarter"))
    return { value: 3 / 4, last: part };
  return null;
}

/** The scale word of "of a million" (a scale above a hundred) from token j on, or -1. */
function scaleOfOne(ctx: Context, j: number): number {
  if (ctx.word(j) !== "of" || !ctx.near(j + 1) || !ctx.near(j + 2)) return -1;
  const article = ctx.word(j + 1);
  if (article !== "a" && article !== "an") return -1;
  const scale = SCALES.get(ctx.word(j + 2));
  return scale !== undefined && scale > 100 ? j + 2 : -1;
}

const DETERMINERS = new Set(["the", "its", "their", "that", "this", "his", "her", "our"]);
/** Words before which "double the" is a verb: "to double the output", "will triple its sales". */
const VERB_BEFORE = new Set([
  "to",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "and",
  "or",
  "not",
]);

/** "triple the 2017 level": a multiple before a determiner, not after a word that makes it a verb. */
function multipleBeforeThe(ctx: Context, i: number, head: string): number | undefined {
  const n = MULTIPLES_BEFORE_THE.get(head);
  if (n === undefined || !ctx.near(i + 1) || !DETERMINERS.has(ctx.word(i + 1))) return undefined;
  return VERB_BEFORE.has(ctx.word(i - 1)) ? undefined : n;
}

const ORDINAL_FRACTIONS = new Set([
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
]);
/**
 * Words after "a third" that make it an ordinal: "a third consecutive meeting", "a fifth term", and
 * things of a series ("A fifth unit was added", "a third tranche", "a third party").
 */
const ORDINAL_NEXT = new Set(
  "consecutive straight successive time term round year month week day quarter season place attempt session meeting game match race largest biggest highest lowest unit reactor turbine generator plant block phase stage tranche line edition contract agreement protocol shipment vessel party country".split(
    " ",
  ),
);

/** "a third consecutive meeting", "a fifth straight win": an ordinal before its noun, no fraction ("a fifth said", "a third of"). */
function ordinalAfterArticle(ctx: Context, j: number): boolean {
  if (!ORDINAL_FRACTIONS.has(ctx.word(j)) || !ctx.near(j + 1)) return false;
  return ORDINAL_NEXT.has(ctx.word(j + 1));
}

/** A number in words starting at token i, or null. */
export function readWords(ctx: Context, i: number): NumberRead | null {
  const head = ctx.lower(i);
  const multiple = MULTIPLES.get(head) ?? multipleBeforeThe(ctx, i, head);
  if (multiple !== undefined)
    return {
      value: multiple,
      first: i,
      last: i,
      scaled: false,
      plain: false,
      words: true,
      multiple: true,
    };
  let total = 0;
  let current = 0;
  let state: Last = "none";
  let last = -1;
  let scaled = false;
  let lastScale = 1;
  let j = i;
  for (let guard = 0; guard < 32 && j !== -1; guard++) {
    const w = ctx.lower(j);
    const one = ONES.get(w);
    const ten = TENS.get(w);
    const scale = SCALES.get(w);
    const den = DENOMINATORS.get(w);
    if (one !== undefined) {
      if (state === "one" || state === "teen" || state === "a" || state === "fraction") break;
      if (state === "tens" && (one === 0 || one > 9)) break;
      current += one;
      state = one < 10 ? "one" : "teen";
    } else if (ten !== undefined) {
      if (
        state === "one" ||
        state === "teen" ||
        state === "tens" ||
        state === "a" ||
        state === "fraction"
      )
        break;
      current += ten;
      state = "tens";
    } else if ((w === "a" || w === "an") && state === "none") {
      state = "a";
    } else if (scale !== undefined) {
      if (state === "none" || (state === "scale" && scale >= 1000)) break;
      const base = state === "a" ? 1 : current;
      if (scale === 100) {
        current = base * 100;
        state = "hundred";
      } else {
        total += base * scale;
        current = 0;
        state = "scale";
        scaled = true;
        lastScale = scale;
      }
    } else if (w === "dozen" || w === "dozens") {
      // "a dozen", "two dozen(s)"; "dozens" alone is a vague many, not twelve.
      if (state === "none") break;
      current = (state === "a" ? 1 : current) * 12;
      state = "teen";
    } else if (den !== undefined) {
      // "a third", "two thirds", "three-quarters"; "half" also stands alone before "a"/"of".
      if (
        state === "none" &&
        (w === "half" || w === "quarter") &&
        SCALES.has(ctx.word(j + 1)) &&
        ctx.word(j + 1) !== "hundred"
      ) {
        // "half million", "quarter million"
        current = 1 / den;
        state = "fraction";
        last = j;
        j = j + 1;
        continue;
      }
      if (state === "none") {
        const n = ctx.word(j + 1);
        // "that half of the city" points at a half; "reckoned that half the clip went" counts one.
        const conjunction =
          ctx.word(j - 1) === "that" && (n === "the" || n === "its" || n === "their");
        if (w !== "half" || (HALF_NOT_AMOUNT.has(ctx.word(j - 1)) && !conjunction)) break;
        // "half a", "half of"; alone only after a hedge or a change ("more than half", "by half",
        // "cut its revenues by half": a fraction needs no unit to be the change's size).
        if (!HALF_BEFORE.has(n) && !hedgedAt(ctx, j, true)) break;
        current = 0.5;
        // "half a million": the scale follows the article; "half a dozen" is six.
        const k = j + 1;
        if (n === "a" && ctx.word(k + 1) === "dozen" && ctx.near(k + 1)) {
          current = 6;
          last = k + 1;
          state = "teen";
          break;
        }
        if ((n === "a" || n === "an") && SCALES.has(ctx.word(k + 1))) {
          current = 0.5 * (SCALES.get(ctx.lower(k + 1)) ?? 1);
          scaled = true;
          lastScale = SCALES.get(ctx.lower(k + 1)) ?? 1;
          last = k + 1;
          state = "scale";
          break;
        }
      } else if (state === "a" || state === "one" || state === "teen" || state === "tens") {
        if (den === 2 && w !== "half" && w !== "halves") break;
        if (state === "a" && ordinalAfterArticle(ctx, j)) break;
        current = (state === "a" ? 1 : current) / den;
      } else break;
      state = "fraction";
    } else if (
      w === "and" &&
      (state === "one" ||
        state === "teen" ||
        state === "tens" ||
        state === "hundred" ||
        state === "scale")
    ) {
      // "two and a half", "one hundred and five"
      const n = nextPart(ctx, j);
      if (n === -1) break;
      const after = ctx.lower(n);
      const fraction = andFraction(ctx, n);
      if (fraction) {
        current += fraction.value;
        last = fraction.last;
        j = nextPart(ctx, fraction.last);
        state = "fraction";
        // "two and a half million", "one and a quarter billion"
        if (j !== -1 && SCALES.has(ctx.lower(j)) && ctx.lower(j) !== "hundred") continue;
        break;
      }
      if ((state === "hundred" || state === "scale") && (ONES.has(after) || TENS.has(after))) {
        j = n;
        continue;
      }
      break;
    } else break;
    last = j;
    j = nextPart(ctx, j);
    if (state === "fraction" && j !== -1 && !SCALES.has(ctx.lower(j))) {
      // "a quarter of a million", "three-quarters of a billion": a fraction of one scale.
      const k = scaleOfOne(ctx, j);
      if (k !== -1) {
        lastScale = SCALES.get(ctx.lower(k)) ?? 1;
        current *= lastScale;
        scaled = true;
        last = k;
      }
      break;
    }
  }
  if (last === -1 || state === "a") return null;
  if (ctx.lower(last) === "a" || ctx.lower(last) === "an") return null;
  const value = total + current;
  return { value, first: i, last, scaled, plain: false, words: true, scale: lastScale };
}
