// Sets the figure's text as glyph outlines for the SVG file: each glyph the figure uses is defined
// once from the theme font and placed with <use>, at the advances vega measured with. The SVG then
// needs no font, looks as the PNG and PDF do, and stays small (no outline is repeated).

import type { Font } from "fontkit";
import { type FontFaces, isBold } from "./font.ts";

const TEXT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const ATTR = /([\w:-]+)="([^"]*)"/g;
const DROPPED = new Set([
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "transform",
  "x",
  "y",
]);

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(
        e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()] as string;
  });
}

function num(n: number): string {
  return String(Math.round(n * 1e4) / 1e4);
}

export function outlineText(svg: string, faces: FontFaces): string {
  const defs = new Map<string, string>();
  const body = svg.replace(TEXT, (whole, attrText: string, content: string) => {
    const attrs = Object.fromEntries([...attrText.matchAll(ATTR)].map((m) => [m[1], m[2]]));
    // SVG's default whitespace handling: drop newlines, tabs to spaces, trim, collapse runs.
    const text = decodeXml(content.replace(/[\r\n]/g, "").replace(/\t/g, " "))
      .trim()
      .replace(/ {2,}/g, " ");
    if (text.trim() === "") return "";
    const bold = isBold(attrs["font-weight"]);
    const face: Font = bold ? faces.bold : faces.regular;
    const size = Number.parseFloat(attrs["font-size"] ?? "11");
    if (!(size > 0)) return whole;
    const run = face.layout(text);
    const k = size / face.unitsPerEm;
    const anchor = attrs["text-anchor"] ?? "start";
    const shift =
      anchor === "middle" ? -run.advanceWidth / 2 : anchor === "end" ? -run.advanceWidth : 0;
    const x = Number(attrs.x ?? 0);
    const y = Number(attrs.y ?? 0);
    let pen = 0;
    const uses: string[] = [];
    run.glyphs.forEach((glyph, i) => {
      const pos = run.positions[i];
      const id = `${bold ? "b" : "r"}${glyph.id}`;
      if (!defs.has(id)) defs.set(id, glyph.path.toSVG());
      if (defs.get(id) !== "") {
        const gy = pos.yOffset ? ` y="${-pos.yOffset}"` : "";
        uses.push(
          `<use href="#${id}" xlink:href="#${id}" x="${num(pen + shift + pos.xOffset)}"${gy}/>`,
        );
      }
      pen += pos.xAdvance;
    });
    const kept = Object.entries(attrs)
      .filter(([name]) => !DROPPED.has(name))
      .map(([name, value]) => ` ${name}="${value}"`)
      .join("");
    const transform = `${attrs.transform ? `${attrs.transform} ` : ""}translate(${num(x)},${num(y)}) scale(${num(k)},${num(-k)})`;
    return `<g transform="${transform}"${kept}>${uses.join("")}</g>`;
  });
  const glyphs = [...defs]
    .filter(([, d]) => d !== "")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, d]) => `<path id="${id}" d="${d}"/>`)
    .join("");
  return body.replace(/<\/desc>/, `</desc><defs>${glyphs}</defs>`);
}
