// The figure theme, read once from charts/theme.json: font, resolution, footer and the Vega-Lite
// config shared by every spec. normalizeTheme checks it at the edge; nothing downstream re-checks.

import { PipelineError } from "../errors.ts";
import { chartMessages } from "./messages.ts";

export interface Theme {
  /** Font family name as written into SVG and registered in PDF. */
  fontFamily: string;
  /** npm package that ships the font files, and the files inside it. */
  fontPackage: string;
  fontRegular: string;
  fontBold: string;
  /** PNG resolution; figure sizes are CSS px (1/96 in). */
  dpi: number;
  footerFontSize: number;
  footerColor: string;
  /** Vega-Lite `config`, merged under each spec's own config. */
  vegaLite: Record<string, unknown>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(spec: Record<string, unknown>, key: string, file: string): string {
  const v = spec[key];
  if (typeof v !== "string" || v === "")
    throw new PipelineError("CHART_BAD_SPEC", chartMessages.badTheme(key, JSON.stringify(v)), {
      file,
    });
  return v;
}

function num(spec: Record<string, unknown>, key: string, file: string): number {
  const v = spec[key];
  if (typeof v !== "number" || !(v > 0))
    throw new PipelineError("CHART_BAD_SPEC", chartMessages.badTheme(key, JSON.stringify(v)), {
      file,
    });
  return v;
}

export function normalizeTheme(spec: unknown, file: string): Theme {
  if (!isRecord(spec))
    throw new PipelineError("CHART_BAD_SPEC", chartMessages.notAnObject(), { file });
  const font = isRecord(spec.font) ? spec.font : {};
  const footer = isRecord(spec.footer) ? spec.footer : {};
  const fontFamily = str(font, "family", file);
  const vegaLite = isRecord(spec.vegaLite) ? spec.vegaLite : {};
  return {
    fontFamily,
    fontPackage: str(font, "package", file),
    fontRegular: str(font, "regular", file),
    fontBold: str(font, "bold", file),
    dpi: num(spec, "dpi", file),
    footerFontSize: num(footer, "fontSize", file),
    footerColor: str(footer, "color", file),
    // One font everywhere: the theme's family wins over anything a spec's config says.
    vegaLite: { ...vegaLite, font: fontFamily },
  };
}
