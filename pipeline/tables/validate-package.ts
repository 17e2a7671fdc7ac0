// A Table Schema check of our own (the subset the package uses): the descriptor's shape, then every
// CSV against its schema (header, types, required, enum, pattern, keys) and its bytes and hash.
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";

const TYPES = new Set([
  "string",
  "number",
  "integer",
  "boolean",
  "object",
  "array",
  "date",
  "time",
  "datetime",
  "year",
  "yearmonth",
  "duration",
  "geopoint",
  "geojson",
  "any",
]);
const NAME = /^[a-z0-9._-]+$/;
const CAST: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
  boolean: /^(true|false)$/,
};

interface FieldD {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface ResourceD {
  name: string;
  path: string;
  bytes?: number;
  hash?: string;
  schema: {
    fields: FieldD[];
    primaryKey?: string[];
    foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  };
}

export function validatePackage(descriptorText: string, files: Map<string, string>): string[] {
  const errors: string[] = [];
  const d = JSON.parse(descriptorText) as { profile?: string; resources?: ResourceD[] };
  if (!Array.isArray(d.resources) || d.resources.length === 0)
    return ["descriptor: resources must be a non-empty array"];
  const rows = new Map<string, Array<Record<string, string>>>();
  const names = new Set<string>();
  for (const r of d.resources) {
    const at = `resource ${r.name}`;
    if (!NAME.test(r.name ?? "")) errors.push(`${at}: name must match ${NAME}`);
    if (names.has(r.name)) errors.push(`${at}: duplicate name`);
    names.add(r.name);
    if (typeof r.path !== "string" || r.path.includes("..") || r.path.startsWith("/"))
      errors.push(`${at}: path must be a relative POSIX path`);
    const fields = r.schema?.fields ?? [];
    if (fields.length === 0) errors.push(`${at}: schema.fields must be non-empty`);
    const fieldNames = fields.map((f) => f.name);
    if (new Set(fieldNames).size !== fieldNames.length)
      errors.push(`${at}: field names must be unique`);
    for (const f of fields)
      if (!TYPES.has(f.type)) errors.push(`${at}: field ${f.name} has unknown type ${f.type}`);
    for (const k of r.schema.primaryKey ?? [])
      if (!fieldNames.includes(k)) errors.push(`${at}: primaryKey field ${k} is not a field`);
    const text = files.get(r.path);
    if (text === undefined) {
      errors.push(`${at}: file ${r.path} is missing`);
      continue;
    }
    if (r.bytes !== undefined && r.bytes !== Buffer.byteLength(text, "utf8"))
      errors.push(`${at}: bytes differ from the file`);
    if (
      r.hash !== undefined &&
      r.hash !== `sha256:${createHash("sha256").update(text).digest("hex")}`
    )
      errors.push(`${at}: hash differs from the file`);
    const records = parse(text, { relax_column_count: false }) as string[][];
    const [header = [], ...body] = records;
    if (header.join(",") !== fieldNames.join(","))
      errors.push(
        `${at}: header ${header.join(",")} differs from the fields ${fieldNames.join(",")}`,
      );
    const objects = body.map((cells) =>
      Object.fromEntries(fieldNames.map((n, i) => [n, cells[i] ?? ""])),
    );
    rows.set(r.name, objects);
    objects.forEach((row, i) => {
      for (const f of fields)
        errors.push(...checkCell(row[f.name], f).map((e) => `${at} row ${i + 2} ${f.name}: ${e}`));
    });
    const key = r.schema.primaryKey ?? [];
    if (key.length > 0) {
      const seen = new Set<string>();
      for (const [i, row] of objects.entries()) {
        const value = JSON.stringify(key.map((k) => row[k]));
        if (seen.has(value)) errors.push(`${at} row ${i + 2}: duplicate primary key ${value}`);
        seen.add(value);
      }
    }
  }
  for (const r of d.resources) errors.push(...checkForeignKeys(r, rows));
  return errors;
}

function checkCell(cell: string, f: FieldD): string[] {
  if (cell === "") return f.constraints?.required ? ["required but empty"] : [];
  const out: string[] = [];
  const cast = CAST[f.type];
  if (cast && !cast.test(cell)) out.push(`"${cell}" is not a ${f.type}`);
  if (f.constraints?.enum && !f.constraints.enum.includes(cell))
    out.push(`"${cell}" is not one of ${f.constraints.enum.join(", ")}`);
  if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`, "u").test(cell))
    out.push(`"${cell}" does not match ${f.constraints.pattern}`);
  return out;
}

function checkForeignKeys(
  r: ResourceD,
  rows: Map<string, Array<Record<string, string>>>,
): string[] {
  const out: string[] = [];
  for (const fk of r.schema.foreignKeys ?? []) {
    const target = rows.get(fk.reference.resource);
    if (!target) {
      out.push(
        `resource ${r.name}: foreign key references missing resource ${fk.reference.resource}`,
      );
      continue;
    }
    const keys = new Set(target.map((t) => JSON.stringify(fk.reference.fields.map((k) => t[k]))));
    for (const [i, row] of (rows.get(r.name) ?? []).entries()) {
      const values = fk.fields.map((k) => row[k]);
      if (values.some((v) => v === "")) continue;
      if (!keys.has(JSON.stringify(values)))
        out.push(
          `resource ${r.name} row ${i + 2}: ${fk.fields.join(",")} ${values.join(",")} not in ${fk.reference.resource}`,
        );
    }
  }
  return out;
}
