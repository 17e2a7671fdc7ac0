// Lines → body lines, footnotes, furniture and page breaks, driven by the footnote and marker sequences.
import { isSpaceAt } from "./chars.ts";
import {
  findLinkEchoes,
  findRunningHeaders,
  HeaderIndex,
  headerPageNumber,
  isolated,
  isRule,
  pageNumberOf,
} from "./furniture.ts";
import { type Line, splitLines } from "./lines.ts";
import { type FoundMarker, findMarkers } from "./markers.ts";
import { continuesNote, footnoteStart, numberingOf } from "./note-lines.ts";
import { pageStyle } from "./page-style.ts";
import { type PageDraft, PageTracker } from "./page-tracker.ts";

/** A footnote's number never runs this far ahead of the one expected. */
const MAX_FOOTNOTE_GAP = 50;

export interface RawRange {
  start: number;
  end: number;
}

export interface FootnoteDraft {
  number: number;
  /** Raw ranges of the footnote's text lines (the leading number excluded). */
  parts: RawRange[];
  /** Raw offset of the footnote's number. */
  rawStart: number;
}

export interface Layout {
  lines: Line[];
  /** Indices (into lines) of body lines, in reading order. */
  body: number[];
  footnotes: FootnoteDraft[];
  markers: FoundMarker[];
  pages: PageDraft[];
}

/** A sentence's end, a closing quote or bracket and a glued marker allowed: "... the 1956 figure.30". */
const SENTENCE_END = /[.!?]["”’)]?\d{0,3}\s*$/;

/**
 * "... the 1956 figure.30⏎23 Junta Lanera ...⏎24 Ibid.": notes set right under the last body line
 * of a page, with no blank line or rule between. The line above ends a sentence and the next line
 * opens the note after this one, both numbers' markers already seen in the text.
 */
function notesRunUnder(lines: Line[], i: number, number: number): boolean {
  if (i === 0 || !SENTENCE_END.test(lines[i - 1].text)) return false;
  return footnoteStart(lines[i + 1]?.text ?? "")?.number === number + 1;
}

/**
 * One pass over the lines. A line opening with a number is a note only when the number continues
 * the notes' sequence, its marker was already seen in the text (or it sits where notes go: under a
 * page number or a rule), and it opens a block. Everything that is neither note nor furniture is body.
 */
export function layoutOf(text: string): Layout {
  const lines = splitLines(text);
  const headers = findRunningHeaders(lines);
  const headerIndex = new HeaderIndex(headers);
  const echoes = findLinkEchoes(lines);
  const pageNumbers = lines.map((_, i) => pageNumberOf(lines, i, headers));
  const numbersAtBottom = pageStyle(lines, headers, pageNumbers) === "bottom";
  const paged = lines.some((l) => l.pageBreakBefore);
  const pages = new PageTracker(numbersAtBottom);
  const body: number[] = [];
  const footnotes: FootnoteDraft[] = [];
  const markers: FoundMarker[] = [];
  let mode: "body" | "zone" | "footnote" = "body";
  let zoneByRule = false;
  const numbering = numberingOf(text, lines);
  let nextFootnote = numbering.first;
  let nextMarker = nextFootnote;
  let current: FootnoteDraft | null = null;
  let prevKind: "blank" | "body" | "other" = "other";

  lines.forEach((line, i) => {
    if (line.pageBreakBefore) {
      mode = "body";
      pages.open(line.start);
    }
    const trimmed = line.text.trim();
    if (trimmed === "") {
      prevKind = "blank";
      return;
    }
    const wasKind = prevKind;
    prevKind = "other";
    const number = pageNumbers[i];
    if (number !== null && pages.printed(number, line)) {
      mode = numbersAtBottom ? "zone" : "body";
      zoneByRule = false;
      if (numbersAtBottom) pages.end();
      return;
    }
    // Most documents have no running header: then no line needs its key.
    const header = headers.size > 0 && isolated(lines, i) ? headerIndex.get(trimmed) : undefined;
    if (header !== undefined) {
      pages.open(line.start);
      const value = header ? headerPageNumber(trimmed) : null;
      if (value !== null) pages.printed(value, line, true);
      mode = "body";
      return;
    }
    // most documents echo no links: then no line's text is hashed to ask
    if (echoes.size > 0 && echoes.has(trimmed)) {
      pages.end();
      mode = "body";
      return;
    }
    if (wasKind === "blank" && isRule(trimmed)) {
      mode = "zone";
      zoneByRule = true;
      return;
    }
    const start = footnoteStart(line.text);
    // paged text (PDF extraction) has no blank lines: there the exact next number, its marker seen, is enough
    const opensBlock =
      wasKind !== "body" ||
      isSpaceAt(line.text, 0) ||
      (paged && start?.number === nextFootnote && start.number < nextMarker) ||
      (start?.number === nextFootnote &&
        start.number + 1 < nextMarker &&
        notesRunUnder(lines, i, start.number));
    if (
      start &&
      opensBlock &&
      start.number >= nextFootnote &&
      start.number - nextFootnote <= MAX_FOOTNOTE_GAP &&
      (start.number < nextMarker || (mode !== "body" && start.number === nextFootnote))
    ) {
      current = {
        number: start.number,
        parts: [{ start: line.start + start.textStart, end: line.end }],
        rawStart: line.start + line.text.indexOf(String(start.number)),
      };
      footnotes.push(current);
      nextFootnote = start.number + 1;
      mode = "footnote";
      pages.end();
      return;
    }
    const runsOn = mode === "footnote" && wasKind !== "blank" && !isSpaceAt(line.text, 0);
    const carried =
      mode === "zone" &&
      footnotes.length > 0 &&
      (zoneByRule || continuesNote(lines, i, nextFootnote, headers));
    if ((runsOn && current) || carried) {
      current = runsOn && current ? current : footnotes[footnotes.length - 1];
      current.parts.push({ start: line.start, end: line.end });
      mode = "footnote";
      pages.end();
      return;
    }
    mode = "body";
    prevKind = "body";
    pages.content(line.start);
    body.push(i);
    if (!numbering.mayCarryMarker[i]) return;
    const previous = body.length > 1 ? lines[body[body.length - 2]].text : "";
    const found = findMarkers(line.text, nextMarker, previous);
    nextMarker = found.next;
    for (const m of found.markers)
      markers.push({ number: m.number, start: line.start + m.start, end: line.start + m.end });
  });
  return { lines, body, footnotes, markers, pages: pages.pages };
}
