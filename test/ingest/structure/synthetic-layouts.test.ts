import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../../../pipeline/ingest/structure/index.ts";
import { buildSynthetic, type SyntheticOptions } from "./synthetic.ts";

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

const VARIANTS: Array<[string, Partial<SyntheticOptions>]> = [
  ["the default layout", {}],
  ["a different header", { header: "Proceedings · Baltic Commerce Society" }],
  ["no running header", { header: null }],
  ["short pages", { linesPerPage: 5, pages: 6 }],
  ["long pages", { linesPerPage: 16, notesPerPage: 3 }],
  ["page numbers at the top", { pageNumbers: "top", firstPage: 231 }],
  ["no page numbers", { pageNumbers: "none" }],
  ["notes continued on the next page", { splitNote: true }],
  ["a rule above the notes, continued notes", { splitNote: true, rule: true, pageNumbers: "none" }],
  ["markers in the hundreds", { firstNote: 101, pages: 8, notesPerPage: 3 }],
  ["CRLF line endings", { eol: "\r\n" }],
  ["lone CR line endings", { eol: "\r", seed: 7 }],
  ["PDF pages joined by form feeds", { formFeed: true, header: null, pageNumbers: "none" }],
  ["PDF pages with numbers and header", { formFeed: true, seed: 3 }],
  ["PDF text with no blank lines", { formFeed: true, compact: true }],
  [
    "PDF text with no blank lines, numbers on top",
    { formFeed: true, compact: true, pageNumbers: "top" },
  ],
  ["PDF text with no blank lines, no header", { formFeed: true, compact: true, header: null }],
];

describe("analyzeDocument(raw) on synthetic documents", () => {
  for (const [name, options] of VARIANTS) {
    for (const seed of [1, 2, 3]) {
      it(`recovers body, notes, markers and pages: ${name} (seed ${seed})`, () => {
        const doc = buildSynthetic({ ...options, seed: options.seed ?? seed });
        const model = analyzeDocument(doc.raw);
        expect(collapse(model.body)).toBe(collapse(doc.body));
        expect(model.footnotes.map((f) => [f.number, f.text])).toEqual(
          doc.notes.map((n) => [n.number, n.text]),
        );
        expect(model.markers.map((m) => m.number)).toEqual(doc.markers);
        expect(model.markers.every((m) => m.hasText)).toBe(true);
        if (doc.printed.some((p) => p !== null) || options.formFeed || doc.notes.length > 0)
          expect(model.pages.map((p) => p.printed)).toEqual(doc.printed);
      });
    }
  }

  it("reads a document with no notes at all as body text only", () => {
    const doc = buildSynthetic({ notesPerPage: 0 });
    const model = analyzeDocument(doc.raw);
    expect(model.footnotes).toEqual([]);
    expect(model.markers).toEqual([]);
    expect(collapse(model.body)).toBe(collapse(doc.body));
    expect(model.pages.map((p) => p.printed)).toEqual(doc.printed);
  });
});
