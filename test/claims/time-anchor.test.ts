import { describe, expect, it } from "vitest";
import { extractDocument } from "../../pipeline/claims/index.ts";
import { rawDocument } from "../ingest/raw-document.ts";
import { claimOf, extract, taxonomy } from "./helpers.ts";

/** The year of the claim quoting `mention`, through the document pipeline (titles, lists, datelines). */
const yearOf = (doc: string, mention: string) =>
  extractDocument(rawDocument(doc), taxonomy).claims.find((c) => c.text === mention)?.year;

const timeOf = (text: string, mention: string) => {
  const c = claimOf(extract(text).claims, mention);
  return [c.year, c.period_start, c.period_end, c.time_source];
};

describe("anchorTime: stated → narrative → bounded → unknown", () => {
  it("takes a year stated in the sentence", () => {
    expect(timeOf("In 1967 Peru sold 40,000 tons of copper to Poland.", "40,000")).toEqual([
      1967,
      null,
      null,
      "stated",
    ]);
  });

  it("takes a stated interval as a period", () => {
    expect(
      timeOf(
        "Brazil will sell a minimum of 300,000 tons of corn annually from 1984 to 1988.",
        "300,000",
      ),
    ).toEqual([null, 1984, 1988, "stated"]);
  });

  it("picks the date of the quantity's own clause when a sentence names several", () => {
    const text = "The 1972 harvest reached 9 million tons, against 7 million tons in 1969.";
    expect(timeOf(text, "9 million")).toEqual([1972, null, null, "stated"]);
    expect(timeOf(text, "7 million")).toEqual([1969, null, null, "stated"]);
  });

  it("ignores the access date of a web citation", () => {
    const c = extract(
      "Officials counted 812 killed in the clashes – http://example.org/report, 12. 03. 2015.",
    ).claims[0];
    expect(c.year).toBeNull();
  });

  it("counts the next year from the narrative's last year", () => {
    const text =
      "In 1962 the two sides exchanged notes. On the next year was signed a contract for 12 locomotives.";
    expect(timeOf(text, "12")).toEqual([1963, null, null, "narrative"]);
  });

  it("carries the previous sentence's year when the sentence points back to it", () => {
    const text =
      "In 1971 a Polish mission visited Quito. The talks led to a credit of 20 million dollars.";
    expect(timeOf(text, "20 million")).toEqual([1971, null, null, "narrative"]);
  });

  it("does not carry a year to a sentence that starts afresh", () => {
    const text = "In 1971 a Polish mission visited Quito. A bank in Lima lent 20 million dollars.";
    expect(timeOf(text, "20 million")[0]).toBeNull();
  });

  it("bounds an undated claim by the dated sentences around it", () => {
    const text =
      "The regime fell in 1955. The new cabinet accepted an offer of 30 million dollars. In 1958 relations cooled.";
    expect(timeOf(text, "30 million")).toEqual([null, 1955, 1958, "bounded"]);
  });

  it("resolves 'this year' and 'a year ago' against a dateline", () => {
    const text =
      "Monday, March 3, 1958.\n\nExports reached $40 million this year. A year ago, buyers took 5,000 tons of wool.";
    expect(timeOf(text, "$40 million")).toEqual([1958, null, null, "narrative"]);
    expect(timeOf(text, "5,000 tons")).toEqual([1957, null, null, "narrative"]);
  });

  it("takes no dateline from a date inside running text", () => {
    const text =
      "The firm signed a contract in November 1961. Currently it sells 300 tons of wool.";
    expect(timeOf(text, "300 tons")[0]).toBeNull();
  });

  it("does not give a date to a figure in a clause that says its time differs", () => {
    const text =
      "The plant was planned at 400 MW in 2001, but its capacity has since grown to 520 MW.";
    expect(timeOf(text, "400 MW")[0]).toBe(2001);
    expect(timeOf(text, "520 MW")[0]).toBeNull();
  });

  it("binds each year of a list in prose to the figure after it ('in 1985, £12 million; in 1986, …')", () => {
    const text =
      "Exports were: in 1985, £12.1 million; in 1986, £13.4 million; and in 1987, £9.9 million.";
    expect(timeOf(text, "£12.1 million")[0]).toBe(1985);
    expect(timeOf(text, "£13.4 million")[0]).toBe(1986);
    expect(timeOf(text, "£9.9 million")[0]).toBe(1987);
  });

  it("gives the sentence's one date to the figures of its other clauses", () => {
    const text = "In 1994 Poland supplied 150 trucks, 420 tractors and two aircraft.";
    expect(timeOf(text, "420")[0]).toBe(1994);
    expect(timeOf(text, "two")[0]).toBe(1994);
    const valued = "Buyers took some 3,700 tons of tin in 1958, valued at $4.1 million.";
    expect(timeOf(valued, "$4.1 million")[0]).toBe(1958);
  });

  it("dates a weekday of a dated story in the dateline's year, but not in January", () => {
    const story = (date: string, day: string) =>
      `OSLO, ${date} - Trade news from the coast.\n\nThe bank${day} signed a credit of $14 million.`;
    expect(timeOf(story("May 7, 2009", " on Thursday"), "$14 million")[0]).toBe(2009);
    expect(timeOf(story("May 7, 2009", ""), "$14 million")[0]).toBeNull();
    expect(timeOf(story("January 2, 2009", " on Thursday"), "$14 million")[0]).toBeNull();
  });

  it("gives each clause its own time when a sentence names last year and this year", () => {
    const text =
      "HAVANA, June 2, 1994 - The mill ground 40,000 tons of cane last year, and 52,000 tons are due this year.";
    expect(timeOf(text, "40,000 tons")[0]).toBe(1993);
    expect(timeOf(text, "52,000 tons")[0]).toBe(1994);
    // So too "this year" and "next year" in one clause.
    const plan =
      "HAVANA, June 2, 1994 - The buyers will take 60,000 tons of sugar this year and up to 80,000 tons next year.";
    expect(timeOf(plan, "60,000 tons")[0]).toBe(1994);
    expect(timeOf(plan, "80,000 tons")[0]).toBe(1995);
  });

  it("takes no date from a compared clause or a compared year", () => {
    const against = "In 1964 wool fetched 41 cents a pound, against 35 cents in 1961.";
    expect(timeOf(against, "41 cents")[0]).toBe(1964);
    expect(
      timeOf("Wool fetched 41 cents a pound, against 35 cents in 1961.", "41 cents")[0],
    ).toBeNull();
    const base = "Sales of tin reached 900 tons, twice the 1958 level.";
    expect(timeOf(base, "900 tons")[0]).toBeNull();
    const over = "In 1965 steel output rose by 70 per cent over 1958.";
    expect(timeOf(over, "70 per cent")[0]).toBe(1965);
  });

  it("takes no date from another clause for a clause that names its own year in words", () => {
    const text =
      "The war ended in 1945, and in that year the port handled 3 million tons of grain.";
    expect(timeOf(text, "3 million tons")[0]).not.toBe(1945);
  });

  it("reads a year whose 1s were read by OCR as letters", () => {
    expect(timeOf("In l97l the port shipped 8,000 tons of wool.", "8,000 tons")[0]).toBe(1971);
  });

  it("dates a telegram by its date-time group", () => {
    const cable = [
      "CONFIDENTIAL",
      "R 081200Z NOV 71",
      "FM AMEMBASSY LIMA",
      "SUBJECT: FISHMEAL SALES",
      "",
      "1. PERU SOLD 40,000 MT OF FISHMEAL TO USSR LAST YEAR AND EXPECTS 55,000 MT THIS YEAR.",
    ].join("\n");
    expect(timeOf(cable, "40,000 MT")[0]).toBe(1970);
    expect(timeOf(cable, "55,000 MT")[0]).toBe(1971);
  });

  it("reads a telegram's counts in capitals, 'now' and 'a year ago' each in its own clause", () => {
    const cable = [
      "R 081200Z NOV 71",
      "FM AMEMBASSY LIMA",
      "",
      "1. WE COUNT 40 SOVIET ENGINEERS NOW IN PERU, UP FROM 25 ENGINEERS A YEAR AGO.",
    ].join("\n");
    expect(timeOf(cable, "40")[0]).toBe(1971);
    expect(timeOf(cable, "25 ENGINEERS")[0]).toBe(1970);
  });

  it("dates 'last October' by the dateline: the October before it", () => {
    const memo = (date: string) =>
      `AIRGRAM\nTO: Department of State\nFROM: Amembassy LIMA\nDATE: ${date}\nSUBJECT: Trade with the USSR\n\n` +
      "1. Soviet buyers took 300 tons of wool in 1968.\n\n" +
      "2. Eleven firms came to the fair last October, and three signed orders.";
    expect(timeOf(memo("March 18, 1969"), "Eleven")[0]).toBe(1968);
    expect(timeOf(memo("November 30, 1969"), "Eleven")[0]).toBe(1969);
  });

  it("dates a clause's month without a year by the dateline when the sentence's year is a compared one's", () => {
    const memo = (date: string) =>
      `AIRGRAM\nTO: Department of State\nDATE: ${date}\nSUBJECT: Wool\n\n` +
      "1. Buyers took 9,100 tons of wool between January and May, compared with 5,200 tons in the same months of 1970.";
    expect(timeOf(memo("June 2, 1971"), "9,100 tons")[0]).toBe(1971);
    expect(timeOf(memo("June 2, 1971"), "5,200 tons")[0]).toBe(1970);
    // A month after the dateline's is no month of its year.
    expect(timeOf(memo("March 2, 1971").replace("January", "October"), "9,100 tons")[0]).toBeNull();
  });

  it("dates what a dated release says happened 'today' in the dateline's year", () => {
    const release =
      "Quito, 4 May 2016\n\nThe old plant opened in 1998. The minister inaugurated today a plant of 120 MW.";
    expect(timeOf(release, "120 MW")).toEqual([2016, null, null, "narrative"]);
  });

  it("takes no year a sentence compares with for the narrative or the paragraph ('against 410 tons in 1984')", () => {
    const text =
      "In 1985 deliveries of oil reached 540 thousand tons, against 410 thousand tons in 1984. " +
      "The Soviet side also delivered 1,250 trucks.";
    expect(timeOf(text, "410 thousand tons")[0]).toBe(1984);
    expect(timeOf(text, "1,250")).toEqual([1985, null, null, "narrative"]);
    // "in comparison with 1984" is a comparison base, as "compared with 1984" is.
    expect(
      timeOf("Turnover in 1985 rose 40 per cent in comparison with 1984.", "40 per cent")[0],
    ).toBe(1985);
  });

  it("dates a yearbook's 'period under review', and its flows, by the year of its title", () => {
    // Through the document pipeline: the title is a line of its own, a blank line under it.
    const body =
      "The agreement of 1982 was renewed in 1984. In the period under review, deliveries of oil " +
      "amounted to 540 thousand tons. Exports of machinery reached 37 million roubles.";
    const yearbook = `USSR FOREIGN TRADE IN 1985\n\n${body}`;
    expect(yearOf(yearbook, "540 thousand tons")).toBe(1985);
    expect(yearOf(yearbook, "37 million roubles")).toBe(1985);
    // No title's year: the paragraph's two years date neither.
    expect(yearOf(`USSR FOREIGN TRADE\n\n${body}`, "37 million roubles")).toBeNull();
    // A first line that runs on into the text is no title.
    expect(yearOf(`Trade in 1985 ${body}`, "37 million roubles")).toBeNull();
    // A subtitle or a byline may stand under the title before the blank line.
    const subtitled = `USSR FOREIGN TRADE IN 1985\n(Commentary to the tables; translated)\n\n${body}`;
    expect(yearOf(subtitled, "37 million roubles")).toBe(1985);
    // Three lines of prose are no title and subtitle.
    const prose = `USSR foreign trade in 1985\nwas reviewed by the ministry,\nwhich found that\n\n${body}`;
    expect(yearOf(prose, "37 million roubles")).toBeNull();
  });

  it("dates a report's flows by the year its subtitle reports on when the title states none", () => {
    // The body names another year first: only the title's year can date the second paragraph.
    const body =
      "Trade under the agreement of 1962 grew steadily.\n\nExports of machinery reached 37 million roubles.";
    const issued = (subtitle: string) =>
      yearOf(
        `MINISTRY OF FOREIGN TRADE\n${subtitle}\nMoscow, 12 March 1986\n\n${body}`,
        "37 million roubles",
      );
    expect(issued("Bulletin 3/1986: trade with Peru in 1985")).toBe(1985);
    expect(issued("Review of trade with Peru for 1985")).toBe(1985);
    // A year that only names the issue, and the date line, date the document, not its figures.
    expect(issued("Annual Bulletin 1986")).toBeNull();
  });

  it("dates a section's flows by the one year its heading states, as a title's", () => {
    const section = (heading: string) =>
      [
        "Ministry of Foreign Trade",
        "",
        "The review covers the region. It was compiled in 1986.",
        "",
        heading,
        "",
        "Exports to Peru came to 15.1 million roubles, against 12.4 million roubles in 1984.",
        "",
        "Imports from Colombia reached 27.9 million roubles.",
      ].join("\n");
    expect(
      yearOf(section("II. TRADE WITH THE ANDEAN COUNTRIES, 1985"), "27.9 million roubles"),
    ).toBe(1985);
    // A heading without a year, or with two, dates nothing.
    expect(
      yearOf(section("II. TRADE WITH THE ANDEAN COUNTRIES"), "27.9 million roubles"),
    ).toBeNull();
    expect(yearOf(section("II. TRADE, 1984 AND 1985"), "27.9 million roubles")).toBeNull();
    // A date line is the document's date, not a section's year.
    expect(yearOf(section("Lima, 14 March 1985"), "27.9 million roubles")).toBeNull();
    // Above the body, a line under a title that states its year dates the issue, not the figures.
    const issue = [
      "SOVIET TRADE WITH LATIN AMERICA, 1977",
      "",
      "Statistical Bulletin No. 4, 1978",
      "",
      "Exports to Peru came to 15.1 million roubles, against 12.4 million roubles in 1976.",
      "",
      "Imports from Colombia reached 27.9 million roubles.",
    ].join("\n");
    expect(yearOf(issue, "27.9 million roubles")).toBe(1977);
  });

  it("gives a paragraph the year a sentence without figures names against the dateline", () => {
    const interview = [
      "Lima, 21 November 2013",
      "",
      "Q: How did trade go last year?",
      "A: Last year was our best so far. Exports came to about 48 million dollars.",
    ].join("\n");
    expect(yearOf(interview, "48 million dollars")).toBe(2012);
    // A sentence with figures of its own keeps its "last year" to them.
    const memo = [
      "Lima, 21 November 2013",
      "",
      "Poland bought 4,200 tons of bananas last year. Hungary delivered 300 tractors worth $1.1 million.",
    ].join("\n");
    expect(yearOf(memo, "4,200 tons")).toBe(2012);
    expect(yearOf(memo, "$1.1 million")).not.toBe(2012);
  });

  it("dates no bulleted item by a year the item before it states", () => {
    const items = [
      "GAZ: 200 buses, with a first batch of forty buses due in 2017;",
      "KAMAZ: a contract for 120 dump trucks worth €9.8 million.",
    ];
    const report = (lines: string[]) =>
      ["Fair report", "", "The exporters signed 19 contracts. The largest include:", ...lines].join(
        "\n",
      );
    expect(yearOf(report(items.map((l) => `- ${l}`)), "€9.8 million")).toBeNull();
    // Sentences of a paragraph carry its year on.
    const prose = report([
      "GAZ sold 200 buses, with a first batch of forty buses due in 2017.",
      "KAMAZ signed a contract for 120 dump trucks worth €9.8 million.",
    ]);
    expect(yearOf(prose, "€9.8 million")).toBe(2017);
  });

  it("takes the year bracketed right after a figure as its own", () => {
    const text =
      "Exports to Peru: 12.4 million roubles (1984); 15.1 million roubles (1985); imports 9.6 million roubles (1983-85 average).";
    expect(timeOf(text, "12.4 million roubles")).toEqual([1984, null, null, "stated"]);
    expect(timeOf(text, "15.1 million roubles")).toEqual([1985, null, null, "stated"]);
    expect(timeOf(text, "9.6 million roubles")).toEqual([null, 1983, 1985, "stated"]);
  });

  it("gives a year that labels a bracketed figure to that figure alone ('(2015: 538,000 tonnes)')", () => {
    const text =
      "In 2016 purchases of urea rose to 412,000 tonnes (2015: 380,000 tonnes) and potash fell to 96,000 tonnes (2015: 110,000 tonnes).";
    expect(timeOf(text, "412,000 tonnes")[0]).toBe(2016);
    expect(timeOf(text, "380,000 tonnes")[0]).toBe(2015);
    expect(timeOf(text, "96,000 tonnes")[0]).toBe(2016);
    expect(timeOf(text, "110,000 tonnes")[0]).toBe(2015);
  });

  it("reads an analyst's fiscal year, half and quarter shorthand as the year ('FY2014', '1H12', '3Q98')", () => {
    expect(timeOf("Revenue from the region reached RUB 9.6 bn in FY2014.", "RUB 9.6 bn")[0]).toBe(
      2014,
    );
    expect(timeOf("Output averaged about 88k bpd in 1H12, up 9% y/y.", "88k bpd")[0]).toBe(2012);
    expect(timeOf("Exports fell to $40 million in 3Q98.", "$40 million")[0]).toBe(1998);
    expect(timeOf("Sales were $12 million in FY14/15.", "$12 million").slice(1, 3)).toEqual([
      2014, 2015,
    ]);
    // Letters and digits of a code are no year.
    expect(timeOf("The HQ12 model sold 40 units.", "40")[0]).toBeNull();
  });

  it("leaves the year unknown when nothing dates the claim", () => {
    expect(timeOf("The plant employs 1,200 workers.", "1,200")).toEqual([
      null,
      null,
      null,
      "unknown",
    ]);
  });

  it("dates the figure right before 'the next year' or 'a year earlier' from the year the sentence states", () => {
    const text =
      "In 1980 the two governments signed an agreement. Grain deliveries reached 13.2 million tons in 1981, then eased to 8.4 million tons the next year.";
    expect(timeOf(text, "13.2 million")[0]).toBe(1981);
    expect(timeOf(text, "8.4 million")[0]).toBe(1982);
    const earlier =
      "Soviet purchases rose to 5 million tons in 1985 from 4 million tons a year earlier.";
    expect(timeOf(earlier, "5 million")[0]).toBe(1985);
    expect(timeOf(earlier, "4 million")[0]).toBe(1984);
  });

  it("dates 'a year earlier' from the figure it is compared with, and never moves the narrative by it", () => {
    const text = [
      "MOSCOW, March 3, 1998 (Reuters) - Russia will ship 3.0 million tonnes of oil to Cuba this year.",
      "The swap is larger than last year's, when Cuba shipped 1.1 million tonnes of sugar.",
      "Sugar will be valued at 11.8 cents a pound, below the 12.1 cents a pound agreed a year earlier, an official told Reuters.",
      "Oil shipments in the first quarter are expected to total 750,000 tonnes, up from 600,000 tonnes a year earlier, he said.",
    ].join(" ");
    expect(timeOf(text, "1.1 million")[0]).toBe(1997);
    expect(timeOf(text, "11.8 cents")[0]).toBe(1998);
    expect(timeOf(text, "12.1 cents")[0]).toBe(1997);
    expect(timeOf(text, "600,000")[0]).toBe(1997);
    expect(timeOf(text, "750,000")[0]).not.toBe(1996);
  });

  it("gives a figure the relative year right after it over a year stated for another figure", () => {
    const text =
      "MOSCOW, March 3, 1998 (Reuters) - Russia's share of Cuban sugar exports slipped to 28 percent last year from 35 percent in 1996.";
    expect(timeOf(text, "28 percent")[0]).toBe(1997);
    expect(timeOf(text, "35 percent")[0]).toBe(1996);
  });

  it("reads 'compared with the previous year' as a base, no figure's year", () => {
    const text =
      "In 1985 exports reached 5 million tons. Imports rose 5 percent compared with the previous year.";
    expect(timeOf(text, "5 percent")[0]).not.toBe(1984);
  });

  it("keeps the year of a compared figure and of a target to their own figures", () => {
    const text = [
      "MOSCOW, March 14, 2018 - Exports rose 19% to $2.9 billion in 2017.",
      "Turnover reached $5.2 billion, up 5.5 percent from $4.9 billion in 2016 but short of the $10 billion target set for 2020.",
      "Fertilizer shipments came to 7 million tonnes, up from 5.8 million tonnes a year earlier.",
    ].join(" ");
    expect(timeOf(text, "$4.9 billion")[0]).toBe(2016);
    expect(timeOf(text, "$10 billion")[0]).toBe(2020);
    expect(timeOf(text, "5.5 percent")[0]).not.toBe(2016);
    expect(timeOf(text, "5.5 percent")[0]).not.toBe(2020);
    // The narrative never moved to the target's year.
    expect(timeOf(text, "5.8 million")[0]).not.toBe(2019);
  });

  it("takes no year from a compared share written with a glued percent sign ('compared with 31% in 2002')", () => {
    const text =
      "Shipments of 2.39 million tonnes represented 38% of wheat exports, compared with 31% in 2002.";
    expect(timeOf(text, "38%")[0]).not.toBe(2002);
    expect(timeOf(text, "31%")[0]).toBe(2002);
    const dated = yearOf(`WHEAT REVIEW 2003\n\n${text}`, "38%");
    expect(dated).toBe(2003);
  });

  it("binds a compared figure's year a few words on, and 'of 2016' after 'triple the'", () => {
    const text =
      "The USSR undertook to supply 250,000 tons of oil in 1991, against 500,000 tons delivered in 1990.";
    expect(timeOf(text, "250,000")[0]).toBe(1991);
    expect(timeOf(text, "500,000")[0]).toBe(1990);
    const triple =
      "Brazil bought 615,000 tonnes of wheat in 2017, more than triple the 190,000 tonnes of 2016.";
    expect(timeOf(triple, "190,000")[0]).toBe(2016);
    expect(timeOf(triple, "triple")[0]).not.toBe(2016);
  });

  it("dates a change set after a dated figure by that figure's year", () => {
    const text =
      "Trade reached US$1.1 billion in 2008, up 28 percent on the previous year, but fell by 14 percent in the first half of 2009.";
    expect(timeOf(text, "28 percent")[0]).toBe(2008);
    expect(timeOf(text, "14 percent")[0]).toBe(2009);
  });

  it("does not move the narrative to a year compared with ('over the 1965 level', 'against ... in 1954')", () => {
    const text = [
      "Soviet buying increased sharply in 1955. Shipments totalled 21,660 tons, against 12,400 tons in 1954.",
      "The agency purchased 9,830 tons of wool during the year.",
    ].join(" ");
    expect(timeOf(text, "9,830")[0]).toBe(1955);
    const level =
      "Purchases reached 40,000 tons in 1966. They spoke of raising cotton purchases by 50 per cent over the 1965 level of 900 tons.";
    expect(timeOf(level, "50 per cent")[0]).not.toBe(1965);
  });

  it("reads a month in a cable's capitals as a month without a year, in the dateline's", () => {
    const cable = [
      "R 191530Z OCT 76",
      "FM AMEMBASSY LIMA",
      "SUBJECT: SOVIET CREDITS",
      "",
      "1. USD 25 MLN SOVIET CREDIT LINE EXTENDED IN 1970 REMAINS LARGELY UNUSED.",
      "",
      "2. DURING AUGUST VISIT SOVIET DEPUTY MINISTER OFFERED NEW CREDIT OF UP TO USD 100 MLN.",
      "",
      "3. SOVIETS WILL TRAIN 150 PERUVIAN FISHERMEN ANNUALLY.",
    ].join("\n");
    expect(timeOf(cable, "USD 25 MLN")[0]).toBe(1970);
    expect(timeOf(cable, "USD 100 MLN")[0]).toBe(1976);
    expect(claimOf(extract(cable).claims, "150").noun).toBe("PERUVIAN FISHERMEN");
  });

  it("moves the year by several for 'two years later' and 'three years earlier', and makes no claim of the step", () => {
    const text =
      "I arrived in Buenos Aires in the autumn of 1958. Two years later I was sent to Havana, where we unloaded 26 tankers.";
    expect(timeOf(text, "26")[0]).toBe(1960);
    expect(extract(text).claims.map((c) => c.text)).toEqual(["26"]);
    const earlier =
      "Beans supplied about 45 percent of green coffee imports in 2013, up from 38 percent three years earlier.";
    expect(timeOf(earlier, "45 percent")[0]).toBe(2013);
    expect(timeOf(earlier, "38 percent")[0]).toBe(2010);
  });

  it("gives the year of 'the 1978 level of' to its figure, and a year to the 'when' clause after it", () => {
    const text =
      "Exports rose to US$ 3,620 million in 1980, almost four times the 1978 level of US$ 940 million. Sales jumped to US$ 1,614 million in 1980, when the Soviet market absorbed 33.7% of Argentine exports.";
    expect(timeOf(text, "US$ 940 million")[0]).toBe(1978);
    expect(timeOf(text, "US$ 3,620 million")[0]).toBe(1980);
    expect(timeOf(text, "33.7%")[0]).toBe(1980);
  });

  it("carries the previous sentence's year to 'The sum' that refers back to its deal", () => {
    const text =
      "In 1958 we were negotiating the big credit with Frondizi's people.\n\nThe sum was a hundred million dollars at two and a half per cent.";
    expect(timeOf(text, "a hundred million dollars")[0]).toBe(1958);
    expect(timeOf(text, "two and a half per cent")[0]).toBe(1958);
  });

  it("takes no title year from a deadline in a headline ('to deliver ... by early 2018')", () => {
    const text = [
      "Russian Helicopters to deliver 24 helicopters to Peru by early 2018",
      "",
      "MOSCOW, May 12. /TASS/. Russia will deliver the helicopters to the Peruvian Army, the company said.",
      "",
      "Rosoboronexport has said that Latin America accounts for about 5% of its order portfolio.",
    ].join("\n");
    expect(timeOf(text, "5%")[0]).not.toBe(2018);
    // A title that states its year dates the report's flows.
    expect(timeOf(text.replace("by early 2018", "in 2016"), "5%")[0]).toBe(2016);
  });

  it("makes no claim of 'the same two years', the span of another claim", () => {
    const text =
      "Grain exports reached 4 million tons in 1980 and 1981. Over the same two years Argentine sales to the USSR rose to $3.2 billion.";
    expect(extract(text).claims.map((c) => c.text)).toEqual(["4 million tons", "$3.2 billion"]);
  });
});
