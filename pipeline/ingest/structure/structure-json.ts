// DocumentModel → the JSON the structure subcommand prints.
import type { DocumentModel } from "../types.ts";

export function structureJson(model: DocumentModel): string {
  return JSON.stringify({ pages: model.pages, footnotes: model.footnotes, markers: model.markers, works: model.works }, null, 2);
}
