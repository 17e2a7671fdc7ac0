import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRecord, STRINGIFY_OPTIONS } from "../../pipeline/tables/csv-format.ts";
import type { Field } from "../../pipeline/tables/index.ts";
import { formatNumber, guardText, toCsv, unguardText } from "../../pipeline/tables/index.ts";

const FIELDS: Field[] = [
  { name: "text", type: "string", description: "" },
  { name: "value", type: "number", description: "" },
  { name: "flag", type: "boolean", description: "" },
];

describe("guardText(text): the formula guard", () => {
  it("prefixes an apostrophe to text that a spreadsheet would evaluate", () => {
    for (const risky of [
      "=SUM(A1:A9)",
      "+1+2",
      "-2+3",
      "@cmd",
      "=1",
      "\tx",
      "\rx",
      "- (1) A firm",
    ]) {
      expect(guardText(risky)).toBe(`'${risky}`);
    }
  });

  it("prefixes text a spreadsheet would turn into a number, date or time", () => {
    for (const risky of ["60%", "2.6 %", "3,000", "$5", "007", "12e4", "1/2", "10:30", "+12.5"]) {
      expect(guardText(risky)).toBe(`'${risky}`);
    }
  });

  it("leaves plain numbers written as text and ordinary text alone", () => {
    const safe = [
      "-5",
      "433",
      "12.5",
      "Loan of $5",
      "30 thousand",
      "71-72",
      "1975-06",
      "a=b",
      "'quoted",
      "",
    ];
    for (const text of safe) expect(guardText(text)).toBe(text);
  });

  it("round-trips any text through guard and unguard", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unguardText(guardText(s))).toBe(s);
      }),
    );
  });

  it("never guards number columns: -5 stays a number", () => {
    const csv = toCsv([{ text: '=HYPERLINK("x")', value: -5, flag: true }], FIELDS);
    expect(csv).toBe('text,value,flag\n"\'=HYPERLINK(""x"")",-5,true\n');
  });
});

describe("toCsv(rows, fields)", () => {
  it("writes plain numbers, true/false, empty cells for null and LF line ends", () => {
    const csv = toCsv(
      [
        { text: null, value: 5e9, flag: false },
        { text: "a,b", value: 4.5e-7, flag: null },
      ],
      FIELDS,
    );
    expect(csv).toBe('text,value,flag\n,5000000000,false\n"a,b",0.00000045,\n');
  });

  it("formats numbers without exponent or grouping", () => {
    expect([formatNumber(1e21), formatNumber(-0.5), formatNumber(1234567)]).toEqual([
      "1000000000000000000000",
      "-0.5",
      "1234567",
    ]);
  });

  it("parses back to the same cells (RFC 4180 quoting of quotes, commas and line breaks)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string(), value: fc.integer(), flag: fc.boolean() }), {
          maxLength: 5,
        }),
        (rows) => {
          const back = parse(toCsv(rows, FIELDS), { columns: true }) as Array<
            Record<string, string>
          >;
          expect(
            back.map((r) => [unguardText(r.text), Number(r.value), r.flag === "true"]),
          ).toEqual(rows.map((r) => [r.text, r.value, r.flag]));
        },
      ),
    );
  });
});

describe("csvRecord(cells)", () => {
  it("writes what csv-stringify writes with the contract's options, for any cells", () => {
    const cell = fc.oneof(
      fc.string({
        unit: fc.constantFrom("a", "Я", " ", "\t", "\u00a0", ",", '"', "\n", "\r", "'", "=", "1"),
      }),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        expect(csvRecord(cells)).toBe(stringify([cells], STRINGIFY_OPTIONS));
      }),
      { numRuns: 3000 },
    );
  });
});
