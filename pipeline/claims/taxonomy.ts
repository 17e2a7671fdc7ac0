// The category taxonomy: a JSON file users edit without touching code, validated once at load.
import { fileURLToPath } from "node:url";
import { PipelineError } from "../errors.ts";

export interface Category {
  id: string;
  label: string;
  /** Name of the chart table the category feeds (without .csv), or null. */
  table: string | null;
  /** Whether a commodity is looked for. */
  commodity: boolean;
  /** Accepted dimensions with the score a quantity of that dimension starts with ("*": any). */
  dimensions: Record<string, number>;
  cues: Record<string, number>;
  /** Extra score when the recognizer reports a stated change ("increased by"). */
  stated_change: number;
  /** The most words a cue may stand from the quantity in its sentence (Infinity: anywhere). */
  window: number;
}

export interface Taxonomy {
  file: string;
  fallback: string;
  neighbourWeight: number;
  distanceScale: number;
  countCues: { windowWords: number; phrases: string[] };
  categories: Category[];
}

export const defaultTaxonomyPath = fileURLToPath(new URL("./taxonomy.json", import.meta.url));

const ID = /^[a-z][a-z0-9_]*$/;

/** Parses and validates the taxonomy's text; `file` names it in errors. */
export function loadTaxonomy(jsonText: string, file: string): Taxonomy {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (error) {
    fail(file, "(document)", `is not valid JSON: ${(error as Error).message}`);
  }
  const root = object(data, file, "(document)");
  const categories = array(root.categories, file, "categories").map((c, i) => category(c, file, i));
  if (categories.length === 0) fail(file, "categories", "must list at least one category");
  const seen = new Set<string>();
  for (const [i, c] of categories.entries()) {
    if (seen.has(c.id)) fail(file, `categories[${i}].id`, `must be unique, got "${c.id}" twice`);
    seen.add(c.id);
  }
  const fallback = string(root.fallback, file, "fallback");
  if (!seen.has(fallback)) fail(file, "fallback", `must name a category, got "${fallback}"`);
  const count = object(root.countCues, file, "countCues");
  return {
    file,
    fallback,
    neighbourWeight: number(root.neighbourWeight, file, "neighbourWeight", 0, 1),
    distanceScale: number(root.distanceScale, file, "distanceScale", 0.1, 100),
    countCues: {
      windowWords: number(count.windowWords, file, "countCues.windowWords", 0, 50),
      phrases: array(count.phrases, file, "countCues.phrases").map((p, i) =>
        string(p, file, `countCues.phrases[${i}]`),
      ),
    },
    categories,
  };
}

function category(value: unknown, file: string, i: number): Category {
  const at = `categories[${i}]`;
  const c = object(value, file, at);
  const id = string(c.id, file, `${at}.id`);
  if (!ID.test(id)) fail(file, `${at}.id`, `must be snake_case, got "${id}"`);
  const table =
    c.table === null || c.table === undefined ? null : string(c.table, file, `${at}.table`);
  if (table !== null && !/^[a-z][a-z0-9_]*$/.test(table))
    fail(file, `${at}.table`, `must be snake_case, got "${table}"`);
  return {
    id,
    label: string(c.label, file, `${at}.label`),
    table,
    commodity: c.commodity === true,
    dimensions: weights(c.dimensions, file, `${at}.dimensions`),
    cues: weights(c.cues, file, `${at}.cues`),
    stated_change:
      c.stated_change === undefined
        ? 0
        : number(c.stated_change, file, `${at}.stated_change`, 0, 100),
    window:
      c.window === undefined
        ? Number.POSITIVE_INFINITY
        : number(c.window, file, `${at}.window`, 0, 1000),
  };
}

function weights(value: unknown, file: string, at: string): Record<string, number> {
  const o = object(value, file, at);
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(o)) {
    if (k.startsWith("$")) continue;
    if (k.trim() === "") fail(file, at, "has an empty key");
    out[k.toLowerCase()] = number(v, file, `${at}.${k}`, -100, 100);
  }
  return out;
}

function object(value: unknown, file: string, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    fail(file, at, `must be an object, got ${show(value)}`);
  return value as Record<string, unknown>;
}

function array(value: unknown, file: string, at: string): unknown[] {
  if (!Array.isArray(value)) fail(file, at, `must be an array, got ${show(value)}`);
  return value as unknown[];
}

function string(value: unknown, file: string, at: string): string {
  if (typeof value !== "string" || value.trim() === "")
    fail(file, at, `must be a non-empty string, got ${show(value)}`);
  return value as string;
}

function number(value: unknown, file: string, at: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    fail(file, at, `must be a number from ${min} to ${max}, got ${show(value)}`);
  }
  return value as number;
}

function show(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(value);
}

function fail(file: string, field: string, rule: string): never {
  throw new PipelineError(
    "TAXONOMY_INVALID",
    `Taxonomy field ${field} ${rule}`,
    { file, snippet: field },
    "Fix the field in the taxonomy file",
  );
}
