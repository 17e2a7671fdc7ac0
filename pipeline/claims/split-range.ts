// "fell from 60,000 tons to 45,000 tons", "raising its capacity from 160 MW to 480 MW": the
// recognizer joins the two ends of a change into one range (the CQE convention for "from X to Y").
// For claims they are two figures, the level before and the level after; each half is read on its
// own. A range that only spans values ("ranged from $5 to $10") stays one claim.
import { recognize } from "../quantities/index.ts";
import type { Quantity } from "../quantities/types.ts";

const JOIN = /\s+to\s+/;
/** "from" right before the range; a verb of spread before it makes the range one of values. */
const FROM_BEFORE = /\bfrom\s+$/i;
const SPREAD = /\b(?:rang\p{L}*|var(?:y|ies|ied|ying)|anywhere)\s+from\s+$/iu;

/** A sentence's quantities with every change range split: the list itself when there is none. */
export function withReversedSplit(found: Quantity[], text: string): Quantity[] {
  if (!found.some((q) => isChange(q, text))) return found;
  return found.flatMap((q) => (isChange(q, text) ? splitReversed(q) : [q]));
}

function isChange(q: Quantity, text: string): boolean {
  if (q.kind !== "quantity" || q.low === q.high) return false;
  if (q.low > q.high) return true;
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  return FROM_BEFORE.test(before) && !SPREAD.test(before);
}

/** The two figures of a change written as "X to Y", or the quantity unchanged. */
export function splitReversed(q: Quantity): Quantity[] {
  const join = JOIN.exec(q.text);
  if (!join) return [q];
  const halves: Array<[string, number]> = [
    [q.text.slice(0, join.index), 0],
    [q.text.slice(join.index + join[0].length), join.index + join[0].length],
  ];
  const out: Quantity[] = [];
  for (const [text, offset] of halves) {
    const found = recognize(text).filter((x) => x.kind === "quantity");
    // Each half must read as one whole figure in the range's unit, or the split is not trusted.
    if (found.length !== 1 || found[0].text !== text.trim() || found[0].unit !== q.unit) return [q];
    const lead = text.length - text.trimStart().length;
    out.push({
      ...found[0],
      start: q.start + offset + lead,
      end: q.start + offset + lead + found[0].text.length,
      qualifier: offset === 0 ? q.qualifier : found[0].qualifier,
      change: q.change,
    });
  }
  return out;
}
