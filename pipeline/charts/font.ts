// Text measurement with the shipped font, so vega lays out labels with the glyph advances that
// resvg and pdfkit will draw (vega would otherwise guess 0.8 em per character without canvas).

import { create, type Font } from "fontkit";
import * as vega from "vega";

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
  limit?: number;
  ellipsis?: string;
  dir?: string;
}

interface VegaText {
  textMetrics: { width: (item: TextItem, text: unknown) => number };
  Marks: { text: { bound: (...args: unknown[]) => unknown } };
}

// vega's own truncation, on our widths: where a label longer than its limit ends.
function truncated(item: TextItem, text: string, width: (t: string) => number): string {
  let limit = Number(item.limit);
  if (width(text) < limit) return text;
  const ellipsis = item.ellipsis || "\u2026";
  limit -= width(ellipsis);
  let lo = 0;
  let hi = text.length;
  if (item.dir === "rtl") {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (width(text.slice(mid)) > limit) lo = mid + 1;
      else hi = mid;
    }
    return ellipsis + text.slice(lo);
  }
  while (lo < hi) {
    const mid = 1 + ((lo + hi) >>> 1);
    if (width(text.slice(0, mid)) < limit) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo) + ellipsis;
}

let current: FontFaces | undefined;
let bounding = false;

/**
 * Points vega's global text measurement at the font (vega keeps one per process). With a custom
 * measure, vega sizes a text mark's bounds from the untruncated label, so wasted space would open
 * beside every truncated label; while vega bounds a text mark, widths are of the truncated label.
 */
export function useFontForVega(faces: FontFaces): void {
  const v = vega as unknown as VegaText;
  if (current === undefined) {
    const bound = v.Marks.text.bound;
    v.Marks.text.bound = (...args) => {
      bounding = true;
      try {
        return bound(...args);
      } finally {
        bounding = false;
      }
    };
  }
  current = faces;
  v.textMetrics.width = (item, text) => {
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const bold = isBold(item.fontWeight);
    const w = (t: string) => measure(current as FontFaces, t, size, bold);
    let line = text == null ? "" : String(text).trim();
    if (bounding && Number(item.limit) > 0) line = truncated(item, line, w);
    return size <= 0 || !line ? 0 : w(line);
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
