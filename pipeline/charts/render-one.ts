// Edge: one chart of a render run. Reads its spec and CSVs, compares their hashes with the
// render-state sidecar, and draws and writes the chart only when something it depends on changed.

import { readFile } from "node:fs/promises";
import { basename, isAbsolute, join, relative } from "node:path";
import { PipelineError } from "../errors.ts";
import { writeFileIfChanged } from "../io/atomic-write.ts";
import { parseTable, type Table } from "./csv-table.ts";
import type { Format } from "./formats.ts";
import type { LoadedEnv } from "./load-env.ts";
import { chartMessages } from "./messages.ts";
import { dataUrl } from "./prepare-spec.ts";
import { parseSpec, renderChart } from "./render-chart.ts";
import {
  parseState,
  type RenderState,
  sameInputs,
  serializeState,
  sha256,
  toolVersions,
} from "./sidecar.ts";

export interface RenderOneOptions {
  dataDir: string;
  outDir: string;
  log?: (msg: string) => void;
}

// Read for labels and the source line; their hashes are in the sidecar so edits re-render.
const CONTEXT_TABLES = ["documents.csv", "works.csv", "footnotes.csv", "claims.csv"];

async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

export function chartName(specFile: string): string {
  return basename(specFile).replace(/(\.vl)?\.json$/, "");
}

async function upToDate(
  state: RenderState | undefined,
  inputs: RenderState["inputs"],
  outDir: string,
  name: string,
) {
  if (!state || !sameInputs(state.inputs, inputs)) return false;
  for (const f of inputs.formats) {
    const file = await readOptional(join(outDir, `${name}.${f}`));
    if (!file || sha256(file) !== state.outputs[f]) return false;
  }
  return true;
}

export async function renderOne(
  specFile: string,
  env: LoadedEnv,
  opts: RenderOneOptions,
  formats: Format[],
) {
  const name = chartName(specFile);
  const specText = await readFile(specFile, "utf8");
  const spec = parseSpec(specText, specFile);
  const url = dataUrl(spec);
  if (url === undefined)
    throw new PipelineError("CHART_BAD_SPEC", chartMessages.noDataUrl(), { file: specFile });
  if (isAbsolute(url) || url.split(/[\\/]/).includes("..") || /^[a-z]+:/i.test(url))
    throw new PipelineError("CHART_BAD_SPEC", chartMessages.badDataUrl(url), { file: specFile });
  const csv = await readOptional(join(opts.dataDir, url));
  if (!csv)
    throw new PipelineError("CHART_MISSING_DATA", chartMessages.missingCsv(url, opts.dataDir), {
      file: specFile,
    });
  const context = await Promise.all(CONTEXT_TABLES.map((t) => readOptional(join(opts.dataDir, t))));
  const data: Record<string, string | null> = { [url]: sha256(csv) };
  CONTEXT_TABLES.forEach((t, i) => {
    data[t] = context[i] ? sha256(context[i] as Buffer) : null;
  });
  const inputs: RenderState["inputs"] = {
    spec: sha256(specText),
    data,
    theme: env.themeHash,
    font: env.fontHash,
    tools: toolVersions(),
    formats,
  };
  const stateFile = join(opts.outDir, `${name}.render.json`);
  const prior = parseState((await readOptional(stateFile))?.toString("utf8"));
  if (prior && (await upToDate(prior, inputs, opts.outDir, name)))
    return { state: prior, rendered: false };
  const table = (buf: Buffer | undefined, file: string): Table | undefined =>
    buf ? parseTable(buf.toString("utf8"), file) : undefined;
  const chart = await renderChart(
    {
      specFile,
      spec,
      dataFile: url,
      table: table(csv, join(opts.dataDir, url)) as Table,
      documents: table(context[0], join(opts.dataDir, CONTEXT_TABLES[0])),
      works: table(context[1], join(opts.dataDir, CONTEXT_TABLES[1])),
      footnotes: table(context[2], join(opts.dataDir, CONTEXT_TABLES[2])),
      claims: table(context[3], join(opts.dataDir, CONTEXT_TABLES[3])),
    },
    env,
    formats,
  );
  const outputs: RenderState["outputs"] = {};
  for (const f of formats) {
    const content = chart.files[f] as Buffer;
    outputs[f] = sha256(content);
    await writeFileIfChanged(join(opts.outDir, `${name}.${f}`), content);
  }
  for (const w of chart.warnings) opts.log?.(`${name}: ${w}`);
  const state: RenderState = {
    inputs,
    outputs,
    figure: chart.text,
    spec: relative(opts.outDir, specFile).split("\\").join("/"),
    data: relative(opts.outDir, join(opts.dataDir, url)).split("\\").join("/"),
  };
  await writeFileIfChanged(stateFile, serializeState(state));
  return { state, rendered: true };
}
