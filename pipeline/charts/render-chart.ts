// One chart, pure: spec text and tables in, file contents out. Checks the spec before drawing,
// so a misspelt field or an unknown property fails with a message rather than an empty chart.

import { PipelineError } from "../errors.ts";
import { chartContext, DERIVED_FIELDS, withDerivedFields } from "./chart-context.ts";
import type { Table } from "./csv-table.ts";
import { composeFigure, type FigureText } from "./figure.ts";
import type { FontFaces } from "./font.ts";
import { type FontFiles, type Format, toOutlinedSvg, toPdf, toPng } from "./formats.ts";
import { chartMessages } from "./messages.ts";
import { placeholder, prepareSpec, type Spec, titleText } from "./prepare-spec.ts";
import { renderVegaSvg } from "./render-svg.ts";
import { checkSpecShape } from "./schema-check.ts";
import { sourceLine } from "./source-line.ts";
import { unknownFields } from "./spec-fields.ts";
import type { Theme } from "./theme.ts";

export interface ChartInputs {
  specFile: string;
  spec: Spec;
  dataFile: string;
  table: Table;
  documents?: Table;
  works?: Table;
  footnotes?: Table;
  claims?: Table;
}

export interface RenderedChart {
  text: FigureText;
  files: Partial<Record<Format, Buffer>>;
  warnings: string[];
}

export interface RenderEnv {
  theme: Theme;
  faces: FontFaces;
  fonts: FontFiles;
}

/** Parses spec text, throwing CHART_BAD_SPEC with the parser's position. */
export function parseSpec(text: string, file: string): Spec {
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch (e) {
    throw new PipelineError("CHART_BAD_SPEC", chartMessages.invalidJson((e as Error).message), {
      file,
    });
  }
  checkSpecShape(spec, file);
  return spec;
}

export function checkFields(inputs: ChartInputs): void {
  const columns = [...inputs.table.columns, ...DERIVED_FIELDS];
  const unknown = unknownFields(inputs.spec, columns);
  if (unknown.length > 0)
    throw new PipelineError(
      "CHART_UNKNOWN_FIELD",
      chartMessages.unknownField(unknown[0], inputs.table.columns),
      { file: inputs.specFile, snippet: unknown[0] },
      `Fix the field name in the spec, or add the column to ${inputs.dataFile}`,
    );
}

export async function renderChart(
  inputs: ChartInputs,
  env: RenderEnv,
  formats: readonly Format[],
): Promise<RenderedChart> {
  checkFields(inputs);
  const rows = withDerivedFields(inputs.table.rows, chartContext(inputs));
  const spec = prepareSpec(inputs.spec, rows, env.theme);
  let vega = await renderVegaSvg(spec, inputs.specFile);
  if (rows.length > 0 && vega.drawn.length === 0)
    vega = await renderVegaSvg(
      placeholder(inputs.spec, env.theme, chartMessages.nothingDrawn()),
      inputs.specFile,
    );
  const title = titleText(spec);
  const description = vega.description ?? title;
  const text: FigureText = {
    title,
    description,
    source: sourceLine(vega.drawn, inputs.documents, inputs.works, inputs.footnotes),
  };
  const figure = composeFigure(vega.svg, env.faces, env.theme, text);
  const files: Partial<Record<Format, Buffer>> = {};
  try {
    if (formats.includes("svg"))
      files.svg = Buffer.from(toOutlinedSvg(figure.svg, env.faces), "utf8");
    if (formats.includes("png")) files.png = toPng(figure.svg, env.fonts, env.theme.dpi);
    if (formats.includes("pdf")) files.pdf = await toPdf(figure.svg, env.fonts, figure, title);
  } catch (e) {
    throw new PipelineError(
      "CHART_RENDER_FAILED",
      chartMessages.renderFailed((e as Error).message),
      {
        file: inputs.specFile,
      },
    );
  }
  return { text, files, warnings: vega.warnings };
}
