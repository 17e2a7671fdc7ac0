// The token view the readers share: token access with bounds checks and cached lower-case text.
import { NUM, SYM, type Tokens, WORD } from "./lexer.ts";
import { classesAt, classesOf } from "./word-classes.ts";

// tsx runs these modules as CommonJS, where every read of an imported binding is a getter call;
// the token tests below run several times per token, so they read module-local copies.
const T_NUM: number = NUM;
const T_WORD: number = WORD;
const T_SYM: number = SYM;

export class Context {
  // A small direct-mapped cache: readers look at the same few tokens around a number several times.
  // Keys are token indexes plus `base`, which moves past every key of the previous chunk on reset,
  // so a reset empties both caches without clearing them (the pipeline resets once per sentence).
  private readonly cacheKey = new Float64Array(64).fill(-1);
  private readonly cacheVal: string[] = new Array<string>(64).fill("");
  // The same kind of cache for word-class bits (word-classes.ts), kept apart: most words are
  // classified without ever being sliced.
  private readonly classKey = new Float64Array(64).fill(-1);
  private readonly classVal = new Int32Array(64);
  private base = 0;
  length: number;
  /** First token not yet used by a found item: readers never look back past it for a prefix or month. */
  floor = 0;
  /** The text writes "1.318.540" and "812,4": dots group thousands, a comma marks decimals. */
  decimalComma = false;
  // The token arrays themselves, not the Tokens holding them: each test below reads them directly,
  // and a number is tested dozens of times. Tokens may swap in larger arrays, so reset() re-reads them.
  private types: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private gaps: Int32Array;
  private nls: Uint8Array;
  private codes: Uint16Array;
  private values: Float64Array;

  constructor(
    public text: string,
    toks: Tokens,
  ) {
    this.length = toks.n;
    this.types = toks.type;
    this.starts = toks.start;
    this.ends = toks.end;
    this.gaps = toks.gap;
    this.nls = toks.nl;
    this.codes = toks.code;
    this.values = toks.value;
  }

  /** Points this context at a new chunk; the pipeline calls recognize once per sentence, so contexts are reused. */
  reset(text: string, toks: Tokens): this {
    this.text = text;
    this.types = toks.type;
    this.starts = toks.start;
    this.ends = toks.end;
    this.gaps = toks.gap;
    this.nls = toks.nl;
    this.codes = toks.code;
    this.values = toks.value;
    this.floor = 0;
    // Cached words of earlier texts stay until overwritten: at most 64 short strings.
    this.base += this.length + 1;
    this.length = toks.n;
    return this;
  }

  /** Drops the cached words, which may be slices keeping a long text alive. */
  forget(): void {
    this.cacheVal.fill("");
  }

  /** Token type (0 out of range). */
  type(i: number): number {
    return i >= 0 && i < this.length ? this.types[i] : 0;
  }
  start(i: number): number {
    return this.starts[i];
  }
  end(i: number): number {
    return this.ends[i];
  }
  /** Whitespace before token i; a large number out of range. */
  gap(i: number): number {
    return i >= 0 && i < this.length ? this.gaps[i] : 1 << 30;
  }
  nl(i: number): number {
    return i >= 0 && i < this.length ? this.nls[i] : 0;
  }

  /** Lower-cased text of token i ("" when out of range). */
  lower(i: number): string {
    if (i < 0 || i >= this.length) return "";
    const slot = i & 63;
    const key = this.base + i;
    if (this.cacheKey[slot] === key) return this.cacheVal[slot];
    // Digits and symbols have no case: only words pay for toLowerCase, and only words with a
    // character outside a-z (toLowerCase is a call into the runtime even when nothing changes).
    const raw = this.raw(i);
    const s = this.types[i] === T_WORD && !this.asciiLower(i) ? raw.toLowerCase() : raw;
    this.cacheKey[slot] = key;
    this.cacheVal[slot] = s;
    return s;
  }

  /**
   * Token i is a word of the list registered as `bit` (word-classes.ts): the same answer as the
   * list's lookup of ctx.lower(i), for words only (digits and symbols are in no class).
   */
  inClass(i: number, bit: number): boolean {
    if (this.type(i) !== T_WORD) return false;
    const slot = i & 63;
    const key = this.base + i;
    if (this.classKey[slot] !== key) {
      const bits = classesAt(this.text, this.starts[i], this.ends[i]);
      this.classKey[slot] = key;
      this.classVal[slot] = bits >= 0 ? bits : classesOf(this.lower(i));
    }
    return (this.classVal[slot] & bit) !== 0;
  }

