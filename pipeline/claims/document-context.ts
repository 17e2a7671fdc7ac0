// Per-sentence context for a document: what the recognizer found, the dates stated, and the
// narrative state (last year, previous sentence's year, dateline) carried through the body.
import type { Sentence } from "../ingest/types.ts";
import type { Quantity } from "../quantities/types.ts";
import { refersBack } from "./participants.ts";
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
  const datelineYear = found ? Number(found.slice(0, 4)) : null;
  const datelineMonth = found && found.length >= 7 ? Number(found.slice(5, 7)) : null;
  let lastYear: number | null = null;
  let previousSentenceYear: number | null = null;
  return contexts.map((c, i) => {
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
      before: previous.slice(0, 2).map((j) => contexts[j].times.mentions),
      after: next.map((j) => contexts[j].times.mentions),
    };
    // The sentence's own year (stated, or found by the narrative rules) carries to the next ones.
    const own = singleYearOf(c.times) ?? sentenceYear(c.sentence.text, c.times, narrative);
    previousSentenceYear = own;
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
): string | null {
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
      if (words <= 3 && /^[\s.,;:]*(?:[-–—].*)?$/.test(after)) return d.iso;
    }
  }
  return null;
}
