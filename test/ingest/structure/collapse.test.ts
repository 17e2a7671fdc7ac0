// Collapsed pieces copied into a shared arena must read exactly like pieces with arrays of their own.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseMapped, OffsetArena } from "../../../pipeline/ingest/structure/collapse.ts";

const texts = fc
  .array(fc.constantFrom("a", "Ж", " ", "  ", "\n", "\t", "\u00a0", ".", "7"), { maxLength: 80 })
  .map((p) => p.join(""));

describe("collapseMapped", () => {
  it("gives the same text and offsets with or without an arena", () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const map = Int32Array.from({ length: text.length + 1 }, (_, i) => 1000 + i);
        const ends = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        if (ends.at(-1) !== text.length) ends.push(text.length);
        const arena = new OffsetArena(text.length, ends.length);
        const own = [];
        const shared = [];
        let from = 0;
        for (const end of ends) {
          own.push(collapseMapped(text, map, from, end));
          shared.push(collapseMapped(text, map, from, end, arena));
          from = end;
        }
        // Compared once all are cut: a later piece must not write over an earlier one's view.
        expect(shared.map((p) => p.text)).toEqual(own.map((p) => p.text));
        expect(shared.map((p) => Array.from(p.offsets))).toEqual(
          own.map((p) => Array.from(p.offsets)),
        );
      }),
    );
  });

  it("gives the same pieces whatever order they are asked in", () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const map = Int32Array.from({ length: text.length + 1 }, (_, i) => 1000 + i);
        const ends = [...new Set([...cuts.map((c) => c % (text.length + 1)), text.length])].sort(
          (a, b) => a - b,
        );
        const pieces = ends.map((end, k) => [k === 0 ? 0 : ends[k - 1], end] as const);
        const read = (order: ReadonlyArray<readonly [number, number]>) =>
          order.map(([from, to]) => {
            const piece = collapseMapped(text, map, from, to);
            return `${from}:${piece.text}:${Array.from(piece.offsets).join(",")}`;
          });
        expect(read([...pieces].reverse()).reverse()).toEqual(read(pieces));
      }),
    );
  });

  it("gives a piece that outgrows the arena an array of its own", () => {
    const arena = new OffsetArena(2, 1);
    const map = Int32Array.from([5, 6, 7, 8, 9, 10, 11, 12]);
    const piece = collapseMapped("ab  cde", map, 0, 7, arena);
    expect(piece.text).toBe("ab cde");
    expect(Array.from(piece.offsets)).toEqual([5, 6, 7, 9, 10, 11, 12]);
  });

  it("hands out a view of the map when nothing collapses and the source runs on", () => {
    const map = Int32Array.from([5, 6, 7, 8, 9, 10]);
    const piece = collapseMapped(" abc ", map, 0, 5);
    expect(piece.text).toBe("abc");
    expect(piece.offsets.buffer).toBe(map.buffer);
    expect(Array.from(piece.offsets)).toEqual([6, 7, 8, 9]);
  });
});
