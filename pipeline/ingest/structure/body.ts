// Body lines → reading text and its segment map back to raw offsets.
import type { DocumentModel, Segment } from "../types.ts";
import { fillAscending } from "./ascending.ts";
import { lastVisible } from "./chars.ts";
import { isBlank, type Line } from "./lines.ts";

export interface BodyText {
  body: string;
  segments: Segment[];
}

/**
 * Whether a text ends finished: terminal punctuation, closing quotes or brackets, white space
 * (what /[.!?…]["”’»)]*\s*$/u tells), read backwards from the end: the pattern walked the whole
 * text before it, a body segment, at every joiner.
 */
function endsFinished(text: string): boolean {
  let i = lastVisible(text);
  while (i >= 0 && '"”’»)'.includes(text[i])) i--;
  return i >= 0 && ".!?…".includes(text[i]);
}

/**
 * Copies body lines verbatim; lines that were neighbours in the raw text (blank lines between them
 * allowed) stay one segment, and a lifted block in between becomes a joiner: a line break when the
 * sentence runs on, a paragraph break when the text before it is finished.
 */
export function buildBody(text: string, lines: Line[], bodyLines: number[]): BodyText {
  const segments: Segment[] = [];
  const pieces: string[] = [];
  let length = 0;
  let k = 0;
  while (k < bodyLines.length) {
    let last = k;
    while (last + 1 < bodyLines.length && adjacent(lines, bodyLines[last], bodyLines[last + 1]))
      last++;
    const rawStart = lines[bodyLines[k]].start;
    const rawEnd = lines[bodyLines[last]].end;
    if (pieces.length > 0) {
      const prev = pieces[pieces.length - 1];
      const startsLower = /^\s*\p{Ll}/u.test(lines[bodyLines[k]].text);
      const joiner = endsFinished(prev) && !startsLower ? "\n\n" : "\n";
      pieces.push(joiner);
      length += joiner.length;
    }
    segments.push({ bodyStart: length, rawStart, length: rawEnd - rawStart });
    pieces.push(text.slice(rawStart, rawEnd));
    length += rawEnd - rawStart;
    k = last + 1;
  }
  return { body: pieces.join(""), segments };
}

/** No line but blank ones between two body lines. */
function adjacent(lines: Line[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!isBlank(lines[i])) return false;
  for (let i = a + 1; i <= b; i++) if (lines[i].pageBreakBefore) return false;
  return true;
}

/** Raw offset of a body offset; a joiner maps to the raw offset just past the segment before it. */
export function bodyOffsetToRaw(model: DocumentModel, offset: number): number {
  const { segments } = model;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].bodyStart <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  if (!seg) return offset;
  return seg.rawStart + Math.min(Math.max(offset - seg.bodyStart, 0), seg.length);
}

/** rawOf[i] for every body offset i (and body.length), for sentence quotes. */
export function bodyRawMap(model: DocumentModel): Int32Array {
  const map = new Int32Array(model.body.length + 1);
  let at = 0;
  let rawAt = 0;
  for (const seg of model.segments) {
    if (at < seg.bodyStart) map.fill(rawAt, at, seg.bodyStart);
    at = Math.max(at, seg.bodyStart);
    fillAscending(map, at, seg.rawStart, seg.length);
    at += seg.length;
    rawAt = seg.rawStart + seg.length;
  }
  map.fill(rawAt, at);
  return map;
}
