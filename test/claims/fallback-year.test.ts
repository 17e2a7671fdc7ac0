import { describe, expect, it } from "vitest";
import { claimOf, extract } from "./helpers.ts";

const timeOf = (text: string, mention: string) => {
  const c = claimOf(extract(text).claims, mention);
  return [c.year, c.period_start, c.period_end];
};

describe("anchorTime: the paragraph's and the report's year", () => {
  it("dates the undated figures of a paragraph by the one year it has stated", () => {
    const text = "Chile's copper trade grew in 1975. Sales to Romania reached 30,000 tons.";
    expect(timeOf(text, "30,000")).toEqual([1975, null, null]);
  });

  it("does not carry the year into the next paragraph except for flows of a report about one year", () => {
    const text =
      "Peru's fish catch fell in 1983.\n\nExports of fishmeal reached 900,000 tons. The new port is 12 km long.";
    expect(timeOf(text, "900,000")).toEqual([1983, null, null]);
    expect(timeOf(text, "12 km")[0]).toBeNull();
  });

  it("ignores limits, comparison bases and years that name an event", () => {
    const until = "Talks went on until 1979. Sales to Romania reached 30,000 tons.";
    expect(timeOf(until, "30,000")[0]).toBeNull();
    const event = "After the 1962 congress the mood changed. Sales reached 30,000 tons.";
    expect(timeOf(event, "30,000")[0]).toBeNull();
  });

  it("does not date forecasts or sentences that move away in time", () => {
    const future = "Chile's trade grew in 1975. The new mine will produce 30,000 tons.";
    expect(timeOf(future, "30,000")[0]).toBeNull();
    const later = "Chile's trade grew in 1975. Later the mine produced 30,000 tons.";
    expect(timeOf(later, "30,000")[0]).toBeNull();
  });
});

describe("anchorTime: the dateline of a news item, memo or release", () => {
  const dated = (body: string) => `LIMA, May 4, 1971 - Officials met.\n\n${body}`;

  it("dates what the item reports as current or as said", () => {
    expect(timeOf(dated("The credit carries 3 percent interest."), "3 percent")).toEqual([
      1971,
      null,
      null,
    ]);
    expect(timeOf(dated("Peru will buy 20 trawlers, the minister said."), "20")[0]).toBe(1971);
  });

  it("leaves forecasts undated", () => {
    expect(timeOf(dated("The plant will produce 300 MW."), "300 MW")[0]).toBeNull();
  });

  it("dates the headline above the dateline", () => {
    const text = "Peru buys 40 Soviet trucks.\n\nLIMA, May 4, 1971 - Officials met.";
    expect(timeOf(text, "40")[0]).toBe(1971);
  });

  it("reads 'since' a year up to the dateline as a period", () => {
    expect(timeOf(dated("Peru has bought 14 ships since 1965."), "14")).toEqual([null, 1965, 1971]);
  });

  it("accepts a web page's date line with the time of day and zone after it", () => {
    const text =
      "Peru buys Soviet trucks\n\nTue Jun 3, 1975 5:47pm EDT\n\nLIMA, June 3 (Reuters) - The credit carries 3 percent interest, officials said.";
    expect(timeOf(text, "3 percent")[0]).toBe(1975);
  });

  it("accepts a wire service's header on the document's first line, and not further down", () => {
    const header = "Xinhua General Service in English, 9 May 1977, 10:05 GMT";
    const story =
      "LIMA, May 9 (Xinhua) -- Peru signed a contract for trucks today.\n\nDeliveries of Soviet trucks to Peru fell last year, to 870 units.";
    expect(timeOf(`${header}\nTRUCKS FOR PERU\n\n${story}`, "870 units")[0]).toBe(1976);
    expect(timeOf(`TRUCKS FOR PERU\n${header}\n\n${story}`, "870 units")[0]).toBeNull();
  });

  it("accepts a wire's name in brackets between the dateline's date and the text", () => {
    const text =
      "QUITO, June 4, 2016 (Pacific Mining Wire) - A smelter was sold.\n\nOutput fell last year to 12,000 tonnes.";
    expect(timeOf(text, "12,000 tonnes")[0]).toBe(2015);
  });

  it("reads the figures of the dateline's own sentence against it, not as dated by it", () => {
    const text =
      "LIMA, 9 May 2013 - Exports reached $4 billion last year, up 6% on 2011, the ministry said.";
    expect(timeOf(text, "$4 billion")[0]).toBe(2012);
    expect(timeOf(text, "6%")[0]).toBe(2012);
  });

  it("accepts a release dateline followed by the first sentence on the same line", () => {
    const text = "Moscow, 3 March 2011. The company holds 45% of the market.";
    expect(timeOf(text, "45%")[0]).toBe(2011);
  });
});

describe("statedMention: dates bound to one figure", () => {
  it("reads a table in prose, year then figure", () => {
    const text = "Exports were as follows: 1966, $8 million; 1967, $9 million.";
    expect(timeOf(text, "$8 million")[0]).toBe(1966);
    expect(timeOf(text, "$9 million")[0]).toBe(1967);
  });

  it("gives 'from X in Y1 to Z in Y2' each its own year", () => {
    const text = "Imports rose from $6 million in 1966 to $14 million in 1968.";
    expect(timeOf(text, "$6 million")[0]).toBe(1966);
    expect(timeOf(text, "$14 million")[0]).toBe(1968);
  });

  it("does not read 'in 2010 to 14.2 billion' as a period", () => {
    expect(timeOf("Revenue rose 18% in 2010 to 14.2 billion rubles.", "18%")[0]).toBe(2010);
  });
});
