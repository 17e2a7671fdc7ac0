// DocumentModel → sentences.
import type { DocumentModel, Sentence } from "../types.ts";

export function sentencesOf(model: DocumentModel): Sentence[] {
  return [];
}
