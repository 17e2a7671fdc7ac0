// The news-copy rules, each on synthetic sentences built here: falling dash pairs, comma-space
// grouping, glued "m" before counted things, glued degree and pence letters, designator numbers.
import { describe, expect, it } from "vitest";
import { recognize } from "../../pipeline/quantities/index.ts";

/** Each quantity's text and change ("up", "down" or null). */
const changes = (text: string) =>
  recognize(text)
    .filter((q) => q.kind === "quantity")
    .map((q) => [q.text, q.change]);
const values = (text: string) =>
  recognize(text)
    .filter((q) => q.kind === "quantity")
    .map((q) => (q.low === q.high ? [q.low, q.unit] : [q.low, q.high, q.unit]));

describe("recognize(text): news copy", () => {
  it("splits a falling dash pair into two numbers and keeps rising ones as ranges", () => {
    expect(values("The visitors won 3-2 after extra time.")).toEqual([
      [3, "count"],
      [2, "count"],
    ]);
    expect(values("They lost 97-110 at home.")).toEqual([[97, 110, "count"]]);
    expect(values("Margins fell 31% – 9 points below the peak.")).toEqual([
      [31, "%"],
      [9, "pt"],
    ]);
    expect(values("from 70 kg to 64 kg")).toEqual([[70, 64, "kg"]]);
  });

  it("reads a falling pair joined by 'to' as two numbers unless 'from' opens it", () => {
    expect(values("The motion carried by 71 to 29.")).toEqual([
      [71, "count"],
      [29, "count"],
    ]);
    expect(values("odds of 9 to 2 against")).toEqual([
      [9, "count"],
      [2, "count"],
    ]);
    expect(values("cut from about 90 to 60 tons")).toEqual([[90, 60, "t"]]);
    expect(values("between 40 to 55 tons")).toEqual([[40, 55, "t"]]);
  });

  it("reads the size of a change named by a noun as a range, not change and level", () => {
    expect(values("Forecasters see a rise of 4 to 6 percent.")).toEqual([[4, 6, "%"]]);
    expect(values("a drop of 3 to 4 points")).toEqual([[3, 4, "pt"]]);
    // With a unit or money of its own the first figure is the change and the second the level.
    expect(values("an increase of 5% to $9 million")).toEqual([
      [5, "%"],
      [9_000_000, "USD"],
    ]);
    expect(values("an increase of $2 billion to $9 billion")).toEqual([
      [2_000_000_000, "USD"],
      [9_000_000_000, "USD"],
    ]);
  });

  it("reads 'half' alone as an amount only after a hedge or a change", () => {
    expect(values("Its value fell by more than half.")).toEqual([[0.5, null]]);
    expect(values("Turnout was almost half the total.")).toEqual([[0.5, null]]);
    expect(values("in the second half of the game")).toEqual([]);
    expect(values("half time")).toEqual([]);
    expect(values("The slump cut its revenues by half.")).toEqual([[0.5, null]]);
    expect(values("They split the loaf by half and left.")).toEqual([]);
  });

  it("reads a fraction of one scale word as one amount", () => {
    expect(values("A quarter of a million people marched.")).toEqual([[250_000, "count"]]);
    expect(values("three-quarters of a billion dollars")).toEqual([[750_000_000, "USD"]]);
    expect(values("a quarter of the crop")).toEqual([[0.25, null]]);
  });

  it("does not run a scaled amount down to an unscaled count", () => {
    expect(values("The fund gave €3.4bn to 870 charities.")).toEqual([
      [3_400_000_000, "EUR"],
      [870, "count"],
    ]);
    expect(values("between 2 and 5 million users")).toEqual([[2_000_000, 5_000_000, "count"]]);
  });

  it.each([
    ["The arena seats 25, 000 spectators.", 25_000],
    ["They hired 3, 400 staff.", 3_400],
    ["a loss of 7, 000, 000 euros", 7_000_000],
  ])("joins comma-space thousands in %j", (text, value) => {
    expect(values(text)[0][0]).toBe(value);
  });

  it("leaves comma-separated lists alone", () => {
    expect(values("sizes 8, 250 and 400").map((v) => v[0])).toEqual([8, 250, 400]);
    expect(values("rounds 4, 9, 120").map((v) => v[0])).toEqual([4, 9, 120]);
  });

  it("reads a glued m as million before counted things, as metres otherwise", () => {
    expect(values("The service has 75m subscribers.")).toEqual([[75_000_000, "count"]]);
    expect(values("Makers shipped 4.2m more tablets.")).toEqual([[4_200_000, "count"]]);
    expect(values("a 25m pool")).toEqual([[25, "m"]]);
    expect(values("the 400m hurdles")).toEqual([[400, "m"]]);
    expect(values("The wall is 3m high.")).toEqual([[3, "m"]]);
  });

  it("reads degree letters glued to numbers, but not in names", () => {
    expect(values("Highs of 33C are expected, lows near 50F.")).toEqual([
      [33, "°C"],
      [50, "°F"],
    ]);
    expect(values("She lives in Flat 14C.")).toEqual([]);
  });

  it("reads pence glued to prices, not clock times or resolutions", () => {
    expect(values("The stock rose 4.5p to 318p.")).toEqual([
      [4.5, "GBX"],
      [318, "GBX"],
    ]);
    expect(values("at 5p.m. on Friday").filter((v) => v[1] === "GBX")).toEqual([]);
    expect(values("streams in 720p").filter((v) => v[1] === "GBX")).toEqual([]);
  });

  it("drops model numbers between a count and its noun", () => {
    expect(values("Nine Piranha 5 carriers arrived.")).toEqual([[9, "count"]]);
    expect(values("They bought 14 Block 3 drones.")).toEqual([[14, "count"]]);
    expect(values("The NIKKEI 225 gained 310 points.")).toEqual([[310, "pt"]]);
    // Without a count or an acronym before it, the number after a capitalized word still counts.
    expect(values("In Ohio 40 schools closed.")).toEqual([[40, "count"]]);
  });
});

