// Which footnote cites a figure: the marker in the same sentence, else none.
import type { Sentence } from "../types.ts";

/**
 * The marker citing the quote span [start, end) of a sentence: the first marker at or after the
 * span (a note closes the clause it supports), else the last one before it; null when the sentence
 * has no marker. A marker never reaches into another sentence.
 */
export function citingMarker(
  sentence: Sentence,
  start: number,
  end = start,
): Sentence["markers"][number] | null {
  const after = sentence.markers.find((m) => m.start >= end);
  if (after) return after;
  const before = sentence.markers.filter((m) => m.end <= start);
  return before[before.length - 1] ?? null;
}
