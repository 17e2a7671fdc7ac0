import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMarkers } from "../../../pipeline/ingest/structure/markers.ts";

const numbers = (text: string, expected: number) =>
  findMarkers(text, expected).markers.map((m) => [m.number, text.slice(m.start, m.end)]);

describe("findMarkers(text, expected)", () => {
  it("splits a marker glued to a year from the year", () => {
    expect(numbers("signed in March 197712 and ratified", 12)).toEqual([[12, "12"]]);
    expect(numbers("signed in March 1977123 and ratified", 123)).toEqual([[123, "123"]]);
  });

  it("takes no marker from a code whose first four digits are no modern year", () => {
    expect(numbers("under E.O. 11652 of that year", 2)).toEqual([]);
    expect(numbers("in 149212 the ships sailed", 12)).toEqual([]);
  });

  it("takes a marker glued to a word or after a closing quote", () => {
    expect(numbers("worth 90 million pounds7. Then", 7)).toEqual([[7, "7"]]);
    expect(numbers("the “Tariff League” 8 was formed", 8)).toEqual([[8, "8"]]);
    expect(numbers("the term (1960-1964)9.", 9)).toEqual([[9, "9"]]);
  });

  it("takes a marker after the full stop of a sentence that ends on a year, not a decimal", () => {
    expect(numbers("rose to $68 million in 1975.17 Even so", 17)).toEqual([[17, "17"]]);
    expect(numbers("the index stood at 1975.17 points", 17)).toEqual([]);
    expect(numbers("the index closed at 1975.17", 17)).toEqual([[17, "17"]]);
    expect(numbers("the index stood at 2975.17 points", 17)).toEqual([]);
    expect(numbers("priced at $1975.17 each", 17)).toEqual([]);
  });

  it("ignores numbers that are values: decimals, ordinals, percentages, free numbers", () => {
    expect(numbers("rose 2.6% in the 20th year, 45 ships", 2)).toEqual([]);
    expect(numbers("a total of 19465 tonnes", 7)).toEqual([]);
  });

  it("takes a marker opening a line after a closing quote, but not a number opening a text", () => {
    expect(numbers("8 and then the ships sailed", 8)).toEqual([]);
    const found = findMarkers("8 was formed in the spring", 8, "the “Tariff League”");
    expect(found.markers.map((m) => m.number)).toEqual([8]);
  });

  it("only accepts the expected number (or a short jump past a lost one)", () => {
    expect(numbers("the harbour40 and the ledger41", 12)).toEqual([]);
    expect(numbers("the harbour13 and the ledger14", 12)).toEqual([
      [13, "13"],
      [14, "14"],
    ]);
  });

  it("reads every marker of a generated sequence, whatever it is glued to", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.array(fc.constantFrom("word", "year", "quote"), { minLength: 1, maxLength: 8 }),
        (start, styles) => {
          const parts = styles.map((style, i) => {
            const n = start + i;
            return style === "word"
              ? `ships${n}`
              : style === "year"
                ? `in 1958${n}`
                : `“cargo” ${n}`;
          });
          const found = findMarkers(parts.join(" and "), start).markers.map((m) => m.number);
          expect(found).toEqual(styles.map((_, i) => start + i));
        },
      ),
    );
  });
});
