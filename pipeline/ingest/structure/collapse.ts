// Whitespace collapsing that remembers where each kept character came from.
import { isSpaceAt } from "./chars.ts";

export interface Collapsed {
  text: string;
  /** offsets[i] is the source offset of text[i]; offsets[text.length] is the source end. */
  offsets: Int32Array;
}

// The offsets are gathered in one buffer reused across calls and copied out at their final length:
// a sentence's map used to cost two typed arrays (the full-length draft and its trimmed copy).
let scratch = new Int32Array(1024);

/**
 * Collapses runs of white space to one space and trims the ends. A kept space maps to the first
 * white-space character of its run; the end maps just past the last kept character. When nothing
 * collapses, the offsets are a view of `map` itself, which must then stay as it is.
 */
export function collapseMapped(
  source: string,
  map: Int32Array,
  from = 0,
  to = source.length,
  arena?: OffsetArena,
): Collapsed {
  let start = from;
  let end = to;
  while (start < end && isSpaceAt(source, start)) start++;
  while (end > start && isSpaceAt(source, end - 1)) end--;
  if (scratch.length < end - start + 1) scratch = new Int32Array(2 * (end - start + 1));
  let text = "";
  let n = 0;
  if (start < end) {
    let change = nextChange(source, start);
    // Nothing to collapse and the source runs on past the end: the map itself is the offsets.
    if (change >= end && map[end] === map[end - 1] + 1)
      return { text: source.slice(start, end), offsets: map.subarray(start, end + 1) };
    // Text between changed runs is copied whole, with its map: most pieces are a few such stretches.
    let kept = start;
    while (change < end) {
      // the whole run of white space the change stands in (a space before a line break is in it)
      let runStart = change;
      while (runStart > kept && isSpaceAt(source, runStart - 1)) runStart--;
      let runEnd = change + 1;
      while (runEnd < end && isSpaceAt(source, runEnd)) runEnd++;
      text += `${source.slice(kept, runStart)} `;
      n = copyMap(map, kept, runStart, n);
      scratch[n++] = map[runStart];
      kept = runEnd;
      change = nextChange(source, runEnd);
    }
    text = kept === start ? source.slice(start, end) : text + source.slice(kept, end);
    n = copyMap(map, kept, end, n);
  }
  scratch[n] = n > 0 ? map[end - 1] + 1 : (map[from] ?? 0);
  return { text, offsets: arena ? arena.copy(scratch, n + 1) : scratch.slice(0, n + 1) };
}

// Collapsing changes white space other than a space, and runs of spaces. Both are looked for ahead
// in the whole source, once: white space other than a space by a pattern of one class (a pattern
// asking for whole runs scanned at half the speed), double spaces by indexOf. The places found
// are kept for the next piece of the same source, as pieces are asked for in order.
const NOT_A_SPACE = /[^\S ]/g;
let scanned: string | null = null;
let askedFrom = 0;
let nextNotASpace = -1;
let nextDoubleSpace = -1;

/** Where the first white space that collapsing changes stands at or after `from` (or source.length). */
function nextChange(source: string, from: number): number {
  if (source !== scanned || from < askedFrom) {
    scanned = source;
    nextNotASpace = -1;
    nextDoubleSpace = -1;
  }
  askedFrom = from;
  if (nextNotASpace < from) {
    NOT_A_SPACE.lastIndex = from;
    nextNotASpace = NOT_A_SPACE.test(source) ? NOT_A_SPACE.lastIndex - 1 : source.length;
  }
  if (nextDoubleSpace < from) {
    const at = source.indexOf("  ", from);
    nextDoubleSpace = at < 0 ? source.length : at;
  }
  return Math.min(nextNotASpace, nextDoubleSpace);
}

/** Copies map[from, to) into the scratch buffer at `at`; returns the offset just past it. */
function copyMap(map: Int32Array, from: number, to: number, at: number): number {
  if (to > from) scratch.set(map.subarray(from, to), at);
  return at + to - from;
}

/**
 * One buffer that the maps of many collapsed pieces of a text are copied into, each handed out as
 * a view of it: a document's sentences cost one allocation, not a typed array each (those were the
 * largest share of the structure step's allocation). Sized for every piece of a text of `length`
 * characters cut into at most `pieces` parts: a piece's map never outgrows the piece plus its end.
 */
export class OffsetArena {
  // Allocated at the first copy: pieces whose map is a view of their source's need none.
  private buffer: Int32Array | null = null;
  private used = 0;

  constructor(
    private readonly length: number,
    private readonly pieces: number,
  ) {}

  copy(source: Int32Array, count: number): Int32Array {
    this.buffer ??= new Int32Array(this.length + this.pieces);
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
