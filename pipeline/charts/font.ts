// Text measurement with the shipped font, so vega lays out labels with the glyph advances that
// resvg and pdfkit will draw (vega would otherwise guess 0.8 em per character without canvas).

import { create, type Font } from "fontkit";
import { textMetrics } from "vega";

export interface FontFaces {
  family: string;
  regular: Font;
  bold: Font;
}

export function loadFaces(family: string, regular: Buffer, bold: Buffer): FontFaces {
  return { family, regular: create(regular), bold: create(bold) };
}

export function isBold(weight: unknown): boolean {
  return weight === "bold" || weight === "bolder" || Number(weight) >= 600;
}

/** Width in px of one line of text at a font size in px. */
export function measure(faces: FontFaces, text: string, size: number, bold = false): number {
  const face = bold ? faces.bold : faces.regular;
  return (face.layout(text).advanceWidth * size) / face.unitsPerEm;
}

interface TextItem {
  fontSize?: number;
  fontWeight?: unknown;
}

/** Points vega's global text measurement at the font; vega keeps one per process. */
export function useFontForVega(faces: FontFaces): void {
  const metrics = textMetrics as unknown as { width: (item: TextItem, text: unknown) => number };
  metrics.width = (item, text) => {
    const line = text == null ? "" : String(text).trim();
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    return size <= 0 || !line ? 0 : measure(faces, line, size, isBold(item.fontWeight));
  };
}

/** Greedy word wrap to a width; a single word longer than the width gets its own line. */
export function wrapText(
  faces: FontFaces,
  text: string,
  size: number,
  width: number,
  bold = false,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(faces, next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
