// Which data fields a Vega-Lite spec reads and which its transforms create, found by walking the
// spec, so a misspelt field fails with a message instead of silently drawing nothing.

const READ_KEYS = new Set(["field", "lookup", "stack"]);
const LIST_KEYS = new Set(["groupby", "fold", "flatten"]);
const EXPR_KEYS = new Set(["calculate", "filter", "expr", "test"]);
// Fields named in these belong to another data source (lookup's secondary data).
const SKIP_KEYS = new Set(["from", "data", "datasets", "config"]);
const DATUM_REF = /\bdatum(?:\.([A-Za-z_$][\w$]*)|\[\s*(["'])(.*?)\2\s*\])/g;

export interface FieldUse {
  read: Set<string>;
  produced: Set<string>;
}

function addExprRefs(expr: string, read: Set<string>): void {
  for (const m of expr.matchAll(DATUM_REF)) read.add(m[1] ?? m[3]);
}

// A field path "a.b" reads column "a"; "a\\.b" is a column with a dot in its name.
function topField(field: string): string {
  const m = /^((?:\\.|[^.\\])*)/.exec(field);
  return (m ? m[1] : field).replace(/\\(.)/g, "$1");
}

function walk(node: unknown, use: FieldUse, parentKey: string): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, use, parentKey);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const obj = node as Record<string, unknown>;
  // {"repeat": "row"} field definitions are resolved by Vega-Lite, not names of columns.
  for (const [key, value] of Object.entries(obj)) {
    if (SKIP_KEYS.has(key)) continue;
    if (READ_KEYS.has(key) && typeof value === "string") use.read.add(topField(value));
    else if (LIST_KEYS.has(key) && Array.isArray(value)) {
      for (const v of value) if (typeof v === "string") use.read.add(topField(v));
    } else if (EXPR_KEYS.has(key) && typeof value === "string") addExprRefs(value, use.read);
    else if (key === "as") {
      for (const v of [value].flat()) if (typeof v === "string") use.produced.add(v);
    } else if (key === "bin" && parentKey === "transform") use.produced.add(`${obj.as}_end`);
    if (key === "fold" && obj.as === undefined) {
      use.produced.add("key");
      use.produced.add("value");
    }
    walk(value, use, key);
  }
}

export function fieldUse(spec: unknown): FieldUse {
  const use: FieldUse = { read: new Set(), produced: new Set() };
  walk(spec, use, "");
  return use;
}

/** Fields the spec reads that are neither columns nor created by its own transforms, sorted. */
export function unknownFields(spec: unknown, columns: readonly string[]): string[] {
  const use = fieldUse(spec);
  const known = new Set([...columns, ...use.produced]);
  return [...use.read].filter((f) => !known.has(f)).sort();
}
