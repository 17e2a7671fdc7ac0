// Word lists the readers test the words around a number against, answered by one look per word.
//
// On dense numeric text every number looks at the words beside it in a dozen lists (scale words,
// months, unit names, hedges, rates, citation words, ...). Each list registers its lower-case
// words here as one bit. A word is looked up once, in place: words of ASCII letters (nearly all)
// by length, first and last letter into a small table, compared letter by letter without
// slicing, lower-casing or hashing the word; any other word by its lower-cased text.

const CLASSES = new Map<string, number>();
let registered = 0;

/** Registers a list of lower-case words and returns its bit; at most 31 lists. */
export function wordClass(words: Iterable<string>): number {
  if (registered === 31) throw new Error("word-classes: no bit left");
  const bit = 1 << registered++;
  for (const w of words) CLASSES.set(w, (CLASSES.get(w) ?? 0) | bit);
  table = null;
  return bit;
}

/** The bits of every list holding this lower-case word (0 for none). */
export function classesOf(lower: string): number {
  return CLASSES.get(lower) ?? 0;
}

interface Shape {
  /** The registered a-z words of one length, first and last letter, and their bits. */
  words: string[];
  bits: number[];
}

let table: Array<Shape | undefined> | null = null;
let longest = 0;

const shapeIndex = (len: number, first: number, last: number): number =>
  (len * 26 + (first - 97)) * 26 + (last - 97);

function build(): Array<Shape | undefined> {
  // Only a-z words can equal a lower-cased word of ASCII letters; the rest are found by classesOf.
  const ascii = [...CLASSES].filter(([w]) => /^[a-z]+$/.test(w));
  longest = Math.max(0, ...ascii.map(([w]) => w.length));
  // Filled to its full size so the array stays packed (a sparse one is a slow dictionary).
  const out = new Array<Shape | undefined>((longest + 1) * 26 * 26).fill(undefined);
  for (const [w, bits] of ascii) {
    const k = shapeIndex(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1));
    const shape = out[k] ?? { words: [], bits: [] };
    shape.words.push(w);
    shape.bits.push(bits);
    out[k] = shape;
  }
  return out;
}

/**
 * The bits of the word text[start, end) (a word token: letters only) when it is written in ASCII
 * letters, compared case-insensitively in place; -1 for a word with any other letter, whose
 * lower-cased form the caller looks up with classesOf (toLowerCase maps some non-ASCII letters,
 * such as the Kelvin sign, to ASCII ones).
 */
export function classesAt(text: string, start: number, end: number): number {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) > 127) return -1;
  if (table === null) table = build();
  const len = end - start;
  if (len > longest) return 0;
  const shape = table[shapeIndex(len, text.charCodeAt(start) | 32, text.charCodeAt(end - 1) | 32)];
  if (shape === undefined) return 0;
  for (let n = 0; n < shape.words.length; n++) {
    const w = shape.words[n];
    let k = 1;
    while (k < len - 1 && (text.charCodeAt(start + k) | 32) === w.charCodeAt(k)) k++;
    if (k >= len - 1) return shape.bits[n];
  }
  return 0;
}
