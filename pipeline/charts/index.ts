// Charts stage: Vega-Lite specs in charts/specs/ + tidy CSVs in data/processed/ → SVG, PNG and
// PDF figures with their source line, a render-state sidecar each, and the charts/index.html gallery.

export {
  type ChartContext,
  type ContextTables,
  chartContext,
  citedSource,
  DERIVED_FIELDS,
  withDerivedFields,
} from "./chart-context.ts";
export { chartsCommand, renderCommand } from "./commands.ts";
export { type Cell, parseTable, type Row, type Table } from "./csv-table.ts";
export { FORMATS, type Format } from "./formats.ts";
export { galleryHtml } from "./gallery.ts";
export { defaultThemeFile, loadEnv } from "./load-env.ts";
export { chartMessages } from "./messages.ts";
export { pngDpi, setPngDpi } from "./png-dpi.ts";
export { type RenderAllOptions, type RenderAllResult, renderAll } from "./render-all.ts";
export { parseSpec, renderChart } from "./render-chart.ts";
export { chartName } from "./render-one.ts";
export {
  categoryName,
  fieldsLabel,
  measureHeading,
  qualifierWords,
  rowLabel,
} from "./row-labels.ts";
export { shortTitle, shortWork, surname } from "./short-cite.ts";
export { sourceLine } from "./source-line.ts";
export { unknownFields } from "./spec-fields.ts";
