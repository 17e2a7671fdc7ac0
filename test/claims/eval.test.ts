import { describe, expect, it } from "vitest";
import { evaluate, locateMention, score } from "../../pipeline/claims/index.ts";
import type { Claim } from "../../pipeline/claims/types.ts";
import { SHARED } from "../shared-path.ts";
import { extract, taxonomy } from "./helpers.ts";

const DEV = `${SHARED}/corpus/dev`;
const SEEDS = `${SHARED}/corpus/seeds`;

describe("locateMention(raw, mention, occurrence)", () => {
  it("counts raw occurrences from the previous hit + 1, including hits inside longer numbers", () => {
    const raw = "It is 1,250 km from the port and 50 km from the city.";
    expect(locateMention(raw, "50 km", 1)).toEqual([9, 14]);
    expect(locateMention(raw, "50 km", 2)).toEqual([33, 38]);
    expect(locateMention(raw, "50 km", 3)).toBeNull();
  });

  it("matches across collapsed whitespace and maps back to raw offsets", () => {
    const raw = "a credit of 56\n  million dollars.";
    expect(locateMention(raw, "56 million dollars", 1)).toEqual([12, 32]);
  });
});

describe("score(gold, claims)", () => {
  it("matches on document, overlapping span, value and unit", () => {
    const { claims } = extract("The mill sold 500 tons of wool. The plant has 90 MW.");
    const gold = [
      {
        line: 1,
        doc: "synthetic",
        mention: "500 tons",
        occurrence: 1,
        low: 500,
        high: 500,
        unit: "t",
        category: "trade_volume",
        commodity: "wool",
        year: null,
        start: 14,
        end: 22,
      },
      {
        line: 2,
        doc: "synthetic",
        mention: "90 MW",
        occurrence: 1,
        low: 80,
        high: 80,
        unit: "MW",
        category: "power_capacity",
        commodity: null,
        year: null,
        start: 46,
        end: 51,
      },
    ];
    const s = score(gold, claims as Claim[]);
    expect(s.matched.map((m) => m.gold.mention)).toEqual(["500 tons"]);
    expect(s.misses.map((m) => m.mention)).toEqual(["90 MW"]);
    expect(s.falsePositives.map((c) => c.text)).toEqual(["90 MW"]);
    expect([s.precision, s.recall, s.f1]).toEqual([0.5, 0.5, 0.5]);
    expect(s.accuracy.category).toBe(1);
  });
});

