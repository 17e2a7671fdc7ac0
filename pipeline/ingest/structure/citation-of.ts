// The citation a claim shows for a footnote marker.
import type { DocumentModel } from "../types.ts";

export interface Citation {
  text: string;
  work: string | null;
  pageCited: string | null;
}

export function citationOf(model: DocumentModel, footnoteNumber: number): Citation | null {
  return null;
}
