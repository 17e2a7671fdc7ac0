import { join } from "node:path";
import { describe, it } from "vitest";
import { expectRefused, MANIFEST_HEADER, rawFolder } from "./helpers.ts";

const DOC = { "a.txt": "Exports reached 20 million tons in 1975.\n" };

async function withManifest(manifest: string) {
  const raw = await rawFolder(DOC, { manifest });
  return { raw, file: join(raw, "sources.csv") };
}

describe("a bad sources.csv (build)", () => {
  it("refuses a missing column, on the header line", async () => {
    const { raw, file } = await withManifest("id,title,author,year,url,licence\na,A,,1975,,\n");
    await expectRefused(raw, file, "MANIFEST_MISSING_COLUMN", /sources\.csv:1\b/);
  });

  it("refuses a duplicate id, on the second row's line", async () => {
    const { raw, file } = await withManifest(
      `${MANIFEST_HEADER}\na,A,,P,1975,,,\na,B,,P,1976,,,\n`,
    );
    await expectRefused(raw, file, "MANIFEST_DUPLICATE_ID", /sources\.csv:3\b/);
  });

  it("refuses a row with the wrong number of cells, on its line", async () => {
    const { raw, file } = await withManifest(`${MANIFEST_HEADER}\na,A,,P,1975\n`);
    await expectRefused(raw, file, "MANIFEST_BAD_ROW", /sources\.csv:2\b/);
  });

  it("refuses an unclosed quote, on its line", async () => {
    const { raw, file } = await withManifest(`${MANIFEST_HEADER}\na,"A,,P,1975,,,\n`);
    await expectRefused(raw, file, "MANIFEST_BAD_ROW", /sources\.csv:\d+\b/);
  });

  it("refuses a malformed value, on its line", async () => {
    const { raw, file } = await withManifest(`${MANIFEST_HEADER}\na,A,,P,75,,,\n`);
    await expectRefused(raw, file, "MANIFEST_BAD_ROW", /sources\.csv:2\b/);
  });
});
