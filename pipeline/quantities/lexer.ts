// One left-to-right pass that cuts text into number, word and symbol tokens; whitespace is only measured.
// Tokens live in reusable typed arrays: prose has millions of them, and objects would keep the GC busy.

export const NUM = 1;
export const WORD = 2;
export const SYM = 3;
/** A number token the caller's marker list says is a footnote marker. */
export const MARK = 4;

export class Tokens {
  n = 0;
  type = new Uint8Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  /** Whitespace characters between the previous token and this one (0: glued). */
  gap = new Int32Array(1024);
  /** Line breaks in that whitespace. */
  nl = new Uint8Array(1024);
  /** First UTF-16 unit of the token: symbol tests compare it without touching the text. */
  code = new Uint16Array(1024);
  /** For a number of plain digits, its value; NaN when it holds "," or "." (read once, asked for often). */
  value = new Float64Array(1024);

  /** Makes room for `count` tokens (a text of n characters has at most n), dropping the ones held. */
  reserve(count: number): void {
    if (count <= this.type.length) return;
    let size = this.type.length;
    while (size < count) size *= 2;
    this.type = new Uint8Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.gap = new Int32Array(size);
    this.nl = new Uint8Array(size);
    this.code = new Uint16Array(size);
    this.value = new Float64Array(size);
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a)
  );
}

/** Value of the plain digits text[from, to); NaN when anything else is in there. */
export function plainDigitsValue(text: string, from: number, to: number): number {
  // Past 15 digits a running sum can round differently from Number(); let Number() decide.
  if (to - from > 15) {
    for (let k = from; k < to; k++) if (!isDigit(text.charCodeAt(k))) return Number.NaN;
    return Number(text.slice(from, to));
  }
  let v = 0;
  for (let k = from; k < to; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    v = v * 10 + d;
  }
  return v;
}

// Character classes of UTF-16 units, from a table filled at load: one regex pass over every unit
// outside the surrogates (which stay symbols: a pair is kept whole below) marks the letters, so
// the loop below never asks the regex engine, and never checks whether a unit is known yet.
const C_SYM = 0;
const C_SPACE = 1;
const C_DIGIT = 2;
const C_LETTER = 3;

function classTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  // Index k of this string is unit k below the surrogates and k + 0x800 above them.
  const units = new Uint16Array(0x10000 - 0x800);
  for (let k = 0; k < units.length; k++) units[k] = k < 0xd800 ? k : k + 0x800;
  const all = new TextDecoder("utf-16le").decode(units);
  for (const run of all.matchAll(/[\p{L}\p{M}]+/gu)) {
    const from = run.index ?? 0;
    for (let k = from; k < from + run[0].length; k++) table[k < 0xd800 ? k : k + 0x800] = C_LETTER;
  }
  // Degree signs and superscripts are symbols, not letters, even though some are Latin-1.
  for (const c of [0xb0, 0xb2, 0xb3, 0xba]) table[c] = C_SYM;
  for (let c = 48; c <= 57; c++) table[c] = C_DIGIT;
  for (let c = 0; c < 0x10000; c++) if (isSpace(c)) table[c] = C_SPACE;
  return table;
}

const CLASS = classTable();

/** Tokens of text[from, to) into `out` (cleared first). Numbers keep inner "," and "." only when a digit follows them. */
export function tokenize(text: string, from: number, to: number, out: Tokens): Tokens {
  // Room for the most tokens the text can hold, so the loop stores without checking.
  out.reserve(to - from);
  const {
    type: types,
    start: starts,
    end: ends,
    gap: gaps,
    nl: nls,
    code: codes,
    value: values,
  } = out;
  let n = 0;
  let i = from;
  let gap = 0;
  let nl = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === C_SPACE) {
      gap++;
      if (c === 10) nl++;
      i++;
      continue;
    }
    const start = i;
    let type = SYM;
    let value = Number.NaN;
    if (cls === C_DIGIT) {
      type = NUM;
      i++;
      // The value is summed while the digits are read; it only counts if no separator came.
      let plain = true;
      let sum = c - 48;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) {
          sum = sum * 10 + (d - 48);
          i++;
        } else if ((d === 44 || d === 46) && i + 1 < to && isDigit(text.charCodeAt(i + 1))) {
          i += 2;
          plain = false;
        } else break;
      }
      // Past 15 digits a running sum can round differently from Number(); let Number() decide.
      if (plain) value = i - start > 15 ? Number(text.slice(start, i)) : sum;
    } else if (cls === C_LETTER) {
      type = WORD;
      i++;
      while (i < to && CLASS[text.charCodeAt(i)] === C_LETTER) i++;
    } else {
      // A surrogate pair stays one symbol so spans never split a character.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    types[n] = type;
    starts[n] = start;
    ends[n] = i;
    gaps[n] = gap;
    nls[n] = Math.min(nl, 255);
    codes[n] = c;
    values[n] = value;
    n++;
    gap = 0;
    nl = 0;
  }
  out.n = n;
  return out;
}
