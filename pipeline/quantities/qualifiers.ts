// Hedge and change words before a number: "nearly", "more than", "at least", "up to", "fell by".
import type { Context } from "./context.ts";
import type { Qualifier } from "./types.ts";
import { wordClass } from "./word-classes.ts";

/** Phrases, longest first when read backwards; keys are lower-case words joined by one space. */
const QUALIFIERS = new Map<string, Qualifier>([
  ["about", "approx"],
  ["nearly", "approx"],
  ["almost", "approx"],
  ["some", "approx"],
  ["roughly", "approx"],
  ["approximately", "approx"],
  ["around", "approx"],
  ["approx", "approx"],
  ["circa", "approx"],
  ["ca", "approx"],
  ["close to", "approx"],
  ["an estimated", "approx"],
  ["estimated", "approx"],
  ["some of", "approx"],
  ["~", "approx"],
  ["at least", "at_least"],
  ["a minimum of", "at_least"],
  ["minimum of", "at_least"],
  ["not less than", "at_least"],
  ["no less than", "at_least"],
  ["no fewer than", "at_least"],
  ["not fewer than", "at_least"],
  ["up to", "at_most"],
  ["as much as", "at_most"],
  ["as many as", "at_most"],
  ["at most", "at_most"],
  ["a maximum of", "at_most"],
  ["maximum of", "at_most"],
  ["no more than", "at_most"],
  ["not more than", "at_most"],
  ["more than", "more_than"],
  ["over", "more_than"],
  ["above", "more_than"],
  ["exceeding", "more_than"],
  ["in excess of", "more_than"],
  ["upwards of", "more_than"],
  ["surpass", "more_than"],
  ["surpassing", "more_than"],
  ["exceed", "more_than"],
  ["exceeds", "more_than"],
  ["greater than", "more_than"],
  [">", "more_than"],
  ["less than", "less_than"],
  ["under", "less_than"],
  ["below", "less_than"],
  ["fewer than", "less_than"],
  ["<", "less_than"],
]);
// "estimated at X" is exact by the corpus convention; the hedge is the estimate, not the figure.
QUALIFIERS.delete("estimated");

const CHANGES = new Map<string, "up" | "down">([
  ["increased by", "up"],
  ["increase of", "up"],
  ["increased", "up"],
  ["rose", "up"],
  ["rose by", "up"],
  ["risen", "up"],
  ["grew", "up"],
  ["grew by", "up"],
  ["gained", "up"],
  ["climbed", "up"],
  ["jumped", "up"],
  ["up", "up"],
  ["up by", "up"],
  ["higher by", "up"],
  ["rise of", "up"],
  ["growth of", "up"],
  ["gain of", "up"],
  ["fell", "down"],
  ["fell by", "down"],
  ["dropped", "down"],
  ["dropped by", "down"],
  ["declined", "down"],
  ["declined by", "down"],
  ["decreased", "down"],
  ["decreased by", "down"],
  ["decrease of", "down"],
  ["down", "down"],
  ["down by", "down"],
  ["lost", "down"],
  ["slipped", "down"],
  ["slumped", "down"],
  ["cut by", "down"],
  ["drop of", "down"],
  ["fall of", "down"],
  ["decline of", "down"],
  ["lower by", "down"],
  // Market and news verbs: after them "X to Y" is a change and a new level, not a range.
  ["soared", "up"],
  ["surged", "up"],
  ["rallied", "up"],
  ["advanced", "up"],
  ["added", "up"],
  ["rebounded", "up"],
  ["expanded", "up"],
  ["grown", "up"],
  ["shrank", "down"],
  ["shrunk", "down"],
  ["sank", "down"],
  ["slid", "down"],
  ["plunged", "down"],
  ["plummeted", "down"],
  ["tumbled", "down"],
  ["eased", "down"],
  ["dipped", "down"],
  ["fallen", "down"],
  ["contracted", "down"],
  ["retreated", "down"],
  ["shed", "down"],
  // Present and future tense ("the charge rises by 3 pence to 53 pence", "will fall by 2% to").
  ...["rises", "rising", "grows", "growing", "increases", "climbs", "jumps", "gains"].flatMap(
    (w): Array<[string, "up"]> => [
      [w, "up"],
      [`${w} by`, "up"],
    ],
  ),
  ...["rise by", "grow by", "increase by", "climb by"].map((w): [string, "up"] => [w, "up"]),
  ...["falls", "falling", "drops", "declines", "decreases", "shrinks", "slips"].flatMap(
    (w): Array<[string, "down"]> => [
      [w, "down"],
      [`${w} by`, "down"],
    ],
  ),
  ...["fall by", "drop by", "decline by", "decrease by"].map((w): [string, "down"] => [w, "down"]),
  // Headlines write the bare verb: "RESERVES RISE $3.8 BLN TO $593.1 BLN", "Shares slip 2%".
  ...["rise", "climb", "jump", "soar", "surge"].map((w): [string, "up"] => [w, "up"]),
  ...["fall", "drop", "slip", "dip", "plunge", "tumble", "sink", "slide"].map(
    (w): [string, "down"] => [w, "down"],
  ),
]);

