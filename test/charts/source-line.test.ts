import { describe, expect, it } from "vitest";
import { parseTable, type Row, sourceLine } from "../../pipeline/charts/index.ts";

const documents = parseTable(
  "id,title\nd1,First synthetic report\nd2,Second synthetic brief\n",
  "documents.csv",
);
const works = parseTable("id,citation\nw1,A. Person (1999)\nw2,B. Other (2001)\n", "works.csv");

describe("sourceLine(drawn, documents, works, footnotes)", () => {
  it("names the documents and cited works of the drawn rows only, sorted, once per work", () => {
    const drawn = [
      { doc: "d2", citation: null, work_id: "w2" },
      { doc: "d1", citation: "A. Person (1999), p. 4", work_id: "w1" },
      { doc: "d2", citation: null, work_id: null },
    ];
    expect(sourceLine(drawn, documents, works)).toBe(
      "Source: First synthetic report; Second synthetic brief, citing A. Person (1999); B. Other (2001).",
    );
  });

  it("cites a work once however many of its pages the rows cite", () => {
    const drawn = [
      { doc: "d1", citation: "A. Person (1999), p. 4", work_id: "w1" },
      { doc: "d1", citation: "A. Person (1999), p. 9", work_id: "w1" },
    ];
    expect(sourceLine(drawn, documents, works)).toBe(
      "Source: First synthetic report, citing A. Person (1999).",
    );
  });

  it("does not cite the text of an explanatory footnote as a work", () => {
    const footnotes = parseTable(
      "doc,number,page,kind,work_id,page_cited,text\nd1,3,1,explanatory,,,Some say more.\n",
      "footnotes.csv",
    );
    const drawn: Row[] = [
      { doc: "d1", footnote: 3, citation: "Some say more.", work_id: null },
      { doc: "d1", in_footnote: 3, citation: "Some say more.", work_id: null },
    ];
    expect(sourceLine(drawn, documents, works, footnotes)).toBe("Source: First synthetic report.");
  });

  it("quotes a citation that names no known work and comes from no explanatory note", () => {
    const drawn = [{ doc: "d1", footnote: 5, citation: "Harbour annual, 1977", work_id: null }];
    expect(sourceLine(drawn, documents, works)).toBe(
      "Source: First synthetic report, citing Harbour annual, 1977.",
    );
  });

  it("falls back to the document id when documents.csv has no title for it", () => {
    expect(sourceLine([{ doc: "d9" }], documents, works)).toBe("Source: d9.");
  });

  it("says so when nothing was drawn, instead of citing every document", () => {
    expect(sourceLine([], documents, works)).toMatch(/no rows drawn/);
  });
});
