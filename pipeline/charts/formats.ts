// One figure SVG (text set in the theme font) → the three output files. PNG and the outlined SVG
// come from resvg with only the shipped font loaded; the PDF draws the same SVG with pdfkit and
// embeds the same font, so glyphs and line breaks match across formats.

import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import type { FontFaces } from "./font.ts";
import { outlineText } from "./outline-text.ts";
import { setPngDpi } from "./png-dpi.ts";

export interface FontFiles {
  family: string;
  regularPath: string;
  boldPath: string;
  regular: Buffer;
  bold: Buffer;
}

export type Format = "svg" | "png" | "pdf";
export const FORMATS: readonly Format[] = ["svg", "png", "pdf"];

// Fixed so the PDF is byte-identical on every run; the date is not meaningful.
const PDF_DATE = new Date(Date.UTC(2000, 0, 1));

function resvgOptions(fonts: FontFiles, zoom?: number): ResvgRenderOptions {
  return {
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.regularPath, fonts.boldPath],
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
    },
    fitTo: zoom ? { mode: "zoom", value: zoom } : { mode: "original" },
    shapeRendering: 2,
    textRendering: 1,
  };
}

export function toPng(svg: string, fonts: FontFiles, dpi: number): Buffer {
  const png = new Resvg(svg, resvgOptions(fonts, dpi / 96)).render().asPng();
  return setPngDpi(Buffer.from(png), dpi);
}

/**
 * The SVG file has its text set as outlines (as matplotlib does by default): it needs no font and
 * cannot reflow; the title, description and ARIA label carry the words for readers.
 */
export function toOutlinedSvg(svg: string, faces: FontFaces): string {
  return `${outlineText(svg, faces)}\n`;
}

export function toPdf(
  svg: string,
  fonts: FontFiles,
  size: { width: number; height: number },
  title: string,
): Promise<Buffer> {
  const pt = { width: (size.width * 72) / 96, height: (size.height * 72) / 96 };
  const doc = new PDFDocument({
    size: [pt.width, pt.height],
    margin: 0,
    // Starting with the theme font keeps pdfkit from adding its default Helvetica.
    font: fonts.regular as unknown as string,
    info: {
      Title: title,
      Creator: "trade-claims",
      Producer: "trade-claims",
      CreationDate: PDF_DATE,
    },
  });
  doc.registerFont("theme-regular", fonts.regular);
  doc.registerFont("theme-bold", fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  SVGtoPDF(doc, svg, 0, 0, {
    width: pt.width,
    height: pt.height,
    fontCallback: (_family, bold) => (bold ? "theme-bold" : "theme-regular"),
    warningCallback: () => {},
  });
  doc.end();
  return done;
}
