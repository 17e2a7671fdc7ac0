// The dates a sentence states, as years or year intervals, from the recognizer's date items plus
// year ranges ("1976-1983", "1958-62", "in 1982 through 1986") it may report as two dates or none.
import type { Quantity } from "../quantities/types.ts";

export interface TimeMention {
  start: number;
  end: number;
  from: number;
  to: number;
}

export interface SentenceTimes {
  mentions: TimeMention[];
  /** A month or day is named without a year ("on November 17", "in May"). */
  partial: boolean;
  /** The months (1-12) named without a year, when the name is a month's. */
  partialMonths: number[];
  /** Spans of the sentence's quantities (not dates), to tell which date belongs to which figure. */
  quantities: Array<[number, number]>;
  /** ISO dates of the mentions, for events ("1946-06-06"). */
  iso: Array<{ start: number; end: number; iso: string }>;
}

const YEAR = "(1[5-9]\\d\\d|20\\d\\d)";
const RANGE = new RegExp(
  `(?<![\\d.,])${YEAR}\\s*(?:[-–—/]|\\s(?:to|through|till|until|and)\\s)\\s*(\\d{4}|\\d{2})(?![\\d%]|[.,]\\d|\\s*(?:%|per|percent|thousand|million|billion))`,
  "g",
);
// "FY2014", "FY14/15", "1H12", "3Q12", "Q4'15": a fiscal year, half or quarter in an analyst's
// shorthand (the recognizer reads "Q3 2012" and "fiscal 2011" as dates already).
const FISCAL = /\b(?:FY ?|[1-4]Q|Q[1-4]|[12]H|H[12])['’]?(\d{4}|\d{2})(?:[/–-](\d{4}|\d{2}))?\b/g;

/** "14" → 2014, "98" → 1998: a two-digit year of the shorthand above. */
function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

// Capitals too, as cables write them; not "MAY" and "MARCH", as often verbs there.
const MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JANUARY|FEBRUARY|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b\.?/g;
const MONTH_NAMES = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
const URL = /https?:\/\/|www\./i;

export function sentenceTimes(text: string, found: Quantity[]): SentenceTimes {
  // Access dates of web citations follow the address; they date the reading, not the claim.
  const cut = text.search(URL);
  const limit = cut < 0 ? text.length : cut;
  const quantities: Array<[number, number]> = [];
  for (const q of found) if (q.kind === "quantity") quantities.push([q.start, q.end]);
  const mentions: TimeMention[] = [];
  const iso: SentenceTimes["iso"] = [];
  // exec loops rather than matchAll, which copies the pattern on every call (once per sentence).
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(text); m; m = RANGE.exec(text)) {
    const start = m.index;
    if (start >= limit) continue;
    const from = Number(m[1]);
    const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (to < from || to - from > 100) continue;
    mentions.push({ start, end: start + m[0].length, from, to });
  }
  FISCAL.lastIndex = 0;
  for (let m = FISCAL.exec(text); m; m = FISCAL.exec(text)) {
    const [start, end, from] = [m.index, m.index + m[0].length, fullYear(m[1])];
    const to = m[2] === undefined ? from : Math.floor(from / 100) * 100 + (Number(m[2]) % 100);
    // "FY2014/15" is the range read above.
    if (start >= limit || to < from || mentions.some((r) => r.start < end && start < r.end))
      continue;
    mentions.push({ start, end, from, to });
  }
  let partial = false;
  const partialMonths: number[] = [];
  for (const d of found) {
    if (d.kind !== "date" || d.start >= limit) continue;
    const parts = /^(\d{4})(?:-\d{2}(?:-\d{2})?)?(?:\/(\d{4}))?/.exec(d.iso ?? "");
    if (!parts) {
      partial = true;
      continue;
    }
    const from = Number(parts[1]);
    const to = parts[2] ? Number(parts[2]) : from;
    // An interval ("1976/1983") dates claims, but is not one event's date.
    if (!parts[2]) iso.push({ start: d.start, end: d.end, iso: (d.iso as string).slice(0, 10) });
    if (to < from || mentions.some((m) => m.start < d.end && d.start < m.end)) continue;
    mentions.push({ start: d.start, end: d.end, from, to });
  }
  const searched = limit < text.length ? text.slice(0, limit) : text;
  MONTH.lastIndex = 0;
  for (let m = MONTH.exec(searched); m; m = MONTH.exec(searched)) {
    const at = m.index;
    const near = text.slice(at, at + 24);
    if (
      !/\b(1[5-9]\d\d|20\d\d)/.test(near) &&
      !quantities.some(([start, end]) => start <= at && at < end)
    ) {
      partial = true;
      partialMonths.push(MONTH_NAMES.indexOf(m[0].slice(0, 3).toLowerCase()) + 1);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return {
    mentions,
    partial,
    partialMonths,
    iso,
    quantities,
  };
}
