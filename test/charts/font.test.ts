import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { loadFaces, measure, wrapText } from "../../pipeline/charts/font.ts";

const require = createRequire(import.meta.url);
const regularPath = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const boldPath = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");
const faces = loadFaces("DejaVu Sans", readFileSync(regularPath), readFileSync(boldPath));

describe("measure(faces, text, size, bold)", () => {
  it("gives the widths pdfkit sets the same font at, so PDF labels fit where vega put them", () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.integer({ min: 6, max: 30 }),
        fc.boolean(),
        (text, size, bold) => {
          doc.font(bold ? boldPath : regularPath).fontSize(size);
          expect(measure(faces, text, size, bold)).toBeCloseTo(doc.widthOfString(text), 3);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("measures bold wider than regular and scales with the size", () => {
    expect(measure(faces, "Loans", 12, true)).toBeGreaterThan(measure(faces, "Loans", 12));
    expect(measure(faces, "Loans", 24)).toBeCloseTo(2 * measure(faces, "Loans", 12), 6);
  });
});

describe("wrapText(faces, text, size, width)", () => {
  it("keeps every word in order and every line within the width unless it is one long word", () => {
    const word = fc.stringMatching(/^[A-Za-z0-9,.;()–]{1,14}$/);
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.integer({ min: 40, max: 600 }),
        (words, width) => {
          const lines = wrapText(faces, words.join(" "), 10, width);
          expect(lines.join(" ")).toBe(words.join(" "));
          for (const line of lines)
            if (line.includes(" ")) expect(measure(faces, line, 10)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});
