// The heading of a numbered list, for the items under it: "Exports from Brazil to the USSR
// (annual quotas)" over "1. Coffee   up to 60 thousand tons", "2. Cocoa …".

const ITEM_LINE = /^[ \t]*\d{1,3}\.[ \t]/;
/** A line's opening up to an item's text: the line break (or the text's start), spaces, "N.", spaces. */
const ITEM_OPENING = /(?:^|\n)[ \t]*\d{1,3}\.[ \t]*$/;
const ITEM_OPENING_REACH = 16;
/** How many items up a heading is looked for. */
const ITEM_REACH = 40;

/**
 * The heading line over the numbered item whose text starts at raw offset `at` (right after its
 * "N."), or null when the text there is no list item or no heading stands over its list (a blank
 * line or prose comes first).
 */
export function listHeadingOf(raw: string, at: number): string | null {
  // Only the few characters before `at` are read to tell an item: a line of 50 MB is read once,
  // not once per claim.
  const opening = ITEM_OPENING.exec(raw.slice(Math.max(0, at - ITEM_OPENING_REACH), at));
  if (opening === null) return null;
  const broken = opening[0].startsWith("\n");
  // "^" matched where the slice starts, which is no line start unless the text starts there.
  if (!broken && at > ITEM_OPENING_REACH) return null;
  const lineStart = at - opening[0].length + (broken ? 1 : 0);
  let end = lineStart - 1;
  for (let n = 0; end > 0 && n < ITEM_REACH; n++) {
    const start = raw.lastIndexOf("\n", end - 1) + 1;
    const line = raw.slice(start, end).trim();
    if (line === "") return null;
    if (!ITEM_LINE.test(raw.slice(start, end))) return /[.!?]$/.test(line) ? null : line;
    end = start - 1;
  }
  return null;
}