  /**
   * The whole word, lower-cased, when token i is a word that a hyphen breaks at a line end and the
   * next word completes ("mil-⏎lion", "per-⏎cent"; "per- cent" once the lines are reflowed); else "".
   */
  lineBrokenWord(i: number): string {
    if (this.type(i) !== T_WORD || this.type(i + 1) !== T_SYM || this.type(i + 2) !== T_WORD)
      return "";
    const hyphen = this.codes[i + 1];
    if ((hyphen !== 0x2d && hyphen !== 0xad && hyphen !== 0x2010) || !this.glued(i + 1)) return "";
    const after = this.gaps[i + 2];
    if (after === 0 || !this.close(i + 2)) return "";
    return this.lower(i) + this.lower(i + 2);
  }

  /** Token i reads the same as its lower-cased form (compared in place; sliced only for non-ASCII words). */
  ownLower(i: number): boolean {
    if (this.type(i) === T_WORD && this.asciiLower(i)) return true;
    return this.is(i, this.lower(i));
  }

  /** Token i is written in a-z only, so it is its own lower-case form. */
  private asciiLower(i: number): boolean {
    const text = this.text;
    for (let k = this.starts[i], end = this.ends[i]; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c < 97 || c > 122) return false;
    }
    return true;
  }

  /**
   * Lower-cased text of token i when it is a word, else "": for tests against word lists, so that
   * the digits and symbols around a number are never sliced just to be compared.
   */
  word(i: number): string {
    return this.type(i) === T_WORD ? this.lower(i) : "";
  }

  raw(i: number): string {
    return i >= 0 && i < this.length ? this.text.slice(this.starts[i], this.ends[i]) : "";
  }

  /** Text from the start of token a to the end of token b. */
  span(a: number, b: number): string {
    return this.text.slice(this.starts[a], this.ends[b]);
  }

  /** Length of token i in UTF-16 units (0 when out of range). */
  size(i: number): number {
    return i >= 0 && i < this.length ? this.ends[i] - this.starts[i] : 0;
  }

  /** Token i reads exactly s; compares in place so the hot path slices no string. */
  is(i: number, s: string): boolean {
    return this.size(i) === s.length && this.text.startsWith(s, this.starts[i]);
  }

  /** First UTF-16 unit of token i (-1 when out of range). */
  code(i: number): number {
    return i >= 0 && i < this.length ? this.codes[i] : -1;
  }

  /** Token i is a number of plain digits only (no "," or "."). */
  plainDigits(i: number): boolean {
    return this.type(i) === T_NUM && !Number.isNaN(this.values[i]);
  }

  /** Value of a plain-digit token (see plainDigits); NaN for anything else. */
  plainValue(i: number): number {
    return this.type(i) === T_NUM ? this.values[i] : Number.NaN;
  }

  isNum(i: number): boolean {
    return this.type(i) === T_NUM;
  }

  isWord(i: number): boolean {
    return this.type(i) === T_WORD;
  }

  /** Token i is a hyphen or dash: - ‐ ‑ – — (tested by code: this runs for most numbers). */
  isDash(i: number): boolean {
    if (this.type(i) !== T_SYM) return false;
    const c = this.codes[i];
    return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2014;
  }

  /** Token i is a symbol whose first unit is one of chars (compared by code, no string made). */
  isSym(i: number, chars: string): boolean {
    if (this.type(i) !== T_SYM) return false;
    const c = this.codes[i];
    for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
    return false;
  }

  /** Token i follows token i-1 with no whitespace. */
  glued(i: number): boolean {
    return i > 0 && i < this.length && this.gaps[i] === 0;
  }

  /** Token i follows token i-1 with at most one space, or a single wrapped line break (PDF text). */
  near(i: number): boolean {
    if (i <= 0 || i >= this.length) return false;
    const g = this.gaps[i];
    return g <= 1 || (this.nls[i] === 1 && g <= 3);
  }

  /** Token i follows within a short gap that may wrap a line once. */
  close(i: number): boolean {
    return i > 0 && i < this.length && this.gaps[i] <= 3 && this.nls[i] <= 1;
  }
}
