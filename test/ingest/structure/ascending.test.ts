// fillAscending writes what a loop writes, from the shared array or, past its cap, one by one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillAscending } from "../../../pipeline/ingest/structure/ascending.ts";

describe("fillAscending(target, at, from, count)", () => {
  it("writes from, from + 1, … at `at` and nothing else", () => {
    const starts = fc.oneof(
      fc.nat({ max: 5000 }),
      fc.integer({ min: (1 << 20) - 40, max: 1 << 20 }),
    );
    fc.assert(
      fc.property(starts, fc.nat({ max: 60 }), fc.nat({ max: 20 }), (from, count, at) => {
        const target = new Int32Array(at + count + 3).fill(-1);
        fillAscending(target, at, from, count);
        const expected = Array.from(target, (_, i) =>
          i >= at && i < at + count ? from + i - at : -1,
        );
        expect(Array.from(target)).toEqual(expected);
      }),
    );
  });
});
