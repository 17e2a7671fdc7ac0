// Every gold mention of the seed and dev corpora is found with its gold value and unit.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type GoldClaim, locateMention, parseGold } from "../../pipeline/claims/index.ts";
import { recognize } from "../../pipeline/quantities/index.ts";
import { SHARED } from "../shared-path.ts";

const ROOT = join(import.meta.dirname, "../..");
const SEED_DOCS: Record<string, string> = {
  "forbidden-tango": join(ROOT, "data/raw/forbidden-tango.txt"),
  "military-cooperation-brief": join(ROOT, "data/raw/military-cooperation-brief.txt"),
};

/** The sentence around [start, end): from the previous blank line or sentence end to the next. */
function sentenceAround(raw: string, start: number, end: number): { from: number; text: string } {
  let from = start;
  while (
    from > 0 &&
    !/[.!?]\s/.test(raw.slice(from - 2, from)) &&
    !/\n\s*\n/.test(raw.slice(from - 2, from))
  )
    from--;
  let to = end;
  while (
    to < raw.length &&
    !/[.!?]\s/.test(raw.slice(to, to + 2)) &&
    raw.slice(to, to + 2) !== "\n\n"
  )
    to++;
  return { from, text: raw.slice(from, Math.min(raw.length, to + 1)) };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function goldOf(file: string): GoldClaim[] {
  if (!existsSync(file)) throw new Error(`gold file missing: ${file} (set TRADE_CLAIMS_SHARED)`);
  return parseGold(readFileSync(file, "utf8"), file);
}

const cases = [
  ...goldOf(join(SHARED, "corpus/seeds/gold.jsonl")),
  ...goldOf(join(SHARED, "corpus/dev/gold.jsonl")),
];

describe("recognize(sentence) on gold mentions", () => {
  it("has gold to check", () => {
    expect(cases.length).toBeGreaterThan(90);
  });

  it.each(cases.map((g) => [`${g.doc}: ${g.mention} #${g.occurrence}`, g] as const))(
    "finds %s",
    (_name, g) => {
      const path = SEED_DOCS[g.doc] ?? join(SHARED, "corpus/dev/docs", `${g.doc}.txt`);
      const raw = readFileSync(path, "utf8");
      const span = locateMention(raw, g.mention, g.occurrence);
      expect(span, "mention located").not.toBeNull();
      const [start, end] = span as [number, number];
      const sentence = sentenceAround(raw, start, end);
      const found = recognize(sentence.text).filter(
        (q) =>
          q.kind === "quantity" && q.start + sentence.from < end && q.end + sentence.from > start,
      );
      const hit = found.find(
        (q) => close(q.low, g.low) && close(q.high, g.high) && q.unit === g.unit,
      );
      expect(hit, JSON.stringify({ sentence: sentence.text, found })).toBeDefined();
    },
  );
});
