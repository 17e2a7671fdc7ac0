// Which recognized quantities are claims. Dates are not; bare numbers are not unless a counting
// word makes them a count; time frames ("for the next five years") only date another claim.
import { shouting } from "../quantities/index.ts";
import type { Quantity } from "../quantities/types.ts";
import { countCueHits, dimensionOf } from "./classify.ts";
import { countedNounAfter } from "./counted-noun.ts";
import type { Taxonomy } from "./taxonomy.ts";
import { endsWithCapitalizedWord, wordsAfter, wordsBefore, wordsBetween } from "./text-match.ts";

// "6. About 200 technicians": after an item's number or bullet the word opens the sentence.
const ITEM_OPENER = /^\s*(?:\d{1,3}\.|[IVX]{1,5}\.|[-•*–])\s+\p{Lu}[\p{L}-]*\s+$/u;

export type Verdict =
  | { keep: true; noun: string | null; unit: string }
  | { keep: false; reason: string };

const TIME_FRAME = new Set([
  "next",
  "past",
  "last",
  "previous",
  "following",
  "coming",
  "first",
  "recent",
  // "Over the same two years sales rose ...": the span of another claim.
  "same",
]);
const ANAPHORIC = new Set(["the", "these", "those", "both", "all", "its", "their"]);
// "Poland's entire 1971 harvest", "the 1958 sale": a year before a noun, not a count of it.
const YEAR_SLOT = /(?:['’]s|\b(?:the|its|their|his|her|this|that|total|whole|entire))\s+$/i;
// "the 1978/79 season": the second half of a split year. Five characters long: only the five
// before a figure are tested.
const YEAR_BEFORE = /(?:1[5-9]\d\d|20\d\d)[/–-]$/;
const SMALL_WORDS = /^(two|three|four|five|six|seven|eight|nine|ten|both)$/i;
// "highlight two important features", "serves two purposes": a count of the parts of an argument,
// which no reader of trade figures wants in a table.
const DISCOURSE_NOUNS = new Set(
  "features ways purposes reasons aspects points questions factors lessons options goals objectives scenarios conclusions problems issues tasks things ideas principles priorities pillars elements stages phases approaches motives arguments explanations interpretations readings possibilities alternatives".split(
    " ",
  ),
);
// "two seasons ago", "over the past four decades": a span of time counted, the frame of a claim.
const PERIOD_NOUNS = new Set("decades centuries generations eras seasons millennia".split(" "));

/** "110 more", "40 others": a further number of what the count before it counts. */
const MORE_OF_THEM = /^\s+(?:more|others|additional|further)\b(?!\s+than)/i;
/** What joins a bare number to the count it is compared with: "150 trucks …, compared with 85". */
const COMPARED_WITH =
  /^[^\d.;]{0,100}\b(?:compared (?:with|to)|against|versus|vs\.?|as against|up from|down from)\s+(?:(?:about|some|nearly|only|just|(?:fewer|less|more) than|over|under|almost)\s+)?$/i;

// "at the end of 1986, against ...", "in 1963/64, down from": a year between two compared counts
// is no figure.
const YEAR_DIGITS = /\b(?:1[5-9]|20)\d\d(?:\/\d\d(?:\d\d)?)?\b/g;

/**
 * `next` is the quantity recognized right after this one in the sentence, if any; `previous`,
 * the amount before it (dates passed over).
 */
export function judgeQuantity(
  q: Quantity,
  sentence: string,
  inCitation: boolean,
  taxonomy: Taxonomy,
  next?: Quantity,
  previous?: Quantity,
): Verdict {
  if (q.kind !== "quantity") return { keep: false, reason: "date" };
  // A citation's numbers (volumes, issues, counts of pages) are bare; an amount with its unit
  // in a citing footnote is a claim its writer added ("Ibid. The list also named 150,000 tons").
  if (inCitation && (q.unit === null || q.unit === "count"))
    return { keep: false, reason: "inside a bibliographic footnote" };
  // A "range" whose ends are reversed ("45% – 12") is two figures the recognizer joined; keep neither half.
  if (q.low > q.high) return { keep: false, reason: "range with its low end above its high end" };
  const unit = q.unit ?? (q.noun ? "count" : null);
  if (
    (unit === null || unit === "count") &&
    /^\d+$/.test(q.text.trim()) &&
    // "Rio Verde 2 project", "Boeing 707 jets": digits right after a capitalised word inside a
    // sentence name a thing. In a sentence all in capitals, where every word is one, only a
    // number without a counted noun ("SANTIAGO 2871"; not "APPROX 85 SOVIET TECHNICIANS").
    endsWithCapitalizedWord(sentence, q.start) &&
    !ITEM_OPENER.test(sentence.slice(0, q.start)) &&
    !(q.noun && shouting(sentence))
  ) {
    return { keep: false, reason: "a number in a name" };
  }
  if (
    (unit === null || unit === "count") &&
    YEAR_BEFORE.test(sentence.slice(Math.max(0, q.start - 5), q.start))
  ) {
    return { keep: false, reason: "part of a year range" };
  }
  if (unit === null || (unit === "count" && !q.noun)) {
    // "twelve 140 MW turbines": a number right before a measured quantity counts the items measured.
    if (
      next &&
      next.kind === "quantity" &&
      next.unit !== "count" &&
      /^\s*$/.test(sentence.slice(q.end, next.start))
    ) {
      const noun = wordsAfter(sentence, next.end, 3).join(" ") || null;
      return { keep: true, noun, unit: "count" };
    }
    // "shipped 150 trucks this year, compared with 85 last year": the count it is compared with
    // names what it counts.
    // Its noun may stand after a few words of description ("800 Soviet and East European
    // economic advisers ..., against fewer than 200 in 1981").
    // So does the count before "110 more" ("now have 16 technicians and have promised about 110
    // more"), within the clause.
    if (
      previous?.kind === "quantity" &&
      previous.unit === "count" &&
      (COMPARED_WITH.test(sentence.slice(previous.end, q.start).replace(YEAR_DIGITS, "year")) ||
        (MORE_OF_THEM.test(sentence.slice(q.end, q.end + 12)) &&
          /^[^\d.;]{0,100}$/.test(sentence.slice(previous.end, q.start))))
    ) {
      const noun =
        previous.noun ??
        countCue(previous, sentence, taxonomy) ??
        countedNounAfter(sentence, previous.end);
      if (noun) return { keep: true, noun, unit: "count" };
    }
    const cue = countCue(q, sentence, taxonomy) ?? countedNounAfter(sentence, q.end);
    return cue ? { keep: true, noun: cue, unit: "count" } : { keep: false, reason: "bare number" };
  }
  const before = wordsBefore(sentence, q.start, 2);
  const nearest: string | undefined = before.at(-1);
  const farther: string | undefined = before.length === 2 ? before[0] : undefined;
  if (dimensionOf({ unit, per: q.per }) === "time") {
    if (farther === "the" && nearest !== undefined && TIME_FRAME.has(nearest)) {
      return { keep: false, reason: "time frame of another claim" };
    }
    if (
      nearest !== undefined &&
      TIME_FRAME.has(nearest) &&
      /^(for|over|during|in|within)$/.test(farther ?? "")
    ) {
      return { keep: false, reason: "time frame of another claim" };
    }
    const after = wordsAfter(sentence, q.end, 1)[0] ?? "";
    if (/^(anniversary|old|olds)$/.test(after)) {
      return { keep: false, reason: "an age or anniversary" };
    }
    // "Two years later I was sent to Havana": a step in time, which dates the claims after it.
    if (/^(later|earlier|ago)$/.test(after)) return { keep: false, reason: "a step in time" };
  }
  const head = unit === "count" ? (q.noun?.split(" ").at(-1)?.toLowerCase() ?? "") : "";
  if (DISCOURSE_NOUNS.has(head)) return { keep: false, reason: "counts parts of an argument" };
  if (PERIOD_NOUNS.has(head)) return { keep: false, reason: "a span of time" };
  if (unit === "count" && /^(one|a|an)$/i.test(q.text.trim())) {
    return { keep: false, reason: "a single item or a pronoun" };
  }
  if (
    unit === "count" &&
    /^(1[89]|20)\d\d$/.test(q.text.trim()) &&
    YEAR_SLOT.test(sentence.slice(0, q.start))
  ) {
    return { keep: false, reason: "a year used as a modifier" };
  }
  if (
    unit === "count" &&
    SMALL_WORDS.test(q.text.trim().split(/\s+/)[0]) &&
    ANAPHORIC.has(nearest ?? "")
  ) {
    return { keep: false, reason: "refers back to a set already named" };
  }
  return { keep: true, noun: q.noun, unit };
}

/** The counting cue that makes a bare number a count ("212 were wounded"), if one is near. */
function countCue(q: Quantity, sentence: string, taxonomy: Taxonomy): string | null {
  const { text, countHits } = countCueHits(sentence, taxonomy);
  let best: { phrase: string; distance: number } | null = null;
  for (const hits of countHits) {
    for (const hit of hits) {
      // The cue counts the nearest number only: no other number may stand between them.
      if (hit[1] <= q.start ? hasDigit(text, hit[1], q.start) : hasDigit(text, q.end, hit[0]))
        continue;
      const distance = wordsBetween(text, hit, [q.start, q.end]);
      if (distance <= taxonomy.countCues.windowWords && (!best || distance < best.distance)) {
        best = { phrase: sentence.slice(hit[0], hit[1]).toLowerCase(), distance };
      }
    }
  }
  return best?.phrase ?? null;
}

/** Whether text[from, to) holds an ASCII digit (what \d matches without the u flag). */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}