const lastWordsOf = (table: Map<string, unknown>): Set<string> =>
  new Set([...table.keys()].map((k) => k.slice(k.lastIndexOf(" ") + 1)));
const QUALIFIER_LAST = lastWordsOf(QUALIFIERS);
const CHANGE_LAST = lastWordsOf(CHANGES);
/** The same last words as word classes: the word before most numbers ends no phrase, known by a bit test. */
const QUALIFIER_LAST_WORD = wordClass(QUALIFIER_LAST);
const CHANGE_LAST_WORD = wordClass(CHANGE_LAST);
/** The phrases that end in a sign rather than a word ("~", "<", ">"). */
const LAST_SIGNS = [...QUALIFIER_LAST, ...CHANGE_LAST].filter((k) => !/\p{L}/u.test(k)).join("");

export interface Hedge {
  qualifier: Qualifier;
  change: "up" | "down" | null;
}

/** Reads up to three words (or one symbol) before token i; `first` is the earliest token used. */
function phraseBefore<T>(
  ctx: Context,
  i: number,
  table: Map<string, T>,
  lastWords: Set<string>,
  lastWord: number,
): { value: T; first: number } | null {
  // Every phrase ends in a word or a sign: the digits and other symbols most numbers follow are
  // rejected without being sliced.
  const ends = ctx.isWord(i - 1)
    ? ctx.inClass(i - 1, lastWord)
    : ctx.isSym(i - 1, LAST_SIGNS) && lastWords.has(ctx.raw(i - 1));
  if (!ends) return null;
  let phrase = "";
  for (let n = 1; n <= 3; n++) {
    const k = i - n;
    if (k < 0 || ctx.gap(k + 1) > 3) return null;
    phrase = phrase ? `${ctx.lower(k)} ${phrase}` : ctx.lower(k);
    const hit = table.get(phrase);
    // Prefer the longer phrase ("not less than" over "less than", "up to" over "to").
    if (hit !== undefined) {
      const longer = n < 3 && k > 0 ? table.get(`${ctx.lower(k - 1)} ${phrase}`) : undefined;
      if (longer !== undefined) return { value: longer, first: k - 1 };
      return { value: hit, first: k };
    }
  }
  return null;
}

/** Verbs whose object is changed "by" an amount: "raised the quarterly dividend by 4 cents". */
const CHANGED_OBJECT = new Map<string, "up" | "down">([
  ["raised", "up"],
  ["raises", "up"],
  ["lifted", "up"],
  ["boosted", "up"],
  ["increased", "up"],
  ["hiked", "up"],
  ["cut", "down"],
  ["cuts", "down"],
  ["lowered", "down"],
  ["reduced", "down"],
  ["trimmed", "down"],
  ["slashed", "down"],
]);
/** How many words may stand between such a verb and "by": its object ("the quarterly dividend"). */
const OBJECT_WORDS = 5;

