import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../../../pipeline/ingest/structure/index.ts";
import { rawDocument } from "../raw-document.ts";

const raw = rawDocument;

describe("analyzeDocument(raw): which lines are notes", () => {
  it("keeps a wrapped body line that opens with the pending note's number", () => {
    const text = [
      "The board lent the port authority2 a total of",
      "2 million pounds in the spring of that year.",
      "",
      "7",
      "",
      "2 Hale R. Salt and Silver (Harbour Press, 1971), p. 12.",
    ].join("\n");
    const model = analyzeDocument(raw(text));
    expect(model.body).toContain("2 million pounds");
    expect(model.footnotes.map((f) => f.number)).toEqual([2]);
    expect(model.markers.map((m) => m.number)).toEqual([2]);
  });

  it("reads a run of notes set right under the last body line, with no blank line between", () => {
    const text = [
      "The mills bought 40 thousand bales a year,7 nearly a third of the clip.8 Prices",
      "doubled in two seasons.9",
      "7 Hale R. Salt and Silver (Harbour Press, 1971), p. 12.",
      "8 Ibidem, p. 14.",
      "9 Ibidem, p. 20.",
    ].join("\n");
    const model = analyzeDocument(raw(text));
    expect(model.footnotes.map((f) => f.number)).toEqual([7, 8, 9]);
    expect(model.body).not.toContain("Hale");
    // One number line under a sentence, with no next note after it, stays body text.
    const single = [
      "The mills bought 40 thousand bales a year,7 nearly a third of the clip.",
      "7 ships sailed in May.",
    ].join("\n");
    expect(analyzeDocument(raw(single)).body).toContain("7 ships sailed");
    // Nor does a run of numbers under a line that runs on.
    const runsOn = [
      "The mills bought 40 thousand bales a year,7 and the clip8 was sold in",
      "7 lots to the",
      "8 buyers of the port.",
    ].join("\n");
    expect(analyzeDocument(raw(runsOn)).body).toContain("7 lots to the");
  });

  it("reports a marker whose note text is missing and never invents the note", () => {
    const text = [
      "Grain went east1 and wool went west2 while timber stayed3.",
      "",
      "4",
      "",
      "1 Hale R. Salt and Silver (Harbour Press, 1971), p. 12.",
      "",
      "3 Ibidem, p. 14.",
    ].join("\n");
    const model = analyzeDocument(raw(text));
    expect(model.footnotes.map((f) => f.number)).toEqual([1, 3]);
    expect(model.markers.map((m) => [m.number, m.hasText])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(model.pages[0].printed).toBe(4);
  });

  it("lifts echoed link lines out of the body", () => {
    const text = [
      "Trade rose in spring1.",
      "",
      "1 Port statistics - http://stats.example.org/ports.htm, 19.05.2013.",
      "",
      "http://stats.example.org/ports.htm",
      "http://stats.example.org/ports.htm",
      " and fell again in the autumn.",
    ].join("\n");
    const model = analyzeDocument(raw(text));
    expect(model.body).not.toContain("http");
    expect(model.body.replace(/\s+/g, " ")).toBe(
      "Trade rose in spring1. and fell again in the autumn.",
    );
    expect(model.pages).toHaveLength(2);
  });

  it("starts the notes where the text starts counting (a chapter's note 101)", () => {
    const text =
      "The line opened in 1931101.\n\n101 Hale R. Salt and Silver (Harbour Press, 1971), p. 12.";
    const model = analyzeDocument(raw(text));
    expect(model.markers.map((m) => m.number)).toEqual([101]);
    expect(model.footnotes.map((f) => f.number)).toEqual([101]);
    expect(model.body.trim()).toBe("The line opened in 1931101.");
  });

  it("keeps a PDF's pages as they are, an empty page included", () => {
    const pages = [
      "Grain went east1.\n7\n1 Hale R. Salt and Silver (Harbour Press, 1971), p. 12.",
      "",
      "Wool went west.\n9",
    ];
    const text = pages.join("\f");
    const starts = [0, pages[0].length + 1, pages[0].length + 2];
    const model = analyzeDocument({ ...raw(text), encoding: "pdf", pdfPageStarts: starts });
    expect(model.pages.map((p) => [p.index, p.printed, p.rawStart])).toEqual([
      [1, 7, 0],
      [2, null, starts[1]],
      [3, 9, starts[2]],
    ]);
    expect(model.footnotes.map((f) => [f.number, f.page])).toEqual([[1, 1]]);
    expect(model.body.replace(/\s+/g, " ").trim()).toBe("Grain went east1. Wool went west.");
  });
});
