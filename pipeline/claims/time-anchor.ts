// When a claim holds, found without inventing: a date stated in the sentence wins; then the
// narrative year when the text points to it unambiguously; then the interval between the nearest
// dated sentences before and after; otherwise unknown.

import { type DocumentTime, fallbackYear, sinceDateline } from "./fallback-year.ts";
import {
  afterComparedFigure,
  isComparedDate,
  isComparisonBase,
  isTargetYear,
  statedMention,
} from "./stated-date.ts";
import { clauseAround } from "./text-match.ts";
import type { SentenceTimes, TimeMention } from "./time-mentions.ts";
import type { TimeSource } from "./types.ts";

export interface Anchor {
  year: number | null;
  period_start: number | null;
  period_end: number | null;
  time_source: TimeSource;
  note: string;
}

export interface Narrative {
  /** The last single year the body stated or implied before this sentence. */
  lastYear: number | null;
  /** The single year the previous body sentence is anchored to. */
  previousSentenceYear: number | null;
  /** The year and month of the document's dateline, when its opening lines carry a full date. */
  datelineYear: number | null;
  datelineMonth: number | null;
  /** The one year a short first line of the document states ("USSR FOREIGN TRADE IN 1985"), or null. */
  titleYear?: number | null;
  /** The paragraph's year so far and whether the sentence is a headline above the dateline. */
  document?: DocumentTime;
  /** Time mentions of the sentences just before and just after, nearest sentence first. */
  before: TimeMention[][];
  after: TimeMention[][];
}

const NEXT_YEAR = /\b(?:the|on the|in the) (?:next|following) year\b|\ba year later\b/i;
const PREVIOUS_YEAR = /\bthe (?:previous|preceding) year\b|\ba year (?:earlier|before)\b/i;
// "Two years later", "up from 38 percent three years earlier": a move by several years.
const YEARS_SHIFT =
  /\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d) years (later|earlier)\b/i;
const SMALL_NUMBERS = "zero one two three four five six seven eight nine ten".split(" ");
const SAME_YEAR =
  /\b(?:that|the same) year\b|\b(?:during|throughout|in|by|of) the year\b(?!\s*\d)/i;
const ANAPHORIC_OPENER =
  /^(?:[-–(\d).\s]*)(?:(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,2}?(?:negotiations?|talks|deal|agreements?|treaty|contract|sale|purchase|order|visit|meeting|delegation|loan|credit|accord|protocol|transaction|bid|sum|terms)\b|at that time\b|then\b|in that year\b)/iu;
