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
      page: pageIndexAt(pages, draft.rawStart),
      rawStart: draft.rawStart,
      rawEnd: lastPart ? lastPart.end : draft.rawStart,
      work: first?.work ?? null,
      pageCited: first?.pageCited ?? null,
    };
  });

  const withText = new Set(footnotes.map((f) => f.number));
  const markers: Marker[] = layout.markers.map((m) => ({
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
  for (const draft of drafts) {
    const page = pages[pageIndexAt(pages, draft.rawStart) - 1];
    if (page && page.printed === null) page.printed = draft.printed;
  }
  return pages;
}

/** 1-based index of the page holding a raw offset. */
function pageIndexAt(pages: Page[], raw: number): number {
  let index = 1;
  for (const page of pages) if (page.rawStart <= raw) index = page.index;
  return index;
}
