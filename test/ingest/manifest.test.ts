import { describe, expect, it } from "vitest";
import { PipelineError } from "../../pipeline/errors.ts";
import { checkManifestCoverage, parseManifest } from "../../pipeline/ingest/manifest.ts";

const header = "id,title,author,publication,year,url,licence,encoding\n";

function errorOf(fn: () => unknown): PipelineError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PipelineError) return error;
    throw error;
  }
  throw new Error("expected a PipelineError");
}

describe("parseManifest(text, file)", () => {
  it("reads rows with optional encoding and year", () => {
    const rows = parseManifest(
      `${header}a,Title A,,Journal,1981,,cc-by,\nb,"Title, B",X,News,,http://x,,windows-1251\n`,
      "s.csv",
    );
    expect(rows.map((r) => [r.id, r.title, r.year, r.encoding])).toEqual([
      ["a", "Title A", 1981, null],
      ["b", "Title, B", null, "windows-1251"],
    ]);
  });

  it("names a missing column", () => {
    const error = errorOf(() => parseManifest("id,title\na,T\n", "s.csv"));
    expect(error.code).toBe("MANIFEST_MISSING_COLUMN");
    expect(error.location.line).toBe(1);
  });

  it("names the line of a duplicate id", () => {
    const error = errorOf(() => parseManifest(`${header}a,T,,,,,,\na,T,,,,,,\n`, "s.csv"));
    expect(error.code).toBe("MANIFEST_DUPLICATE_ID");
    expect(error.location.line).toBe(3);
  });

  it("rejects a malformed row and a bad year", () => {
    expect(errorOf(() => parseManifest(`${header}a,"unclosed,,,,,,\n`, "s.csv")).code).toBe(
      "MANIFEST_BAD_ROW",
    );
    expect(errorOf(() => parseManifest(`${header}a,T,,,81,,,\n`, "s.csv")).location.line).toBe(2);
  });
});

describe("checkManifestCoverage(rows, ids, file)", () => {
  const rows = parseManifest(`${header}a,T,,,,,,\nb,T,,,,,,\n`, "s.csv");

  it("accepts a row for every document and a document for every row", () => {
    expect(() => checkManifestCoverage(rows, ["a", "b"], "s.csv")).not.toThrow();
  });

  it("reports a document without a row", () => {
    expect(errorOf(() => checkManifestCoverage(rows, ["a", "b", "c"], "s.csv")).code).toBe(
      "MANIFEST_NO_ROW",
    );
  });

  it("reports a row without a document, with its line", () => {
    const error = errorOf(() => checkManifestCoverage(rows, ["a"], "s.csv"));
    expect(error.code).toBe("MANIFEST_NO_DOCUMENT");
    expect(error.location.line).toBe(3);
  });
});
