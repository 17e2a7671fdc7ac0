// What analysis knows beyond the public model (footnote character maps, resolved citations), kept per model.
import type { DocumentModel } from "../types.ts";
import { analyzeDocument } from "./analyze-document.ts";
import type { NoteCitation } from "./bibliography.ts";
import type { Collapsed } from "./collapse.ts";

export interface Internals {
  footnoteTexts: Collapsed[];
  notes: NoteCitation[];
}

const store = new WeakMap<DocumentModel, Internals>();

export function rememberFootnoteMaps(
  model: DocumentModel,
  footnoteTexts: Collapsed[],
  notes: NoteCitation[],
): void {
  store.set(model, { footnoteTexts, notes });
}

/** A model built elsewhere (deserialised, copied) is analysed again from its raw document. */
export function internalsOf(model: DocumentModel): Internals {
  const known = store.get(model);
  if (known) return known;
  const fresh = store.get(analyzeDocument(model.raw)) as Internals;
  store.set(model, fresh);
  return fresh;
}