describe("recognize(text): list markers, lakh grouping, glued powers, lower-case dates", () => {
  const found = (text: string) =>
    recognize(text)
      .filter((q) => q.kind === "quantity")
      .map((q) => [q.text, q.low, q.unit]);

  it("reads a number closed by a ')' that no '(' opened as a list marker", () => {
    expect(found("Aims: 1) more wheat, 2) 40 new ports")).toEqual([["40", 40, "count"]]);
    expect(found("a fall (of 3) in sales")).toEqual([["3", 3, "count"]]);
  });

  it("reads Indian lakh and crore grouping, and nothing else of that shape", () => {
    expect(found("a loan of Rs 1,50,000")).toEqual([["Rs 1,50,000", 150000, "INR"]]);
    expect(found("a fund of 2,45,00,000.5 rupees")).toEqual([
      ["2,45,00,000.5 rupees", 24500000.5, "RUPEE"],
    ]);
    expect(found("code 1,50 and 12,34,56")).toEqual([]);
  });

  it("reads a power glued to a length unit as area or volume", () => {
    expect(found("a flat of 85m2 and a tank of 6m3")).toEqual([
      ["85m2", 85, "m2"],
      ["6m3", 6, "m3"],
    ]);
    expect(found("part 24703m212 shipped")).toEqual([]);
  });

  it("reads a lower-case month after a day as a date when a year or a day cue says so", () => {
    const dates = (text: string) =>
      recognize(text)
        .filter((q) => q.kind === "date")
        .map((q) => q.text);
    expect(dates("signed 3 march 1990 in Moscow")).toEqual(["3 march 1990"]);
    expect(dates("he was fined on 1 may that year")).toEqual(["1 may"]);
    expect(dates("the 12 march on the capital")).toEqual([]);
    expect(found("of the 5 may come")).toEqual([["5", 5, "count"]]);
  });

  it("reads a score after a team name as two numbers, and a level pair as two numbers too", () => {
    expect(values("Leeds beat Norwich 4-1 on the night.")).toEqual([
      [4, "count"],
      [1, "count"],
    ]);
    expect(values("They drew 1-1 at home.")).toEqual([
      [1, "count"],
      [1, "count"],
    ]);
    expect(values("the Boeing 737-700 and the Airbus 330-200 fleet")).toEqual([]);
  });

  it("keeps a count after a day of the week, but not a number naming a thing before a singular noun", () => {
    expect(values("on Friday 40 more were rescued")).toEqual([[40, "count"]]);
    expect(values("the Stoxx 600 index slipped")).toEqual([]);
    expect(values("the Falcon 9 booster landed")).toEqual([]);
    expect(values("Russia sold Peru 12 helicopters")).toEqual([[12, "count"]]);
  });

  it("ends a counted noun at its plural head, a time word or a past tense", () => {
    const nouns = (text: string) => recognize(text).map((q) => q.noun);
    expect(nouns("down from 85 patients last week")).toEqual(["patients"]);
    expect(nouns("a magnitude 6.2 quake struck")).toEqual(["quake"]);
    expect(nouns("36 fishing boats remained")).toEqual(["fishing boats"]);
    expect(nouns("five sales offices opened")).toEqual(["sales offices"]);
  });

  it("reads a bare degree in the temperature scale its sentence states, and only then", () => {
    expect(values("It hit 41 degrees Fahrenheit, 12 degrees above normal.")).toEqual([
      [41, "°F"],
      [12, "°F"],
    ]);
    expect(values("Lows of 3°C. The road bends 30 degrees.")).toEqual([
      [3, "°C"],
      [30, "°"],
    ]);
    expect(values("a 20 degrees slope")).toEqual([[20, "°"]]);
  });

  it("reads 'deg' before a scale and the common misspellings of the scales", () => {
    expect(values("40 deg celsius, 98.6 degrees farenheit and 21 celcius")).toEqual([
      [40, "°C"],
      [98.6, "°F"],
      [21, "°C"],
    ]);
  });

  it("adds a spoken fraction after a unit to the number before it, an article counting as one", () => {
    expect(found("the hearing lasted an hour and a half")).toEqual([
      ["an hour and a half", 1.5, "h"],
    ]);
    expect(found("after three years and a quarter")).toEqual([
      ["three years and a quarter", 3.25, "year"],
    ]);
    expect(found("over the mile and a half")).toEqual([["the mile and a half", 1.5, "mi"]]);
    expect(found("an hour later and a week after")).toEqual([]);
    expect(found("rates of 5 percent and a half")).toEqual([
      ["5 percent", 5, "%"],
      ["a half", 0.5, null],
    ]);
  });

  it("reads the East African shilling signs, with and without the country's letter", () => {
    expect(found("tea worth Sh 1.4 billion, KSh 20 and TSh 3,000")).toEqual([
      ["Sh 1.4 billion", 1.4e9, "SHILLING"],
      ["KSh 20", 20, "KES"],
      ["TSh 3,000", 3000, "TZS"],
    ]);
  });

  it("reads a currency sign after the number, unless a number follows the sign", () => {
    expect(found("Tickets cost 25 € at the door and 40€ online, or 12 £ in London.")).toEqual([
      ["25 €", 25, "EUR"],
      ["40€", 40, "EUR"],
      ["12 £", 12, "GBP"],
    ]);
    expect(values("Fares rose from 5–10 € a day")).toEqual([[5, 10, "EUR"]]);
    // The sign stands before the next amount: "7 $12" is a count and twelve dollars.
    expect(found("he sold 7 $12 tickets")).toEqual([
      ["7", 7, "count"],
      ["$12", 12, "USD"],
    ]);
  });

  it("reads the common currency codes in lower-cased text, before and after the number", () => {
    expect(found("paid 20 usd for it, then eur 300 and half a million rmb")).toEqual([
      ["20 usd", 20, "USD"],
      ["eur 300", 300, "EUR"],
      ["half a million rmb", 500000, "CNY"],
    ]);
    // Codes that are English words stay words.
    expect(found("they rub 20 cad drawings")).toEqual([["20", 20, "count"]]);
  });

  it("reads a comma before one or two digits as a decimal comma with money, a scale or a unit", () => {
    expect(
      found("a surplus of EUR 2,5 bln and 3,5 million tonnes at 2,50 € and 12,34 tons"),
    ).toEqual([
      ["EUR 2,5 bln", 2.5e9, "EUR"],
      ["3,5 million tonnes", 3.5e6, "t"],
      ["2,50 €", 2.5, "EUR"],
      ["12,34 tons", 12.34, "t"],
    ]);
    // Without them it may be a list, and stays unread; three digits are thousands.
    expect(found("see pages 1,2 and 3,5 of the report")).toEqual([]);
    expect(found("it weighs 2,500 tons")).toEqual([["2,500 tons", 2500, "t"]]);
  });

  it("reads kt as kilotonnes, and as knots only where wind or speed is spoken of", () => {
    expect(found("Copper output rose to 212 kt, and acid reached 640 kt.")).toEqual([
      ["212 kt", 212, "kt"],
      ["640 kt", 640, "kt"],
    ]);
    expect(found("Winds gusting to 35 kt hit the coast.")).toEqual([["35 kt", 35, "kn"]]);
  });

  it("skips phone numbers: digit groups of which one has a leading zero", () => {
    expect(found("call 0800 555 0142, 020 7946 0958 or 555-0142 about the 16 cases")).toEqual([
      ["16", 16, "count"],
    ]);
    // A group of three after a number is still a thousands group.
    expect(found("1 000 tonnes and 45 050 people")).toEqual([
      ["1 000 tonnes", 1000, "t"],
      ["45 050", 45050, "count"],
    ]);
  });

  it("reads identifiers after place words as no amounts ('junction 9', 'gate 12')", () => {
    expect(found("near junction 9, gate 12 and platform 3, 9 trucks waited")).toEqual([
      ["9", 9, "count"],
    ]);
  });

  it("keeps the noun of the whole a part is counted of ('214 of the 400 seats', 'one of its engines')", () => {
    const nouns = (text: string) =>
      recognize(text)
        .filter((q) => q.kind === "quantity")
        .map((q) => [q.text, q.noun]);
    expect(nouns("They took 214 of the 400 seats; one of its engines failed.")).toEqual([
      ["214", "seats"],
      ["400", "seats"],
      ["one", "engines"],
    ]);
    expect(nouns("One of the two suspects fled.")).toEqual([
      ["One", "suspects"],
      ["two", "suspects"],
    ]);
    // Without a plural named after it, "one of" is a pronoun; a fraction of a whole counts none of it.
    expect(nouns("one of them left, one of a number of projects")).toEqual([]);
    expect(nouns("a third of its meat exports")).toEqual([["a third", null]]);
  });

  it("reads the noun after a model name between a count and it ('24 F-16 fighters')", () => {
    const nouns = (text: string) =>
      recognize(text)
        .filter((q) => q.kind === "quantity")
        .map((q) => [q.text, q.noun]);
    expect(
      nouns(
        "It ordered 24 F-16 fighters, 40 DT-75 tractors, 12 Boeing 737 jets and 3 Su-30MK2 jets.",
      ),
    ).toEqual([
      ["24", "F-16 fighters"],
      ["40", "DT-75 tractors"],
      ["12", "Boeing 737 jets"],
      ["3", "Su-30MK2 jets"],
    ]);
    // A model name is no noun when no plural follows it.
    expect(nouns("The 2 F-16 crashed")).toEqual([["2", null]]);
    // One word of description may come first, and the model's number is then no count of its own.
    expect(nouns("It will retire 24 ageing Boeing 737 jets.")).toEqual([
      ["24", "ageing Boeing 737 jets"],
    ]);
  });

  it("reads 'X roubles to the dollar' as an exchange rate, and 'to the port' as no rate", () => {
    const rates = (text: string) =>
      recognize(text)
        .filter((q) => q.kind === "quantity")
        .map((q) => [q.text, q.unit]);
    expect(rates("at 0.90 roubles to the dollar or 4.03 dollars to the pound")).toEqual([
      ["0.90 roubles to the dollar", "RUB/USD"],
      ["4.03 dollars to the pound", "USD/GBP"],
    ]);
    expect(rates("they sent 40 tons to the port and $5 million to the bank")).toEqual([
      ["40 tons", "t"],
      ["$5 million", "USD"],
    ]);
  });

  it("reads a multiple written as one word with any number before -fold", () => {
    expect(values("a twelvefold rise, a tenfold increase and a thirtyfold jump")).toEqual([
      [12, "x"],
      [10, "x"],
      [30, "x"],
    ]);
  });

  it("reads a season across two years as one date, not a year and a count ('the 2024/25 crop')", () => {
    expect(found("The 2024/25 crop is forecast at 66 million bags, after 1978/79.")).toEqual([
      ["66 million", 66e6, "count"],
    ]);
    const dates = recognize("the 2024/25 crop").filter((q) => q.kind === "date");
    expect(dates.map((d) => [d.text, d.iso])).toEqual([["2024/25", "2024/2025"]]);
  });

  it("names days, rounds and games by number, in digits and in words ('on day two', 'game 7')", () => {
    expect(found("on day two and on day 3 the side made 40 runs; game 7 drew 2 sell-outs")).toEqual(
      [
        ["40", 40, "count"],
        ["2", 2, "count"],
      ],
    );
    // The count comes first in a duration: "two days" is still two days.
    expect(found("two days later")).toEqual([["two days", 2, "day"]]);
  });

  it("reads a house number before a street's name as no amount", () => {
    expect(found("the lido on 14 Marine Parade and 10 Downing Street drew 1,800 swimmers")).toEqual(
      [["1,800", 1800, "count"]],
    );
  });

  it("reads the base of a rate as part of the rate ('per 100,000 people')", () => {
    expect(found("14.3 cases per 100,000 people, from 9.8 per 100,000 in 2019")).toEqual([
      ["14.3", 14.3, null],
      ["9.8 per 100,000", 9.8, null],
    ]);
  });

  it("splits a comma-separated run of score pairs, rising ones too ('7-6, 3-6, 6-4')", () => {
    expect(values("to win 7-6, 3-6, 6-4 on Court 2, at 3-6 dollars")).toEqual([
      [7, "count"],
      [6, "count"],
      [3, "count"],
      [6, "count"],
      [6, "count"],
      [4, "count"],
      [3, 6, "USD"],
    ]);
  });

  it("reads 'raised the dividend by 4 cents to 52 cents' as a change and a level", () => {
    expect(changes("The board raised the quarterly dividend by 4 cents to 52 cents.")).toEqual([
      ["4 cents", "up"],
      ["52 cents", null],
    ]);
    // Without a unit of its own, "by 2 to 3 percent" is the size of the cut, a range.
    expect(changes("It cut prices by 2 to 3 percent.")).toEqual([["2 to 3 percent", null]]);
  });

  it("reads a headline's bare verb of change before 'X to Y' as a change and its level", () => {
    expect(changes("RESERVES RISE $3.8 BLN TO $593.1 BLN IN WEEK")).toEqual([
      ["$3.8 BLN", "up"],
      ["$593.1 BLN", null],
    ]);
    expect(changes("Copper stocks slip 1,200 tonnes to 40,500 tonnes")).toEqual([
      ["1,200 tonnes", "down"],
      ["40,500 tonnes", null],
    ]);
    // A range of the change's size stays a range.
    expect(changes("Prices may rise 3 to 5 percent.")).toEqual([["3 to 5 percent", "up"]]);
  });

  it("reads no number from digits glued to the full stop or comma after a word (a marker)", () => {
    expect(values("Deliveries reached 44.8 million tons.12 The rest was bought abroad.")).toEqual([
      [44_800_000, "t"],
    ]);
    expect(values("The mines employed over 100,000 people,7 and more.")).toEqual([
      [100_000, "count"],
    ]);
    // Money written with a dotted sign is money.
    expect(values("a fee of Rs.500 was paid")).toEqual([[500, "INR"]]);
  });

  it("reads a year after a share's 'over' as the year it is measured from", () => {
    const years = (text: string) => recognize(text).map((q) => [q.text, q.kind]);
    expect(years("output rose some 65-80 per cent over 1958.")).toEqual([
      ["65-80 per cent", "quantity"],
      ["1958", "date"],
    ]);
    expect(values("it cost over 1958 dollars")).toEqual([[1958, "USD"]]);
  });

  it("reads a change whose size a phrase after 'by' introduces ('by a record 4 percent')", () => {
    expect(changes("Hogs fell by the daily limit of 3 cents to 82.35 cents a pound.")).toEqual([
      ["3 cents", "down"],
      ["82.35 cents a pound", null],
    ]);
    expect(changes("Sales rose by a record 4 percent to 12.5 percent.")).toEqual([
      ["4 percent", "up"],
      ["12.5 percent", null],
    ]);
    // "by" names an agent or a time there, not the size of a change.
    expect(changes("Prices were cut by the government to 5 dollars.")).toEqual([
      ["5 dollars", null],
    ]);
    expect(changes("Stocks rose by the end of the week to 40 tons.")).toEqual([["40 tons", null]]);
  });

  it("reads a hedge on the high end of a from-to range as part of the range", () => {
    expect(values("output rose from 300,000 b/d to over 1 million b/d")).toEqual([
      [300000, 1000000, "bbl/d"],
    ]);
    expect(values("it went to over 40 tons")).toEqual([[40, "t"]]);
  });

  it("reads a span of time in capitals before a capitalized word as a name", () => {
    expect(values("under the Seventh Five-Year Plan and after the Six-Day War")).toEqual([]);
    expect(values("the Thirty Years’ War ended")).toEqual([]);
    expect(values("Five years later, it took Two Years.")).toEqual([
      [5, "year"],
      [2, "year"],
    ]);
  });

  it("reads 'X or Y' as an approximate range only when it rises and both ends are alike", () => {
    expect(values("repayable in eight or ten years at 2 or 3 per cent")).toEqual([
      [8, 10, "year"],
      [2, 3, "%"],
    ]);
    expect(values("5 or 4 tons")).toEqual([
      [5, "t"],
      [4, "t"],
    ]);
  });

  it("reads a four-digit number past 2100 as a year only after a year cue", () => {
    const dates = (text: string) =>
      recognize(text)
        .filter((q) => q.kind === "date")
        .map((q) => q.text);
    expect(dates("cars of the Volga 2140 type")).toEqual([]);
    expect(dates("a forecast for 2150")).toEqual(["2150"]);
    expect(dates("the Tokyo 1964 games")).toEqual(["1964"]);
  });

  it("takes no minor part after a scaled amount or across a line break", () => {
    expect(values("to the value of 8 million dollars\n7. Chemicals")).toEqual([[8e6, "USD"]]);
    expect(values("priced at 5 dollars\n9. Coffee")).toEqual([[5, "USD"]]);
    expect(values("it costs 15 dollars 50.")).toEqual([[15.5, "USD"]]);
  });

  it("reads no item or paragraph number that opens a line", () => {
    expect(values("List A\n4. Tractors   1,500 units\n12. Trucks 800 units")).toEqual([
      [1500, "count"],
      [800, "count"],
    ]);
    expect(values("3. The mission has 50 advisers")).toEqual([[50, "count"]]);
    expect(values("they bought 3. Then")).toEqual([[3, "count"]]);
  });

  it("reads a code with a slash as one identifier", () => {
    expect(values("a deficit of 4.8% for FY2023/24 and a sheet of A4/5 paper")).toEqual([
      [4.8, "%"],
    ]);
  });

  it("reads a verb of change in the present tense as a change", () => {
    const changes = (text: string) => recognize(text).map((q) => [q.low, q.high, q.change]);
    expect(changes("the standing charge rises by 3 pence to 53 pence")).toEqual([
      [3, 3, "up"],
      [53, 53, null],
    ]);
    expect(changes("output will fall by 2% to 40 tonnes")).toEqual([
      [2, 2, "down"],
      [40, 40, null],
    ]);
  });

  it("reads frequencies, written out or as symbols glued to the number", () => {
    expect(values("a 120Hz screen, a 2.4GHz chip, 98.5 MHz and 5 hertz")).toEqual([
      [120, "Hz"],
      [2.4, "GHz"],
      [98.5, "MHz"],
      [5, "Hz"],
    ]);
  });

  it("reads 'number' after a plural subject as a verb, and elsewhere as a reference", () => {
    expect(values("advisers number 50 to 70 and the refugees now number 20,000")).toEqual([
      [50, 70, "count"],
      [20000, "count"],
    ]);
    expect(recognize("the refugees now number 20,000").map((q) => q.noun)).toEqual(["refugees"]);
    expect(values("see number 5 on the list, room number 12 and the number 7 bus")).toEqual([]);
  });

  it("reads the days of one month as one date, before or after the month", () => {
    const dates = (text: string) => recognize(text).map((q) => [q.kind, q.iso ?? q.low]);
    expect(dates("loading from April 2-9 at 40 tonnes")).toEqual([
      ["date", "--04-02/--04-09"],
      ["quantity", 40],
    ]);
    expect(dates("on 7–11 October 2031")).toEqual([["date", "2031-10-07/2031-10-11"]]);
    expect(values("April 9-2 and 12-3 May")).toEqual([
      [2, "count"],
      [12, "count"],
    ]);
  });

  it("reads a whole number and a binary fraction joined by a hyphen as one value", () => {
    expect(values("corn gained 3-1/4 cents to $6.41-3/4 and a 2-7/8 inch bolt")).toEqual([
      [3.25, "¢"],
      [6.4175, "USD"],
      [2.875, "in"],
    ]);
    expect(values("ratios 3-2/5 and 7-5/4")).not.toContainEqual([3.4, null]);
  });

  it("reads the IMF's special drawing rights as a currency", () => {
    expect(values("a drawing of SDR 75 million and 3 billion SDRs")).toEqual([
      [75e6, "XDR"],
      [3e9, "XDR"],
    ]);
  });

  it("reads 'by X to Y' with a unit on each end as a change and a level", () => {
    expect(values("boost capacity by 20,000 tonnes to 90,000 tonnes")).toEqual([
      [20000, "t"],
      [90000, "t"],
    ]);
    expect(values("prices moved by 2 to 3 percent")).toEqual([[2, 3, "%"]]);
  });

  it("reads a number glued by a hyphen to a unit after a place word as a measure", () => {
    expect(values("the terminal can berth 300-metre tankers at gate 7")).toEqual([[300, "m"]]);
    expect(values("she crossed the line 12 seconds clear, at platform 4")).toEqual([[12, "s"]]);
  });

  it("reads a one-letter currency only before a scaled or grouped amount", () => {
    expect(values("a R3.2 billion plan, N45 million and R18,750 a year")).toEqual([
      [3.2e9, "ZAR"],
      [45e6, "NGN"],
      [18750, "ZAR"],
    ]);
    expect(values("the R2 robot, N 6 and 5 R")).toEqual([[5, "count"]]);
  });

  it("reads 'plus or minus' as a margin, not a negative value", () => {
    expect(values("accurate to plus or minus 3 percentage points, at minus 4 degrees")).toEqual([
      [3, "pp"],
      [-4, "°"],
    ]);
  });

  it("reads 'N in M' as the share N/M", () => {
    expect(values("two in seven farms and 1 in 20 ships, 4 in 3 and 1 in 5 hours")).toEqual([
      [2 / 7, null],
      [0.05, null],
      [4, "count"],
      [3, "count"],
      [1, "count"],
      [5, "h"],
    ]);
  });

  it("reads a year whose 1s OCR read as letters, only when it stands alone", () => {
    const dates = (text: string) =>
      recognize(text)
        .filter((q) => q.kind === "date")
        .map((q) => q.iso);
    expect(dates("In l98l trade grew; for 197l and (I975).")).toEqual(["1981", "1971", "1975"]);
    expect(dates("Table 2l, page l44, model Al98l, l9 ships and l98lx")).toEqual([]);
  });

  it("reads 'double', 'triple' before a determiner as a multiple, and as a verb after 'to' or 'will'", () => {
    expect(values("sales reached 40 tons, nearly triple the 1990 level")).toEqual([
      [40, "t"],
      [3, "x"],
    ]);
    expect(values("plans to double the output; it will treble its sales; a double room")).toEqual(
      [],
    );
  });

  it("reads inches glued to a short number, and a spaced 'in' as the preposition", () => {
    expect(values("he stands 6ft 1in and bought a 55in set, 3 in 10 voters")).toEqual([
      [6, "ft"],
      [1, "in"],
      [55, "in"],
      [0.3, null],
    ]);
  });

  it("reads a sign in words on the high end of a from-to range", () => {
    expect(values("from minus 6 to plus 11 degrees Celsius")).toEqual([[-6, 11, "°C"]]);
  });

  it("reads text in capitals as if in lower case, quoting it as written", () => {
    const found = recognize(
      "WE COUNT APPROX 85 SOVIET ENGINEERS HERE, UP FROM 30 A YEAR AGO, ON MAY 5, 1972.",
    );
    expect(found.map((q) => [q.text, q.low, q.unit, q.noun, q.iso ?? null])).toEqual([
      ["85", 85, "count", "SOVIET ENGINEERS", null],
      ["30", 30, "count", null, null],
      ["MAY 5, 1972", 1972, null, null, "1972-05-05"],
    ]);
    // Folded, every word of a line of capitals reads as a noun: a counted noun must end on a plural.
    expect(
      recognize("FM AMEMBASSY LIMA TO SECSTATE WASHDC 4417 INFO AMEMBASSY QUITO").map(
        (q) => q.noun,
      ),
    ).toEqual([null]);
    expect(values("Exports Rose 85 Percent To 30 Million Tons")).toEqual([
      [85, "%"],
      [30e6, "t"],
    ]);
  });

  it("reads telegraphese: US dollars as USDOLS, ships in gross register and deadweight tons", () => {
    expect(
      values("CREDIT OF USDOLS 40 MLN FOR TWO SHIPS OF 3,100 GRT AND A 25,000 DWT TANKER"),
    ).toEqual([
      [40e6, "USD"],
      [2, "count"],
      [3100, "GRT"],
      [25000, "DWT"],
    ]);
  });

  it("reads 'a year ago' after a figure as a time, not a rate", () => {
    expect(
      recognize("up from 30 a year ago and 5 tons a year").map((q) => [q.text, q.per]),
    ).toEqual([
      ["30", null],
      ["5 tons a year", "year"],
    ]);
  });

  it("reads the dotted 'U.S. dollars' as a unit after a scale", () => {
    expect(values("in millions of U.S. dollars: 1 million U.S. dollars")).toEqual([[1e6, "USD"]]);
  });

  it("reads 'one of the' before a superlative as no count, and before a plural as one", () => {
    expect(
      values("one of the biggest mills, one of the most costly strikes, one of the harvests"),
    ).toEqual([[1, "count"]]);
  });

  it("reads a model number after a brand in small letters, or after an article, as no count", () => {
    expect(
      values("shipped 2.5 million iPad 11 tablets; a 757 can seat 200 people, more than a 727"),
    ).toEqual([
      [2.5e6, "count"],
      [200, "count"],
    ]);
    expect(values("a 1,000-strong crowd and a 3-1 win")).toEqual([
      [1000, "count"],
      [3, "count"],
      [1, "count"],
    ]);
  });

  it("gives the bare members of a list the unit and scale of its last member", () => {
    expect(
      values("sales were 310 and 1,532 million roubles; shares of 58, 24 and 7 per cent"),
    ).toEqual([
      [310e6, "RUB"],
      [1532e6, "RUB"],
      [58, "%"],
      [24, "%"],
      [7, "%"],
    ]);
    expect(values("in 1975 and 1976, and won 3 and lost 2 matches")).toEqual([
      [3, "count"],
      [2, "count"],
    ]);
  });

  it("reads numbers written the continental way when told the document writes them so", () => {
    const text = "shipped 1.318.540 tonnes, 184.600 quintales and US$ 1.250,0 million";
    const read = (decimalComma: boolean) =>
      recognize(text, { decimalComma }).map((q) => [q.low, q.unit]);
    expect(read(true)).toEqual([
      [1318540, "t"],
      [184600, "quintal"],
      [1.25e9, "USD"],
    ]);
    expect(read(false)).not.toContainEqual([184600, "quintal"]);
  });

  it("reads a percentage range with the sign on both ends, glued by a dash", () => {
    expect(values("a target range of 4.75%-5.00% and 24703 L-202")).toEqual([
      [4.75, 5, "%"],
      [24703, "count"],
    ]);
  });

  it("reads 'by X to Y' with close ends as a range, with far ends as a change and a level", () => {
    expect(
      values("trim staff by 10% to 12% and lift output by 2,000 tonnes to 9,000 tonnes"),
    ).toEqual([
      [10, 12, "%"],
      [2000, "t"],
      [9000, "t"],
    ]);
  });

  it("reads 'a third' before 'consecutive', 'straight', 'term' as an ordinal", () => {
    expect(
      values("for a third consecutive month and a fifth straight year, as a fifth voted no"),
    ).toEqual([[0.2, null]]);
  });

  it("reads an exchange rate 'to one dollar' and a year of a Russian citation ('1979 g.')", () => {
    expect(recognize("at 0.90 roubles to one US dollar").map((q) => q.unit)).toEqual(["RUB/USD"]);
    expect(recognize("Moskva, 1979 g., and 5 g of gold").map((q) => [q.kind, q.low])).toEqual([
      ["date", 1979],
      ["quantity", 5],
    ]);
  });

  it("carries a currency to a scaled amount past a date and a verb of change", () => {
    expect(
      values("some 32 million dollars in 1960, rising to 37 million and to 44 million"),
    ).toEqual([
      [32e6, "USD"],
      [37e6, "USD"],
      [44e6, "USD"],
    ]);
    expect(values("spent $5 million, raising coverage to 2 million")).toEqual([
      [5e6, "USD"],
      [2e6, "count"],
    ]);
  });

  it("carries any unit to a scaled amount with a date of its own: 'from X tons in 1961 to Y in 1965'", () => {
    expect(values("rose from 2.1 million tons in 1961 to 3.8 million in 1965")).toEqual([
      [2.1e6, "t"],
      [3.8e6, "t"],
    ]);
    expect(values("5 million barrels a day in 2001 and 6 million in 2002")).toEqual([
      [5e6, "bbl/d"],
      [6e6, "bbl/d"],
    ]);
    // "to" joins them only inside "from … to …"; a count lends no unit.
    expect(values("sold 5 million tons in 2001 to 3 million in 2002")).toEqual([
      [5e6, "t"],
      [3e6, "count"],
    ]);
    expect(values("from 2 million people in 1990 to 3 million in 2000")).toEqual([
      [2e6, "count"],
      [3e6, "count"],
    ]);
  });

  it("reads 'half a dozen' as six, and volts by symbol, glued or spaced", () => {
    expect(values("half a dozen eggs, half a million people")).toEqual([
      [6, "count"],
      [500_000, "count"],
    ]);
    expect(values("a 12V battery, a 230 V socket and 11kV lines; Henry V")).toEqual([
      [12, "V"],
      [230, "V"],
      [11, "kV"],
    ]);
  });

  it("reads the rouble's abbreviation 'Rbl' before a figure, its 'm' then millions", () => {
    expect(values("profit fell to Rbl 45m, and Rbls 2.3bn")).toEqual([
      [45e6, "RUB"],
      [2.3e9, "RUB"],
    ]);
  });

  it("reads 'thous.' as thousands, 'half the sugar' as a half, and 'only one in five' as a share", () => {
    expect(values("caught 45 thous. tons of hake")).toEqual([[45_000, "t"]]);
    expect(values("Half the sugar was resold; half its output went east")).toEqual([
      [0.5, null],
      [0.5, null],
    ]);
    expect(values("in the second half the team scored")).toEqual([]);
    expect(values("yet only one in five projects was finished")).toEqual([[0.2, null]]);
    expect(values("the only one in town")).toEqual([]);
  });

  it("reads a range whose first end waits on a suspended hyphen, and 'three in 10' as a share", () => {
    const ranges = (text: string) =>
      recognize(text)
        .filter((q) => q.kind === "quantity")
        .map((q) => [q.low, q.high, q.unit]);
    expect(ranges("a 10- to 15-year project and 5- or 6-day trips")).toEqual([
      [10, 15, "year"],
      [5, 6, "day"],
    ]);
    expect(values("it rose to three in 10 from one in five")).toEqual([
      [0.3, null],
      [0.2, null],
    ]);
    // Digits, then words: no share ("1 in four" stays two counts, as "seven in 2019" is no share).
    expect(values("seven in 2019 were")).toEqual([[7, "count"]]);
  });

  it("reads a range whose high end repeats a currency written in letters and sign ('US$ 640 to US$ 670')", () => {
    const ranges = (text: string) =>
      recognize(text)
        .filter((q) => q.kind === "quantity")
        .map((q) => [q.low, q.high, q.unit]);
    expect(ranges("urea at US$ 640 to US$ 670 per tonne, MAP between US$ 850 and US$ 900")).toEqual(
      [
        [640, 670, "USD/t"],
        [850, 900, "USD"],
      ],
    );
  });

  it("reads an exchange rate written as an equation as one rate", () => {
    expect(values("converted at USD 1 = RUB 0.82, and 2 = 2")).toEqual([
      [0.82, "RUB/USD"],
      [2, "count"],
      [2, "count"],
    ]);
  });

  it("reads 'grow by X to Y unit' with close ends as the size of the change, far ends as change and level", () => {
    expect(values("exports will grow by 10 to 15 percent a year")).toEqual([[10, 15, "%"]]);
    expect(values("stocks grew by 2 to 9 million tonnes")).toEqual([
      [2, "count"],
      [9e6, "t"],
    ]);
  });

  it("reads a cable's bare low end under the high end's written thousands ('40-50,000 MT')", () => {
    expect(values("purchases of 40-50,000 MT of sugar")).toEqual([[40000, 50000, "t"]]);
    expect(values("units of 1-2,000 MW")).toEqual([[1000, 2000, "MW"]]);
    // Both ends written in full, or small ends, stay as written.
    expect(values("2,000-3,000 t and 30-45 tons")).toEqual([
      [2000, 3000, "t"],
      [30, 45, "t"],
    ]);
  });

  it("gives a dated amount compared with a dated one before it that amount's currency", () => {
    const found = recognize("TRADE REACHED USD 62 MLN IN 1975, UP FROM 38 MLN IN 1974.").filter(
      (q) => q.kind === "quantity",
    );
    expect(found.map((q) => [q.low, q.unit])).toEqual([
      [62e6, "USD"],
      [38e6, "USD"],
    ]);
    expect(values("the quota was cut to 3.65 million tons for 2004 from 4.2 million")).toEqual([
      [3.65e6, "t"],
      [4.2e6, "t"],
    ]);
    expect(values("sales of $5 million in 1975 and 3 million people")).toEqual([
      [5e6, "USD"],
      [3e6, "count"],
    ]);
  });

  it("reads no unit in a model's code and no number in 'two-way'", () => {
    expect(values("more than 200 T-55 tanks")).toEqual([[200, "count"]]);
    expect(values("a 200 t load")).toEqual([[200, "t"]]);
    expect(values("two-way trade reached $5 million")).toEqual([[5e6, "USD"]]);
    expect(values("a two-year credit")).toEqual([[2, "year"]]);
  });

  it("keeps a compound noun joined by hyphens whole after a count", () => {
    const nouns = (text: string) => recognize(text).map((q) => q.noun);
    expect(nouns("It bought 12 fighter-bombers and 36 F-16 fighter-bombers.")).toEqual([
      "fighter-bombers",
      "F-16 fighter-bombers",
    ]);
  });

  it("keeps a model's code in a telegram's capitals, so the count takes its noun", () => {
    const found = recognize("GOP HAS CONTRACTED FOR 36 SU-22 FIGHTER-BOMBERS AND 200 T-55 TANKS.");
    expect(found.map((q) => [q.low, q.unit, q.noun])).toEqual([
      [36, "count", "SU-22 FIGHTER-BOMBERS"],
      [200, "count", "T-55 TANKS"],
    ]);
    // A unit's power is no code: it is read folded, like its unit.
    expect(values("BUCKET CAPACITY 4.6 M3 AND 12 KM2 OF LAND.")).toEqual([
      [4.6, "m3"],
      [12, "km2"],
    ]);
  });

  it("reads a tie-break in brackets as a score, and no range whose high end is a day of a month", () => {
    expect(values("won 6-7 (5-7), 7-5")).toEqual([
      [6, "count"],
      [7, "count"],
      [5, "count"],
      [7, "count"],
      [7, "count"],
      [5, "count"],
    ]);
    expect(values("sales rose 4.6% in the 13 weeks to 25 May")).toEqual([
      [4.6, "%"],
      [13, "week"],
    ]);
    expect(values("from 10 to 25 tons")).toEqual([[10, 25, "t"]]);
  });

  it("reads the rubles before and after 1961's redenomination as rubles", () => {
    expect(values("400 million old roubles, or 40 million new rubles")).toEqual([
      [4e8, "RUB"],
      [4e7, "RUB"],
    ]);
  });

  it("reads two digits after a day and a month's abbreviation as a telegram's year", () => {
    const dates = (text: string) =>
      recognize(text)
        .filter((q) => q.kind === "date")
        .map((q) => q.iso);
    expect(dates("AGREEMENT SIGNED 12 OCT 76 PERMITS UP TO TWENTY TRAWLERS.")).toEqual([
      "1976-10-12",
    ]);
    expect(dates("signed on 3 Mar 05 in Lima")).toEqual(["2005-03-03"]);
    // Not after a month written out, nor before a unit.
    expect(values("on 12 October 76 people died and on 5 Oct 45 tons arrived")).toEqual([
      [76, "count"],
      [45, "t"],
    ]);
  });

  it("reads 'that half the clip' after a verb as a half, 'that half of the city' as no amount", () => {
    expect(values("It reckoned that half the wool clip went to Soviet mills.")).toEqual([
      [0.5, null],
    ]);
    expect(values("Rebels held that half of the city.")).toEqual([]);
  });

  it("reads 'a fifth unit', 'a third tranche' as ordinals, 'a fifth of the output' as a fifth", () => {
    expect(
      values("A fifth unit was added in 1986, and a fifth of the output went to Lima."),
    ).toEqual([[0.2, null]]);
    expect(values("Banks released a third tranche.")).toEqual([]);
  });

  it("carries a unit to a scaled amount after 'easing to' or 'recovering to'", () => {
    expect(values("output rose to 9 million tons before easing to 7 million")).toEqual([
      [9e6, "t"],
      [7e6, "t"],
    ]);
  });
});
