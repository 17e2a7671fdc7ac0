// DocumentModel → sentences: body sentences in reading order, then each footnote's sentences.
import type { DocumentModel, Sentence } from "../types.ts";
import { bodyRawMap } from "./body.ts";
import { collapseMapped, OffsetArena } from "./collapse.ts";
import { internalsOf } from "./internals.ts";
import { sentenceEnds } from "./sentence-split.ts";
import { findTables, type Table } from "./tables.ts";

type MarkerRef = DocumentModel["markers"][number];

export function sentencesOf(model: DocumentModel): Sentence[] {
  const out: Sentence[] = [];
  const bodyMap = bodyRawMap(model);
  // markers by body offset, in order: each sentence takes those inside its span
  const placed: Placed[] = [];
  for (const m of model.markers) {
    const at = rawToBody(model, m.rawStart);
    if (at !== null) placed.push({ at, marker: m });
  }
  const markerEnds = new Set(placed.map((p) => p.at + p.marker.rawEnd - p.marker.rawStart));
  // A table's lines are no prose: blanked for the split, then each row is a sentence of its own.
  const tables = findTables(model.body);
  const prose = tables.length === 0 ? model.body : blankTables(model.body, tables);
  push(
    out,
    model,
    prose,
    bodyMap,
    withTableEnds(sentenceEnds(prose, markerEnds), tables),
    null,
    placed,
  );
  if (tables.length > 0) placeRows(out, tableRows(model, bodyMap, tables));
  const { footnoteTexts } = internalsOf(model);
  model.footnotes.forEach((note, i) => {
    const { text, offsets } = footnoteTexts[i];
    push(out, model, text, offsets, sentenceEnds(text), note.number, []);
  });
  return out;
}

/** The body with every table's lines turned to spaces (line breaks kept): offsets stay the same. */
function blankTables(body: string, tables: Table[]): string {
  let out = "";
  let from = 0;
  for (const t of tables) {
    out += body.slice(from, t.start) + body.slice(t.start, t.end).replace(/[^\n\r]/g, " ");
    from = t.end;
  }
  return out + body.slice(from);
}

/** Sentence ends at every table's start and end too: prose never runs into a table or out of one. */
function withTableEnds(ends: number[], tables: Table[]): number[] {
  if (tables.length === 0) return ends;
  const all = new Set([...ends, ...tables.flatMap((t) => [t.start, t.end])]);
  return [...all].sort((a, b) => a - b);
}

/** Each table row as a sentence, its cells in quote offsets. */
function tableRows(model: DocumentModel, bodyMap: Int32Array, tables: Table[]): Sentence[] {
  const rows: Sentence[] = [];
  for (const t of tables) {
    for (const row of t.rows) {
      const quote = collapseMapped(model.body, bodyMap, row.start, row.end);
      const cells: NonNullable<Sentence["table"]>["cells"] = [];
      for (const c of row.cells) {
        const start = indexOfRaw(quote.offsets, bodyMap[c.start]);
        if (start === null) continue;
        const cell = { start, end: start + c.end - c.start, year: c.year, label: c.label };
        cells.push(c.since === undefined ? cell : { ...cell, since: c.since, change: c.change });
      }
      const page = pageAt(model, quote.offsets[0]);
      rows.push({
        index: 0,
        inFootnote: null,
        text: quote.text,
        rawOffsets: quote.offsets,
        page: page.index,
        pagePrinted: page.printed,
        markers: [],
        table: {
          caption: t.caption,
          source: t.source,
          label: row.label,
          group: row.group ?? null,
          yearFrom: row.yearFrom ?? "column",
          cells,
        },
      });
    }
  }
  return rows;
}

/** Puts the rows among the body sentences (all `out` holds yet) in reading order, numbered again. */
function placeRows(out: Sentence[], rows: Sentence[]): void {
  const merged = [...out, ...rows].sort((a, b) => a.rawOffsets[0] - b.rawOffsets[0]);
  out.length = 0;
  for (const s of merged) out.push({ ...s, index: out.length });
}

interface Placed {
  at: number;
  marker: MarkerRef;
}

function push(
  out: Sentence[],
  model: DocumentModel,
  text: string,
  map: Int32Array,
  ends: number[],
  inFootnote: number | null,
  placed: Placed[],
): void {
  let from = 0;
  let next = 0;
  const arena = new OffsetArena(text.length, ends.length);
  for (const end of ends) {
    const quote = collapseMapped(text, map, from, end, arena);
    const markers: Sentence["markers"] = [];
    for (; next < placed.length && placed[next].at < end; next++) {
      const { marker } = placed[next];
      const start = indexOfRaw(quote.offsets, marker.rawStart);
      if (start === null) continue;
      const length = marker.rawEnd - marker.rawStart;
      markers.push({ number: marker.number, start, end: start + length, hasText: marker.hasText });
    }
    from = end;
    if (quote.text === "") continue;
    const page = pageAt(model, quote.offsets[0]);
    out.push({
      index: out.length,
      inFootnote,
      text: quote.text,
      rawOffsets: quote.offsets,
      page: page.index,
      pagePrinted: page.printed,
      markers,
    });
  }
}

/** Quote index of a raw offset (quote offsets only grow), or null when the quote skips it. */
function indexOfRaw(offsets: Int32Array, raw: number): number | null {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] === raw) return mid;
    if (offsets[mid] < raw) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/** The body offset holding a raw offset, or null when that raw character is not body text. */
function rawToBody(model: DocumentModel, raw: number): number | null {
  const seg = lastAtOrBefore(model.segments, raw, (s) => s.rawStart);
  return seg && raw < seg.rawStart + seg.length ? seg.bodyStart + raw - seg.rawStart : null;
}

function pageAt(model: DocumentModel, raw: number): { index: number; printed: number | null } {
  const page = lastAtOrBefore(model.pages, raw, (p) => p.rawStart) ?? model.pages[0];
  return page ?? { index: 1, printed: null };
}

/** Binary search in a list sorted by key: the last item whose key is at or before `at`. */
function lastAtOrBefore<T>(items: T[], at: number, key: (item: T) => number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= at) {
      found = items[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
