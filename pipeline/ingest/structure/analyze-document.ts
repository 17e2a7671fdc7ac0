// RawDocument → DocumentModel: the pure core of the structure step.
import type { DocumentModel, Footnote, Marker, Page, RawDocument } from "../types.ts";
import { bibliographyOf } from "./bibliography.ts";
import { buildBody } from "./body.ts";
import { footnoteText } from "./footnote-text.ts";
import { rememberFootnoteMaps } from "./internals.ts";
import { layoutOf } from "./layout.ts";
import type { PageDraft } from "./page-tracker.ts";

export function analyzeDocument(raw: RawDocument): DocumentModel {
  const text = raw.text;
  const layout = layoutOf(text);
  const { body, segments } = buildBody(text, layout.lines, layout.body);

  const pages = pagesOf(raw, layout.pages);
  const pageIndexAt = pageIndexer(pages);

  const texts = layout.footnotes.map((draft) => footnoteText(text, draft.parts));
  const bibliography = bibliographyOf(
    layout.footnotes.map((draft, i) => ({ number: draft.number, text: texts[i].text })),
  );
  const footnotes: Footnote[] = layout.footnotes.map((draft, i) => {
    const note = bibliography.notes[i];
    const first = note.cites.find((c) => c.work !== null) ?? note.cites[0];
    const lastPart = draft.parts[draft.parts.length - 1];
    return {
      number: draft.number,
      kind: note.kind,
      text: texts[i].text,
      page: pageIndexAt(draft.rawStart),
      rawStart: draft.rawStart,
      rawEnd: lastPart ? lastPart.end : draft.rawStart,
      work: first?.work ?? null,
      pageCited: first?.pageCited ?? null,
    };
  });

  const withText = new Set(footnotes.map((f) => f.number));
  // A text with no footnote at all has no markers: digits glued to its words are a unit's power
  // ("4.6 m3"), a code or OCR noise, whatever sequence they happen to follow.
  const found = footnotes.length > 0 ? layout.markers : [];
  const markers: Marker[] = found.map((m) => ({
    number: m.number,
    rawStart: m.start,
    rawEnd: m.end,
    hasText: withText.has(m.number),
  }));

  const model: DocumentModel = {
    id: raw.id,
    raw,
    body,
    segments,
    pages,
    footnotes,
    markers,
    works: bibliography.works,
  };
  rememberFootnoteMaps(model, texts, bibliography.notes);
  return model;
}

/**
 * Pages as found in the layout; for a PDF, exactly its pages (an empty page stays a page), each
 * with the printed number the layout found on it.
 */
function pagesOf(raw: RawDocument, drafts: PageDraft[]): Page[] {
  const starts = raw.pdfPageStarts?.length ? raw.pdfPageStarts : drafts.map((d) => d.rawStart);
  const pages: Page[] = starts.map((rawStart, i) => ({
    index: i + 1,
    printed: null,
    rawStart,
    rawEnd: starts[i + 1] ?? raw.text.length,
  }));
  const pageIndexAt = pageIndexer(pages);
  for (const draft of drafts) {
    const page = pages[pageIndexAt(draft.rawStart) - 1];
    if (page && page.printed === null) page.printed = draft.printed;
  }
  return pages;
}

/**
 * The 1-based index of the page holding a raw offset: the last page, in order, that starts at or
 * before it (1 when none does). Pages in order of their starts, as layouts and PDFs give them, are
 * binary-searched: a walk over all pages for every footnote made a long document quadratic.
 */
function pageIndexer(pages: Page[]): (raw: number) => number {
  const ordered = pages.every((page, i) => i === 0 || pages[i - 1].rawStart <= page.rawStart);
  if (!ordered) return (raw) => lastStartingAtOrBefore(pages, raw)?.index ?? 1;
  return (raw) => {
    let lo = 0;
    let hi = pages.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pages[mid].rawStart <= raw) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? pages[lo - 1].index : 1;
  };
}

function lastStartingAtOrBefore(pages: Page[], raw: number): Page | undefined {
  let found: Page | undefined;
  for (const page of pages) if (page.rawStart <= raw) found = page;
  return found;
}
