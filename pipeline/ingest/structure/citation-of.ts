// The citation a claim shows for a footnote marker: the full work cited, Ibidem and op. cit. resolved.
import type { DocumentModel } from "../types.ts";
import { internalsOf } from "./internals.ts";

export interface Citation {
  text: string;
  work: string | null;
  pageCited: string | null;
}

/**
 * The footnote's citation with every Ibidem / op. cit. replaced by the full citation it stands for
 * and the page cited appended; an explanatory note shows its own text. Null when the document
 * holds no text for that footnote.
 */
export function citationOf(model: DocumentModel, footnoteNumber: number): Citation | null {
  const index = model.footnotes.findIndex((f) => f.number === footnoteNumber);
  if (index < 0) return null;
  const note = internalsOf(model).notes[index];
  const works = new Map(model.works.map((w) => [w.id, w]));
  const resolved = note.cites.filter((c) => c.work !== null && works.has(c.work));
  if (resolved.length === 0)
    return { text: model.footnotes[index].text, work: null, pageCited: null };
  const text = resolved
    .map((c) => {
      const citation = works.get(c.work as string)?.citation ?? "";
      return c.pageCited ? `${citation}, ${c.pagePrefix ?? "p."} ${c.pageCited}` : citation;
    })
    .join("; ");
  return { text, work: resolved[0].work, pageCited: resolved[0].pageCited };
}
