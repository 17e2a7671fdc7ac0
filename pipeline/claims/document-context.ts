// Per-sentence context for a document: what the recognizer found, the dates stated, and the
// narrative state (last year, previous sentence's year, dateline) carried through the body.
import { BULLET_SIGNS } from "../ingest/structure/index.ts";
import type { Sentence } from "../ingest/types.ts";
import type { Quantity } from "../quantities/types.ts";
import { dateline } from "./dateline.ts";
import { refersBack } from "./participants.ts";
import { withReversedSplit } from "./split-range.ts";
import {
  afterComparedFigure,
  isComparedDate,
  isComparisonBase,
  isTargetYear,
} from "./stated-date.ts";
import { anchorTime, type Narrative, singleYearOf } from "./time-anchor.ts";
import { type SentenceTimes, sentenceTimes, type TimeMention } from "./time-mentions.ts";

export interface SentenceContext {
  sentence: Sentence;
  found: Quantity[];
  times: SentenceTimes;
  refersBack: boolean;
  /** Null for footnote sentences: only stated dates anchor them. */
  narrative: Narrative | null;
  /** Positions (in the sentence list) of the sentences before and after in the same stream. */
  previous: number[];
  next: number[];
}

// "until the end of 1984", "by 2015": a limit in time, not the year a paragraph is about.
const BOUND =
  /\b(?:until|till|by|before|after|up to)\s+(?:the\s+)?(?:(?:end|middle|beginning|start)\s+of\s+(?:the\s+)?)?(?:(?:early|late|mid)\s+|mid-)?$/i;

