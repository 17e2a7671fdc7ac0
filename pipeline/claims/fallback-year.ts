// The last resorts before an interval or "unknown", each tied to what a reader relies on: the year
// a paragraph has stated and not changed since, and the date of a dated news item, memo or release
// for what it reports as current (present tense, "said", the headline), never for its forecasts.
import { clauseAround } from "./text-match.ts";

export interface DocumentTime {
  /** The one year the paragraph has stated so far (sentences before this one), if exactly one. */
  paragraphYear: number | null;
  datelineYear: number | null;
  /** The sentence stands before the dateline: a headline or title. */
  headline: boolean;
}

// Expectations and plans are not facts of the document's date.
const FUTURE =
  /\b(?:will|would|shall|expected|expects|planned|plans|scheduled|intends?|when completed|once completed|over the next|in the next|next decade|in the coming|by the end of)\b/i;
// The sentence moves away from the paragraph's year ("Later ...", "since then").
const SHIFT =
  /\b(?:later|subsequently|afterwards|eventually|since then|today|nowadays|previously|earlier|formerly|in the past)\b/i;
// A report of the day: the source speaking, or the state of things at the time of writing.
const REPORTED = /\b(?:said|says|told|announced|reported|according to|stated)\b/i;
const PRESENT =
  /\b(?:is|are|has|have|remains?|represents?|accounts? for|holds?|employs?|stands?|carr(?:y|ies)|covers?|appl(?:y|ies)|includes?|totals|amounts? to|still|to date|this season)\b/i;

export function fallbackYear(
  text: string,
  span: [number, number],
  time: DocumentTime,
): { year: number; why: string } | null {
  const [left, right] = clauseAround(text, span[0], span[1]);
  const clause = text.slice(left, right);
  if (time.paragraphYear !== null && !FUTURE.test(clause) && !SHIFT.test(text)) {
    return { year: time.paragraphYear, why: `the year the paragraph states (${time.paragraphYear})` };
  }
  if (time.datelineYear === null) return null;
  if (time.headline && !FUTURE.test(text))
    return { year: time.datelineYear, why: "a headline, in the dateline's year" };
  if (REPORTED.test(text) || (PRESENT.test(text) && !FUTURE.test(clause)))
    return { year: time.datelineYear, why: "reported as current at the dateline" };
  return null;
}
