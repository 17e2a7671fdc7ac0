// The seed article against every entry of the shared structure.json.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findRunningHeaders, headerKey } from "../../../pipeline/ingest/structure/furniture.ts";
import {
  analyzeDocument,
  citationOf,
  lineOfRaw,
} from "../../../pipeline/ingest/structure/index.ts";
import { splitLines } from "../../../pipeline/ingest/structure/lines.ts";
import type { DocumentModel } from "../../../pipeline/ingest/types.ts";
import { SHARED } from "../../shared-path.ts";

const SEED = "data/raw/forbidden-tango.txt";
const EXPECTED = `${SHARED}/corpus/seeds/structure.json`;
const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

interface Expected {
  page_numbers_printed: number[];
  running_header: string;
  footnotes_with_text: number[];
  markers_without_footnote_text: number[];
  not_footnotes: Array<{ line_text: string }>;
  glued_markers: Array<{ text: string; year?: number; footnote: number }>;
  citation_resolution: Array<{
    footnote: number;
    form: string;
    resolves_to_footnote: number;
    page?: string;
  }>;
  explanatory_footnotes_with_claims: number[];
}

const expected = JSON.parse(readFileSync(EXPECTED, "utf8")) as Expected;
const text = readFileSync(SEED, "utf8");
const model: DocumentModel = analyzeDocument({
  id: "forbidden-tango",
  path: SEED,
  text,
  encoding: "utf-8",
  sha256: "",
  bytes: text.length,
});
const note = (n: number) => model.footnotes.find((f) => f.number === n);

describe("analyzeDocument(raw) on the seed article (structure.json)", () => {
  it("finds the printed page numbers", () => {
    const printed = model.pages.map((p) => p.printed).filter((p) => p !== null);
    expect(printed).toEqual(expected.page_numbers_printed);
  });

  it("finds the running header and keeps it out of the body", () => {
    const headers = findRunningHeaders(splitLines(text));
    expect([...headers.keys()]).toContain(headerKey(expected.running_header));
    expect(model.body).not.toContain(expected.running_header);
    expect(text).toContain(expected.running_header);
  });

  it("finds exactly the footnotes that have text", () => {
    expect(model.footnotes.map((f) => f.number)).toEqual(expected.footnotes_with_text);
  });

  it("reports markers whose footnote text is lost, and never invents one", () => {
    const lost = model.markers.filter((m) => !m.hasText).map((m) => m.number);
    expect(lost).toEqual(expected.markers_without_footnote_text);
    const all = [...expected.footnotes_with_text, ...expected.markers_without_footnote_text];
    expect(model.markers.map((m) => m.number)).toEqual(all.sort((a, b) => a - b));
  });

  for (const entry of expected.not_footnotes) {
    it(`does not read "${entry.line_text}" as a footnote`, () => {
      // structure.json spaces some tokens apart ("20 th"); compare without white space
      const bare = (t: string) => t.replace(/\s+/g, "");
      const lines = splitLines(text).filter((l) => bare(l.text).startsWith(bare(entry.line_text)));
      expect(lines).toHaveLength(1);
      const [line] = lines;
      expect(model.footnotes.some((f) => f.rawStart >= line.start && f.rawStart < line.end)).toBe(
        false,
      );
      const inNote = model.footnotes.some((f) => f.rawStart < line.start && f.rawEnd >= line.end);
      expect(inNote || model.body.includes(line.text)).toBe(true);
    });
  }

  for (const entry of expected.glued_markers) {
    it(`splits the glued marker in "${entry.text}"`, () => {
      const marker = model.markers.find((m) => m.number === entry.footnote);
      expect(marker).toBeDefined();
      if (!marker) return;
      const before = collapse(text.slice(Math.max(0, marker.rawStart - 80), marker.rawEnd));
      expect(before.endsWith(collapse(entry.text))).toBe(true);
      expect(text.slice(marker.rawStart, marker.rawEnd)).toBe(String(entry.footnote));
      if (entry.year)
        expect(text.slice(marker.rawStart - 4, marker.rawStart)).toBe(String(entry.year));
    });
  }

  for (const entry of expected.citation_resolution) {
    it(`resolves footnote ${entry.footnote} ("${entry.form}") to footnote ${entry.resolves_to_footnote}`, () => {
      const source = note(entry.footnote);
      expect(collapse(source?.text ?? "")).toBe(collapse(entry.form));
      const work = model.works.find((w) => w.id === source?.work);
      expect(work).toBeDefined();
      expect(collapse(note(entry.resolves_to_footnote)?.text ?? "")).toContain(
        collapse(work?.citation ?? "?"),
      );
      expect(source?.pageCited ?? null).toBe(entry.page ?? null);
      const citation = citationOf(model, entry.footnote);
      expect(citation?.text).toContain(work?.citation);
      if (entry.page) expect(citation?.text.endsWith(entry.page)).toBe(true);
    });
  }

  it("marks the explanatory notes that carry figures as explanatory", () => {
    for (const n of expected.explanatory_footnotes_with_claims)
      expect(["explanatory", "both"]).toContain(note(n)?.kind);
  });

  it("places each footnote on the page that prints it and on its own line", () => {
    const f = note(12);
    const page = model.pages.find((p) => p.index === f?.page);
    expect(page?.printed).toBe(4);
    expect(text.slice(f?.rawStart ?? 0).startsWith("12 ")).toBe(true);
    expect(lineOfRaw(text, f?.rawStart ?? 0)).toBe(text.slice(0, f?.rawStart).split("\n").length);
  });
});
