import { describe, expect, it } from "vitest";
import { claimOf, extract } from "./helpers.ts";

const categoryOf = (text: string, mention: string) =>
  claimOf(extract(text).claims, mention).category;

describe("classify(quantity, sentence, neighbours)", () => {
  it("reads loans, credits and their terms as loan", () => {
    expect(
      categoryOf("The bank granted a 250 million dollar loan to the utility.", "250 million"),
    ).toBe("loan");
    expect(
      categoryOf(
        "Ottawa opened a credit line of $75 million for the purchase of tractors.",
        "$75 million",
      ),
    ).toBe("loan");
    expect(
      categoryOf(
        "The lender will finance 70% of the cost with a 12-year loan at a 4.5% annual interest rate.",
        "70%",
      ),
    ).toBe("loan");
    expect(
      categoryOf(
        "The lender will finance 70% of the cost with a 12-year loan at a 4.5% annual interest rate.",
        "4.5%",
      ),
    ).toBe("loan");
  });

  it("reads money values of deals, contracts and investments as trade_value", () => {
    expect(categoryOf("The contract for the pumps was worth $12 million.", "$12 million")).toBe(
      "trade_value",
    );
    expect(
      categoryOf("The refinery will require a US$2.3 billion investment.", "US$2.3 billion"),
    ).toBe("trade_value");
  });

  it("keeps a balance-of-payments deficit and prices per unit out of trade_value", () => {
    expect(
      categoryOf("Exports narrowed Peru's $210-million balance-of-payments deficit.", "$210"),
    ).toBe("other");
    expect(categoryOf("Buyers paid $4.10 a bushel for the maize.", "$4.10")).toBe("other");
  });

  it("reads shares of exports and imports as export_share, other percentages as other", () => {
    expect(categoryOf("In 1990 Chile sold 35% of its copper exports to Japan.", "35%")).toBe(
      "export_share",
    );
    expect(categoryOf("The governor won the elections with 52% of the votes.", "52%")).toBe(
      "other",
    );
  });

  it("separates agreed quotas from single sales", () => {
    expect(
      categoryOf(
        "Under the agreement Peru will deliver 200,000 tons of fishmeal per year.",
        "200,000 tons",
      ),
    ).toBe("supply_quota");
    expect(
      categoryOf("A trader sold 15,000 tons of sugar to Poland last spring.", "15,000 tons"),
    ).toBe("trade_volume");
  });

  it("reads power as power_capacity and energy output as other", () => {
    expect(categoryOf("The station has three units of 220 MW.", "220 MW")).toBe("power_capacity");
    expect(categoryOf("The dam will generate about 900 GWh a year.", "900 GWh")).toBe("other");
  });

  it("reads multiples and stated changes as change", () => {
    expect(
      categoryOf("Exports to Hungary grew to four times the level of 1970.", "four times"),
    ).toBe("change");
  });

  it("lets a neighbouring sentence support, but not start, a category", () => {
    const text =
      "Building the dam will take up to six years. A state bank will lend 80% of the cost.";
    expect(claimOf(extract(text).claims, "six years").category).toBe("other");
  });

  it("reads a share of total or foreign trade as export_share", () => {
    expect(
      categoryOf("Bloc trade was under 5 percent of Chile's foreign trade.", "5 percent"),
    ).toBe("export_share");
    expect(categoryOf("Mexico held 40% of the total.", "40%")).toBe("export_share");
  });

  it("reads growth rates and changes against an earlier year as change", () => {
    expect(
      categoryOf("Sales grew at an average annual rate of 6.2 per cent.", "6.2 per cent"),
    ).toBe("change");
    expect(categoryOf("Wool sales were 20 percent less than in 1958.", "20 percent")).toBe(
      "change",
    );
  });

  it("reads a commitment fee as a loan term and spending as other", () => {
    expect(categoryOf("A commitment fee of 0.25 percent applies.", "0.25 percent")).toBe("loan");
    expect(categoryOf("Military spending reached $900 million.", "$900 million")).toBe("other");
  });
});
