// DocumentModel → the JSON `trade-claims structure FILE` prints: pages, footnotes, markers, works.
import type { DocumentModel } from "../types.ts";

export function structureJson(model: DocumentModel): string {
  const doc = {
    doc: model.id,
    pages: model.pages.map((p) => ({
      index: p.index,
      printed: p.printed,
      rawStart: p.rawStart,
      rawEnd: p.rawEnd,
    })),
    footnotes: model.footnotes.map((f) => ({
      number: f.number,
      kind: f.kind,
      text: f.text,
      page: f.page,
      rawStart: f.rawStart,
      rawEnd: f.rawEnd,
      work: f.work,
      pageCited: f.pageCited,
    })),
    markers: model.markers.map((m) => ({
      number: m.number,
      rawStart: m.rawStart,
      rawEnd: m.rawEnd,
      hasText: m.hasText,
    })),
    works: model.works.map((w) => ({
      id: w.id,
      authors: w.authors,
      title: w.title,
      year: w.year,
      details: w.details,
      url: w.url,
      citation: w.citation,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