const NOW =
  /\b(?:this year|now|last (?:week|month)|currently|at present|since (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;
const UNDER_REVIEW =
  /\b(?:the|this) (?:period|year) under (?:review|report)\b|\bthe (?:reporting|report) (?:period|year)\b/i;
// Apart from NOW: "figures published today" dates the release, not a figure of "last year".
const TODAY = /\btoday\b/i;
const LAST_YEAR = /\b(?:last year|a year ago)\b/i;
const LAST_MONTH =
  /\blast (January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
const MONTHS =
  "january february march april may june july august september october november december".split(
    " ",
  );
const COMING_YEAR = /(?<!the )\bnext year\b/i;
const WEEKDAY =
  /\b(?:on|last|this|late|early) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Where the sentence's next figure after `span` starts, or the sentence's end. */
function nextFigureStart(times: SentenceTimes, span: [number, number], text: string): number {
  const next = times.quantities.find(([start]) => start >= span[1]);
  return next ? next[0] : text.length;
}

/** The sentence names two times relative to the dateline: last year and this or next year, or this year and next. */
function twoRelativeTimes(text: string): boolean {
  if (LAST_YEAR.test(text)) return NOW.test(text) || COMING_YEAR.test(text);
  // "will take 60,000 tonnes this year and up to 80,000 tonnes next year"
  return COMING_YEAR.test(text) && THIS_YEAR.test(text);
}
const THIS_YEAR = /\bthis year\b/i;
// Every match of NEXT_YEAR, PREVIOUS_YEAR, SAME_YEAR, LAST_YEAR and COMING_YEAR holds the word.
const YEAR_WORD = /year/i;

export function anchorTime(
  text: string,
  span: [number, number],
  times: SentenceTimes,
  narrative: Narrative | null,
  /** The figure is a flow (trade, shares, changes) that a report's one year dates. */
  flow = false,
): Anchor {
  if (narrative) {
    const shifted = yearShiftAnchor(text, span, times, narrative, flow);
    if (shifted) return shifted;
  }
  const stated = statedMention(text, span, times.mentions);
  if (stated) return fromMention(stated, "stated", "date stated in the sentence");
  if (!narrative) return unknown("no date in the footnote's sentence");
  const since = sinceDateline(text, times.mentions, narrative.datelineYear);
  if (since) {
    const [from, to] = since;
    return {
      ...single(from, ""),
      year: null,
      period_start: from,
      period_end: to,
      note: `narrative: since ${from}, to the dateline (${to})`,
    };
  }
  // A yearbook's "period under review" is the year its title names.
  if (narrative.titleYear != null && UNDER_REVIEW.test(text))
    return single(narrative.titleYear, "the period under review, the year of the title");
  // When the sentence's dates belong to its other figures, only the figure's own clause may date it;
  // so too when it names two different times relative to the dateline ("shipped 1,850 tonnes last
  // year, and 2,400 tonnes are due this year").
  const taken = times.mentions.some(
    (m) => !isComparisonBase(text, m) && !afterComparedFigure(text, m) && !isTargetYear(text, m),
  );
  const { lastYear, previousSentenceYear, datelineYear } = narrative;
  const relative = datelineYear !== null && twoRelativeTimes(text);
  let scope = taken || relative ? clauseOf(text, span) : text;
  // Both in one clause ("sold 40,000 tons last year and expects 55,000 tons this year"): each
  // figure takes the phrase that follows it, up to the next figure.
  if (relative && twoRelativeTimes(scope))
    scope = text.slice(span[0], nextFigureStart(times, span, text));
  // The five "year" phrases run only where the word stands: most sentences are spared them all.
  const yearWord = (lastYear !== null || datelineYear !== null) && YEAR_WORD.test(scope);
  const shift = lastYear !== null && yearWord ? yearShiftIn(scope) : null;
  if (shift && lastYear !== null)
    return single(lastYear + shift.delta, shifted(lastYear, shift.delta));
  if (lastYear !== null && yearWord && SAME_YEAR.test(scope))
    return single(lastYear, `the year the narrative is in (${lastYear})`);
  if (datelineYear !== null && yearWord && LAST_YEAR.test(scope))
    return single(datelineYear - 1, "a year before the dateline");
  if (datelineYear !== null && yearWord && COMING_YEAR.test(scope))
    return single(datelineYear + 1, "the year after the dateline");
  if (datelineYear !== null && (NOW.test(scope) || TODAY.test(scope)))
    return single(datelineYear, "relative to the dateline");
  // "signed on Tuesday": the dateline's week, so its year, unless the dateline is in January.
  if (datelineYear !== null && narrative.datelineMonth !== 1 && WEEKDAY.test(scope))
    return single(datelineYear, "a weekday of the dateline's week");
  // "last October" in a memo of March 1969 is October 1968; in one of November 1969, October 1969.
  const lastMonth = datelineYear !== null && times.partial ? LAST_MONTH.exec(scope) : null;
  if (lastMonth && datelineYear !== null && narrative.datelineMonth !== null) {
    const month = MONTHS.indexOf(lastMonth[1].toLowerCase()) + 1;
    const year = month < narrative.datelineMonth ? datelineYear : datelineYear - 1;
    return single(year, `last ${lastMonth[1]}, the one before the dateline (${year})`);
  }
  if (taken) {
    // "took 11,400 tons between January and June, compared with 6,900 tons in 1963": the figure's
    // own clause names a month, without a year, not after the dateline's month.
    const own = clauseMonth(scope);
    if (datelineYear !== null && own > 0 && own <= (narrative.datelineMonth ?? 0))
      return single(datelineYear, "a month of its clause, without a year, in the dateline's year");
    return unknown("the sentence's dates belong to its other figures");
  }
  // A month without a year: in a dated memo or news item, a month not after the dateline's is in its
  // year; a later month, or a month in a history, is in the narrative's year.
  const month = times.partialMonths[0];
  const beforeDateline =
    month !== undefined &&
    month > 0 &&
    narrative.datelineMonth !== null &&
    month <= narrative.datelineMonth;
  if (datelineYear !== null && times.partial && beforeDateline) {
    return single(datelineYear, "a month without a year, in the dateline's year");
  }
  if (lastYear !== null && times.partial) {
    return single(lastYear, `a month without a year, in the narrative's ${lastYear}`);
  }
  if (previousSentenceYear !== null && ANAPHORIC_OPENER.test(text)) {
    return single(previousSentenceYear, "the sentence refers back to the previous one");
  }
  const fallback = narrative.document ? fallbackYear(text, span, narrative.document, flow) : null;
  if (fallback) return single(fallback.year, fallback.why);
  return bounded(narrative);
}

/** "the next year" (+1) or "a year earlier" (-1): where the first such phrase of the text stands. */
function yearShiftIn(text: string): { start: number; end: number; delta: number } | null {
  let found: { start: number; end: number; delta: number } | null = null;
  for (const [pattern, sign] of SHIFTS) {
    const m = pattern.exec(text);
    if (!m || (found && found.start <= m.index)) continue;
    const delta = sign === 0 ? yearsOf(m) : sign;
    found = { start: m.index, end: m.index + m[0].length, delta };
  }
  return found;
}

const SHIFTS: Array<[RegExp, number]> = [
  [NEXT_YEAR, 1],
  [PREVIOUS_YEAR, -1],
  [YEARS_SHIFT, 0],
];

/** How many years a matched phrase moves by, with its sign ("two years earlier": -2). */
function yearsOf(m: RegExpExecArray): number {
  if (m.length < 3 || m[1] === undefined) return 1;
  const word = m[1].toLowerCase();
  const n = SMALL_NUMBERS.includes(word) ? SMALL_NUMBERS.indexOf(word) : Number(word);
  return m[2].toLowerCase() === "later" ? n : -n;
}

// "rose 5% compared with the previous year": the phrase names the base, no figure's own year.
const BASE_BEFORE_SHIFT =
  /\b(?:compared (?:with|to)|(?:in )?comparison (?:with|to)|than|over|on|against|from|since|versus)\s+(?:in\s+)?$/i;
// A relative year right after the figure is its own, whatever the sentence states elsewhere
// ("slipped to 28 percent last year from 35 percent in 1996").
const OWN_RELATIVE = /\s*,?\s*(?:(last year|a year ago)|(this year)|(next year))\b/iy;

/**
 * A phrase that moves a year by one dates the figure right before it ("reached 13.2 million tons in
 * 1981, then eased to 8.4 million tons the next year"; "750,000 tonnes, up from 600,000 tonnes a
 * year earlier") or every figure after it ("The following year its purchases doubled to 760,000
 * tons"); from the last year the sentence states before it, else from the year of the figure it is
 * compared with, else from the narrative's. Figures before that one are dated as if it were not there.
 */
function yearShiftAnchor(
  text: string,
  span: [number, number],
  times: SentenceTimes,
  narrative: Narrative,
  flow: boolean,
): Anchor | null {
  const { datelineYear } = narrative;
  OWN_RELATIVE.lastIndex = span[1];
  const own = datelineYear !== null && span[1] > span[0] ? OWN_RELATIVE.exec(text) : null;
  if (own && datelineYear !== null) {
    const delta = own[1] ? -1 : own[2] ? 0 : 1;
    return single(datelineYear + delta, `"${own[0].trim()}" after the figure, from the dateline`);
  }
  if (!YEAR_WORD.test(text)) return null;
  const shift = yearShiftIn(text);
  if (!shift) return null;
  const masked = () =>
    anchorTime(
      text.slice(0, shift.start) + " ".repeat(shift.end - shift.start) + text.slice(shift.end),
      span,
      times,
      narrative,
      flow,
    );
  if (BASE_BEFORE_SHIFT.test(text.slice(Math.max(0, shift.start - 30), shift.start)))
    return masked();
  // Figures are never far apart in a sentence: this runs over a handful of spans.
  const before = times.quantities.filter(([, end]) => end <= shift.start);
  // The phrase follows a figure within a few words ("8.4 million tons the next year"), or it
  // opens what comes after it ("In the following year, exports fell to ...").
  const last = before.at(-1);
  const attached = last && /^[\s,]*(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(last[1], shift.start));
  // Figures after a phrase that opens the sentence keep the rules below, a stated year first.
  if (!attached) return span[0] >= shift.end ? null : masked();
  if (span[0] !== last[0]) return masked();
  const stated = times.mentions.filter(
    (m) => m.end <= shift.start && m.from === m.to && !isComparedDate(text, m),
  );
  let reference: number | null = stated.at(-1)?.from ?? null;
  let why = "the year the sentence states";
  const compared = before.at(-2);
  if (reference === null && compared && shift.delta < 0) {
    reference = anchorTime(text, compared, times, narrative, flow).year;
    why = "the year of the figure it is compared with";
  }
  if (reference === null) {
    reference = narrative.lastYear;
    why = "the narrative's year";
  }
  if (reference === null) return null;
  return single(reference + shift.delta, `${shifted(reference, shift.delta)}, ${why}`);
}

/** "the year after 1980", "2 years before 1958". */
function shifted(year: number, delta: number): string {
  const size = Math.abs(delta);
  return `${size === 1 ? "the year" : `${size} years`} ${delta > 0 ? "after" : "before"} ${year}`;
}

// "May" is left out: in a telegram's capitals it is as often the verb.
const CLAUSE_MONTH =
  /\b(January|February|March|April|June|July|August|September|October|November|December)\b(?!,?\s+(?:1[5-9]|20)\d\d)/i;

/** The first month (1-12) a clause names without a year after it, or 0. */
function clauseMonth(clause: string): number {
  const m = CLAUSE_MONTH.exec(clause);
  return m ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
}

function clauseOf(text: string, span: [number, number]): string {
  const [left, right] = clauseAround(text, span[0], span[1]);
  return text.slice(left, right);
}

function bounded(n: Narrative): Anchor {
  const lower = n.before.find((ms) => ms.length > 0)?.at(-1);
  if (!lower) return unknown("no date in or near the sentence");
  const upper = n.after.find((ms) => ms.length > 0)?.[0];
  const start = lower.from;
  const end = upper ? upper.to : lower.to !== lower.from ? lower.to : null;
  if (end === null || end < start) return unknown("no date after the sentence bounds it");
  return {
    year: null,
    period_start: start,
    period_end: end,
    time_source: "bounded",
    note: `between the nearest dates before and after (${start}-${end})`,
  };
}

function fromMention(m: TimeMention, source: TimeSource, note: string): Anchor {
  return m.from === m.to
    ? { year: m.from, period_start: null, period_end: null, time_source: source, note }
    : { year: null, period_start: m.from, period_end: m.to, time_source: source, note };
}

function single(year: number, why: string): Anchor {
  return {
    year,
    period_start: null,
    period_end: null,
    time_source: "narrative",
    note: `narrative: ${why}`,
  };
}

function unknown(why: string): Anchor {
  return {
    year: null,
    period_start: null,
    period_end: null,
    time_source: "unknown",
    note: `year unknown: ${why}`,
  };
}

/** The single year a sentence is anchored to, if any, for the narrative carried to the next one. */
export function singleYearOf(times: SentenceTimes): number | null {
  let year: number | null = null;
  for (const m of times.mentions) {
    if (m.from !== m.to) continue;
    if (year !== null && m.from !== year) return null;
    year = m.from;
  }
  return year;
}
