import { describe, expect, it } from "vitest";
import { lookupUnit, UNITS } from "../../pipeline/quantities/index.ts";
import { lookupPrefix } from "../../pipeline/quantities/units.ts";

describe("UNITS vocabulary", () => {
  it("has one entry per canonical symbol", () => {
    const symbols = UNITS.map((u) => u.unit);
    expect(new Set(symbols).size).toBe(symbols.length);
  });

  it("maps names in any case and plural, and symbols by case", () => {
    expect(lookupUnit("Megawatts")?.unit).toBe("MW");
    expect(lookupUnit("MW")?.unit).toBe("MW");
    expect(lookupUnit("mW")).toBeUndefined();
    expect(lookupUnit("metric tons")?.unit).toBe("t");
    expect(lookupUnit("pounds sterling")?.unit).toBe("GBP");
    expect(lookupUnit("pounds")?.unit).toBe("lb");
    expect(lookupUnit("per cent")?.unit).toBe("%");
    expect(lookupUnit("microgrammes")?.unit).toBe("µg");
    expect(lookupUnit("° Celsius")?.unit).toBe("°C");
  });

  it("reads a dollar currency's code before its sign", () => {
    expect(lookupPrefix("AUD$")?.unit).toBe("AUD");
    expect(lookupPrefix("nzd$")?.unit).toBe("NZD");
    expect(lookupPrefix("MX$")?.unit).toBe("MXN");
    expect(lookupPrefix("EUR$")).toBeUndefined();
  });

  it("does not give one name to two units", () => {
    const owner = new Map<string, string>();
    for (const u of UNITS) {
      for (const name of u.names) {
        const prev = owner.get(name);
        expect(prev === undefined || prev === u.unit, `${name}: ${prev} and ${u.unit}`).toBe(true);
        owner.set(name, u.unit);
      }
    }
  });
});
