// Builds printed-page documents with known structure: the tests' own fixtures, not the seed's layout.
import type { RawDocument } from "../../../pipeline/ingest/types.ts";

export interface SyntheticOptions {
  pages: number;
  /** Body lines per page. */
  linesPerPage: number;
  /** Running header printed at the top of every page after the first; null for none. */
  header: string | null;
  /** Where page numbers are printed, or none. */
  pageNumbers: "bottom" | "top" | "none";
  /** Printed number of the first page. */
  firstPage: number;
  /** How many markers (and notes) each page carries; 0 for a document with no notes. */
  notesPerPage: number;
  /** Number of the first marker (e.g. 101 for "markers in the hundreds"). */
  firstNote: number;
  /** Print the last note of each page across two pages (its tail opens the next page's notes). */
  splitNote: boolean;
  /** Print a rule line above each notes block. */
  rule: boolean;
  /** Page texts joined by a form feed (PDF extraction) instead of laid out in one stream. */
  formFeed: boolean;
  eol: "\n" | "\r\n" | "\r";
  /** No blank lines anywhere, as PDF text extraction gives them. */
  compact: boolean;
  seed: number;
}

export const DEFAULTS: SyntheticOptions = {
  pages: 4,
  linesPerPage: 9,
  header: "REVIEW OF MARITIME TRADE, VOL. 7",
  pageNumbers: "bottom",
  firstPage: 1,
  notesPerPage: 2,
  firstNote: 1,
  splitNote: false,
  rule: false,
  formFeed: false,
  eol: "\n",
  compact: false,
  seed: 1,
};

export interface Synthetic {
  raw: RawDocument;
  /** The reading text a reader sees, whitespace-collapsed. */
  body: string;
  notes: Array<{ number: number; text: string }>;
  markers: number[];
  printed: Array<number | null>;
}

const WORDS =
  "the harbour ledger shows grain wool copper timber cargo ships sailed from northern ports while merchants counted credit tariffs and freight rates rose during winter".split(
    " ",
  );

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Sentences with a glued marker every few sentences; numbers inside sentences are values, not markers. */
function sentences(random: () => number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 6 + Math.floor(random() * 10);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]);
    if (i % 3 === 1) words.splice(2, 0, String(10 + Math.floor(random() * 80)), "tons");
    if (i % 4 === 2) words.splice(1, 0, "in", String(1900 + Math.floor(random() * 99)));
    out.push(`${words[0][0].toUpperCase()}${words.join(" ").slice(1)}`);
  }
  return out;
}

export function buildSynthetic(partial: Partial<SyntheticOptions> = {}): Synthetic {
  const o = { ...DEFAULTS, ...partial };
  const random = rng(o.seed);
  const perPage = o.linesPerPage;
  // enough sentences to fill the pages; markers are glued after chosen sentences' last word
  const pool = sentences(random, o.pages * perPage);
  let nextNote = o.firstNote;
  const notes: Synthetic["notes"] = [];
  const markers: number[] = [];
  const lines: string[] = [];
  let pending: number[] = [];
  const lineNotes: number[][] = [];
  let current = "";
  for (const [i, sentence] of pool.entries()) {
    let text = `${sentence}.`;
    if (o.notesPerPage > 0 && i % Math.max(1, Math.floor(perPage / o.notesPerPage)) === 0) {
      const number = nextNote++;
      // glued to a word, to a year ("in 1953" + marker) or after a closing quote, in turn
      const style = number % 3;
      const base = text.slice(0, -1);
      text =
        style === 0
          ? `${base}${number}.`
          : style === 1
            ? `${base} in 1953${number}.`
            : `${base} “freight” ${number}.`;
      markers.push(number);
      pending.push(number);
    }
    for (const word of text.split(" ")) {
      if (current.length + word.length + 1 > 60) {
        lines.push(current);
        lineNotes.push(pending);
        pending = [];
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
  }
  lines.push(current);
  lineNotes.push(pending);

  const pageTexts: string[] = [];
  const printed: Array<number | null> = [];
  let carry: string | null = null;
  const pageCount = Math.ceil(lines.length / perPage);
  for (let p = 0; p < pageCount; p++) {
    const pageLines = lines.slice(p * perPage, (p + 1) * perPage);
    const noteNumbers = lineNotes.slice(p * perPage, (p + 1) * perPage).flat();
    const number = o.pageNumbers === "none" ? null : o.firstPage + p;
    printed.push(number);
    const out: string[] = [];
    if (p > 0 && o.header) out.push(o.header, "");
    if (o.pageNumbers === "top" && number !== null) out.push(String(number), "");
    out.push(...pageLines, "");
    if (o.pageNumbers === "bottom" && number !== null) out.push(String(number), "");
    if (o.rule && (noteNumbers.length > 0 || carry)) out.push("__________", "");
    if (carry) {
      out.push(carry, "");
      carry = null;
    }
    for (const [k, n] of noteNumbers.entries()) {
      const text = `Author${String.fromCharCode(65 + (n % 26))} K. Trade Notes ${n} (Harbour Press, 19${10 + (n % 80)}), p. ${n + 3}.`;
      if (o.splitNote && k === noteNumbers.length - 1 && p < pageCount - 1) {
        const cut = text.indexOf("(");
        out.push(`${n} ${text.slice(0, cut).trim()}`, "");
        carry = text.slice(cut);
      } else out.push(`${n} ${text}`, "");
      notes.push({ number: n, text });
    }
    pageTexts.push((o.compact ? out.filter((l) => l !== "") : out).join(o.eol));
  }
  const text = pageTexts.join(o.formFeed ? "\f" : o.eol.repeat(2));
  return {
    raw: {
      id: "synthetic",
      path: "synthetic.txt",
      text,
      encoding: "utf-8",
      sha256: "",
      bytes: text.length,
    },
    body: lines.join(" "),
    notes,
    markers,
    printed,
  };
}
