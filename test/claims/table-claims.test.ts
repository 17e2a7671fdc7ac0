// Claims from table rows: the cell's figure in the caption's unit and scale, the column's year, the
// row label's commodity, the source line as citation, and offsets on the cell itself.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../pipeline/claims/index.ts";
import { readDocument } from "../../pipeline/ingest/index.ts";
import { rawDocument } from "../ingest/raw-document.ts";
import { taxonomy } from "./helpers.ts";

const rawDoc = rawDocument;

const text = [
  "Grain went east in growing amounts.",
  "",
  "Table 3. Imports from Argentina, thousand tons",
  "                  1979     1980",
  "Wheat            1,120    2,380",
  "Maize              905    3,050",
  "Source: Vneshniaia torgovlia SSSR, 1980, p. 214.",
  "",
  "Table 4. Exports to Argentina (million roubles)",
  "                  1979     1980",
  "Machinery         12.3     14.1",
  "",
  "Table 5. Exports to Argentina",
  "                  1979     1980",
  "Tractors            40       52",
].join("\n");

/** Each claim of a document as its text, value, unit and year. */
const figures = (doc: string) =>
  extractDocument(rawDoc(doc), taxonomy).claims.map((c) => [c.text, c.low, c.unit, c.year]);

describe("table claims", () => {
  const { claims } = extractDocument(rawDoc(text), taxonomy);
  const row = (c: (typeof claims)[number]) => [
    text.slice(c.start, c.end),
    c.low,
    c.unit,
    c.year,
    c.time_source,
    c.category,
    c.commodity,
  ];

  it("reads each cell in the caption's unit and scale, with its column's year", () => {
    expect(claims.map(row)).toEqual([
      ["1,120", 1120000, "t", 1979, "stated", "trade_volume", "wheat"],
      ["2,380", 2380000, "t", 1980, "stated", "trade_volume", "wheat"],
      ["905", 905000, "t", 1979, "stated", "trade_volume", "corn"],
      ["3,050", 3050000, "t", 1980, "stated", "trade_volume", "corn"],
      ["12.3", 12300000, "RUB", 1979, "stated", "trade_value", "machinery"],
      ["14.1", 14100000, "RUB", 1980, "stated", "trade_value", "machinery"],
    ]);
  });

  it("cites the table's source line and says where year and unit came from", () => {
    const wheat = claims[0];
    expect(wheat.citation).toBe("Vneshniaia torgovlia SSSR, 1980, p. 214.");
    expect(wheat.quote).toBe("Wheat 1,120 2,380");
    expect(wheat.line).toBe(5);
    expect(wheat.note).toContain("year from the table's column header (1979)");
    expect(wheat.note).toContain('unit and scale from the table\'s heading ("thousand tons")');
  });

  it("reads the scales headings write their own way ('000 t, millions of, % of total) and counts of a named noun", () => {
    const cells = (heading: string) => {
      const doc = `Table 1. ${heading}\n                 1979     1980\nWheat            1,120    2,380\n`;
      return extractDocument(rawDoc(doc), taxonomy).claims.map((c) => [c.low, c.unit, c.noun]);
    };
    expect(cells("Imports, '000 tonnes")[0]).toEqual([1120000, "t", null]);
    expect(cells("Exports (in millions of US dollars)")[0]).toEqual([1120000000, "USD", null]);
    expect(cells("Share of the USSR, % of total")[0]).toEqual([1120, "%", null]);
    expect(cells("Cattle exported, thousand head")[0]).toEqual([1120000, "count", "head"]);
  });

  it("takes the unit of a row's own label and the cues of its group heading", () => {
    const doc = [
      "Table 6. Trade with Colombia",
      "                          1995       1996",
      "Exports to Colombia",
      "  Rolled steel (US$ '000)  11 420      9 875",
      "",
    ].join("\n");
    const cells = extractDocument(rawDoc(doc), taxonomy).claims.map((c) => [
      c.text,
      c.low,
      c.unit,
      c.category,
    ]);
    expect(cells).toEqual([
      ["11 420", 11420000, "USD", "trade_value"],
      ["9 875", 9875000, "USD", "trade_value"],
    ]);
  });

  it("takes a cell's year from its row and its commodity from its column in a table of year rows", () => {
    const doc = [
      "Exports of the cooperative to Chile",
      "(US$ million)",
      "",
      "  Year      Total     Wheat",
      "  2011      1,874       641",
      "  2012      1,655       598",
      "",
    ].join("\n");
    const cells = extractDocument(rawDoc(doc), taxonomy).claims.map((c) => [
      c.text,
      c.low,
      c.unit,
      c.year,
      c.category,
      c.commodity,
    ]);
    expect(cells).toEqual([
      ["1,874", 1874000000, "USD", 2011, "trade_value", null],
      ["641", 641000000, "USD", 2011, "trade_value", "wheat"],
      ["1,655", 1655000000, "USD", 2012, "trade_value", null],
      ["598", 598000000, "USD", 2012, "trade_value", "wheat"],
    ]);
    expect(extractDocument(rawDoc(doc), taxonomy).claims[1].note).toContain(
      'year from the table\'s row (2011), column "Wheat"',
    );
  });

  it("takes a row's own unit past its note number, a caption's past 'except where indicated', and 'per' from the label", () => {
    const doc = [
      "SELECTED DATA (in thousands of US$, except where indicated)",
      "",
      "                                     2012        2011",
      "Net sales                          184,532     171,208",
      "Planted area (ha) (3)                6,240       5,980",
      "Average price per box (US$)           7.45        7.18",
      "",
    ].join("\n");
    expect(figures(doc)).toEqual([
      ["184,532", 184532000, "USD", 2012],
      ["171,208", 171208000, "USD", 2011],
      ["6,240", 6240, "ha", 2012],
      ["5,980", 5980, "ha", 2011],
      ["7.45", 7.45, "USD/box", 2012],
      ["7.18", 7.18, "USD/box", 2011],
    ]);
  });

  it("reads a year and a row label that call a note in parentheses, '1975(c)' and 'Imports(b)', past the note", () => {
    const doc = [
      "Table 2. Trade with Chile, 1977-1979 (million US dollars)",
      "",
      "                   1977     1978    1979(c)",
      "Exports            10.5     11.2     12.0",
      "Imports(b)         40.1     44.7     51.3",
      "",
      "(b) Including re-exports.",
      "(c) Preliminary.",
    ].join("\n");
    expect(figures(doc)).toEqual([
      ["10.5", 10.5e6, "USD", 1977],
      ["11.2", 11.2e6, "USD", 1978],
      ["12.0", 12e6, "USD", 1979],
      ["40.1", 40.1e6, "USD", 1977],
      ["44.7", 44.7e6, "USD", 1978],
      ["51.3", 51.3e6, "USD", 1979],
    ]);
  });

  it("reads a column of percentage change after the years as a change in per cent over their period", () => {
    const doc = [
      "Table 4. Exports by volume (thousand tonnes; % change)",
      "",
      "Commodity     2020      2021     % change",
      "Wheat        120.5     150.2         24.6",
      "Maize        300.0     285.0         -5.0",
      "",
    ].join("\n");
    const { claims } = extractDocument(rawDoc(doc), taxonomy);
    expect(
      claims.map((c) => [c.text, c.low, c.unit, c.category, c.year, c.period_start, c.period_end]),
    ).toEqual([
      ["120.5", 120500, "t", "trade_volume", 2020, null, null],
      ["150.2", 150200, "t", "trade_volume", 2021, null, null],
      ["24.6", 24.6, "%", "change", null, 2020, 2021],
      ["300.0", 300000, "t", "trade_volume", 2020, null, null],
      ["285.0", 285000, "t", "trade_volume", 2021, null, null],
      ["-5.0", -5, "%", "change", null, 2020, 2021],
    ]);
    expect(claims[5].change).toBe("down");
  });

  it("reads named columns under a caption that states their one year, a share's column in its own unit", () => {
    const table = (caption: string) =>
      [
        caption,
        "",
        "Country          Exports to Russia    Imports from Russia    Share of trade (%)",
        "Chile                        247.3                   88.1                   0.4",
        "Peru                          65.3                   98.9                   0.3",
        "",
      ].join("\n");
    const doc = table("Table 2. Trade with Russia, 2007 (millions of dollars and percentages)");
    const { claims } = extractDocument(rawDoc(doc), taxonomy);
    expect(claims.map((c) => [c.text, c.low, c.unit, c.year])).toEqual([
      ["247.3", 247.3e6, "USD", 2007],
      ["88.1", 88.1e6, "USD", 2007],
      ["0.4", 0.4, "%", 2007],
      ["65.3", 65.3e6, "USD", 2007],
      ["98.9", 98.9e6, "USD", 2007],
      ["0.3", 0.3, "%", 2007],
    ]);
    expect(claims[0].note).toContain("year from the table's caption (2007)");
    // A caption of two years, or of none, dates no column: no table is read.
    for (const caption of [
      "Table 2. Trade with Russia, 2006-2007 (millions of dollars)",
      "Table 2. Trade (millions of dollars)",
    ])
      expect(figures(table(caption)).filter(([, , unit]) => unit === "USD")).toEqual([]);
  });

  it("reads a 'Total' row under rows of years as sums over their period", () => {
    const doc = [
      "Table 1. Soviet credits to Latin America",
      "(Million US dollars)",
      "",
      "Year      Credits extended      Drawn",
      "1962             7                16",
      "1963            38                21",
      "1964           115                27",
      "Total          160                64",
      "",
    ].join("\n");
    const { claims } = extractDocument(rawDoc(doc), taxonomy);
    expect(
      claims.slice(-2).map((c) => [c.text, c.low, c.unit, c.year, c.period_start, c.period_end]),
    ).toEqual([
      ["160", 160e6, "USD", null, 1962, 1964],
      ["64", 64e6, "USD", null, 1962, 1964],
    ]);
    expect(claims.slice(-1)[0].note).toContain('the table\'s "Total" row sums (1962-1964)');
    expect(claims).toHaveLength(8);
  });

  it("reads a table set with pipes whose lines open with the label, its year in the caption", () => {
    const doc = [
      "Table 1. Shrimp exports to Russia, 2021 (provisional)",
      "",
      "Month      | Volume (t) | Value (US$ thousand)",
      "January    | 3,412      | 19,870",
      "February   | 2,986      | 17,245",
      "",
    ].join("\n");
    expect(figures(doc)).toEqual([
      ["3,412", 3412, "t", 2021],
      ["19,870", 19_870_000, "USD", 2021],
      ["2,986", 2986, "t", 2021],
      ["17,245", 17_245_000, "USD", 2021],
    ]);
    const { claims } = extractDocument(rawDoc(doc), taxonomy);
    expect(claims[0].commodity).toBe("shrimp");
  });

  it("takes a caption's unit before a note in its brackets, but no good of a list there as a unit", () => {
    const table = (caption: string, label: string) =>
      [
        caption,
        "",
        "Goods                    1975     1976",
        `${label}        4,000    5,000`,
        "",
      ].join("\n");
    expect(
      figures(table("The Bolivian side shall deliver (metric tons, metal content):", "Tin ore")),
    ).toEqual([
      ["4,000", 4000, "t", 1975],
      ["5,000", 5000, "t", 1976],
    ]);
    // "(grain, meat, wool)" lists what the row holds; its figures stay unread without a unit.
    expect(figures(table("Soviet imports from Argentina", "Imports (grain, meat)"))).toEqual([]);
  });

  it("reads columns of split marketing years as periods, past a note's '1/', with a 'Total' after a blank line", () => {
    const doc = [
      "Table 1. Imports from Argentina, by marketing years",
      "(1,000 metric tons)",
      "",
      "Commodity          1963/64     1964/65 1/",
      "Wheat                1,210         385",
      "Corn                   140         212",
      "",
      "Total                1,350         597",
      "",
      "1/ Preliminary.",
    ].join("\n");
    const { claims } = extractDocument(rawDoc(doc), taxonomy);
    expect(
      claims.map((c) => [c.text, c.low, c.unit, c.year, c.period_start, c.period_end]),
    ).toEqual([
      ["1,210", 1_210_000, "t", null, 1963, 1964],
      ["385", 385_000, "t", null, 1964, 1965],
      ["140", 140_000, "t", null, 1963, 1964],
      ["212", 212_000, "t", null, 1964, 1965],
      ["1,350", 1_350_000, "t", null, 1963, 1964],
      ["597", 597_000, "t", null, 1964, 1965],
    ]);
  });

  it("reads quarters under a caption of one year, the labels' column blank, 'Wool, greasy' no unit", () => {
    const doc = [
      "            SOVIET PURCHASES, 1955 (metric tons)",
      "",
      "                    1st Qtr   2nd Qtr   3rd Qtr",
      "   Wool, greasy       3,120     1,940       870",
      "   Frozen meat        2,450     1,600        --",
      "",
    ].join("\n");
    const { claims } = extractDocument(rawDoc(doc), taxonomy);
    expect(claims.map((c) => [c.text, c.low, c.unit, c.year, c.commodity])).toEqual([
      ["3,120", 3120, "t", 1955, "wool"],
      ["1,940", 1940, "t", 1955, "wool"],
      ["870", 870, "t", 1955, "wool"],
      ["2,450", 2450, "t", 1955, "meat"],
      ["1,600", 1600, "t", 1955, "meat"],
    ]);
  });

  it("reads a column of the years' average after them as an amount over their period", () => {
    const doc = [
      "Table C.2 Imports from Russia (thousand tonnes)",
      "",
      "Commodity        2019     2020     2021     Average 2019-2021",
      "Wheat           412.6    385.1    298.4                 365.4",
      "Maize            18.2     24.7     31.9                  24.9",
      "",
    ].join("\n");
    const { claims } = extractDocument(rawDoc(doc), taxonomy);
    expect(
      claims
        .filter((c) => c.year === null)
        .map((c) => [c.text, c.low, c.unit, c.period_start, c.period_end, c.category]),
    ).toEqual([
      ["365.4", 365_400, "t", 2019, 2021, "trade_volume"],
      ["24.9", 24_900, "t", 2019, 2021, "trade_volume"],
    ]);
  });

  it("gives the rows a caption names after a semicolon their own unit ('turnover in USD million')", () => {
    const doc = [
      "Table 1. Trade with Peru in selected goods",
      "(thousand tonnes; turnover in USD million)",
      "",
      "                     2012     2013",
      "  Fishmeal            310      295",
      "  Total turnover    1,480    1,620",
      "",
    ].join("\n");
    const { claims } = extractDocument(rawDoc(doc), taxonomy);
    expect(claims.map((c) => [c.text, c.low, c.unit, c.year])).toEqual([
      ["310", 310_000, "t", 2012],
      ["295", 295_000, "t", 2013],
      ["1,480", 1_480_000_000, "USD", 2012],
      ["1,620", 1_620_000_000, "USD", 2013],
    ]);
  });

  it("reads a table set with pipes under named columns and a caption's one year, cells that write their unit too", () => {
    const doc = [
      "Table 6.1 – Selected imports from Russia, 2009",
      "",
      "Product | Volume | Value (US$ million)",
      "Wheat | 412,500 tonnes | 118.4",
      "KAMAZ trucks | 1,200 units | 62.9",
      "Total | – | 258.7",
      "",
    ].join("\n");
    const { claims } = extractDocument(rawDoc(doc), taxonomy);
    expect(claims.map((c) => [c.text, c.low, c.unit, c.year])).toEqual([
      ["412,500 tonnes", 412_500, "t", 2009],
      ["118.4", 118_400_000, "USD", 2009],
      ["1,200 units", 1_200, "count", 2009],
      ["62.9", 62_900_000, "USD", 2009],
      ["258.7", 258_700_000, "USD", 2009],
    ]);
  });

  it("reads a caption's unit before 'unless otherwise indicated'", () => {
    const doc = [
      "Table 3",
      "Soviet Assistance to Nicaragua, 1981-86",
      "(million US $ unless otherwise indicated)",
      "",
      "Year    Economic aid    Military deliveries",
      "1981         50                45",
      "1982        125                90",
      "",
    ].join("\n");
    const { claims } = extractDocument(rawDoc(doc), taxonomy);
    expect(claims.map((c) => [c.text, c.low, c.unit, c.year])).toEqual([
      ["50", 50_000_000, "USD", 1981],
      ["45", 45_000_000, "USD", 1981],
      ["125", 125_000_000, "USD", 1982],
      ["90", 90_000_000, "USD", 1982],
    ]);
  });

  it("takes the unit a column's heading states, 'US$ m' as millions", () => {
    const doc = [
      "Trade with Chile:",
      "",
      "| Year | Wool (US$ m) | Hides (t) |",
      "|---|---|---|",
      "| 2017 | 644 | 558 |",
      "| 2018 | 712 | 590 |",
      "",
    ].join("\n");
    expect(figures(doc)).toEqual([
      ["644", 644e6, "USD", 2017],
      ["558", 558, "t", 2017],
      ["712", 712e6, "USD", 2018],
      ["590", 590, "t", 2018],
    ]);
  });

  it("reads a caption's unit before a semicolon's note", () => {
    const doc = [
      "Deliveries are shown below (million US$; figures for 1984 are preliminary):",
      "",
      "            Chile     Peru",
      "   1983        80      120",
      "   1984        95      150",
      "",
    ].join("\n");
    expect(figures(doc).map(([text, low]) => [text, low])).toEqual([
      ["80", 80e6],
      ["120", 120e6],
      ["95", 95e6],
      ["150", 150e6],
    ]);
  });

  it("reads a continental document's cells the continental way", () => {
    const doc = [
      "Exports rose 12,5 per cent to US$ 1.250,0 million.",
      "",
      "Exports (metric tonnes)",
      "                 2011          2012",
      "Bananas     1.210.400     1.318.540",
      "",
    ].join("\n");
    const cells = extractDocument(rawDoc(doc), taxonomy).claims.map((c) => [c.text, c.low]);
    expect(cells).toContainEqual(["1.318.540", 1318540]);
    expect(cells).toContainEqual(["US$ 1.250,0 million", 1.25e9]);
  });

  it("makes no claim of a table whose heading states no unit", () => {
    expect(claims.some((c) => text.slice(c.start, c.end) === "40")).toBe(false);
  });
});

