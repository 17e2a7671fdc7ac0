// Which of a sentence's dates a quantity takes as stated: the nearest in its own clause; a date in
// another clause only when it is the sentence's one date ("In 1994 Russia supplied 150 trucks, 420
// tractors and two aircraft"; "took 3,700 tons in 1968, valued at $4.1 million"), unless the
// clause says its time differs; never a comparison base ("levels of 1976-80", "up 20% from 2010",
// "triple the 2017 level").
import { clauseAround } from "./text-match.ts";
import type { TimeMention } from "./time-mentions.ts";

const COMPARISON_BASE =
  /\b(?:levels?|average|averages|compared (?:with|to)|(?:in )?comparison (?:with|to)|than|against|since|double|triple|treble|twice|times|above|below|exceed(?:s|ed|ing)?)\s+(?:of\s+|in\s+)?(?:the\s+|its\s+)?$/i;
// "up 20% from 2010", "up 18% on 2022" (a single year; "from 1983 to 1986" is a period, not a base).
const FROM_BASE = /\bfrom\s+$|(?:%|\bper ?cent|\bpercent)\s+on\s+$/i;
// A clause that says its time differs from the rest of the sentence ("but it has since grown to 520 MW").
// So does one that names its own time in words ("and in that year the USSR took 76 per cent").
const TIME_SHIFT =
  /\b(?:since|now|later|today|currently|subsequently|afterwards|eventually|(?:that|this|last|the same|the following) year)\b/i;

/** Characters between a figure and a date (0 when they touch or overlap). */
function distanceTo(span: [number, number], m: TimeMention): number {
  return m.end <= span[0] ? span[0] - m.end : Math.max(0, m.start - span[1]);
}

/** "levels of 1976-80", "up 20% from 2010", "since 1979": a date a figure is compared with. */
export function isComparisonBase(text: string, m: TimeMention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return COMPARISON_BASE.test(before) || (m.from === m.to && FROM_BASE.test(before));
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
  const bases = mentions.filter((m) => isComparisonBase(text, m));
  // A comparison base ("up 20% from 2010", "levels of 1976-80") is never the figure's own time.
  const candidates = mentions.filter((m) => !bases.includes(m));
  if (candidates.length === 0) return null;
  // "1967, $11.5 million;", "were: in 1985, £156.2 million; in 1986, …" (a table in prose) and
  // "$14.3 million in 1968": the date bound to the figure.
  const bound = candidates.find(
    (m) =>
      (m.end <= span[0] &&
        /^\s*[,:]\s*$/.test(text.slice(m.end, span[0])) &&
        /(?:^|[;:.,]\s*)(?:and\s+)?(?:in\s+)?$/i.test(text.slice(0, m.start))) ||
      (m.start >= span[1] && /^\s+(?:in|during)\s+$/.test(text.slice(span[1], m.start))),
  );
  if (bound) return bound;
  const [left, right] = clauseAround(text, span[0], span[1]);
  const inClause = candidates.filter((m) => m.start < right && m.end > left);
  if (inClause.length > 0)
    return inClause.reduce((a, b) => (distanceTo(span, b) < distanceTo(span, a) ? b : a));
  // "rose to 128 roubles, against 97 roubles in 1979": the date of a compared clause is its own.
  const elsewhere = candidates.filter((m) => !inComparedClause(text, m));
  const distinct = new Set(elsewhere.map((m) => `${m.from}-${m.to}`));
  if (distinct.size !== 1 || TIME_SHIFT.test(text.slice(left, right))) return null;
  return elsewhere[0];
}
