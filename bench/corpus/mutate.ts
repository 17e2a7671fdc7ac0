// Variations of a real document: its paragraphs shuffled, its numbers, years and names changed, so a
// large corpus keeps the shape of real text (footnotes, units, page furniture) without repeating it.
import { pick, type Rng, shuffle } from "./rng.ts";

/** Paragraphs split at blank lines; a text without any is cut every few lines instead. */
export function paragraphsOf(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, "\n");
  const blocks = normalized.split(/\n[ \t]*\n/).filter((p) => p.trim() !== "");
  if (blocks.length > 1) return blocks;
  const lines = normalized.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 6) out.push(lines.slice(i, i + 6).join("\n"));
  return out.filter((p) => p.trim() !== "");
}

/** Capitalised words that do not start a sentence: the names a variation swaps among themselves. */
export function namesOf(texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/[a-z,;] ([A-Z][a-z]{3,})\b/g)) names.add(m[1]);
  }
  return [...names].sort();
}

/** Years move by up to ±15 and stay four digits; other digit runs keep their length. */
export function changeNumbers(text: string, rng: Rng): string {
  return text.replace(/\d+/g, (digits) => {
    const value = Number(digits);
    if (digits.length === 4 && value >= 1800 && value <= 2099) {
      return String(Math.min(2099, Math.max(1800, value + Math.floor(rng() * 31) - 15)));
    }
    let out = "";
    for (let i = 0; i < digits.length; i++) {
      const first = i === 0 && digits.length > 1;
      out += String(first ? 1 + Math.floor(rng() * 9) : Math.floor(rng() * 10));
    }
    return out;
  });
}

export function changeNames(text: string, names: readonly string[], rng: Rng, share = 0.3): string {
  if (names.length === 0) return text;
  const known = new Set(names);
  return text.replace(/\b[A-Z][a-z]{3,}\b/g, (word) =>
    known.has(word) && rng() < share ? pick(rng, names) : word,
  );
}

/** One generated document: paragraphs drawn from the sources until it reaches `targetChars`. */
export function variation(
  sources: readonly string[][],
  names: readonly string[],
  targetChars: number,
  rng: Rng,
): string {
  const parts: string[] = [];
  let length = 0;
  while (length < targetChars) {
    const paragraphs = shuffle(rng, pick(rng, sources));
    for (const paragraph of paragraphs) {
      const changed = changeNames(changeNumbers(paragraph, rng), names, rng);
      parts.push(changed);
      length += changed.length + 2;
      if (length >= targetChars) break;
    }
  }
  return `${parts.join("\n\n")}\n`;
}
