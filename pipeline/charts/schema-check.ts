// A structural check against the Vega-Lite JSON schema shipped with vega-lite: unknown top-level,
// layer and encoding properties and unknown marks, the mistakes that compile to an empty chart.

import { createRequire } from "node:module";
import { PipelineError } from "../errors.ts";
import { chartMessages } from "./messages.ts";

interface SchemaDef {
  properties?: Record<string, unknown>;
  enum?: string[];
}

const require = createRequire(import.meta.url);
const schema = require("vega-lite/vega-lite-schema.json") as {
  definitions: Record<string, SchemaDef>;
};

function keysOf(...names: string[]): Set<string> {
  const keys = new Set<string>();
  for (const n of names)
    for (const k of Object.keys(schema.definitions[n]?.properties ?? {})) keys.add(k);
  return keys;
}

const SPEC_KEYS = keysOf(
  "TopLevelUnitSpec",
  "TopLevelLayerSpec",
  "TopLevelFacetSpec",
  "TopLevelRepeatSpec",
  "TopLevelConcatSpec",
  "TopLevelVConcatSpec",
  "TopLevelHConcatSpec",
);
const ENCODING_KEYS = keysOf("FacetedEncoding", "SharedEncoding");
const MARKS = new Set([
  ...(schema.definitions.Mark?.enum ?? []),
  ...["boxplot", "errorbar", "errorband"],
]);
const NESTED_SPECS = ["layer", "hconcat", "vconcat", "concat"];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function fail(message: string, file: string): never {
  throw new PipelineError("CHART_BAD_SPEC", message, { file });
}

function checkSpec(spec: Record<string, unknown>, where: string, file: string): void {
  for (const key of Object.keys(spec))
    if (!SPEC_KEYS.has(key))
      fail(chartMessages.unknownKey(key, where, [...SPEC_KEYS].sort()), file);
  const mark = isRecord(spec.mark) ? spec.mark.type : spec.mark;
  if (typeof mark === "string" && !MARKS.has(mark)) fail(chartMessages.unknownMark(mark), file);
  if (isRecord(spec.encoding))
    for (const key of Object.keys(spec.encoding))
      if (!ENCODING_KEYS.has(key))
        fail(chartMessages.unknownKey(key, `${where}.encoding`, [...ENCODING_KEYS].sort()), file);
  for (const nest of NESTED_SPECS) {
    const children = spec[nest];
    if (Array.isArray(children))
      children.forEach((c, i) => {
        if (isRecord(c)) checkSpec(c, `${where}.${nest}[${i}]`, file);
      });
  }
  if (isRecord(spec.spec)) checkSpec(spec.spec, `${where}.spec`, file);
}

export function checkSpecShape(
  spec: unknown,
  file: string,
): asserts spec is Record<string, unknown> {
  if (!isRecord(spec)) fail(chartMessages.notAnObject(), file);
  checkSpec(spec, "spec", file);
}
