import { describe, expect, it } from "vitest";
import { claimOf, extract } from "./helpers.ts";

describe("commodityOf / partiesOf / entityOf", () => {
  it("takes the commodity after 'of', then from the clause", () => {
    const { claims } = extract(
      "Peru shipped 30,000 tons of fishmeal and 12,000 tons of cotton to Hungary.",
    );
    expect(claimOf(claims, "30,000").commodity).toBe("fishmeal");
    expect(claimOf(claims, "12,000").commodity).toBe("cotton");
  });

  it("follows a sentence that refers back, and gives up when the context is ambiguous", () => {
    const back = extract(
      "Poland agreed to buy Ecuadorian bananas for three years. The deal was worth $14 million.",
    ).claims;
    expect(claimOf(back, "$14 million").commodity).toBe("bananas");
    const mixed = extract(
      "Sugar, coffee and cotton dominate the list. Trade reached $90 million.",
    ).claims;
    expect(claimOf(mixed, "$90 million").commodity).toBeNull();
  });

  it("reads direction from 'from X' and 'to X'", () => {
    const c = claimOf(
      extract("Bolivia exported 5,000 tons of tin from Bolivia to Czechoslovakia.").claims,
      "5,000",
    );
    expect(c.parties).toEqual(["Bolivia", "Czechoslovakia"]);
    expect([c.party_from, c.party_to]).toEqual(["Bolivia", "Czechoslovakia"]);
  });

  it("names the plant or project next to a capacity", () => {
    const text =
      "The firm supplied turbines for Rio Claro HPP (two 95 MW units) and the “Punta Alta” plant totaling 410 megawatts.";
    const { claims } = extract(text);
    expect(claimOf(claims, "95 MW").entity).toBe("Rio Claro");
    expect(claimOf(claims, "410 megawatts").entity).toBe("Punta Alta");
  });

  it("finds the facility of a footnote's claim through the body sentence that cites it", () => {
    const text =
      "The largest dam is the plant at Cerro Azul.7 Its turbines are Polish.8 Each of them has 180 megawatts.";
    const { claims } = extract(text, [{ number: 8, text: "Each of them has 180 megawatts." }]);
    expect(claimOf(claims, "180 megawatts").entity).toBe("Cerro Azul");
  });
});
