// The allocation-free readers (digits read in place, shared token buffer) must read exactly what slicing would.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recognize } from "../../pipeline/quantities/index.ts";

const one = (text: string) => {
  const found = recognize(text).filter((q) => q.kind === "quantity");
  expect(found).toHaveLength(1);
  return found[0];
};

describe("recognize(text) digits read in place", () => {
  it("reads comma-grouped and space-grouped thousands", () => {
    expect(one("It weighs 1,234,567 tons.").low).toBe(1234567);
    expect(one("They sent 1 000 tons.").low).toBe(1000);
    expect(one("It weighs 1,234.75 tons.").low).toBe(1234.75);
  });

  it("refuses groups that are not thousands", () => {
    expect(recognize("It weighs 1,2345 tons.")).toEqual([]);
    expect(recognize("It weighs 1234,567 tons.")).toEqual([]);
  });

  it("rounds numbers past 2^53 the way Number() does", () => {
    const digits = "123456789012345678901";
    expect(one(`They sent ${digits} tons.`).low).toBe(Number(digits));
    const grouped = "9 007 199 254 740 993";
    expect(one(`They sent ${grouped} tons.`).low).toBe(Number(grouped.replace(/ /g, "")));
  });

  it("reads any plain digit string like Number()", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,24}$/), (digits) => {
        const q = recognize(`They shipped ${digits} tons.`).find((x) => x.unit === "t");
        expect(q?.low).toBe(Number(digits));
      }),
      { numRuns: 500 },
    );
  });

  it("reads comma groups like Number() over the digits once they are valid", () => {
    const group = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, "0"));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.array(group, { maxLength: 5 }),
        (head, rest) => {
          const written = [String(head), ...rest].join(",");
          const q = recognize(`They shipped ${written} tons.`).find((x) => x.unit === "t");
          expect(q?.low).toBe(Number(written.replace(/,/g, "")));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("recognize(text) across calls", () => {
  it("gives each call the same answer as a first call", () => {
    const texts = [
      "MINUS 5 degrees",
      "In May 1990 exports rose by 12 percent to $3.5 bn.",
      "USD 5 million went to 3,000 workers.",
      `${"x".repeat(70_000)} and 7 tons`,
    ];
    const alone = texts.map((t) => recognize(t));
    for (let round = 0; round < 3; round++) {
      for (const [k, t] of texts.entries()) expect(recognize(t)).toEqual(alone[k]);
    }
  });

  it("does not carry a marker list into the next call", () => {
    const text = "Sales were 120 tons.";
    const withMarker = recognize(text, { markers: [{ start: 11, end: 14 }] });
    expect(withMarker.some((q) => q.text.startsWith("120"))).toBe(false);
    expect(recognize(text)[0].low).toBe(120);
  });
});

describe("recognize(text) token facts read once by the lexer", () => {
  it("joins a range across each of the five dashes, and not across a figure dash", () => {
    for (const dash of ["-", "‐", "‑", "–", "—"]) {
      const q = one(`Roads of 252${dash}287 miles were built.`);
      expect([q.low, q.high, q.unit]).toEqual([252, 287, "mi"]);
    }
    const figureDash = recognize("Roads of 252‒287 miles were built.");
    expect(figureDash.map((q) => q.low)).toEqual([252, 287]);
  });

  it("reads the digits a marker leaves of a number, not the whole token", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9][0-9]{0,17}$/),
        fc.integer({ min: 1, max: 2 }),
        (head, cut) => {
          const text = `They shipped ${head}${"7".repeat(cut)} tons.`;
          const at = 13 + head.length;
          const q = recognize(text, { markers: [{ start: at, end: at + cut }] }).find(
            (x) => x.unit === "t",
          );
          expect(q?.low).toBe(Number(head));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("takes a sign before a currency as a minus, whichever dash or minus writes it", () => {
    for (const sign of ["-", "–", "−"]) {
      const q = one(`The balance was ${sign}$3 at the close.`);
      expect([q.low, q.unit]).toEqual([-3, "USD"]);
    }
  });
});

describe("recognize(text) hedges read before the number", () => {
  it("reads the sign hedges as well as the word ones", () => {
    expect(one("Output was ~5 tons.").qualifier).toBe("approx");
    expect(one("Output was > 5 tons.").qualifier).toBe("more_than");
    expect(one("Output was <5 tons.").qualifier).toBe("less_than");
    expect(one("Output was nearly 5 tons.").qualifier).toBe("approx");
  });

  it("takes no hedge from a number or another symbol before the number", () => {
    const found = recognize("Lines 12 5 tons and (5 tons).").filter((q) => q.unit === "t");
    expect(found.map((q) => q.qualifier)).toEqual(["exact", "exact"]);
  });
});
