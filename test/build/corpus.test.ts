import { describe, expect, it } from "vitest";
import {
  changeNames,
  changeNumbers,
  namesOf,
  paragraphsOf,
  variation,
} from "../../bench/corpus/mutate.ts";
import { seededRng, shuffle } from "../../bench/corpus/rng.ts";

const TEXT =
  "In 1975 the Ministry of Trade met Mr Ortega.\n\nExports reached 20 million tons, or 12%.\n\nThe Ortega plan cost 150 pesos.";

describe("seededRng(seed)", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = seededRng(1);
    const b = seededRng(1);
    const c = seededRng(2);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("shuffles without losing or adding items", () => {
    expect(shuffle(seededRng(3), [1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("corpus variations", () => {
  it("splits paragraphs at blank lines, or every few lines when there are none", () => {
    expect(paragraphsOf(TEXT)).toHaveLength(3);
    expect(paragraphsOf("a\nb\nc\nd\ne\nf\ng\nh")).toEqual(["a\nb\nc\nd\ne\nf", "g\nh"]);
  });

  it("changes numbers but keeps their length, and moves years by at most 15", () => {
    const changed = changeNumbers("In 1975 exports reached 20 million tons, or 12%.", seededRng(4));
    const digits = changed.match(/\d+/g) ?? [];
    expect(digits.map((d) => d.length)).toEqual([4, 2, 2]);
    expect(Math.abs(Number(digits[0]) - 1975)).toBeLessThanOrEqual(15);
    expect(changed.replace(/\d/g, "#")).toBe("In #### exports reached ## million tons, or ##%.");
  });

  it("swaps only capitalised words that do not start a sentence", () => {
    const names = namesOf([TEXT]);
    expect(names).toEqual(["Ministry", "Ortega", "Trade"]);
    const changed = changeNames(TEXT, ["Lopez", "Ortega"], seededRng(5), 1);
    expect(changed).toContain("Ministry of Trade");
    expect(changed.replace(/Lopez|Ortega/g, "NAME")).toBe(TEXT.replace(/Ortega/g, "NAME"));
    const many = "Then Mr Ortega spoke. ".repeat(10);
    expect(changeNames(many, ["Lopez", "Ortega"], seededRng(5), 1)).toContain("Mr Lopez");
    expect(changed.startsWith("In 1975")).toBe(true);
  });

  it("builds a document of about the target size, the same for the same seed", () => {
    const sources = [paragraphsOf(TEXT)];
    const a = variation(sources, namesOf([TEXT]), 2000, seededRng(6));
    expect(a.length).toBeGreaterThanOrEqual(2000);
    expect(a.length).toBeLessThan(2200);
    expect(variation(sources, namesOf([TEXT]), 2000, seededRng(6))).toBe(a);
  });
});
