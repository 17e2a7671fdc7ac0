import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { unguardText } from "../../pipeline/tables/index.ts";
import { cli, previousOutputs, rawFolder } from "./helpers.ts";

const TEXT = [
  "In 1975 the Soviet Union bought 2 million tons of grain from Argentina.",
  "The loan of US$ 150 million was signed in 1980, and the plant added 300 MW.",
  "",
  "Exports rose to 12% of the total by 1983.",
].join("\n");

type Row = Record<string, string>;

async function build(docs: Record<string, string>) {
  const raw = await rawFolder(docs);
  const out = await previousOutputs();
  const { code, err } = await cli(["build", "--raw", raw, "--out", out]);
  const table = async (name: string): Promise<Row[]> =>
    parse(await readFile(join(out, name), "utf8"), { columns: true });
  return { raw, out, code, err, table };
}

describe("an empty document (build)", () => {
  it("is a warning naming the file, not an error, and yields no claims", async () => {
    const { raw, code, err, table } = await build({ "empty.txt": "", "full.txt": TEXT });
    expect(code, err).toBe(0);
    expect(err).toContain(`warning: ${join(raw, "empty.txt")}`);
    expect(err).toMatch(/build: 2 documents, \d+ claims, 1 warnings?, .* s\n$/);
    expect((await table("documents.csv")).map((r) => r.id)).toEqual(["empty", "full"]);
    expect((await table("claims.csv")).filter((r) => r.doc === "empty")).toEqual([]);
  });
});

describe("CRLF and lone-CR line endings (build)", () => {
  it("accepts them, and finds the same claims as with LF, at offsets into the raw text", async () => {
    const variants = {
      "lf.txt": TEXT,
      "crlf.txt": TEXT.replaceAll("\n", "\r\n"),
      "cr.txt": TEXT.replaceAll("\n", "\r"),
    };
    const { code, err, table } = await build(variants);
    expect(code, err).toBe(0);
    const claims = await table("claims.csv");
    const byDoc = (doc: string) => claims.filter((c) => c.doc === doc);
    expect(byDoc("lf").length).toBeGreaterThan(0);
    for (const [name, text] of Object.entries(variants)) {
      const doc = name.replace(".txt", "");
      for (const claim of byDoc(doc)) {
        expect(text.slice(Number(claim.start), Number(claim.end))).toBe(unguardText(claim.text));
      }
      const summary = (rows: Row[]) =>
        rows.map((c) => [c.text, c.low, c.high, c.unit, c.year, c.line]);
      expect(summary(byDoc(doc))).toEqual(summary(byDoc("lf")));
    }
  });
});
