// The token view the readers share: token access with bounds checks and cached lower-case text.
import { NUM, SYM, type Tokens, WORD } from "./lexer.ts";

// tsx runs these modules as CommonJS, where every read of an imported binding is a getter call;
// the token tests below run several times per token, so they read module-local copies.
const T_NUM: number = NUM;
const T_WORD: number = WORD;
const T_SYM: number = SYM;

export class Context {
  // A small direct-mapped cache: readers look at the same few tokens around a number several times.
  private readonly cacheKey = new Int32Array(64).fill(-1);
  private readonly cacheVal: string[] = new Array<string>(64).fill("");
  length: number;
  /** First token not yet used by a found item: readers never look back past it for a prefix or month. */
  floor = 0;
  constructor(
    public text: string,
    public toks: Tokens,
  ) {
    this.length = toks.n;
  }

  /** Points this context at a new chunk; the pipeline calls recognize once per sentence, so contexts are reused. */
  reset(text: string, toks: Tokens): this {
    this.text = text;
    this.toks = toks;
    this.length = toks.n;
    this.floor = 0;
    this.cacheKey.fill(-1);
    // Cached words may be slices of the previous text; drop them so it can be collected.
    this.cacheVal.fill("");
    return this;
  }

  /** Token type (0 out of range). */
  type(i: number): number {
    return i >= 0 && i < this.length ? this.toks.type[i] : 0;
  }
  start(i: number): number {
    return this.toks.start[i];
  }
  end(i: number): number {
    return this.toks.end[i];
  }
  /** Whitespace before token i; a large number out of range. */
  gap(i: number): number {
    return i >= 0 && i < this.length ? this.toks.gap[i] : 1 << 30;
  }
  nl(i: number): number {
    return i >= 0 && i < this.length ? this.toks.nl[i] : 0;
  }

  /** Lower-cased text of token i ("" when out of range). */
  lower(i: number): string {
    if (i < 0 || i >= this.length) return "";
    const slot = i & 63;
    if (this.cacheKey[slot] === i) return this.cacheVal[slot];
    // Digits and symbols have no case: only words pay for toLowerCase.
    const raw = this.raw(i);
    const s = this.toks.type[i] === T_WORD ? raw.toLowerCase() : raw;
    this.cacheKey[slot] = i;
    this.cacheVal[slot] = s;
    return s;
  }

  raw(i: number): string {
    return i >= 0 && i < this.length ? this.text.slice(this.toks.start[i], this.toks.end[i]) : "";
  }

  /** Text from the start of token a to the end of token b. */
  span(a: number, b: number): string {
    return this.text.slice(this.toks.start[a], this.toks.end[b]);
  }

  /** Length of token i in UTF-16 units (0 when out of range). */
  size(i: number): number {
    return i >= 0 && i < this.length ? this.toks.end[i] - this.toks.start[i] : 0;
  }

  /** Token i reads exactly s; compares in place so the hot path slices no string. */
  is(i: number, s: string): boolean {
    return this.size(i) === s.length && this.text.startsWith(s, this.toks.start[i]);
  }

  /** First UTF-16 unit of token i (-1 when out of range). */
  code(i: number): number {
    return i >= 0 && i < this.length ? this.text.charCodeAt(this.toks.start[i]) : -1;
  }

  /** Token i is a number of plain digits only (no "," or "."). */
  plainDigits(i: number): boolean {
    if (this.type(i) !== T_NUM) return false;
    for (let k = this.toks.start[i]; k < this.toks.end[i]; k++) {
      const c = this.text.charCodeAt(k);
      if (c < 48 || c > 57) return false;
    }
    return true;
  }

  /** Value of a plain-digit token (see plainDigits) read in place; NaN for anything else. */
  plainValue(i: number): number {
    if (!this.plainDigits(i)) return Number.NaN;
    const from = this.toks.start[i];
    const to = this.toks.end[i];
    // Past 15 digits a running sum can round differently from Number(); let Number() decide.
    if (to - from > 15) return Number(this.text.slice(from, to));
    let v = 0;
    for (let k = from; k < to; k++) v = v * 10 + (this.text.charCodeAt(k) - 48);
    return v;
  }

  isNum(i: number): boolean {
    return this.type(i) === T_NUM;
  }

  isWord(i: number): boolean {
    return this.type(i) === T_WORD;
  }

  /** Token i is a hyphen or dash. */
  isDash(i: number): boolean {
    return this.isSym(i, DASHES);
  }

  /** Token i is a symbol whose first unit is one of chars (compared by code, no string made). */
  isSym(i: number, chars: string): boolean {
    if (this.type(i) !== T_SYM) return false;
    const c = this.text.charCodeAt(this.toks.start[i]);
    for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
    return false;
  }

  /** Token i follows token i-1 with no whitespace. */
  glued(i: number): boolean {
    return i > 0 && i < this.length && this.toks.gap[i] === 0;
  }

  /** Token i follows token i-1 with at most one space, or a single wrapped line break (PDF text). */
  near(i: number): boolean {
    if (i <= 0 || i >= this.length) return false;
    const g = this.toks.gap[i];
    return g <= 1 || (this.toks.nl[i] === 1 && g <= 3);
  }

  /** Token i follows within a short gap that may wrap a line once. */
  close(i: number): boolean {
    return i > 0 && i < this.length && this.toks.gap[i] <= 3 && this.toks.nl[i] <= 1;
  }
}

export const DASHES = "-‐‑–—";
