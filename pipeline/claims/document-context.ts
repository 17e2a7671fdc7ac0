// Per-sentence context for a document: what the recognizer found, the dates stated, and the
// narrative state (last year, previous sentence's year, dateline) carried through the body.
import type { Sentence } from "../ingest/types.ts";
import type { Quantity } from "../quantities/types.ts";
import { refersBack } from "./participants.ts";
import { isComparisonBase } from "./stated-date.ts";
import { anchorTime, type Narrative, singleYearOf } from "./time-anchor.ts";
import { type SentenceTimes, sentenceTimes } from "./time-mentions.ts";

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

const DATELINE_REACH = 400;
// "until the end of 1977", "by 2015": a limit in time, not the year a paragraph is about.
const BOUND = /\b(?:until|till|by|before|after|up to)\s+(?:the\s+)?(?:(?:end|middle|beginning|start)\s+of\s+(?:the\s+)?)?$/i;

// "the 1973 election", "Poland's 1971 harvest": a year that names an event, not the paragraph's time.
const MODIFIER_BEFORE = /(?:['’]s|\b(?:the|its|their|his|her|this|that|an?))\s+$/i;

function isBound(text: string, m: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (BOUND.test(before)) return true;
  return MODIFIER_BEFORE.test(before) && /^\s+\p{Ll}/u.test(text.slice(m.end));
}

export function documentContext(
  sentences: Sentence[],
  recognize: (s: Sentence) => Quantity[],
  rawText: string,
): SentenceContext[] {
  const contexts = sentences.map((sentence) => {
    const found = recognize(sentence);
    return {
      sentence,
      found,
      times: sentenceTimes(sentence.text, found),
      refersBack: refersBack(sentence.text),
    };
  });
  const stream = (i: number) => sentences[i].inFootnote;
  const found = dateline(contexts, rawText);
  const datelineYear = found ? Number(found.iso.slice(0, 4)) : null;
  const datelineMonth = found && found.iso.length >= 7 ? Number(found.iso.slice(5, 7)) : null;
  let lastYear: number | null = null;
  let previousSentenceYear: number | null = null;
  let paragraphYears = new Set<number>();
  let previousEnd = 0;
  return contexts.map((c, i) => {
    const start = c.sentence.rawOffsets[0];
    if (c.sentence.inFootnote === null) {
      if (/\n\s*\n/.test(rawText.slice(previousEnd, start))) paragraphYears = new Set();
      previousEnd = c.sentence.rawOffsets[c.sentence.text.length];
    }
    const previous: number[] = [];
    for (let j = i - 1; j >= 0 && previous.length < 3 && stream(j) === stream(i); j--)
      previous.push(j);
    const next: number[] = [];
    for (let j = i + 1; j < contexts.length && next.length < 2 && stream(j) === stream(i); j++)
      next.push(j);
    if (c.sentence.inFootnote !== null) return { ...c, narrative: null, previous, next };
    const narrative: Narrative = {
      lastYear,
      previousSentenceYear,
      datelineYear,
      datelineMonth,
      document: {
        paragraphYear: paragraphYears.size === 1 ? [...paragraphYears][0] : null,
        datelineYear,
        headline: found !== null && start < found.start,
      },
      before: previous.slice(0, 2).map((j) => contexts[j].times.mentions),
      after: next.map((j) => contexts[j].times.mentions),
    };
    // The sentence's own year (stated, or found by the narrative rules) carries to the next ones.
    const own = singleYearOf(c.times) ?? sentenceYear(c.sentence.text, c.times, narrative);
    previousSentenceYear = own;
    for (const m of c.times.mentions)
      if (m.from === m.to && !isComparisonBase(c.sentence.text, m) && !isBound(c.sentence.text, m))
        paragraphYears.add(m.from);
    const lastSingle = c.times.mentions.filter((m) => m.from === m.to).at(-1);
    if (lastSingle) lastYear = lastSingle.from;
    else if (own !== null) lastYear = own;
    return { ...c, narrative, previous, next };
  });
}

function sentenceYear(text: string, times: SentenceTimes, narrative: Narrative): number | null {
  if (times.mentions.length > 0) return null;
  const anchor = anchorTime(text, [0, 0], times, narrative);
  return anchor.time_source === "narrative" ? anchor.year : null;
}

/**
 * The ISO date of a dateline: a full date (month precision or better) in the opening lines, standing on
 * its line with at most a place or weekday before it ("Friday, Aug. 20, 1965", "LIMA, Oct. 14, 1972 -").
 */
function dateline(
  contexts: Array<{ sentence: Sentence; times: SentenceTimes }>,
  raw: string,
): { iso: string; start: number } | null {
  for (const { sentence, times } of contexts) {
    if (sentence.inFootnote !== null || sentence.rawOffsets[0] > DATELINE_REACH) continue;
    for (const d of times.iso) {
      if (d.iso.length < 7) continue;
      const start = sentence.rawOffsets[d.start];
      const end = sentence.rawOffsets[d.end - 1] + 1;
      if (start > DATELINE_REACH) continue;
      const before = raw.slice(raw.lastIndexOf("\n", start - 1) + 1, start);
      const lineEnd = raw.indexOf("\n", end);
      const after = raw.slice(end, lineEnd < 0 ? raw.length : lineEnd);
      const words = before.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      // "LIMA, Oct. 14, 1972 - Text", or a release's "Moscow, 3 March 2011. Text".
      if (words <= 3 && /^[\s.,;:]*(?:[-–—].*)?$|^\.\s+\p{Lu}/u.test(after))
        return { iso: d.iso, start };
    }
  }
  return null;
}
