// Which of a sentence's dates a quantity takes as stated: the nearest in its own clause; a date in
// another clause only when it is the sentence's one date ("In 1994 Russia supplied 150 trucks, 420
// tractors and two aircraft"; "took 3,700 tons in 1968, valued at $4.1 million"), unless the
// clause says its time differs; never a comparison base ("levels of 1976-80", "up 20% from 2010",
// "triple the 2017 level").
import { clauseAround } from "./text-match.ts";
import type { TimeMention } from "./time-mentions.ts";

const COMPARISON_BASE =
  /\b(?:levels?|average|averages|compared (?:with|to)|(?:in )?comparison (?:with|to)|than|against|since|double|triple|treble|twice|times|above|below|exceed(?:s|ed|ing)?)\s+(?:of\s+|in\s+)?(?:the\s+|its\s+)?$/i;
// "up 20% from 2010", "up 18% on 2022", "65-80 per cent over 1958" (a single year; "from 1983 to
// 1986" is a period, not a base).
const FROM_BASE = /\bfrom\s+$|(?:%|\bper ?cent|\bpercent)\s+(?:on|over)\s+$/i;
// A clause that says its time differs from the rest of the sentence ("but it has since grown to 520 MW").
// So does one that names its own time in words ("and in that year the USSR took 76 per cent").
const TIME_SHIFT =
  /\b(?:since|now|later|today|currently|subsequently|afterwards|eventually|(?:that|this|last|the same|the following) year)\b/i;

// "over the 1965 level of 900 tons": the year of a level compared with.
const LEVEL_AFTER = /^\s*levels?\b/i;
const LEVEL_OF = /^\s*levels?\s+of\s+(?:about\s+|some\s+|nearly\s+)?$/i;

/** Characters between a figure and a date (0 when they touch or overlap). */
function distanceTo(span: [number, number], m: TimeMention): number {
  return m.end <= span[0] ? span[0] - m.end : Math.max(0, m.start - span[1]);
}

/**
 * "fell to 412,000 tonnes (2015: 538,000 tonnes)": a year opening a bracket, with a colon after
 * it, labels the figure in the bracket, as statistical releases give the year before.
 */
