import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadFaces } from "../../pipeline/charts/font.ts";
import { outlineText } from "../../pipeline/charts/outline-text.ts";
import { xmlProblem } from "./helpers.ts";

const require = createRequire(import.meta.url);
const regularPath = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const boldPath = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");
const faces = loadFaces("DejaVu Sans", readFileSync(regularPath), readFileSync(boldPath));
const font = {
  loadSystemFonts: false,
  fontFiles: [regularPath, boldPath],
  defaultFontFamily: "DejaVu Sans",
};

const page = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="60"><title>t</title><desc>d</desc>${body}</svg>`;

function box(svg: string) {
  const b = new Resvg(svg, { font }).getBBox();
  if (!b) throw new Error("nothing drawn");
  return b;
}

describe("outlineText(svg, faces)", () => {
  it("draws text where resvg sets it in the same font, within a pixel", () => {
    const words = fc.stringMatching(/^[A-Za-z0-9 ,.()–→≈%]{1,30}$/).filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(
        words,
        fc.constantFrom("start", "middle", "end"),
        fc.boolean(),
        fc.integer({ min: 8, max: 18 }),
        (text, anchor, bold, size) => {
          const esc = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
          const svg = page(
            `<text text-anchor="${anchor}" transform="translate(200,30)" font-family="DejaVu Sans" font-size="${size}px"${bold ? ' font-weight="bold"' : ""} fill="#000">${esc}</text>`,
          );
          const a = box(svg);
          const b = box(outlineText(svg, faces));
          expect(Math.abs(a.x - b.x)).toBeLessThan(1);
          expect(Math.abs(a.x + a.width - (b.x + b.width))).toBeLessThan(1);
          expect(Math.abs(a.y - b.y)).toBeLessThan(1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("leaves no text, defines each glyph once and stays well-formed", () => {
    const svg = page(
      '<text x="5" y="20" font-family="DejaVu Sans" font-size="10px" fill="#444">a &amp; b &lt; aaa</text><text transform="translate(5,40)" font-size="10px">aaa</text>',
    );
    const out = outlineText(svg, faces);
    expect(out).not.toMatch(/<text/);
    expect(xmlProblem(out)).toBeUndefined();
    const ids = [...out.matchAll(/<path id="(\w+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(out.match(/<use href="#r68"/g)?.length).toBe(7);
  });
});
