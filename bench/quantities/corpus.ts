// Builds the benchmark inputs: English prose from the dev and seed documents, and seeded adversarial text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sentenceEnds } from "../../pipeline/ingest/structure/sentence-split.ts";
import { seededRng } from "../corpus/rng.ts";

const SHARED =
  process.env.TRADE_CLAIMS_SHARED ?? fileURLToPath(new URL("../../../shared", import.meta.url));

/** The source documents: dev corpus plus the two seeds in data/raw. */
export function sourceDocuments(root: string): string[] {
  const dev = join(SHARED, "corpus/dev/docs");
  const files = [
    ...readdirSync(dev)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(dev, f)),
    ...readdirSync(join(root, "data/raw"))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(root, "data/raw", f)),
  ];
  return files.sort().map((f) => readFileSync(f, "utf8"));
}

/** Deterministic PRNG (mulberry32, shared with the corpus generator) so every run measures the same text. */
export const rng = seededRng;

/** At least `bytes` of prose: the documents' paragraphs, shuffled and repeated. */
export function prose(docs: string[], bytes: number, seed = 1): string {
  const paragraphs = docs.flatMap((d) => d.split(/\n\s*\n/)).filter((p) => p.trim().length > 0);
  const next = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = paragraphs[Math.floor(next() * paragraphs.length)];
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("\n\n");
}

const PIECES = [
  "0",
  "1",
  "2",
  "3",
  "45",
  "999",
  "1,000",
  ",",
  ".",
  " ",
  " ",
  "-",
  "–",
  "/",
  "$",
  "%",
  "million",
  "thousand",
  "bn",
  "m",
  "to",
  "and",
  " 000",
  "1 000",
  "between",
  "twenty",
  "-five",
  "a",
  "half",
  "\n",
];

/** Adversarial text: digits, separators, spaces and scale words in random order. */
export function adversarial(bytes: number, seed = 7): string {
  const next = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = PIECES[Math.floor(next() * PIECES.length)];
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join("");
}

/**
 * Where the ingest stage's splitter ends each sentence (the last end is text.length). Offsets, not
 * strings: a million live sentence strings would make every collection in the timed loop slower.
 */
export function sentenceBounds(text: string): Int32Array {
  const ends = sentenceEnds(text).filter((e) => e > 0 && e < text.length);
  return Int32Array.from([...ends, text.length]);
}
