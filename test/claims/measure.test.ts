import { describe, expect, it } from "vitest";
import { measureOf } from "../../pipeline/claims/measure.ts";

describe("measureOf(unit, noun, fallback)", () => {
  it("puts counts of people under one key whatever noun names them", () => {
    for (const noun of ["people", "victims", "wounded", "civilians killed", "Refugees"]) {
      expect(measureOf("count", noun, "other")).toBe("count:people");
    }
  });

  it("keeps other counted things apart by their noun", () => {
    expect(measureOf("count", "fighter jets", "other")).toBe("count:fighter jets");
    expect(measureOf("count", "turbines", "other")).not.toBe(measureOf("count", "tanks", "other"));
  });

  it("groups measured values by unit and what the claim is about", () => {
    expect(measureOf("USD", null, "loan")).toBe("USD:loan");
    expect(measureOf("t", null, "supply_quota grain")).toBe("t:supply_quota grain");
  });
});
