// Scoring claims against gold: a match shares the document, overlaps the mention's span and has the
// same value and unit (as stated, or once both are in canonical units).
import { canonicalize } from "./canonical.ts";
import type { GoldClaim } from "./gold.ts";
import type { Claim } from "./types.ts";

export interface Located extends GoldClaim {
  start: number;
  end: number;
}

export interface Score {
  gold: number;
  predicted: number;
  matched: Array<{ gold: Located; claim: Claim }>;
  misses: Located[];
  falsePositives: Claim[];
  precision: number;
  recall: number;
  f1: number;
  accuracy: { category: number; year: number; commodity: number };
}

export function sameValue(g: Pick<GoldClaim, "low" | "high" | "unit">, c: Claim): boolean {
  const close = (a: number, b: number) =>
    Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (g.unit === c.unit && close(g.low, c.low) && close(g.high, c.high)) return true;
  const gc = canonicalize(g.low, g.high, g.unit);
  return (
    gc.unit === c.unit_canonical &&
    close(gc.low, c.value_canonical_low) &&
    close(gc.high, c.value_canonical_high)
  );
}

export function score(gold: Located[], claims: Claim[]): Score {
  const used = new Set<Claim>();
  const matched: Score["matched"] = [];
  const misses: Located[] = [];
  for (const g of gold) {
    const hit = claims.find(
      (c) =>
        !used.has(c) && c.doc === g.doc && c.start < g.end && g.start < c.end && sameValue(g, c),
    );
    if (hit) {
      used.add(hit);
      matched.push({ gold: g, claim: hit });
    } else misses.push(g);
  }
  const falsePositives = claims.filter((c) => !used.has(c));
  const precision = claims.length === 0 ? 0 : matched.length / claims.length;
  const recall = gold.length === 0 ? 0 : matched.length / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const share = (ok: (m: Score["matched"][number]) => boolean) =>
    matched.length === 0 ? 0 : matched.filter(ok).length / matched.length;
  return {
    gold: gold.length,
    predicted: claims.length,
    matched,
    misses,
    falsePositives,
    precision,
    recall,
    f1,
    accuracy: {
      category: share((m) => m.claim.category === m.gold.category),
      year: share((m) => m.claim.year === m.gold.year),
      commodity: share((m) => (m.claim.commodity ?? null) === (m.gold.commodity ?? null)),
    },
  };
}
