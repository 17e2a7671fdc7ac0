// Turns a spec as written (data by CSV name) into the spec Vega-Lite compiles: rows inlined,
// theme config underneath, and a plain "no claims yet" figure when the table has no rows.

import type { Row } from "./csv-table.ts";
import { chartMessages } from "./messages.ts";
import type { Theme } from "./theme.ts";

export type Spec = Record<string, unknown>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Deep merge of plain objects; `over` wins, arrays are replaced whole. */
export function mergeConfig(under: unknown, over: unknown): unknown {
  if (!isRecord(under) || !isRecord(over)) return over === undefined ? under : over;
  const out: Record<string, unknown> = { ...under };
  for (const [k, v] of Object.entries(over)) out[k] = mergeConfig(under[k], v);
  return out;
}

/** The CSV a spec reads, from `"data": {"url": "name.csv"}`, or undefined when it has none. */
export function dataUrl(spec: Spec): string | undefined {
  const data = spec.data;
  return isRecord(data) && typeof data.url === "string" ? data.url : undefined;
}

export function titleText(spec: Spec): string {
  const t = spec.title;
  const text = isRecord(t) ? t.text : t;
  return Array.isArray(text) ? text.join(" ") : typeof text === "string" ? text : "";
}

/** A figure that says in words why there is nothing to draw, instead of an empty axis frame. */
export function placeholder(spec: Spec, theme: Theme, message: string): Spec {
  const width = typeof spec.width === "number" ? spec.width : 480;
  const height = 120;
  return {
    title: spec.title,
    description:
      `${typeof spec.description === "string" ? spec.description : ""} ${message}`.trim(),
    width,
    height,
    data: { values: [{}] },
    mark: { type: "text", fontSize: 14, color: "#444444" },
    encoding: {
      x: { value: width / 2 },
      y: { value: height / 2 },
      text: { value: message },
    },
    config: mergeConfig(theme.vegaLite, { view: { stroke: null } }),
  };
}

export function prepareSpec(spec: Spec, rows: Row[], theme: Theme): Spec {
  if (rows.length === 0) return placeholder(spec, theme, chartMessages.emptyTable());
  const data = isRecord(spec.data) ? spec.data : {};
  const { url: _url, format: _format, ...rest } = data;
  return {
    ...spec,
    data: { ...rest, values: rows },
    config: mergeConfig(theme.vegaLite, mergeConfig(spec.config ?? {}, { font: theme.fontFamily })),
  };
}
