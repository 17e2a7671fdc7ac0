// Stable ids: a hash of the document id, the quantity's text and which occurrence of that text in
// the document it is, so edits elsewhere in the document, and row order, leave ids unchanged.
import { hash as digest } from "node:crypto";

export function claimId(doc: string, text: string, occurrence: number): string {
  return `c-${hash(`${doc}\u0000${text}\u0000${occurrence}`)}`;
}

export function eventId(doc: string, text: string, occurrence: number): string {
  return `e-${hash(`${doc}\u0000${text}\u0000${occurrence}`)}`;
}

function hash(key: string): string {
  // The one-shot digest: a Hash object per claim cost more than the hashing itself.
  return digest("sha256", key, "hex").slice(0, 12);
}

/** Numbers each text's occurrences in document order: the nth time the same text appears gets n. */
export function occurrenceCounter(): (text: string) => number {
  const seen = new Map<string, number>();
  return (text) => {
    const key = text.replace(/\s+/g, " ");
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n;
  };
}
