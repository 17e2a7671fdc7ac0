// The heading of a list, for the items under it: "Exports from Brazil to the USSR (annual quotas)"
// over "1. Coffee   up to 60 thousand tons", "2. Cocoa …"; "Key results for 2023:" over
// "• Exports rose 27%", "• Fertilizer shipments totalled 4.6 million tonnes".
import { BULLET_SIGNS } from "../ingest/structure/index.ts";

/** The sign that opens a list item: a number and a dot, or a bullet (the sentence splitter's own). */
const ITEM_SIGN = `(?:\\d{1,3}\\.|[${BULLET_SIGNS}])`;
/** An item's opening: its sign, then a space. */
const ITEM_LINE = new RegExp(`^[ \\t]*${ITEM_SIGN}[ \\t]`);
/** A line's opening up to an item's text: the line break (or the text's start), spaces, the item's sign, spaces. */
const ITEM_OPENING = new RegExp(`(?:^|\\n)[ \\t]*${ITEM_SIGN}[ \\t]*$`);
const ITEM_OPENING_REACH = 16;
/** An item's sign and spaces where its sentence starts ("- Wheat", "4. Tractors"). */
const ITEM_START = new RegExp(`^${ITEM_SIGN}[ \\t]+`);
/** How many lines up a heading is looked for. */
const ITEM_REACH = 40;

/**
 * The heading line over the list item whose sentence starts at raw offset `from` (its bullet, or
 * its text right after its "N."), or null when the text there is no list item or no heading stands over its list (prose
 * comes first, or a blank line and no lead-in ending with a colon). The items' wrapped lines, indented under their text,
 * are passed over.
 */
export function listHeadingOf(raw: string, from: number): string | null {
  // An item's sentence starts at its bullet or number (or, split off, right after its "N.").
  const sign = ITEM_START.exec(raw.slice(from, from + 8));
  const at = sign ? from + sign[0].length : from;
  // Only the few characters before `at` are read to tell an item: a line of 50 MB is read once,
  // not once per claim.
  const opening = ITEM_OPENING.exec(raw.slice(Math.max(0, at - ITEM_OPENING_REACH), at));
  if (opening === null) return null;
  const broken = opening[0].startsWith("\n");
  // "^" matched where the slice starts, which is no line start unless the text starts there.
  if (!broken && at > ITEM_OPENING_REACH) return null;
  const lineStart = at - opening[0].length + (broken ? 1 : 0);
  const textColumn = at - lineStart;
  let end = lineStart - 1;
  let blank = false;
  for (let n = 0; end > 0 && n < ITEM_REACH; n++) {
    const start = raw.lastIndexOf("\n", end - 1) + 1;
    const whole = raw.slice(start, end);
    const line = whole.trim();
    end = start - 1;
    if (line === "") {
      if (blank) return null;
      blank = true;
      continue;
    }
    if (ITEM_LINE.test(whole) || (!blank && indentOf(whole) >= textColumn)) continue;
    // Across a blank line only a lead-in stands over the list ("Key results for 2023:"); a
    // memo's "Date: 15 October 2007" heads no list.
    if (blank) return /:$/.test(line) && !/^\p{L}+:/u.test(line) ? line : null;
    return /[.!?]$/.test(line) ? null : line;
  }
  return null;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The one year a heading states ("Key results for 2023:"), or null for none or several. */
export function headingYear(heading: string): number | null {
  const years = heading.match(/\b(?:1[89]\d\d|20\d\d)\b/g);
  return years?.length === 1 ? Number(years[0]) : null;
}
