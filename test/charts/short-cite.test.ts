import { describe, expect, it } from "vitest";
import { shortTitle, shortWork, surname } from "../../pipeline/charts/index.ts";

describe("surname(authors)", () => {
  it("takes the part before a comma, else the last word that is not an initial", () => {
    expect(surname("Scholar, C.")).toBe("Scholar");
    expect(surname("Writer A.")).toBe("Writer");
    expect(surname("Ann Writer")).toBe("Writer");
    expect(surname("J.-P. Author")).toBe("Author");
    expect(surname("Иванов И")).toBe("Иванов");
  });

  it("marks several authors with et al.", () => {
    expect(surname("Scholar, C.; Analyst, D.")).toBe("Scholar et al.");
  });

  it("is empty when no author is named", () => {
    expect(surname("")).toBe("");
  });
});

describe("shortTitle(title)", () => {
  it("keeps a short title and cuts a long one at a word boundary", () => {
    expect(shortTitle("Grain and credit")).toBe("Grain and credit");
    const cut = shortTitle("Agreement between the two republics on the long-term supply of wool");
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect("Agreement between the two republics on the long-term supply of wool").toContain(
      cut.slice(0, -1),
    );
  });
});

describe("shortWork(work)", () => {
  it("gives surname and year, or the short title when there is no author, never a made-up year", () => {
    expect(shortWork({ id: "w1", authors: "Scholar, C.", title: "Grain", year: 1990 })).toBe(
      "Scholar 1990",
    );
    expect(shortWork({ id: "w2", authors: null, title: "Harbour statistics", year: null })).toBe(
      "Harbour statistics",
    );
    expect(shortWork({ id: "w3" })).toBe("w3");
  });
});
