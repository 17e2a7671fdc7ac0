// Public surface of the structure step: pages, footnotes, markers, citations and sentences.
export { analyzeDocument } from "./analyze-document.ts";
export { bodyOffsetToRaw } from "./body.ts";
export { type Citation, citationOf } from "./citation-of.ts";
export { citingMarker } from "./citing-marker.ts";
export { lineOfRaw } from "./lines.ts";
export { BULLET_SIGNS } from "./sentence-split.ts";
export { sentencesOf } from "./sentences.ts";
export { structureCommand } from "./structure-command.ts";
export { structureJson } from "./structure-json.ts";
