import { describe, expect, it } from "vitest";
import { recognize } from "../../pipeline/quantities/index.ts";

const quantities = (text: string) => recognize(text).filter((q) => q.kind === "quantity");
const dates = (text: string) => recognize(text).filter((q) => q.kind === "date");
const one = (text: string) => {
  const found = quantities(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("recognize(text): numbers", () => {
  it.each([
    ["It weighs 2,000 kg.", 2000, "kg"],
    ["about 4.5 t of it", 4.5, "t"],
    ["a stake of 1 000 000 dollars", 1_000_000, "USD"],
    ["sixty tonnes were shipped", 60, "t"],
    ["two and a half million tons", 2_500_000, "t"],
    ["about one and a quarter billion dollars", 1_250_000_000, "USD"],
    ["three and three-quarters percent", 3.75, "%"],
    ["a hundred hectares", 100, "ha"],
    ["4.5 million tons", 4_500_000, "t"],
    ["$800m in cash", 800_000_000, "USD"],
    ["£2bn of debt", 2_000_000_000, "GBP"],
    ["twenty-five kilometres away", 25, "km"],
    ["three-quarters of a percent", 0.75, null],
    ["a temperature of -5 °C", -5, "°C"],
    ["it rose to 7 1/2 miles", 7.5, "mi"],
  ])("reads %j", (text, value, unit) => {
    const q = quantities(text).find((x) => x.low === value);
    expect(q, JSON.stringify(quantities(text))).toBeDefined();
    if (unit !== null) expect(q?.unit).toBe(unit);
  });

  it("keeps value as stated, without converting units", () => {
    expect(one("a 310 megawatts plant").low).toBe(310);
    expect(one("a 310 megawatts plant").unit).toBe("MW");
  });

  it("applies the scale word of a range to both ends", () => {
    const q = one("from 60 to 100 thousand tons a year");
    expect([q.low, q.high, q.unit, q.per]).toEqual([60_000, 100_000, "t", "year"]);
  });

  it("shares a currency and scale across 'between X and Y'", () => {
    const q = one("they paid between $10 and $12 million for it");
    expect([q.low, q.high, q.unit]).toEqual([10_000_000, 12_000_000, "USD"]);
  });

  it("reads money in two parts and minor units", () => {
    expect(one("it cost 3 dollars 50 cents.").low).toBeCloseTo(3.5);
    expect(one("it cost 80 cents a dozen").unit).toBe("¢/dozen");
    expect(one("½ cup of flour").low).toBe(0.5);
    expect(one("a walk of 2½ miles").low).toBe(2.5);
  });

  it.each([
    ["credits of 5 billion transferable rubles", "RUB", "transferable rubles"],
    ["a fee of 40 million French francs", "FRF", "French francs"],
    ["paid 6.65 billion pesetas for it", "ESP", "pesetas"],
    ["some 2 billion lire were lost", "ITL", "lire"],
    ["revenue of 12 billion kronor", "SEK", "kronor"],
    ["a wage of 1,000 australs", "ARA", "australs"],
    ["90 billion Chilean pesos in bonds", "CLP", "Chilean pesos"],
    ["a budget of 4 million soles", "PEN", "soles"],
    ["worth 800,000 Czech korunas", "CZK", "Czech korunas"],
    ["a fine of ₦ 40 billion", "NGN", "₦"],
    ["it raised RM 50 million", "MYR", "RM"],
  ])("reads the currency of %j by its name or sign", (text, unit, written) => {
    const q = one(text);
    expect([q.unit, q.unit_text]).toEqual([unit, written]);
  });

  it.each([
    ["pipelines carried 150 bcm of gas", "bcm"],
    ["the port moved 3.2 million TEU", "TEU"],
    ["a harvest of 20 quintals", "quintal"],
    ["wine output of 1.5 million hectolitres", "hl"],
    ["a stone of 40 carats", "carat"],
    ["new 300 kV lines", "kV"],
    ["a 250 MVA transformer", "MVA"],
    ["gas at $9.50 per MMBtu in Asia", "USD/MMBtu"],
    ["gold at $1,950 a troy ounce in London", "USD/ozt"],
    ["a rate of 3.2 pesos per dollar", "PESO/USD"],
  ])("reads the trade unit of %j", (text, unit) => {
    expect(one(text).unit).toBe(unit);
  });

  it("ends a rate at its unit, not at the full stop after it", () => {
    expect(one("Gas sold at $9.50 per MMBtu.").text).toBe("$9.50 per MMBtu");
    expect(one("it cost $3 per lb. of beef").text).toBe("$3 per lb.");
  });

  it("reads multiples written as one word, and no value from a vague plural", () => {
    expect([one("output rose tenfold").low, one("output rose tenfold").unit]).toEqual([10, "x"]);
    expect(quantities("dozens of ships and hundreds of tonnes")).toEqual([]);
    expect(one("two dozen ships").low).toBe(24);
  });

  it("keeps a currency name without its country generic", () => {
    expect(one("a deal of 40 million francs").unit).toBe("FRANC");
    expect(one("a deal of 12 billion rupees").unit).toBe("RUPEE");
    expect(one("a deal of 5 million dinars").unit).toBe("DINAR");
    expect(one("a deal of 5 million Swiss francs").unit).toBe("CHF");
  });

  it("reads no currency from a code that is also a word in capitals", () => {
    expect(quantities("WORLD CUP 2014 and the PHP 5 release")).toEqual([]);
  });

  it("reads dash and 'between' ranges", () => {
    const q = one("a route of 252-287 miles");
    expect([q.low, q.high, q.unit]).toEqual([252, 287, "mi"]);
    const b = one("between 5 and 7 percent");
    expect([b.low, b.high, b.unit]).toEqual([5, 7, "%"]);
  });
});

describe("recognize(text): words a printed line breaks with a hyphen", () => {
  const read = (text: string) => quantities(text).map((q) => [q.text, q.low, q.unit]);

  it("reads scale words and units whole across the break, raw or reflowed", () => {
    expect(read("some 1.5 mil-\nlion tons")).toEqual([["1.5 mil-\nlion tons", 1_500_000, "t"]]);
    expect(read("some 60 thou- sand tons")).toEqual([["60 thou- sand tons", 60_000, "t"]]);
    expect(read("turbines of 310 mega-\nwatts")).toEqual([["310 mega-\nwatts", 310, "MW"]]);
    expect(read("45 per- cent of the crop")).toEqual([["45 per- cent", 45, "%"]]);
  });

  it("reads no scale from the first piece of another word", () => {
    expect(read("300 mil-\nitary advisers")).toEqual([["300", 300, "count"]]);
    expect(read("2 thousand- and more")).toEqual([["2 thousand", 2_000, "count"]]);
  });
});

describe("recognize(text): qualifiers, change and rates", () => {
  it.each([
    ["nearly 40 tons", "approx"],
    ["roughly 40 tons", "approx"],
    ["more than 40 tons", "more_than"],
    ["over 40 tons", "more_than"],
    ["at least 40 tons", "at_least"],
    ["not less than 40 tons", "at_least"],
    ["up to 40 tons", "at_most"],
    ["less than 40 tons", "less_than"],
    ["40 tons", "exact"],
  ])("%j → %s", (text, qualifier) => {
    expect(one(text).qualifier).toBe(qualifier);
  });

  it("keeps change apart from the qualifier", () => {
    expect(one("exports fell 12%").change).toBe("down");
    expect(one("the price was up 19 cents").change).toBe("up");
    expect(one("it can go up to 5 tons").change).toBeNull();
  });

  it("reads prices per unit as compound units and time rates as `per`", () => {
    expect(one("sold at $12 a barrel").unit).toBe("USD/bbl");
    expect(one("sold at $3.10 per bushel").unit).toBe("USD/bu");
    expect(one("turbines of 90 megawatts each").per).toBe("item");
    expect(one("8,000 barrels of crude per day").unit).toBe("bbl/d");
    const q = one("5 tons of wool annually");
    expect([q.unit, q.per]).toEqual(["t", "year"]);
  });

  it("reads 'X to Y' after a change word as change and level, not a range", () => {
    const found = quantities("the herd grew by 2.5 million to 40 million head");
    expect(found.map((q) => [q.low, q.high, q.change])).toEqual([
      [2_500_000, 2_500_000, "up"],
      [40_000_000, 40_000_000, null],
    ]);
  });

  it("reads index points and percentage points", () => {
    expect(one("the index fell 120 points").unit).toBe("pt");
    expect(one("yields rose 0.5 percentage points").unit).toBe("pp");
  });

  it("stops a counted noun before its verb", () => {
    expect(one("some 800 farmers protested").noun).toBe("farmers");
  });

  it("counts a hyphenated compound as one word of a counted noun", () => {
    expect(one("repaid in 24 semi-annual instalments").noun).toBe("semi-annual instalments");
    expect(one("it bought 40 ocean-going cargo ships").noun).toBe("ocean-going cargo ships");
  });

  it("reads a number before 'dollar loan' as dollars", () => {
    expect(one("a 30 million dollar loan").unit).toBe("USD");
  });

  it("counts nouns with unit `count` and keeps the noun", () => {
    const q = one("they ordered 12 patrol boats");
    expect([q.low, q.unit, q.noun]).toEqual([12, "count", "patrol boats"]);
    expect(one("three times the level").unit).toBe("x");
    expect(one("a 15-year licence").unit).toBe("year");
  });
});

describe("recognize(text): what is not a quantity", () => {
  it("reports years and dates as kind date", () => {
    const text =
      "In 1980 prices rose; on the 3rd of May 1990 and on March 4, 2001 they fell, as in the 80's.";
    expect(quantities(text)).toEqual([]);
    expect(dates(text).map((d) => d.iso)).toEqual([
      "1980",
      "1990-05-03",
      "2001-03-04",
      "1980/1989",
    ]);
  });

  it("reads 'between 1971 and 1975' as a period", () => {
    const d = dates("trade grew between 1971 and 1975");
    expect(d.map((x) => x.iso)).toEqual(["1971/1975"]);
  });

  it("skips ordinals, citations and identifiers", () => {
    expect(quantities("the 22nd congress")).toEqual([]);
    expect(quantities("see p. 171 and т. 18, с. 641")).toEqual([]);
    expect(quantities("a squadron of MiG-29 and A320 jets")).toEqual([]);
    expect(quantities("call 555-123-4567 now")).toEqual([]);
    expect(quantities("a 5G network")).toEqual([]);
    expect(quantities("open 24/7 since 9/11")).toEqual([]);
  });

  it("never reads a glued footnote marker as part of a value or unit", () => {
    const q = one("worth nearly 250 million dollars17 in all");
    expect([q.low, q.unit, q.text]).toEqual([250_000_000, "USD", "250 million dollars"]);
    expect(one("turbines of 90 megawatts12 were built").low).toBe(90);
    expect(dates("signed in May 195512 by both").map((d) => [d.iso, d.text])).toEqual([
      ["1955-05", "May 1955"],
    ]);
    expect(quantities("said Petrov7 at the time")).toEqual([]);
  });

  it("never lets a later item reach back into an earlier one", () => {
    for (const text of ["1 June 1", "5 US$ 10", "on 4 May 7 tons"]) {
      const found = recognize(text);
      for (let k = 1; k < found.length; k++)
        expect(found[k].start).toBeGreaterThanOrEqual(found[k - 1].end);
    }
  });
});