/** "by" before token i, after a verb of change and its object within the clause. */
function changedBy(ctx: Context, i: number): { value: "up" | "down"; first: number } | null {
  if (ctx.word(i - 1) !== "by") return null;
  for (let k = i - 2; k >= Math.max(0, i - 2 - OBJECT_WORDS); k--) {
    if (!ctx.isWord(k) && !ctx.isSym(k, "'’-")) return null;
    const value = CHANGED_OBJECT.get(ctx.word(k));
    if (value) return { value, first: i - 1 };
  }
  return null;
}

/** Words that open the phrase between "by" and a change's size: "by a record 4 percent". */
const SIZE_ARTICLES = new Set(["a", "an", "the", "another"]);
/** Words that end that phrase before its figure: "by the daily limit of 3 cents" is no other word's object. */
const PHRASE_BREAKS = new Set([
  "to",
  "from",
  "in",
  "at",
  "on",
  "for",
  "with",
  "than",
  "and",
  "or",
  "by",
]);
/** Words a phrase like "a record" or "the daily limit of" may have. */
const SIZE_PHRASE_WORDS = 4;

/** "rose by a record 4 percent", "fell by the daily limit of 3 cents": a change whose size a phrase introduces. */
function changedByPhrase(ctx: Context, i: number): { value: "up" | "down"; first: number } | null {
  for (let k = i - 1; k >= Math.max(1, i - SIZE_PHRASE_WORDS); k--) {
    if (!ctx.isWord(k) || !ctx.near(k + 1)) return null;
    const w = ctx.word(k);
    if (SIZE_ARTICLES.has(w)) {
      if (ctx.word(k - 1) !== "by" || !ctx.near(k)) return null;
      const verb = ctx.word(k - 2);
      const value = CHANGES.get(`${verb} by`) ?? CHANGES.get(verb);
      return value ? { value, first: k - 2 } : null;
    }
    if (PHRASE_BREAKS.has(w) && !(w === "of" && k === i - 1)) return null;
  }
  return null;
}

const NO_HEDGE: Hedge = Object.freeze({ qualifier: "exact", change: null });

/**
 * A qualifier or change phrase ends right before token i ("more than", "fell by"); with
 * `ownUnit`, also a verb of change and its object before "by" ("cut its revenues by").
 */
export function hedgedAt(ctx: Context, i: number, ownUnit = false): boolean {
  return readHedge(ctx, i, ownUnit) !== NO_HEDGE;
}

/**
 * Qualifier and change stated before token i. `ownUnit`: the number has a unit of its own, so a
 * "by" after a verb of change and its object is the size of the change ("raised the dividend by 4
 * cents to 52 cents"); without one, "cut prices by 2 to 3 percent" stays a range.
 */
export function readHedge(ctx: Context, i: number, ownUnit = false): Hedge {
  const q = phraseBefore(ctx, i, QUALIFIERS, QUALIFIER_LAST, QUALIFIER_LAST_WORD);
  const c =
    phraseBefore(ctx, q ? q.first : i, CHANGES, CHANGE_LAST, CHANGE_LAST_WORD) ??
    (ownUnit ? changedBy(ctx, q ? q.first : i) : null) ??
    (ctx.isWord(i - 1) ? changedByPhrase(ctx, q ? q.first : i) : null);
  // Most numbers carry no hedge: share one frozen answer instead of allocating one per number.
  if (!q && !c) return NO_HEDGE;
  let change = c?.value ?? null;
  // "up to" is a bound, not a rise.
  if (q && q.value === "at_most" && change === "up" && c && c.first === q.first) change = null;
  return { qualifier: q?.value ?? "exact", change };
}
