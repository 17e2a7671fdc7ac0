// Edge: renders every spec in a folder in one process. Reads specs and CSVs, skips charts whose
// inputs are unchanged (render-state sidecar), writes each file atomically and the gallery last.

import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { isPipelineError, PipelineError } from "../errors.ts";
import { writeFileIfChanged } from "../io/atomic-write.ts";
import { FORMATS, type Format } from "./formats.ts";
import { type GalleryEntry, galleryHtml } from "./gallery.ts";
import { loadEnv } from "./load-env.ts";
import { chartMessages } from "./messages.ts";
import { chartName, renderOne } from "./render-one.ts";

export interface RenderAllOptions {
  specsDir: string;
  dataDir: string;
  outDir: string;
  formats?: Format[];
  log?: (msg: string) => void;
  /** Defaults to the project's charts/theme.json. */
  themeFile?: string;
  /** Render only these spec files (paths), and write no gallery. */
  specFiles?: string[];
}

export interface RenderAllResult {
  rendered: string[];
  skipped: string[];
  failed: Array<{ spec: string; error: PipelineError }>;
}

export async function renderAll(opts: RenderAllOptions): Promise<RenderAllResult> {
  const formats = FORMATS.filter((f) => (opts.formats ?? FORMATS).includes(f));
  const env = await loadEnv(opts.themeFile);
  const specFiles =
    opts.specFiles ??
    (await readdir(opts.specsDir))
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => join(opts.specsDir, f));
  const result: RenderAllResult = { rendered: [], skipped: [], failed: [] };
  const entries: GalleryEntry[] = [];
  for (const specFile of specFiles) {
    const name = chartName(specFile);
    const specHref = relative(opts.outDir, specFile).split("\\").join("/");
    try {
      const { state, rendered } = await renderOne(specFile, env, opts, formats);
      (rendered ? result.rendered : result.skipped).push(name);
      opts.log?.(rendered ? chartMessages.rendered(name, formats) : chartMessages.skipped(name));
      entries.push({ name, ...state.figure, formats, specHref, dataHref: state.data });
    } catch (e) {
      const error = isPipelineError(e)
        ? e
        : new PipelineError("CHART_RENDER_FAILED", chartMessages.renderFailed(String(e)), {
            file: specFile,
          });
      result.failed.push({ spec: specFile, error });
      opts.log?.(chartMessages.failed(name, error.format()));
      entries.push({
        name,
        title: name,
        description: "",
        source: "",
        formats: [],
        specHref,
        error: error.message,
      });
    }
  }
  if (!opts.specFiles)
    await writeFileIfChanged(join(opts.outDir, "index.html"), galleryHtml(entries));
  return result;
}
