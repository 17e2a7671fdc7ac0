// Tables in extracted text: header years over columns of figures, or rows pairing each figure with
// its year; each cell takes its column's year, and prose around a table is not read into it.
import { describe, expect, it } from "vitest";
import { analyzeDocument, sentencesOf } from "../../../pipeline/ingest/structure/index.ts";
import { findTables } from "../../../pipeline/ingest/structure/tables.ts";
import { rawDocument } from "../raw-document.ts";

const rawDoc = rawDocument;

/** Each row as "label: figure@year …", read back from the text at the cells' offsets. */
const rowsOf = (text: string) =>
  findTables(text).map((t) => ({
    caption: t.caption,
    source: t.source,
    rows: t.rows.map(
      (r) =>
        `${r.label}: ${r.cells.map((c) => `${text.slice(c.start, c.end)}@${c.year}`).join(" ")}`,
    ),
  }));

/** Each row of the first table as "group|label: figure@year …". */
const groupedRows = (text: string) =>
  findTables(text)[0].rows.map(
    (r) =>
      `${r.group ?? ""}|${r.label}: ${r.cells.map((c) => `${text.slice(c.start, c.end)}@${c.year}`).join(" ")}`,
  );

const layout = [
  "Exports grew after the war.",
  "",
  "Table 2. Exports of the cooperative, thousand tonnes",
  "                    1951     1952     1953",
  "Wool                 12.5     14.0     16.2",
  "Hides                 3.1        –      4.4",
  "Frozen meat                    9.8     10.5",
  "Source: Annual report, 1954, p. 12.",
  "",
  "In 1954 the cooperative sold 20 ships.",
].join("\n");