describe("evaluate(gold, docs) on the shared corpora", () => {
  it("meets the dev targets: claim F1 >= 0.85 and category accuracy >= 0.85", async () => {
    const s = await evaluate(`${DEV}/gold.jsonl`, `${DEV}/docs`, taxonomy);
    expect(s.f1).toBeGreaterThanOrEqual(0.85);
    expect(s.accuracy.category).toBeGreaterThanOrEqual(0.85);
  });

  it("keeps F1 and category accuracy >= 0.85 on the synthetic documents of test/fixtures/claims", async () => {
    const s = await evaluate(
      "test/fixtures/claims/gold.jsonl",
      "test/fixtures/claims/docs",
      taxonomy,
    );
    expect(s.f1).toBeGreaterThanOrEqual(0.85);
    expect(s.accuracy.category).toBeGreaterThanOrEqual(0.85);
  });

  it("finds every seed claim with its value, unit, category, year, footnote, citation and entity", async () => {
    const s = await evaluate(`${SEEDS}/gold.jsonl`, "data/raw", taxonomy);
    expect(s.misses.map((g) => g.mention)).toEqual([]);
    for (const { gold: g, claim: c } of s.matched) {
      const got = {
        category: c.category,
        year: c.year,
        footnote: c.footnote,
        entity: c.entity,
        cites: c.citation?.includes(g.citation_contains ?? ""),
      };
      const want = {
        category: g.category,
        year: g.year,
        footnote: g.footnote ?? c.footnote,
        entity: g.entity ?? c.entity,
        cites: g.citation_contains ? true : got.cites,
      };
      expect({ mention: g.mention, ...got }).toEqual({ mention: g.mention, ...want });
    }
  });

  // Both sets are described in test/fixtures/claims/heldout/README.md. The held-out style set was
  // written before the rules were revised (reached F1 0.981, category 0.968, year 0.809); the
  // blind sets by sessions that never saw the code (reached F1 0.962, category 0.921; F1 0.985,
  // category 0.949, year 0.798; F1 0.975, category 0.909, year 0.805; F1 0.995, category 0.957,
  // year 0.739; F1 0.968, category 0.838, year 0.676; F1 0.984, category 0.959, year 0.787;
  // F1 0.980, category 0.893, year 0.719; F1 0.982, category 0.928, year 0.783;
  // F1 0.959, category 0.923, year 0.542; F1 0.906, category 0.757, year 0.757; F1 0.978, category 0.851, year 0.552;
  // F1 0.920, category 0.921, year 0.825; F1 0.981, category 0.859, year 0.808;
  // F1 1.000, category 0.901, year 0.703; F1 0.945, category 0.766, year 0.740;
  // F1 0.971, category 0.800, year 0.647; F1 1.000, category 0.946, year 0.837;
  // F1 0.980, category 0.917, year 0.708; F1 0.955, category 0.891, year 0.766;
  // F1 0.978, category 0.691, year 0.588; F1 0.929, category 0.862, year 0.708;
  // F1 0.993, category 0.986, year 0.714; F1 0.978, category 0.746, year 0.746; F1 0.973,
  // category 0.564, year 0.582, scored once; F1 0.994, category 0.989, year 0.911; F1 0.974,
  // category 0.932, year 0.568; F1 0.989, category 0.843, year 0.775;
  // F1 0.994, category 0.878, year 0.793; F1 0.948, category 0.712, year 0.685;
  // F1 0.926, category 0.821, year 0.589; F1 0.981, category 0.909, year 0.662 (0.416 at its
  // first run); F1 0.994, category 0.883, year 0.766; F1 0.951, category 0.926, year 0.750;
  // F1 0.954, category 0.904, year 0.671).
  // The floors let
  // two or three claims move.
  it.each([
    { set: "heldout", gold: 150, f1: 0.96, category: 0.94, year: 0.78 },
    { set: "heldout/blind", gold: 80, f1: 0.93, category: 0.88, year: 0.84 },
    { set: "heldout/blind2", gold: 100, f1: 0.91, category: 0.9, year: 0.74 },
    { set: "heldout/blind3", gold: 80, f1: 0.94, category: 0.86, year: 0.76 },
    { set: "heldout/blind4", gold: 92, f1: 0.96, category: 0.92, year: 0.7 },
    { set: "heldout/blind5", gold: 110, f1: 0.94, category: 0.8, year: 0.58 },
    { set: "heldout/blind6", gold: 125, f1: 0.95, category: 0.92, year: 0.72 },
    { set: "heldout/blind7", gold: 125, f1: 0.94, category: 0.85, year: 0.66 },
    { set: "heldout/blind8", gold: 170, f1: 0.94, category: 0.89, year: 0.77 },
    { set: "heldout/blind9", gold: 149, f1: 0.93, category: 0.88, year: 0.62 },
    { set: "heldout/blind10", gold: 125, f1: 0.87, category: 0.73, year: 0.69 },
    { set: "heldout/blind11", gold: 90, f1: 0.94, category: 0.8, year: 0.5 },
    { set: "heldout/blind12", gold: 72, f1: 0.88, category: 0.86, year: 0.76 },
    { set: "heldout/blind13", gold: 80, f1: 0.94, category: 0.8, year: 0.78 },
    { set: "heldout/blind14", gold: 91, f1: 0.96, category: 0.86, year: 0.71 },
    { set: "heldout/blind15", gold: 81, f1: 0.9, category: 0.72, year: 0.69 },
    { set: "heldout/blind16", gold: 88, f1: 0.93, category: 0.76, year: 0.6 },
    { set: "heldout/blind17", gold: 92, f1: 0.96, category: 0.9, year: 0.79 },
    { set: "heldout/blind18", gold: 99, f1: 0.94, category: 0.87, year: 0.66 },
    { set: "heldout/blind19", gold: 67, f1: 0.91, category: 0.84, year: 0.7 },
    { set: "heldout/blind20", gold: 71, f1: 0.94, category: 0.64, year: 0.54 },
    { set: "heldout/blind21", gold: 69, f1: 0.89, category: 0.81, year: 0.66 },
    { set: "heldout/blind22", gold: 71, f1: 0.95, category: 0.93, year: 0.7 },
    { set: "heldout/blind23", gold: 69, f1: 0.94, category: 0.7, year: 0.74 },
    { set: "heldout/blind24", gold: 56, f1: 0.93, category: 0.5, year: 0.52 },
    { set: "heldout/blind25", gold: 90, f1: 0.96, category: 0.95, year: 0.86 },
    { set: "heldout/blind26", gold: 75, f1: 0.93, category: 0.88, year: 0.5 },
    { set: "heldout/blind27", gold: 90, f1: 0.95, category: 0.8, year: 0.72 },
    { set: "heldout/blind28", gold: 82, f1: 0.95, category: 0.83, year: 0.74 },
    { set: "heldout/blind29", gold: 80, f1: 0.91, category: 0.66, year: 0.63 },
    { set: "heldout/blind30", gold: 61, f1: 0.88, category: 0.76, year: 0.52 },
    { set: "heldout/blind31", gold: 80, f1: 0.94, category: 0.86, year: 0.6 },
    { set: "heldout/blind32", gold: 77, f1: 0.95, category: 0.83, year: 0.7 },
    { set: "heldout/blind33", gold: 72, f1: 0.9, category: 0.87, year: 0.7 },
    { set: "heldout/blind34", gold: 79, f1: 0.91, category: 0.86, year: 0.62 },
  ])("keeps F1 >= $f1, category >= $category and year >= $year on $set", async (floor) => {
    const dir = `test/fixtures/claims/${floor.set}`;
    const s = await evaluate(`${dir}/gold.jsonl`, `${dir}/docs`, taxonomy);
    expect(s.gold).toBeGreaterThanOrEqual(floor.gold);
    expect(s.f1).toBeGreaterThanOrEqual(floor.f1);
    expect(s.accuracy.category).toBeGreaterThanOrEqual(floor.category);
    expect(s.accuracy.year).toBeGreaterThanOrEqual(floor.year);
  });
});
