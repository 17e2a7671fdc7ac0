// Whitespace collapsing that remembers where each kept character came from.

export interface Collapsed {
  text: string;
  /** offsets[i] is the source offset of text[i]; offsets[text.length] is the source end. */
  offsets: Int32Array;
}

function isSpace(code: number, c: string): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(c));
}

/**
 * Collapses runs of white space to one space and trims the ends. A kept space maps to the first
 * white-space character of its run; the end maps just past the last kept character.
 */
export function collapseMapped(
  source: string,
  map: ArrayLike<number>,
  from = 0,
  to = source.length,
): Collapsed {
  const offsets = new Int32Array(to - from + 1);
  let text = "";
  let n = 0;
  let pendingSpace = -1;
  let lastEnd = map[from] ?? 0;
  let runStart = from;
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (isSpace(c.charCodeAt(0), c)) {
      if (i > runStart) text += source.slice(runStart, i);
      runStart = i + 1;
      if (pendingSpace < 0 && n > 0) pendingSpace = map[i];
      continue;
    }
    if (pendingSpace >= 0) {
      text += " ";
      offsets[n++] = pendingSpace;
      pendingSpace = -1;
    }
    offsets[n++] = map[i];
    lastEnd = map[i] + 1;
  }
  if (to > runStart) text += source.slice(runStart, to);
  offsets[n] = lastEnd;
  return { text, offsets: offsets.slice(0, n + 1) };
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