/** A PDF page with a caption, years set in columns and rows of figures under them, as a yearbook prints them. */
async function tablePdf(): Promise<Buffer> {
  const doc = new PDFDocument({ info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on("end", resolve));
  doc.font("Helvetica").fontSize(11);
  doc.text("Grain went east in growing amounts.", 50, 50);
  doc.text("Table 3. Imports from Argentina, thousand tons", 50, 90);
  const columns = [250, 330];
  const lines = [
    ["", "1979", "1980"],
    ["Wheat", "1,120", "2,380"],
    ["Maize", "905", "3,050"],
  ];
  for (const [k, [label, ...cells]] of lines.entries()) {
    const y = 110 + 18 * k;
    if (label) doc.text(label, 50, y, { lineBreak: false });
    for (const [i, c] of cells.entries()) doc.text(c, columns[i], y, { lineBreak: false });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

describe("table claims from a PDF", () => {
  it("reads a table whose columns the PDF positions, as its text extraction joins them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tc-table-"));
    const file = join(dir, "yearbook.pdf");
    await writeFile(file, await tablePdf());
    const raw = await readDocument(file);
    const { claims } = extractDocument(raw, taxonomy);
    expect(claims.map((c) => [raw.text.slice(c.start, c.end), c.low, c.year, c.commodity])).toEqual(
      [
        ["1,120", 1120000, 1979, "wheat"],
        ["2,380", 2380000, 1980, "wheat"],
        ["905", 905000, 1979, "corn"],
        ["3,050", 3050000, 1980, "corn"],
      ],
    );
  });
});
