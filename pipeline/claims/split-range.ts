// "fell from 60,000 tons to 45,000 tons": the recognizer may join the two ends of a change into one
// range whose low end is above its high end. They are two figures; each half is read on its own.
import { recognize } from "../quantities/index.ts";
import type { Quantity } from "../quantities/types.ts";

const JOIN = /\s+to\s+/;

/** A sentence's quantities with every reversed range split: the list itself when none is reversed. */
export function withReversedSplit(found: Quantity[]): Quantity[] {
  if (!found.some(isReversed)) return found;
  return found.flatMap(splitReversed);
}

function isReversed(q: Quantity): boolean {
  return q.kind === "quantity" && q.low > q.high;
}

/** The two figures of a reversed "X to Y" range, or the quantity unchanged. */
export function splitReversed(q: Quantity): Quantity[] {
  if (!isReversed(q)) return [q];
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
