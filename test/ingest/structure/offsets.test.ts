import { describe, expect, it } from "vitest";
import {
  analyzeDocument,
  bodyOffsetToRaw,
  lineOfRaw,
} from "../../../pipeline/ingest/structure/index.ts";
import { buildSynthetic } from "./synthetic.ts";

describe("lineOfRaw(text, offset)", () => {
  it("counts LF, CRLF and lone CR each as one line end", () => {
    expect(lineOfRaw("a\nb\r\nc\rd", 0)).toBe(1);
    expect(lineOfRaw("a\nb\r\nc\rd", 2)).toBe(2);
    expect(lineOfRaw("a\nb\r\nc\rd", 5)).toBe(3);
    expect(lineOfRaw("a\nb\r\nc\rd", 7)).toBe(4);
  });
});

describe("bodyOffsetToRaw(model, offset)", () => {
  it("maps every body character to the same raw character", () => {
    for (const eol of ["\n", "\r\n"] as const) {
      const doc = buildSynthetic({ eol, splitNote: true, seed: 5 });
      const model = analyzeDocument(doc.raw);
      for (let i = 0; i < model.body.length; i++) {
        const c = model.body[i];
        const covered = model.segments.some((s) => i >= s.bodyStart && i < s.bodyStart + s.length);
        if (covered) expect(doc.raw.text[bodyOffsetToRaw(model, i)]).toBe(c);
        else expect(c).toMatch(/\s/);
      }
    }
  });

  it("keeps segments sorted and verbatim", () => {
    const model = analyzeDocument(buildSynthetic({ formFeed: true }).raw);
    let last = -1;
    for (const s of model.segments) {
      expect(s.bodyStart).toBeGreaterThan(last);
      last = s.bodyStart;
      expect(model.body.slice(s.bodyStart, s.bodyStart + s.length)).toBe(
        model.raw.text.slice(s.rawStart, s.rawStart + s.length),
      );
    }
  });
});
