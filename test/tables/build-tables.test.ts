import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { extractDocument, parseReview } from "../../pipeline/claims/index.ts";
import type { DocumentClaims } from "../../pipeline/claims/types.ts";
import { readDocument } from "../../pipeline/ingest/index.ts";
import type { ManifestRow } from "../../pipeline/ingest/manifest.ts";
import {
  buildTables,
  type DocumentEntry,
  unguardText,
  validatePackage,
} from "../../pipeline/tables/index.ts";
import { taxonomy } from "../claims/helpers.ts";

const row = (id: string): ManifestRow => ({
  id,
  title: `Title of ${id}`,
  author: "A. Author",
  publication: "=Journal",
  year: 2013,
  url: "",
  licence: "CC-BY",
  encoding: null,
});

async function seeds() {
  const documents: DocumentEntry[] = [];
  const results: DocumentClaims[] = [];
  for (const id of ["forbidden-tango", "military-cooperation-brief"]) {
    const raw = await readDocument(`data/raw/${id}.txt`);
    const result = extractDocument(raw, taxonomy);
    documents.push({ row: row(id), sha256: raw.sha256, characters: raw.text.length, result });
    results.push(result);
  }
  return { documents, results };
}

const filesOf = (out: { files: Array<{ name: string; content: string }> }) =>
  new Map(out.files.map((f) => [f.name, f.content]));

describe("buildTables(input)", async () => {
  const input = await seeds();
  const out = buildTables({ ...input, review: [] });
  const files = filesOf(out);

  it("writes every table of the contract and a data package", () => {
    expect([...files.keys()].sort()).toEqual(
      [
        "claims",
        "datapackage",
        "documents",
        "events",
        "export_shares",
        "footnotes",
        "loans",
        "power_capacity",
        "supply_quotas",
        "trade_values",
        "works",
      ]
        .map((n) => (n === "datapackage" ? "datapackage.json" : `${n}.csv`))
        .sort(),
    );
    expect(out.warnings).toEqual([]);
  });

  it("produces a data package that validates against its Table Schemas", () => {
    expect(validatePackage(files.get("datapackage.json") as string, files)).toEqual([]);
  });

  it("loads every CSV back and finds the descriptor's fields, types and row counts", () => {
    const descriptor = JSON.parse(files.get("datapackage.json") as string);
    for (const resource of descriptor.resources) {
      const text = files.get(resource.path) as string;
      expect(text.endsWith("\n") && !text.includes("\r\n") && !text.startsWith("\uFEFF")).toBe(
        true,
      );
      const records = parse(text, { columns: true }) as Array<Record<string, string>>;
      const header = text.slice(0, text.indexOf("\n")).split(",");
      expect(header).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
      for (const r of records) {
        for (const f of resource.schema.fields as Array<{ name: string; type: string }>) {
          const cell = r[f.name];
          if (cell === "") continue;
          if (f.type === "integer") expect(cell, `${resource.name}.${f.name}`).toMatch(/^-?\d+$/);
          if (f.type === "number")
            expect(Number.isFinite(Number(cell)), `${resource.name}.${f.name}`).toBe(true);
          if (f.type === "boolean") expect(cell).toMatch(/^(true|false)$/);
        }
      }
    }
  });

  it("puts the seed's grain share, beef quota, both loans and the plant capacities in their tables", () => {
    const rows = (name: string) =>
      parse(files.get(name) as string, { columns: true }) as Array<Record<string, string>>;
    expect(rows("export_shares.csv").map((r) => [r.label, r.low, r.year])).toContainEqual([
      "grain",
      "60",
      "1980",
    ]);
    expect(rows("supply_quotas.csv").map((r) => [r.label, r.low, r.high])).toContainEqual([
      "beef",
      "60000",
      "100000",
    ]);
    expect(
      rows("loans.csv")
        .map((r) => r.low)
        .sort(),
    ).toEqual(["100000000", "56000000"]);
    expect(rows("power_capacity.csv").map((r) => [r.label, r.low])).toEqual([
      ["Costa Negra", "310"],
      ["Bahia Blanca", "620"],
      ["Piedra del Aguila", "350"],
    ]);
  });

  it("guards formula-like text and orders rows by document, then offset", () => {
    const docs = parse(files.get("documents.csv") as string, { columns: true }) as Array<
      Record<string, string>
    >;
    expect(docs.map((d) => d.publication)).toEqual(["'=Journal", "'=Journal"]);
    expect(unguardText(docs[0].publication)).toBe("=Journal");
    const claims = parse(files.get("claims.csv") as string, { columns: true }) as Array<
      Record<string, string>
    >;
    const keys = claims.map((c) => [c.doc, Number(c.start)] as const);
    expect([...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1])).toEqual(keys);
  });

  it("is deterministic", () => {
    expect(buildTables({ ...input, review: [] }).files).toEqual(out.files);
  });

  it("applies the review: a correction shows in every table, a rejection leaves them, an orphan warns", () => {
    const claims = input.results.flatMap((r) => r.claims);
    const loan = claims.find((c) => c.text.startsWith("56 million")) as { id: string };
    const jets = claims.find((c) => c.text.startsWith("24")) as { id: string };
    const review = parseReview(
      `id,action,category,low,high,unit,year,commodity,party_from,party_to,entity,note\n${loan.id},correct,,57000000,,,1961,,USSR,Argentina,,checked in the archive\n${jets.id},reject,,,,,,,,,,\nc-000000000000,accept,,,,,,,,,,\n`,
      "review.csv",
    );
    const reviewed = buildTables({ ...input, review });
    const f = filesOf(reviewed);
    const loans = parse(f.get("loans.csv") as string, { columns: true }) as Array<
      Record<string, string>
    >;
    expect(loans.find((r) => r.id === loan.id)).toMatchObject({
      low: "57000000",
      year: "1961",
      label: "USSR → Argentina",
    });
    const all = parse(f.get("claims.csv") as string, { columns: true }) as Array<
      Record<string, string>
    >;
    expect(all.find((r) => r.id === loan.id)?.status).toBe("corrected");
    expect(all.some((r) => r.id === jets.id)).toBe(false);
    expect(reviewed.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining("c-000000000000 no longer exists")]),
    );
    expect(validatePackage(f.get("datapackage.json") as string, f)).toEqual([]);
  });
});
