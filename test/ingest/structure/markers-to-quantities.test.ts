// Marker positions handed to the quantity recognizer keep glued markers out of every value.
import { describe, expect, it } from "vitest";
import { analyzeDocument, sentencesOf } from "../../../pipeline/ingest/structure/index.ts";
import { recognize } from "../../../pipeline/quantities/index.ts";
import { rawDocument } from "../raw-document.ts";
import { seedModel } from "./seed-model.ts";

const model = seedModel;

describe("Sentence.markers as recognize(text, { markers })", () => {
  it("no quantity or date of the seed overlaps a footnote marker", () => {
    const withMarkers = sentencesOf(model).filter((s) => s.markers.length > 0);
    expect(withMarkers.length).toBeGreaterThan(50);
    for (const s of withMarkers) {
      for (const q of recognize(s.text, { markers: s.markers })) {
        for (const m of s.markers) expect(q.end <= m.start || q.start >= m.end).toBe(true);
      }
    }
  });

  it("reads June 194611 as the year 1946", () => {
    const s = sentencesOf(model).find((x) => x.text.includes("June 194611"));
    const found = recognize(s?.text ?? "", { markers: s?.markers ?? [] });
    expect(found.some((q) => q.kind === "date" && q.low === 1946)).toBe(true);
    expect(found.some((q) => q.low === 194611 || q.high === 194611)).toBe(false);
  });

  it("finds no marker in a text that has no footnote at all", () => {
    const text =
      "Lot 1: Cranes, 2 units.\nLot 2: Excavators, bucket capacity 4.6 m3\nLot 3: Pumps.";
    expect(analyzeDocument(rawDocument(text)).markers).toEqual([]);
  });
});