// "the 1962 congress", "Poland's 1971 harvest": a year that names an event, not the paragraph's time.
const MODIFIER_BEFORE = /(?:['’]s|\b(?:the|its|their|his|her|this|that|an?))\s+$/i;

/** The single years a sentence states as its own time (no comparison bases, limits or event names). */
function ownYears(c: { sentence: Sentence; times: SentenceTimes }): TimeMention[] {
  const text = c.sentence.text;
  return c.times.mentions.filter(
    (m) =>
      m.from === m.to && !isComparedDate(text, m) && !isTargetYear(text, m) && !isBound(text, m),
  );
}

const BULLETED = new RegExp(`^\\s*[${BULLET_SIGNS}]\\s`);

/** Words a title may have: "USSR FOREIGN TRADE IN 1985. COMMENTARY: NICARAGUA, PERU". */
const TITLE_WORDS = 12;
/** Lines a title may have under it before the blank line: a subtitle, a byline, a date. */
const SUBTITLE_LINES = 2;

/**
 * The document's first line, when it is a title: short, with at most a short subtitle or byline
 * under it before the first blank line.
 */
function titleLineOf(rawText: string): { title: string; end: number; blockEnd: number } | null {
  const from = rawText.length - rawText.trimStart().length;
  const blank = /\r?\n[ \t]*\r?\n/.exec(rawText.slice(from));
  if (!blank) return null;
  const [title, ...under] = rawText.slice(from, from + blank.index).split(/\r?\n/);
  const short = (line: string) => line.trim().split(/\s+/).length <= TITLE_WORDS;
  const subtitle = (line: string) => short(line) && !/[.!?:;,]\s*$/.test(line);
  // A longer first line mostly dates the document rather than naming its subject: "Agri-food
  // Export Bulletin No. 14 | June 2019", "Recollections of ... (recorded in Moscow, 1994)".
  if (!short(title)) return null;
  if (under.length > SUBTITLE_LINES || !under.every(subtitle)) return null;
  return { title, end: from + title.length, blockEnd: from + blank.index };
}

/**
 * The one year the document's first sentence states, when it is a title (above), and the year no
 * comparison base ("twice the 1958 level").
 */
function titleYearOf(contexts: SentenceContext[], rawText: string): number | null {
  const c = contexts[0];
  if (!c || contexts.length < 2 || c.sentence.inFootnote !== null) return null;
  const text = c.sentence.text;
  // The sentence stands in the title line.
  const line = titleLineOf(rawText);
  if (!line || c.sentence.rawOffsets[text.length - 1] >= line.end) return null;
  const own = headedYears(c, false);
  if (own.size > 0) return oneOf(own);
  // A title without a year takes the year its subtitle reports on: "Press release 07/2017:
  // Ecuador's trade with Russia in 2016" under the issuer's name. Only a year after "in", "for",
  // "during" or "of": "ANNUAL REPORT 2015" and "07/2017" (and the dateline) date the document,
  // not what it reports on.
  const years = new Set<number>();
  for (let k = 1; k < contexts.length && contexts[k].sentence.rawOffsets[0] < line.blockEnd; k++)
    for (const year of headedYears(contexts[k], true)) years.add(year);
  return oneOf(years);
}

/** The one year a title or heading states, unless it is a comparison base or a deadline. */
function oneHeadedYear(c: SentenceContext): number | null {
  return oneOf(headedYears(c, false));
}

const SUBJECT_YEAR = /\b(?:in|for|during|of)\s+$/i;

/** The years a heading states, -1 standing for a period, a comparison base or a deadline. */
function headedYears(c: SentenceContext, subtitle: boolean): Set<number> {
  const text = c.sentence.text;
  const subject = (m: TimeMention) =>
    SUBJECT_YEAR.test(text.slice(Math.max(0, m.start - 8), m.start)) &&
    !c.times.iso.some((d) => d.iso.length >= 7 && d.start < m.end && m.start < d.end);
  const years = new Set<number>();
  for (const m of c.times.mentions) {
    if (subtitle && !subject(m)) continue;
    // "Russian Helicopters to deliver 24 Mi-171Sh to Peru by early 2018": a deadline dates no report.
    years.add(m.from === m.to && !isComparisonBase(text, m) && !isBound(text, m) ? m.from : -1);
  }
  return years;
}

function oneOf(years: Set<number>): number | null {
  return years.size === 1 && !years.has(-1) ? [...years][0] : null;
}

/**
 * "IV. TRADE WITH THE ANDEAN COUNTRIES, 1985": a paragraph of its own, short and unpunctuated, in
 * the body after the title. The year it states dates the flows of its section as a title's does.
 */
function isSectionHeading(c: SentenceContext, rawText: string): boolean {
  const { text, rawOffsets } = c.sentence;
  if (/[.!?:;,]\s*$/.test(text) || text.trim().split(/\s+/).length > TITLE_WORDS) return false;
  // "Bogota, September 22, 1969": a date line dates the document, not a section's figures.
  if (c.times.iso.some((d) => d.iso.length >= 7)) return false;
  const start = rawOffsets[0];
  const end = rawOffsets[text.length - 1] + 1;
  return (
    /\n[ \t]*\r?\n[ \t]*$/.test(rawText.slice(Math.max(0, start - 8), start)) &&
    /^[ \t]*(?:\r?\n[ \t]*\r?\n|$)/.test(rawText.slice(end, end + 8))
  );
}

function onlyOne(years: Set<number>): number | null {
  return years.size === 1 ? (years.values().next().value as number) : null;
}

function isBound(text: string, m: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (BOUND.test(before)) return true;
  return MODIFIER_BEFORE.test(before) && /^\s+\p{Ll}/u.test(text.slice(m.end));
}

/**
 * The dateline's date dates the document, not the figures of the sentence it opens ("MOSCOW, 12
 * February 2024 – exports reached $2.9 billion last year"): those are read as the rest of the
 * story is, against it.
 */
function withoutDateline(contexts: SentenceContext[], rawStart: number): void {
  for (const c of contexts) {
    const at = c.times.mentions.findIndex((m) => c.sentence.rawOffsets[m.start] === rawStart);
    if (at < 0) continue;
    const others = c.times.mentions.filter((_, k) => k !== at);
    const rest = c.sentence.text.slice(c.times.mentions[at].end);
    // Only where the story runs on in the same sentence; a dateline standing alone keeps its date.
    if (/\p{L}{2,}/u.test(rest.replace(/^\s*\([^)]*\)/, "")))
      c.times = { ...c.times, mentions: others };
    return;
  }
}

export function documentContext(
  sentences: Sentence[],
  recognize: (s: Sentence) => Quantity[],
  rawText: string,
): SentenceContext[] {
  // Built whole here and completed in place below: copying each context to add the narrative
  // was this function's own main cost.
  const contexts: SentenceContext[] = sentences.map((sentence, i) => {
    const found = withReversedSplit(recognize(sentence), sentence.text);
    return {
      sentence,
      found,
      times: sentenceTimes(sentence.text, found),
      refersBack: refersBack(sentence.text),
      narrative: null,
      previous: inSameStream(sentences, i, -1, 3),
      next: inSameStream(sentences, i, 1, 2),
    };
  });
  const found = dateline(contexts, rawText);
  if (found) withoutDateline(contexts, found.start);
  const datelineYear = found ? Number(found.iso.slice(0, 4)) : null;
  const datelineMonth = found && found.iso.length >= 7 ? Number(found.iso.slice(5, 7)) : null;
  // The title's year, then each section heading's that states one.
  let titleYear = titleYearOf(contexts, rawText);
  let bodyBegun = false;
  let lastYear: number | null = null;
  // The narrative's years where the bulleted list the sentence is in began.
  let listStart: {
    lastYear: number | null;
    paragraphYears: Set<number>;
    documentYears: Set<number>;
  } | null = null;
  let previousSentenceYear: number | null = null;
  let paragraphYears = new Set<number>();
  const documentYears = new Set<number>();
  let previousEnd = 0;
  const sameParagraph = (j: number) => {
    const s = contexts[j].sentence;
    const previousSentence = contexts[j - 1].sentence;
    const gap = rawText.slice(
      previousSentence.rawOffsets[previousSentence.text.length],
      s.rawOffsets[0],
    );
    return s.inFootnote === null && !/\n\s*\n/.test(gap);
  };
  // Each sentence's own years are asked for twice: as the next sentence's, then as its own.
  const ownYearsAt: Array<TimeMention[] | undefined> = [];
  const ownYearsOf = (j: number) => {
    ownYearsAt[j] ??= ownYears(contexts[j]);
    return ownYearsAt[j];
  };
  for (let i = 0; i < contexts.length; i++) {
    const c = contexts[i];
    const start = c.sentence.rawOffsets[0];
    if (c.sentence.inFootnote === null) {
      if (/\n\s*\n/.test(rawText.slice(previousEnd, start))) paragraphYears = new Set();
      previousEnd = c.sentence.rawOffsets[c.sentence.text.length];
    }
    const { previous, next } = c;
    if (c.sentence.inFootnote !== null) continue;
    // Above the body, a heading's year only stands in for a title that states none: "Statistical
    // Bulletin No. 4, 1978" under "SOVIET TRADE WITH LATIN AMERICA, 1977" dates the issue.
    if (i > 0 && (bodyBegun || titleYear === null) && isSectionHeading(c, rawText))
      titleYear = oneHeadedYear(c) ?? titleYear;
    bodyBegun ||= /[.!?]["”)]?\s*$/.test(c.sentence.text);
    // The items of a bulleted list are told side by side: a year one item states does not carry
    // to the next ("- a first batch due in 2017;" over "- a contract for 120 trucks").
    if (!BULLETED.test(c.sentence.text)) listStart = null;
    else if (listStart === null)
      listStart = {
        lastYear,
        paragraphYears: new Set(paragraphYears),
        documentYears: new Set(documentYears),
      };
    else {
      lastYear = listStart.lastYear;
      paragraphYears = new Set(listStart.paragraphYears);
    }
    const reportYears = listStart?.documentYears ?? documentYears;
    const narrative: Narrative = {
      lastYear,
      previousSentenceYear,
      datelineYear,
      datelineMonth,
      titleYear,
      document: {
        paragraphYear: onlyOne(paragraphYears),
        documentYear: paragraphYears.size === 0 ? onlyOne(reportYears) : null,
        nextYears:
          next.length > 0 && sameParagraph(next[0]) ? ownYearsOf(next[0]).map((m) => m.from) : [],
        datelineYear,
        headline: found !== null && start < found.start,
        titleYear,
      },
      before: mentionsAt(contexts, previous, 2),
      after: mentionsAt(contexts, next, 2),
    };
    c.narrative = narrative;
    // The sentence's own year (stated, or found by the narrative rules) carries to the next ones.
    const relative = singleYearOf(c.times) === null ? sentenceAnchor(c, narrative) : null;
    const own = singleYearOf(c.times) ?? relative?.year ?? null;
    previousSentenceYear = own;
    for (const m of ownYearsOf(i)) paragraphYears.add(m.from);
    // "Last year was our best so far. Exports came to 48 million dollars": a sentence without
    // figures that names a year against the dateline gives the paragraph its year, as a stated
    // one does ("bought 4,200 tons last year" dates its own figure only).
    if (
      relative?.year != null &&
      FROM_DATELINE.has(relative.note) &&
      !c.found.some((q) => q.kind === "quantity")
    )
      paragraphYears.add(relative.year);
    // A report of one year names no other: the years of compared figures count against that too.
    for (const m of c.times.mentions)
      if (
        m.from === m.to &&
        c.sentence.rawOffsets[m.start] !== found?.start &&
        (ownYearsOf(i).includes(m) || afterComparedFigure(c.sentence.text, m))
      )
        documentYears.add(m.from);
    // A year the sentence compares with ("against 410 thousand tons in 1984") is no year the
    // narrative moves on to.
    let lastSingle: TimeMention | undefined;
    for (const m of c.times.mentions)
      if (
        m.from === m.to &&
        !isComparedDate(c.sentence.text, m) &&
        !isTargetYear(c.sentence.text, m)
      )
        lastSingle = m;
    // A sentence whose dates are all compared with ("against 12,400 tons in 1954") stays in the
    // narrative's year; one without dates moves to the year the rules found for it.
    if (lastSingle) lastYear = lastSingle.from;
    else if (own !== null && c.times.mentions.length === 0) lastYear = own;
  }
  return contexts;
}

/**
 * Up to `limit` positions from i, stepping by `step` (nearest first), of the sentences in the same
 * stream as i's (the body, or one footnote). Sized once: a context's lists are made per sentence.
 */
function inSameStream(sentences: Sentence[], i: number, step: 1 | -1, limit: number): number[] {
  const stream = sentences[i].inFootnote;
  let count = 0;
  for (let j = i + step; count < limit && j >= 0 && j < sentences.length; j += step) {
    if (sentences[j].inFootnote !== stream) break;
    count++;
  }
  const positions = new Array<number>(count);
  for (let k = 0; k < count; k++) positions[k] = i + step * (k + 1);
  return positions;
}

/** The time mentions of the first `limit` sentences at the positions given. */
function mentionsAt(
  contexts: SentenceContext[],
  positions: number[],
  limit: number,
): TimeMention[][] {
  const count = Math.min(limit, positions.length);
  const mentions = new Array<TimeMention[]>(count);
  for (let k = 0; k < count; k++) mentions[k] = contexts[positions[k]].times.mentions;
  return mentions;
}

/** The year the narrative rules give a sentence that states none, with the rule's note. */
function sentenceAnchor(
  c: SentenceContext,
  narrative: Narrative,
): { year: number | null; note: string } | null {
  if (c.times.mentions.length > 0) return null;
  const anchor = anchorTime(c.sentence.text, [0, 0], c.times, narrative);
  return anchor.time_source === "narrative" ? anchor : null;
}

/** The notes of the rules that read "last year", "next year" and "this year" against a dateline. */
const FROM_DATELINE = new Set([
  "narrative: a year before the dateline",
  "narrative: the year after the dateline",
  "narrative: relative to the dateline",
]);