describe("findTables(body)", () => {
  it("reads a header of years and rows of figures, each cell under its column's year", () => {
    expect(rowsOf(layout)).toEqual([
      {
        caption: "Table 2. Exports of the cooperative, thousand tonnes",
        source: "Annual report, 1954, p. 12.",
        rows: [
          "Wool: 12.5@1951 14.0@1952 16.2@1953",
          "Hides: 3.1@1951 4.4@1953",
          "Frozen meat: 9.8@1952 10.5@1953",
        ],
      },
    ]);
  });

  it("reads rows that pair each figure with its year", () => {
    const text = [
      "Table 5. Main indicators",
      "Exports to Peru, million US dollars: 1970 - 41; 1971 - 52.5; 1972 - 60.",
      "Share of wool in exports, per cent: 1970 - 12; 1972 - 9.",
      "Later the trade fell.",
    ].join("\n");
    expect(rowsOf(text)).toEqual([
      {
        caption: "Table 5. Main indicators",
        source: null,
        rows: [
          "Exports to Peru, million US dollars: 41@1970 52.5@1971 60@1972",
          "Share of wool in exports, per cent: 12@1970 9@1972",
        ],
      },
    ]);
  });

  it("reads a header with a column title before the years", () => {
    const text = [
      "Table 1. Sales (per cent)",
      "Commodity        1960    1961",
      "Wool               12.5    14",
      "",
    ].join("\n");
    expect(rowsOf(text)[0].rows).toEqual(["Wool: 12.5@1960 14@1961"]);
  });

  it("takes a caption and a source across one blank line, and a source that runs on to its full stop", () => {
    const text = [
      "     Table 12. Trade with Peru (million roubles)",
      "",
      "                        1975       1976",
      "     Turnover           48.6       61.2",
      "",
      "     Source: Vneshnyaya torgovlya SSSR (Moscow,",
      "     1978), pp. 244-246.",
      "Copper remained the main item.",
    ].join("\n");
    const [table] = findTables(text);
    expect(table.caption).toBe("Table 12. Trade with Peru (million roubles)");
    expect(table.source).toBe("Vneshnyaya torgovlya SSSR (Moscow, 1978), pp. 244-246.");
    // The prose after the source's full stop is no part of the table.
    expect(text.slice(table.end)).toBe("\nCopper remained the main item.");
  });

  it("keeps figures grouped by single spaces whole in a table set in columns, under group headings", () => {
    const text = [
      "Table 6.2. Main commodities traded",
      "",
      "                          1995       1996",
      "Imports from Colombia",
      "  Coffee, green (t)     14 870     17 320",
      "Exports to Colombia",
      "  Rolled steel (t)      11 420      9 875",
      "",
    ].join("\n");
    const [table] = findTables(text);
    expect(
      table.rows.map((r) => [r.group, r.label, r.cells.map((c) => text.slice(c.start, c.end))]),
    ).toEqual([
      ["Imports from Colombia", "Coffee, green (t)", ["14 870", "17 320"]],
      ["Exports to Colombia", "Rolled steel (t)", ["11 420", "9 875"]],
    ]);
  });

  it("parts the label from the figures at a dot leader, spaced or not, and keeps '..' an empty cell", () => {
    const text = [
      "Sales by market, thousand tonnes",
      "",
      "                          1988     1989",
      "Maize to Cuba ...........  310.5    298.0",
      "Sorghum . . . . . . . . .   41.2       ..",
      "Total .......... 351.7 298.0",
      "",
    ].join("\n");
    expect(rowsOf(text)).toEqual([
      {
        caption: "Sales by market, thousand tonnes",
        source: null,
        rows: [
          "Maize to Cuba: 310.5@1988 298.0@1989",
          "Sorghum: 41.2@1988",
          "Total: 351.7@1988 298.0@1989",
        ],
      },
    ]);
  });

  it("reads columns of their own under each year, across rules drawn above and below", () => {
    const text = [
      "Table 4.  COFFEE TRADE OF THE PORT",
      "                 (thousand bags)",
      "--------------------------------------------------",
      "                 1961                 1962",
      "            Loaded   Landed      Loaded   Landed",
      "--------------------------------------------------",
      "Santos        41.2      3.5        44.9      2.8",
      "Paranagua     12.7      0.4        15.1",
      "--------------------------------------------------",
      "",
    ].join("\n");
    const [table] = findTables(text);
    expect(table.caption).toBe("Table 4.  COFFEE TRADE OF THE PORT (thousand bags)");
    expect(
      table.rows.map((r) =>
        r.cells.map((c) => `${r.label} ${text.slice(c.start, c.end)}@${c.year} ${c.label}`),
      ),
    ).toEqual([
      [
        "Santos 41.2@1961 Loaded",
        "Santos 3.5@1961 Landed",
        "Santos 44.9@1962 Loaded",
        "Santos 2.8@1962 Landed",
      ],
      ["Paranagua 12.7@1961 Loaded", "Paranagua 0.4@1961 Landed", "Paranagua 15.1@1962 Loaded"],
    ]);
  });

  it("reads group headings ending with a colon, 'NA' cells and figures with a note's letter", () => {
    const text = [
      "       TRADE OF THE PORT, 1961-62",
      "           [In thousands of tons]",
      "",
      "                        1961       1962",
      "  Wool:",
      "    Loaded ..........     41        44a",
      "    Landed ..........     NA          3",
      "",
    ].join("\n");
    const [table] = findTables(text);
    expect(table.caption).toBe("TRADE OF THE PORT, 1961-62 [In thousands of tons]");
    expect(groupedRows(text)).toEqual(["Wool:|Loaded: 41@1961 44@1962", "Wool:|Landed: 3@1962"]);
  });

  it("reads years newest first and after a note's mark, notes on cells and a group after a blank line", () => {
    const text = [
      "                               2014        2013      2012 a/",
      "Wool sold                     1,204       1,150    1,020",
      "Hides sold                    9,874 (2)     815      760",
      "",
      "Operating data",
      "Farms                            41          40       38",
      "",
      "(2) Includes a one-time sale.",
    ].join("\n");
    expect(groupedRows(text)).toEqual([
      "|Wool sold: 1,204@2014 1,150@2013 1,020@2012",
      "|Hides sold: 9,874@2014 815@2013 760@2012",
      "Operating data|Farms: 41@2014 40@2013 38@2012",
    ]);
    expect(
      findTables("                 1990    1992    1991\nWool              12      14      13\n"),
    ).toEqual([]);
  });

  it("reads an item's label over two lines as one label, and '--' as an empty cell", () => {
    const text = [
      "                                         1969      1970",
      "1. Tractors and farm machinery",
      "   (thousand US dollars)                2,500     3,000",
      "2. Trucks (units)                          --       500",
      "",
    ].join("\n");
    expect(groupedRows(text)).toEqual([
      "|1. Tractors and farm machinery (thousand US dollars): 2,500@1969 3,000@1970",
      "|2. Trucks (units): 500@1970",
    ]);
  });

  it("reads a table set with pipes, its rule of dashes and its column headings", () => {
    const text = [
      "| Year | Wool (US$ m) | Hides (t) |",
      "|------|--------------|-----------|",
      "| 2017 | 644 | 558 |",
      "| 2018 | 712 | 590 |",
      "",
    ].join("\n");
    const [table] = findTables(text);
    expect(
      table.rows.flatMap((r) =>
        r.cells.map((c) => `${text.slice(c.start, c.end)}@${c.year} ${c.label}`),
      ),
    ).toEqual([
      "644@2017 Wool (US$ m)",
      "558@2017 Hides (t)",
      "712@2018 Wool (US$ m)",
      "590@2018 Hides (t)",
    ]);
  });

  it("reads rows that each open with a year, under a line of named columns", () => {
    const text = [
      "Wool sold abroad (thousand tonnes)",
      "",
      "   Year     Greasy    Scoured     Tops",
      "   1990       41.5       12.0       —",
      "   1991       38.0       13.4      2.2",
      "",
      "Source: Wool board.",
    ].join("\n");
    const [table] = findTables(text);
    expect(table.caption).toBe("Wool sold abroad (thousand tonnes)");
    expect(table.source).toBe("Wool board.");
    expect(
      table.rows.flatMap((r) =>
        r.cells.map((c) => `${text.slice(c.start, c.end)}@${c.year} ${c.label}`),
      ),
    ).toEqual([
      "41.5@1990 Greasy",
      "12.0@1990 Scoured",
      "38.0@1991 Greasy",
      "13.4@1991 Scoured",
      "2.2@1991 Tops",
    ]);
    expect(table.rows.every((r) => r.yearFrom === "row")).toBe(true);
  });

  it("reads no year rows from one dated line, nor from lines of prose opening with a year", () => {
    expect(
      findTables("   Year     Greasy    Scoured\n   1990       41.5       12.0\n\nThen it fell."),
    ).toEqual([]);
    expect(
      findTables(
        "Trade grew fast.\n1990 was a good year for wool and 41 ships.\n1991 saw 12 more.",
      ),
    ).toEqual([]);
  });

  it("finds no table in prose, in a list of years, or under years in no order", () => {
    expect(findTables("In 1951 they sold 12 ships and in 1952 14 ships.\nThe end.")).toEqual([]);
    expect(findTables("Elections were held in\n1951 1955 1959\nand the party won.")).toEqual([]);
    expect(findTables("1953 1951 1952\nWool 12 14 15\n")).toEqual([]);
  });
});

describe("sentencesOf(model) with tables", () => {
  it("makes each row a sentence of its own and keeps prose out of the table", () => {
    const sentences = sentencesOf(analyzeDocument(rawDoc(layout)));
    const texts = sentences.map((s) => s.text);
    expect(texts).toContain("Wool 12.5 14.0 16.2");
    expect(texts).toContain("In 1954 the cooperative sold 20 ships.");
    expect(texts.some((t) => t.includes("1951 1952"))).toBe(false);
    expect(texts.some((t) => t.startsWith("Source:"))).toBe(false);
    const wool = sentences.find((s) => s.text.startsWith("Wool"));
    expect(wool?.table?.cells.map((c) => [wool.text.slice(c.start, c.end), c.year])).toEqual([
      ["12.5", 1951],
      ["14.0", 1952],
      ["16.2", 1953],
    ]);
    // In reading order, numbered in turn.
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
    expect(texts.indexOf("Wool 12.5 14.0 16.2")).toBeLessThan(
      texts.indexOf("In 1954 the cooperative sold 20 ships."),
    );
  });
});
