// Vega-Lite spec → Vega → SVG text, in-process with the headless View; also returns the rows the
// marks actually drew, so the source line cites exactly those.

import { type LoggerInterface, parse, resetSVGDefIds, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { PipelineError } from "../errors.ts";
import type { Row } from "./csv-table.ts";
import { chartMessages } from "./messages.ts";
import type { Spec } from "./prepare-spec.ts";

// Vega-Lite warns this for every layered facet with independent scales, even when all layers read
// one data source (as they do after prepareSpec inlines the CSV); it does not signal a bad spec.
const HARMLESS_COMPILE_WARNINGS = [/^Detected faceted independent scales that union domain/];

export interface VegaFigure {
  svg: string;
  width: number;
  height: number;
  drawn: Row[];
  warnings: string[];
  description?: string;
}

function collectingLogger(sink: string[]): LoggerInterface {
  let level = 2;
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error: (...a: unknown[]) => {
      sink.push(a.map(String).join(" "));
      return logger;
    },
    warn: (...a: unknown[]) => {
      sink.push(a.map(String).join(" "));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger as unknown as LoggerInterface;
}

// Names of the data sets that Vega marks draw from, at any depth (facets included).
function markSources(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const n of node) markSources(n, out);
  else if (typeof node === "object" && node !== null) {
    const obj = node as Record<string, unknown>;
    const from = obj.from as { data?: unknown; facet?: { data?: unknown } } | undefined;
    if (obj.type !== undefined && from) {
      if (typeof from.data === "string") out.add(from.data);
      if (typeof from.facet?.data === "string") out.add(from.facet.data);
    }
    for (const v of Object.values(obj)) markSources(v, out);
  }
  return out;
}

// Rows of the data sets that marks draw from and of the last data set of every chain (a facet's
// marks draw per-cell subsets of those). Aggregated rows carry no document, so cite nothing.
function drawnRows(view: View, vgSpec: ReturnType<typeof compile>["spec"]): Row[] {
  const data = vgSpec.data ?? [];
  const derived = new Set(data.flatMap((d) => (d as { source?: unknown }).source));
  const names = markSources(vgSpec.marks ?? [], new Set());
  for (const d of data) if (!derived.has(d.name)) names.add(d.name);
  const seen = new Map<unknown, Row>();
  for (const name of [...names].sort()) {
    let rows: Row[] = [];
    try {
      rows = view.data(name) as Row[];
    } catch {
      // A facet's per-cell data set has no global name; its source is listed too.
    }
    for (const r of rows) if (!seen.has(r.id ?? r)) seen.set(r.id ?? r, r);
  }
  return [...seen.values()];
}

export async function renderVegaSvg(spec: Spec, file: string): Promise<VegaFigure> {
  const compileWarnings: string[] = [];
  let vgSpec: ReturnType<typeof compile>["spec"];
  try {
    vgSpec = compile(spec as unknown as TopLevelSpec, {
      logger: collectingLogger(compileWarnings),
    }).spec;
  } catch (e) {
    throw new PipelineError("CHART_BAD_SPEC", chartMessages.compileWarning((e as Error).message), {
      file,
    });
  }
  const real = compileWarnings.filter((w) => !HARMLESS_COMPILE_WARNINGS.some((re) => re.test(w)));
  if (real.length > 0)
    throw new PipelineError("CHART_BAD_SPEC", chartMessages.compileWarning(real[0]), {
      file,
    });
  const warnings: string[] = [];
  const view = new View(parse(vgSpec), { renderer: "none", logger: collectingLogger(warnings) });
  try {
    await view.runAsync();
    // Vega numbers clip paths and gradients per process; restart so each file is the same alone.
    resetSVGDefIds();
    const svg = await view.toSVG();
    const drawn = drawnRows(view, vgSpec);
    const description = typeof spec.description === "string" ? spec.description : undefined;
    return { svg, width: view.width(), height: view.height(), drawn, warnings, description };
  } catch (e) {
    throw new PipelineError(
      "CHART_RENDER_FAILED",
      chartMessages.renderFailed((e as Error).message),
      {
        file,
      },
    );
  } finally {
    view.finalize();
  }
}
