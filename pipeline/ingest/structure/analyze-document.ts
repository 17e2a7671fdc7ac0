// RawDocument → DocumentModel: the pure core of the structure step.
import type { DocumentModel, Footnote, Marker, Page, RawDocument } from "../types.ts";
import { bibliographyOf } from "./bibliography.ts";
import { buildBody } from "./body.ts";
import { footnoteText } from "./footnote-text.ts";
import { rememberFootnoteMaps } from "./internals.ts";
import { layoutOf } from "./layout.ts";

export function analyzeDocument(raw: RawDocument): DocumentModel {
  const text = raw.text;
  const layout = layoutOf(text);
  const { body, segments } = buildBody(text, layout.lines, layout.body);

  const pages: Page[] = layout.pages.map((page, i) => ({
    index: i + 1,
    printed: page.printed,
    rawStart: page.rawStart,
    rawEnd: layout.pages[i + 1]?.rawStart ?? text.length,
  }));

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
      page: draft.page + 1,
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
