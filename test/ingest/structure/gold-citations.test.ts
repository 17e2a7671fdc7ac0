// The seed's gold claims: each figure's sentence, the marker citing it and the resolved citation.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { citationOf, citingMarker, sentencesOf } from "../../../pipeline/ingest/structure/index.ts";
import { SHARED } from "../../shared-path.ts";
import { seedModel } from "./seed-model.ts";

interface GoldRow {
  doc: string;
  mention: string;
  occurrence: number;
  footnote?: number;
  citation_contains?: string;
  note?: string;
}

const model = seedModel;
const sentences = sentencesOf(model);
const rows = readFileSync(`${SHARED}/corpus/seeds/gold.jsonl`, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as GoldRow)
  .filter((r) => r.doc === "forbidden-tango");

describe("citingMarker(sentence, start, end) and citationOf(model, n) on the seed's gold claims", () => {
  for (const row of rows) {
    it(`traces "${row.mention}" (#${row.occurrence})`, () => {
      const hits = sentences.flatMap((s) => {
        const out: Array<{ s: (typeof sentences)[number]; at: number }> = [];
        for (
          let at = s.text.indexOf(row.mention);
          at >= 0;
          at = s.text.indexOf(row.mention, at + 1)
        )
          out.push({ s, at });
        return out;
      });
      const hit = hits[row.occurrence - 1];
      expect(hit).toBeDefined();
      const inside = /inside footnote (\d+)/.exec(row.note ?? "");
      expect(hit.s.inFootnote).toBe(inside ? Number(inside[1]) : null);
      const marker = citingMarker(hit.s, hit.at, hit.at + row.mention.length);
      expect(hit.s.inFootnote === null ? (marker?.number ?? null) : null).toBe(
        row.footnote ?? null,
      );
      if (row.citation_contains && row.footnote)
        expect(citationOf(model, row.footnote)?.text).toContain(row.citation_contains);
    });
  }
});
