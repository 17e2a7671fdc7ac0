// Where a news item, memo or release is dated: the full date standing in its opening lines.
import type { Sentence } from "../ingest/types.ts";
import type { SentenceTimes } from "./time-mentions.ts";

const DATELINE_REACH = 400;
/** How many words a first line's source may have before its date. */
const HEADER_WORDS = 8;
/** A time of day after the date, with a time zone: "5:47pm EDT", "10:32 a.m. ET", "14:05 GMT". */
const CLOCK = /^[\s,]*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\(?[A-Z]{2,5}\)?)?\s*$/i;

/** What may follow a dateline's date on its line: nothing, a dash and the text (the wire's name in brackets before it), or a new sentence. */
const DATELINE_END = /^[\s.,;:]*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—].*)?$|^\.\s+\p{Lu}/u;

/**
 * The ISO date of a dateline: a full date (month precision or better) in the opening lines, standing on
 * its line with at most a place or weekday before it ("Friday, Aug. 20, 1965", "LIMA, Oct. 14, 1972 -").
 */
export function dateline(
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
      // "LIMA, Oct. 14, 1972 - Text", a wire's "LONDON, March 3, 2019 (Reuters) - Text", a
      // release's "Moscow, 3 March 2011. Text", a web page's "Tue Jun 3, 2014 5:47pm EDT".
      if (words <= 3 && (DATELINE_END.test(after) || CLOCK.test(after)))
        return { iso: d.iso, start };
      // A wire service's header, the document's first line: "TASS International Service in
      // English, 14 March 1991, 16:17 GMT".
      if (
        words <= HEADER_WORDS &&
        /,\s*$/.test(before) &&
        raw.lastIndexOf("\n", start - 1) === -1 &&
        (/^[\s.]*$/.test(after) || CLOCK.test(after))
      )
        return { iso: d.iso, start };
    }
  }
  return null;
}
