// Value F1 on the news sentences of test/fixtures/quantities/news-heldout.jsonl (written for this
// project, see the README there), scored one-to-one: stricter than the CQE scorer, which lets one
// prediction earn hits for several gold quantities of the same value.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recognize } from "../../pipeline/quantities/index.ts";

interface Span {
  low: number;
  high: number;
}
interface Sentence {
  id: string;
  text: string;
  gold: Span[];
}

const FIXTURE = join(import.meta.dirname, "../fixtures/quantities/news-heldout.jsonl");
const sentences: Sentence[] = readFileSync(FIXTURE, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

/** numpy isclose, as the CQE scorer compares values. */
const close = (gold: number, got: number) => Math.abs(gold - got) <= 1e-8 + 1e-5 * Math.abs(got);
const isRange = (s: Span) => s.low !== s.high;
const matches = (g: Span, p: Span) =>
  isRange(g) === isRange(p) && close(g.low, p.low) && close(g.high, p.high);

/** Gold quantities matched by a distinct prediction each. */
function hits(gold: Span[], predicted: Span[]): number {
  const used = new Set<number>();
  let n = 0;
  for (const g of gold) {
    const k = predicted.findIndex((p, j) => !used.has(j) && matches(g, p));
    if (k >= 0) {
      used.add(k);
      n++;
    }
  }
  return n;
}

function score(set: Sentence[]): { p: number; r: number; f1: number } {
  let hit = 0;
  let gold = 0;
  let predicted = 0;
  for (const s of set) {
    const found = recognize(s.text).filter((q) => q.kind === "quantity");
    hit += hits(s.gold, found);
    gold += s.gold.length;
    predicted += found.length;
  }
  const p = hit / predicted;
  const r = hit / gold;
  return { p, r, f1: (2 * p * r) / (p + r) };
}

describe("recognize(text) on news sentences", () => {
  it("has a fixture of at least 120 annotated sentences", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(120);
    for (const s of sentences) expect(typeof s.text).toBe("string");
  });

  it("scores value F1 of at least 97 (measured 98.5 one-to-one)", () => {
    const { f1 } = score(sentences);
    expect(f1 * 100).toBeGreaterThanOrEqual(97);
  });

  it("the scorer counts a range against a point as a miss", () => {
    expect(hits([{ low: 3, high: 5 }], [{ low: 3, high: 3 }])).toBe(0);
    expect(hits([{ low: 3, high: 3 }], [{ low: 3, high: 3 }])).toBe(1);
    expect(
      hits(
        [
          { low: 3, high: 3 },
          { low: 3, high: 3 },
        ],
        [{ low: 3, high: 3 }],
      ),
    ).toBe(1);
  });
});
