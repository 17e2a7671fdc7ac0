// Where a news item, memo or release is dated: the full date standing in its opening lines.
import type { Sentence } from "../ingest/types.ts";
import { twoDigitYear } from "../quantities/index.ts";
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
  const group = dateTimeGroup(raw);
  if (group) return group;
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

/**
 * A telegram's date-time group on a line of its own in the opening lines ("R 141530Z JUN 72",
 * "O 031200Z MAR 1968"): day, hour and minute, zone letter, month, year.
 */
const DTG =
  /^[ \t]*(?:[A-Z]{1,2}[ \t]+)?(\d{2})\d{4}[A-Z][ \t]+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[ \t]+(\d{2}|\d{4})[ \t]*$/m;
const DTG_MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(" ");

function dateTimeGroup(raw: string): { iso: string; start: number } | null {
  const m = DTG.exec(raw.slice(0, 2 * DATELINE_REACH));
  if (!m) return null;
  const day = Number(m[1]);
  const short = m[3].length === 2 ? Number(m[3]) : null;
  const year = short === null ? Number(m[3]) : twoDigitYear(short);
  if (day < 1 || day > 31) return null;
  const month = String(DTG_MONTHS.indexOf(m[2]) + 1).padStart(2, "0");
  return {
    iso: `${year}-${month}-${String(day).padStart(2, "0")}`,
    start: m.index + m[0].indexOf(m[1]),
  };
}
