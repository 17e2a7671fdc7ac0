// Wraps Vega's SVG into the figure a paper embeds: the source line as a footer set in the theme
// font, a title and description for screen readers, and a size in whole multiples of 96/dpi px so
// the 300 dpi PNG and the PDF page have exact sizes.

import { type FontFaces, wrapText } from "./font.ts";

export interface FigureText {
  title: string;
  description: string;
  source: string;
}

export interface FigureStyle {
  fontFamily: string;
  footerFontSize: number;
  footerColor: string;
  dpi: number;
}

export interface Figure {
  svg: string;
  width: number;
  height: number;
}

const PAD = 8;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

// Smallest px step whose size in pixels at the dpi is whole: 8 px at 300 dpi (8 × 300/96 = 25).
function pxStep(dpi: number): number {
  for (let step = 1; step <= 96; step++) if (Number.isInteger((step * dpi) / 96)) return step;
  return 1;
}

function roundUp(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}

/** The opening tag with title and description that every output format of a figure starts with. */
export function svgHead(width: number, height: number, text: FigureText): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-label="${escapeXml(text.description)}">` +
    `<title>${escapeXml(text.title)}</title><desc>${escapeXml(text.description)}</desc>`
  );
}

export function composeFigure(
  vegaSvg: string,
  faces: FontFaces,
  style: FigureStyle,
  text: FigureText,
): Figure {
  const open = /^<svg[^>]*>/.exec(vegaSvg);
  const size = open && /width="([\d.]+)" height="([\d.]+)"/.exec(open[0]);
  if (!open || !size) throw new Error("Vega SVG has no root size");
  const innerWidth = Number(size[1]);
  const innerHeight = Number(size[2]);
  const body = vegaSvg.slice(open[0].length, vegaSvg.lastIndexOf("</svg>"));
  const lineHeight = Math.round(style.footerFontSize * 1.3);
  const lines = wrapText(faces, text.source, style.footerFontSize, innerWidth - 2 * PAD);
  const step = pxStep(style.dpi);
  const width = roundUp(innerWidth, step);
  const height = roundUp(innerHeight + PAD + lines.length * lineHeight + PAD, step);
  const footer = lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${innerHeight + PAD + (i + 1) * lineHeight - 3}" ` +
        `font-family="${escapeXml(style.fontFamily)}" font-size="${style.footerFontSize}px" ` +
        `fill="${style.footerColor}">${escapeXml(line)}</text>`,
    )
    .join("");
  const svg =
    `${svgHead(width, height, text)}<rect width="${width}" height="${height}" fill="white"/>` +
    `${body}<g class="source">${footer}</g></svg>`;
  return { svg, width, height };
}
