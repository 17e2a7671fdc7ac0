import { describe, expect, it } from "vitest";
import { claimUnit } from "../../pipeline/claims/claim-unit.ts";
import { extractDocument } from "../../pipeline/claims/index.ts";
import { rawDocument } from "../ingest/raw-document.ts";
import { claimOf, extract, taxonomy } from "./helpers.ts";

describe("claimUnit(q, texts)", () => {
  it("reads a generic peso as the peso of the one such country named nearby", () => {
    const q = { unit: "PESO", per: null, noun: null };
    expect(claimUnit(q, ["Mexican imports cost 80 million pesos."]).unit).toBe("MXN");
    expect(claimUnit(q, ["It cost 80 million pesos.", "Chile signed."]).unit).toBe("CLP");
  });

  it("keeps the generic peso when no country or two peso countries are named", () => {
    const q = { unit: "PESO", per: null, noun: null };
    expect(claimUnit(q, ["It cost 80 million pesos."]).unit).toBe("PESO");
    const two = claimUnit(q, ["Chile paid Mexico 80 million pesos."]);
    expect(two.unit).toBe("PESO");
    expect(two.note).toMatch(/no single country/);
  });

  it("reads any generic currency name by the one country named nearby", () => {
    const franc = { unit: "FRANC", per: null, noun: null };
    expect(claimUnit(franc, ["France lent 40 million francs."]).unit).toBe("FRF");
    expect(claimUnit(franc, ["Swiss banks lent 40 million francs."]).unit).toBe("CHF");
    const shilling = { unit: "SHILLING", per: null, noun: null };
    expect(claimUnit(shilling, ["Kenyan tea fetched Sh 1.4 billion."]).unit).toBe("KES");
    expect(
      claimUnit({ unit: "LIRA/t", per: null, noun: null }, ["Italy paid 9 lire a ton."]).unit,
    ).toBe("ITL/t");
    expect(claimUnit({ unit: "RUPEE", per: null, noun: null }, ["It cost 5 rupees."]).unit).toBe(
      "RUPEE",
    );
  });

  it("reads the koruna of Czechoslovakia, of the Czech Republic or of Slovakia by the country named", () => {
    const koruna = { unit: "KORUNA", per: null, noun: null };
    expect(claimUnit(koruna, ["Czechoslovakia lent 1.2 bln korunas."]).unit).toBe("CSK");
    expect(claimUnit(koruna, ["Slovakia lent 40 million korunas."]).unit).toBe("SKK");
    expect(claimUnit(koruna, ["It cost 5 korunas."]).unit).toBe("KORUNA");
  });

  it("measures goods counted in bags or bales in that container", () => {
    expect(claimUnit({ unit: "count", per: null, noun: "sacks" }, []).unit).toBe("bag");
    expect(claimUnit({ unit: "count", per: null, noun: "bales" }, []).unit).toBe("bale");
    expect(claimUnit({ unit: "count", per: null, noun: "tractors" }, []).unit).toBe("count");
  });

  it("makes a mass or volume per day a daily rate", () => {
    expect(claimUnit({ unit: "t", per: "day", noun: null }, []).unit).toBe("t/d");
    expect(claimUnit({ unit: "t", per: "year", noun: null }, []).unit).toBe("t");
    expect(claimUnit({ unit: "USD", per: "day", noun: null }, []).unit).toBe("USD");
  });
});

describe("claims measured in containers", () => {
  it("classify bagged goods under an agreement as a quota, with their commodity", () => {
    const c = claimOf(
      extract("Under the agreement Peru will deliver 90,000 bags of coffee a year.").claims,
      "90,000",
    );
    expect([c.unit, c.category, c.commodity]).toEqual(["bag", "supply_quota", "coffee"]);
  });

  it("resolve pesos in a synthetic yearbook sentence", () => {
    const c = extract("Uruguayan exports were valued at 310 million pesos.").claims[0];
    expect([c.unit, c.category]).toEqual(["UYU", "trade_value"]);
  });
});

describe("a price per unit named before its figure", () => {
  it("joins the unit to the money figures of its clause, and is a price", () => {
    // Read by the whole pipeline: the test helper's sentences take "4.10" for a marker after "4.".
    const text = "The average price per crate rose to $4.10 from $3.95, and sales were $2 million.";
    const { claims } = extractDocument(rawDocument(text), taxonomy);
    expect(claims.map((c) => [c.text, c.unit])).toEqual([
      ["$4.10", "USD/crate"],
      ["$3.95", "USD/crate"],
      ["$2 million", "USD"],
    ]);
    expect(claimOf(claims, "$4.10").category).toBe("other");
    expect(claimOf(extract("Prices per tonne averaged $238.").claims, "$238").unit).toBe("USD/t");
  });
});
