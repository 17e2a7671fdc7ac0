// Whitespace collapsing that remembers where each kept character came from.

export interface Collapsed {
  text: string;
  /** offsets[i] is the source offset of text[i]; offsets[text.length] is the source end. */
  offsets: Int32Array;
}

const SPACE = /\s/;

function isSpace(code: number, source: string, i: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(source[i]));
}

// The offsets are gathered in one buffer reused across calls and copied out at their final length:
// a sentence's map used to cost two typed arrays (the full-length draft and its trimmed copy).
let scratch = new Int32Array(1024);

/**
 * Collapses runs of white space to one space and trims the ends. A kept space maps to the first
 * white-space character of its run; the end maps just past the last kept character.
 */
export function collapseMapped(
  source: string,
  map: Int32Array,
  from = 0,
  to = source.length,
  arena?: OffsetArena,
): Collapsed {
  if (scratch.length < to - from + 1) scratch = new Int32Array(2 * (to - from + 1));
  const offsets = scratch;
  let text = "";
  let n = 0;
  let pendingSpace = -1;
  let lastEnd = map[from] ?? 0;
  let runStart = from;
  for (let i = from; i < to; i++) {
    if (isSpace(source.charCodeAt(i), source, i)) {
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
  return { text, offsets: arena ? arena.copy(offsets, n + 1) : offsets.slice(0, n + 1) };
}

/**
 * One buffer that the maps of many collapsed pieces of a text are copied into, each handed out as
 * a view of it: a document's sentences cost one allocation, not a typed array each (those were the
 * largest share of the structure step's allocation). Sized for every piece of a text of `length`
 * characters cut into at most `pieces` parts: a piece's map never outgrows the piece plus its end.
 */
export class OffsetArena {
  private readonly buffer: Int32Array;
  private used = 0;

  constructor(length: number, pieces: number) {
    this.buffer = new Int32Array(length + pieces);
  }

  copy(source: Int32Array, count: number): Int32Array {
    // Pieces out of order could outgrow the estimate: such a map gets an array of its own.
    if (this.used + count > this.buffer.length) return source.slice(0, count);
    const view = this.buffer.subarray(this.used, this.used + count);
    view.set(source.subarray(0, count));
    this.used += count;
    return view;
  }
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
