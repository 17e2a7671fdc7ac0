import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

const texts = (text: string) => extract(text).claims.map((c) => c.text);

describe("judgeQuantity(q, sentence)", () => {
  it("drops dates and bare numbers", () => {
    expect(texts("In 1962 the ministry issued decree 418 on the matter.")).toEqual([]);
  });

  it("keeps a bare number that a casualty word counts, with the word as noun", () => {
    const { claims } = extract("In the riot 212 were wounded and the police arrested 57.");
    expect(claims.map((c) => [c.text, c.unit, c.noun])).toEqual([
      ["212", "count", "wounded"],
      ["57", "count", "arrested"],
    ]);
  });

  it("reads the word after an item's number as the sentence's first, not a name before a number", () => {
    expect(texts("6. About 200 Russian technicians are in Venezuela.")).toEqual(["200"]);
    expect(texts("- Some 40 Soviet advisers stayed on.")).toEqual(["40"]);
    expect(texts("6. The Rio Verde 2 project was approved.")).toEqual([]);
  });

  it("counts with the count before it a number of 'more' or 'others' of the same", () => {
    const { claims } = extract(
      "They now have 16 technicians there and have promised 110 more by May.",
    );
    expect(claims.map((c) => [c.text, c.noun])).toEqual([
      ["16", "technicians"],
      ["110", "technicians"],
    ]);
    expect(texts("They have 16 technicians there; 110 more were sent.")).toEqual(["16"]);
  });

  it("keeps counted nouns and counts of measured items", () => {
    expect(texts("The firm delivered seven locomotives.")).toEqual(["seven"]);
    const claims = extract("The yard built nine 40 MW turbines.").claims;
    expect(claims.find((c) => c.text === "nine")?.noun).toBe("turbines");
  });

  it("keeps a bare number compared with a count, and counts what that count counts", () => {
    const { claims } = extract("KAMAZ shipped 150 trucks this year, compared with 85 last year.");
    expect(claims.map((c) => [c.text, c.noun])).toEqual([
      ["150", "trucks"],
      ["85", "trucks"],
    ]);
    // Nothing compares them: the bare number stays out.
    expect(texts("KAMAZ shipped 150 trucks this year and sold 85 to a bank.")).toEqual(["150"]);
    // Past a year, a hedge and words that describe the count's noun.
    const far = extract(
      "About 800 Soviet and East European economic advisers were in Nicaragua at the end of 1986, against fewer than 200 in 1981.",
    ).claims;
    expect(far.map((c) => [c.text, c.noun])).toEqual([
      ["800", "advisers"],
      ["200", "advisers"],
    ]);
    const seasons = extract(
      "Exports of cattle hides totaled 620,000 pieces in 1963/64, down from 845,000 in 1962/63.",
    ).claims;
    expect(seasons.map((c) => [c.text, c.noun])).toEqual([
      ["620,000", "pieces"],
      ["845,000", "pieces"],
    ]);
  });

  it("drops time frames of other claims but keeps durations that are claims", () => {
    const frame = extract(
      "Cuba will buy 2 million tons of sugar over the next three years.",
    ).claims;
    expect(frame.map((c) => c.unit)).toEqual(["t"]);
    expect(texts("The warranty expires in two years.")).toEqual(["two years"]);
  });

  it("drops sets already named, single items, numbers in names and years used as modifiers", () => {
    expect(texts("The two governments met in Lima.")).toEqual([]);
    expect(texts("Chile is one of the largest buyers.")).toEqual([]);
    expect(texts("The Rio Verde 2 project was approved.")).toEqual([]);
    expect(texts("Poland's entire 1971 harvest was sold.")).toEqual([]);
  });

  it("drops counts of the parts of an argument and counts of periods, not of things", () => {
    expect(texts("The report stresses three main reasons and two open questions.")).toEqual([]);
    expect(texts("There are two ways to read the cable, and the ministry had four goals.")).toEqual(
      [],
    );
    expect(texts("Over the past three decades the share fell to 4 percent.")).toEqual([
      "4 percent",
    ]);
    expect(texts("Grain imports were higher two seasons ago.")).toEqual([]);
    // Things are still counted, with or without a describing word.
    expect(texts("The yard built three ice-class tankers and two research vessels.")).toEqual([
      "three",
      "two",
    ]);
  });

  it("drops the bare numbers of a bibliographic footnote", () => {
    const text = "Trade grew quickly.1 Smith J. Trade (Oxford, 1988), 320 pages, p. 44.";
    const claims = extract(text, [
      { number: 1, text: "Smith J. Trade (Oxford, 1988), 320 pages, p. 44.", kind: "citation" },
    ]).claims;
    expect(claims).toEqual([]);
  });

  it("keeps an amount with its unit that a citing footnote adds", () => {
    const note = "Ibid., fol. 5. The list also named 150,000 tons of wheat a year.";
    const claims = extract(`Trade grew quickly.1 ${note}`, [
      { number: 1, text: note, kind: "citation" },
    ]).claims;
    expect(claims.map((c) => [c.text, c.unit, c.in_footnote])).toEqual([["150,000 tons", "t", 1]]);
  });
});