function isBracketLabel(text: string, m: TimeMention): boolean {
  return (
    /\(\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^\s*:/.test(text.slice(m.end))
  );
}

/** "levels of 1976-80", "up 20% from 2010", "since 1979": a date a figure is compared with. */
export function isComparisonBase(text: string, m: TimeMention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return (
    isBracketLabel(text, m) ||
    COMPARISON_BASE.test(before) ||
    (m.from === m.to && FROM_BASE.test(before)) ||
    LEVEL_AFTER.test(text.slice(m.end, m.end + 10))
  );
}

// "up 5.5 percent from $4.9 billion in 2016", "against 97 roubles in 1979", "compared with 31% in
// 2002", "triple the 190,000
// tonnes of 2016": the year of a figure something is compared with; that figure's own, the base
// of the others.
const AFTER_COMPARED_FIGURE =
  /\b(?:from|against|compared (?:with|to)|versus|than|double|triple|treble|twice|times)\s+(?:the\s+|a\s+)?(?:[A-Z]{0,3}[$€£¥]\s?)?\d[\d.,]*%?(?:\s+(?!in\b|of\b)[\p{L}%]+){0,4}\s+(?:in|of)\s+$/u;
const COMPARED_FIGURE_TAIL = /^(?:\s+(?!in\b|of\b)[\p{L}%]+){0,4}\s+(?:in|of)\s+$/u;
// "from 4.6 million roubles in 1970 to 37 million in 1975" runs from one year to another: no base.
const RUNS_ON_TO = /^\s*,?\s*to\b/;

/** The year of a figure that a sentence's other figures are compared with. */
export function afterComparedFigure(text: string, m: TimeMention): boolean {
  return (
    AFTER_COMPARED_FIGURE.test(text.slice(Math.max(0, m.start - 60), m.start)) &&
    !RUNS_ON_TO.test(text.slice(m.end))
  );
}

// "the $10 billion target set for 2020", "a goal of 5 million tons by 1990": a year aimed at.
const TARGET_YEAR =
  /\b(?:targets?|goals?|aims?|plans?|objectives?|forecasts?|projections?)\b[^.;:]{0,80}\b(?:for|by)\s+$|\b(?:set|planned|projected|forecast|expected|scheduled|due)\s+(?:for|by)\s+$/i;

/** A year a target or forecast is set for: the narrative does not move to it. */
export function isTargetYear(text: string, m: TimeMention): boolean {
  return TARGET_YEAR.test(text.slice(Math.max(0, m.start - 120), m.start));
}

/** A date the sentence compares its figures with, in any of the ways above. */
export function isComparedDate(text: string, m: TimeMention): boolean {
  return isComparisonBase(text, m) || inComparedClause(text, m) || afterComparedFigure(text, m);
}

const COMPARED_CLAUSE =
  /^\s*(?:and\s+|but\s+)?(?:against|compared (?:with|to)|as against|versus|vs\.?|up from|down from|from)\b/i;

/** The date stands in a clause that opens with a comparison ("against 97 roubles in 1979"). */
export function inComparedClause(text: string, m: TimeMention): boolean {
  const [left] = clauseAround(text, m.start, m.end);
  return COMPARED_CLAUSE.test(text.slice(left, m.start));
}

export function statedMention(
  text: string,
  span: [number, number],
  mentions: TimeMention[],
): TimeMention | null {
  if (mentions.length === 0) return null;
  const label = mentions.find(
    (m) => m.end <= span[0] && isBracketLabel(text, m) && !/[()]/.test(text.slice(m.end, span[0])),
  );
  if (label) return label;
  // "almost four times the 1978 level of US$ 940 million": the level's year is its figure's.
  const level = mentions.find((m) => m.end <= span[0] && LEVEL_OF.test(text.slice(m.end, span[0])));
  if (level) return level;
  const bases = mentions.filter((m) => isComparisonBase(text, m));
  // A comparison base ("up 20% from 2010", "levels of 1976-80") is never the figure's own time.
  const figureBases = mentions.filter((m) => !bases.includes(m) && afterComparedFigure(text, m));
  const candidates = mentions.filter((m) => !bases.includes(m) && !figureBases.includes(m));
  // "1967, $11.5 million;", "were: in 1985, £156.2 million; in 1986, …" (a table in prose) and
  // "$14.3 million in 1968": the date bound to the figure (a compared figure's too).
  const bound = [...candidates, ...figureBases].find(
    (m) =>
      // "against 500,000 tons delivered in 1990": a compared figure's own year, a few words on.
      (figureBases.includes(m) &&
        m.start >= span[1] &&
        COMPARED_FIGURE_TAIL.test(text.slice(span[1], m.start))) ||
      (m.end <= span[0] &&
        /^\s*[,:]\s*$/.test(text.slice(m.end, span[0])) &&
        /(?:^|[;:.,]\s*)(?:and\s+)?(?:in\s+)?$/i.test(text.slice(0, m.start))) ||
      (m.start >= span[1] && /^\s+(?:in|during|of)\s+$/.test(text.slice(span[1], m.start))) ||
      // "12.4 million roubles (1984); 15.1 million roubles (1985)", "(1983-85 average)": the
      // date bracketed right after it.
      (m.start >= span[1] &&
        /^\s*\($/.test(text.slice(span[1], m.start)) &&
        /^\s*(?:\p{Ll}+\.?\s*)?\)/u.test(text.slice(m.end, m.end + 16))),
  );
  if (bound) return bound;
  if (candidates.length === 0) return null;
  const [left, right] = clauseAround(text, span[0], span[1]);
  // "reached US$1.1 billion in 2008, up 28 percent on the previous year": a change set right after
  // a dated figure is that figure's change.
  // So is a clause that says when, after a year: "in 1980, when the market absorbed 33.7%".
  if (/^\s*(?:(?:up|down)\s+$|when\b)/i.test(text.slice(left, span[0]))) {
    const before = candidates.filter((m) => m.end <= left).at(-1);
    if (before && /^\s*,?\s*$/.test(text.slice(before.end, left))) return before;
  }
  // A year aimed at dates the figure of the target, not one before it ("rose 5% ... the $10
  // billion target set for 2020").
  const inClause = candidates.filter(
    (m) =>
      m.start < right &&
      m.end > left &&
      !(m.start >= span[1] && isTargetYear(text, m) && /\d/.test(text.slice(span[1], m.start))),
  );
  if (inClause.length > 0)
    return inClause.reduce((a, b) => (distanceTo(span, b) < distanceTo(span, a) ? b : a));
  // "rose to 128 roubles, against 97 roubles in 1979": the date of a compared clause is its own.
  // A year aimed at ("the target set for 2020") dates only the figure of its own clause.
  const elsewhere = candidates.filter((m) => !inComparedClause(text, m) && !isTargetYear(text, m));
  const distinct = new Set(elsewhere.map((m) => `${m.from}-${m.to}`));
  if (distinct.size !== 1 || TIME_SHIFT.test(text.slice(left, right))) return null;
  // "bought 615,000 tonnes last year, more than triple ..., and expects ... in 2018/19": a date
  // after the figure does not reach back past a clause that named its own time.
  if (elsewhere[0].start >= right && TIME_SHIFT.test(text.slice(0, left))) return null;
  return elsewhere[0];
}
