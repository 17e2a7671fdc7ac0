// datapackage.json: a Frictionless tabular data package describing every CSV (fields, types,
// units, descriptions, keys), with each file's size and SHA-256 and the source documents.
import { createHash } from "node:crypto";
import type { ManifestRow } from "../ingest/manifest.ts";
import type { TableSpec } from "./schemas.ts";

export const FORMULA_GUARD_NOTE =
  "Text cells that a spreadsheet would evaluate as a formula (they begin with =, +, -, @, a tab or a carriage return) or convert to another type (60%, 3,000, $5, 007, 12e4, 1/2, 10:30) are written with one leading apostrophe so they stay text; remove that one apostrophe to get the text back. Number columns are never changed.";

/** A written file's size in bytes and SHA-256 (hex), as the data package records them. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

export function digestOf(content: string): FileDigest {
  return {
    bytes: Buffer.byteLength(content, "utf8"),
    sha256: createHash("sha256").update(content).digest("hex"),
  };
}

export function dataPackage(
  specs: readonly TableSpec[],
  digests: ReadonlyMap<string, FileDigest>,
  sources: ManifestRow[],
): string {
  const descriptor = {
    profile: "tabular-data-package",
    name: "trade-claims",
    title: "Quantitative trade claims from texts",
    description: `Claims extracted from the documents in data/raw/, with provenance, in tidy CSV tables. ${FORMULA_GUARD_NOTE}`,
    licenses: [{ name: "MIT", path: "https://opensource.org/licenses/MIT", title: "MIT License" }],
    sources: [...sources]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({
        title: s.title || s.id,
        ...(s.url ? { path: s.url } : {}),
        ...(s.author ? { author: s.author } : {}),
        id: s.id,
      })),
    resources: specs.map((spec) => {
      const digest = digests.get(`${spec.name}.csv`) ?? digestOf("");
      return {
        profile: "tabular-data-resource",
        name: spec.name,
        path: `${spec.name}.csv`,
        title: spec.title,
        description: spec.description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: digest.bytes,
        hash: `sha256:${digest.sha256}`,
        dialect: {
          delimiter: ",",
          lineTerminator: "\n",
          quoteChar: '"',
          doubleQuote: true,
          header: true,
        },
        schema: {
          fields: spec.fields.map((f) => ({
            ...f,
            ...(f.type === "boolean" ? { trueValues: ["true"], falseValues: ["false"] } : {}),
            ...(f.type === "number" || f.type === "integer" ? { bareNumber: true } : {}),
          })),
          missingValues: [""],
          primaryKey: spec.primaryKey,
          ...(spec.foreignKeys ? { foreignKeys: spec.foreignKeys } : {}),
        },
      };
    }),
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
