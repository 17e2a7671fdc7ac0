// The last resorts before an interval or "unknown", each tied to what a reader relies on: the year
// a paragraph has stated and not changed since, and the date of a dated news item, memo or release
// for what it reports as current (present tense, "said", the headline), never for its forecasts.
import { clauseAround } from "./text-match.ts";
import type { TimeMention } from "./time-mentions.ts";

export interface DocumentTime {
  /** The one year the paragraph has stated so far (sentences before this one), if exactly one. */
  paragraphYear: number | null;
  /** The one year the body has stated so far (the dateline apart), if exactly one. */
  documentYear: number | null;
  /** Years the next sentence of the same paragraph states: a different one bounds instead. */
  nextYears: number[];
  datelineYear: number | null;
  /** The sentence stands before the dateline: a headline or title. */
  headline: boolean;
  /** The one year of the document's title ("USSR FOREIGN TRADE IN 1985"), if it states one. */
  titleYear?: number | null;
}

// Expectations and plans are not facts of the document's date.
const FUTURE =
  /\b(?:will|would|shall|expected|expects|plans to|scheduled|intends?|when completed|once completed|over the next|in the next|next decade|in the coming|by the end of)\b/i;
// The sentence moves away from the paragraph's year ("Later ...", "since then").
const SHIFT =
  /\b(?:later|subsequently|afterwards|eventually|since then|today|nowadays|now|currently|at present|previously|earlier|formerly|in the past)\b/i;
// "A bank in Lima lent ...": an indefinite subject starts afresh rather than going on with the year.
const FRESH_START = /^[\s\d.()-]*(?:an?|another)\s/i;
// A report of the day: the source speaking, or the state of things at the time of writing.
const REPORTED = /\b(?:said|says|told|announced|reported|according to|stated)\b/i;
const PRESENT =
  /\b(?:is|are|has|have|remains?|represents?|accounts? for|holds?|employs?|stands?|carr(?:y|ies)|covers?|appl(?:y|ies)|includes?|totals|amounts? to|still|to date|this season)\b/i;

export function fallbackYear(
  text: string,
  span: [number, number],
  time: DocumentTime,
  flow = false,
): { year: number; why: string } | null {
  // A report about one year (a yearbook entry, a survey) keeps it for its flows in later
  // paragraphs; sizes and distances are not dated by it.
  // A yearbook's title year dates its flows when the paragraph names several years.
  const year = time.paragraphYear ?? (flow ? (time.documentYear ?? time.titleYear ?? null) : null);
  // Cheapest tests first; the clause is found last, only when a year is still at stake.
  if (
    year !== null &&
    time.nextYears.every((y) => y === year) &&
    !FRESH_START.test(text) &&
    !SHIFT.test(text) &&
    !FUTURE.test(clauseOf(text, span))
  ) {
    const where =
      time.paragraphYear !== null ? "paragraph" : time.documentYear !== null ? "report" : "title";
    return { year, why: `the year the ${where} states (${year})` };
  }
  if (time.datelineYear === null) return null;
  if (time.headline && !FUTURE.test(text))
    return { year: time.datelineYear, why: "a headline, in the dateline's year" };
  if (REPORTED.test(text) || (PRESENT.test(text) && !FUTURE.test(text)))
    return { year: time.datelineYear, why: "reported as current at the dateline" };
  return null;
}

function clauseOf(text: string, span: [number, number]): string {
  const [left, right] = clauseAround(text, span[0], span[1]);
  return text.slice(left, right);
}

/** "has signed twelve contracts since 2005" in an item dated 2007: the period 2005-2007. */
export function sinceDateline(
  text: string,
  mentions: TimeMention[],
  datelineYear: number | null,
): [number, number] | null {
  if (datelineYear === null) return null;
  const since = mentions.filter((m) => /\bsince\s+$/i.test(text.slice(0, m.start)));
  if (since.length !== 1 || mentions.length !== 1) return null;
  const start = since[0].from;
  return start < datelineYear && since[0].to === start ? [start, datelineYear] : null;
}
