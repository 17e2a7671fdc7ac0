import { describe, expect, it } from "vitest";
import { parseTable, sourceLine } from "../../pipeline/charts/index.ts";

const documents = parseTable(
  "id,title\nd1,First synthetic report\nd2,Second synthetic brief\n",
  "documents.csv",
);
const works = parseTable("id,citation\nw1,A. Person (1999)\nw2,B. Other (2001)\n", "works.csv");

describe("sourceLine(drawn, documents, works)", () => {
  it("names the documents and citations of the drawn rows only, sorted and without repeats", () => {
    const drawn = [
      { doc: "d2", citation: null, work_id: "w2" },
      { doc: "d1", citation: "A. Person (1999), p. 4", work_id: "w1" },
      { doc: "d2", citation: null, work_id: null },
    ];
    expect(sourceLine(drawn, documents, works)).toBe(
      "Source: First synthetic report; Second synthetic brief, citing A. Person (1999), p. 4; B. Other (2001).",
    );
  });

  it("falls back to the document id when documents.csv has no title for it", () => {
    expect(sourceLine([{ doc: "d9" }], documents, works)).toBe("Source: d9.");
  });

  it("says so when nothing was drawn, instead of citing every document", () => {
    expect(sourceLine([], documents, works)).toMatch(/no rows drawn/);
  });
});
