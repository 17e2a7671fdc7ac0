// The render-state sidecar beside each chart's outputs: hashes of everything the figure depends
// on (spec, CSVs, theme, font, renderer versions), so an unchanged chart is not drawn again.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FigureText } from "./figure.ts";
import type { Format } from "./formats.ts";

// The renderer's own code is an input too: a hash of this folder's sources, so a change to how
// figures are drawn re-renders them without anyone remembering to bump a number.
function rendererRevision(): string {
  const dir = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    hash.update(name).update(readFileSync(join(dir, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

const require = createRequire(import.meta.url);
const TOOLS = ["vega", "vega-lite", "@resvg/resvg-js", "pdfkit", "svg-to-pdfkit", "fontkit"];

// Some packages do not export their package.json: walk up from the entry point to find it.
function versionOf(name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (pkg.name === name) return String(pkg.version);
    } catch {
      // No package.json at this level.
    }
    const up = dirname(dir);
    if (up === dir) return "unknown";
    dir = up;
  }
}

let versions: Record<string, string> | undefined;

export function toolVersions(): Record<string, string> {
  if (!versions) {
    versions = { "trade-claims charts": rendererRevision() };
    for (const name of TOOLS) versions[name] = versionOf(name);
  }
  return versions;
}

export function sha256(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

export interface RenderState {
  inputs: {
    spec: string;
    data: Record<string, string | null>;
    theme: string;
    font: string;
    tools: Record<string, string>;
    formats: Format[];
  };
  outputs: Partial<Record<Format, string>>;
  figure: FigureText;
  spec: string;
  data: string;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}

/** Sorted keys and a final newline, so the sidecar is the same bytes for the same state. */
export function serializeState(state: RenderState): string {
  return `${JSON.stringify(sortKeys(state), null, 2)}\n`;
}

export function parseState(text: string | undefined): RenderState | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as RenderState;
  } catch {
    return undefined;
  }
}

export function sameInputs(a: RenderState["inputs"], b: RenderState["inputs"]): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
