// The token view the readers share: token access with bounds checks and cached lower-case text.
import { NUM, SYM, type Tokens, WORD } from "./lexer.ts";

export class Context {
  // A small direct-mapped cache: readers look at the same few tokens around a number several times.
  private readonly cacheKey = new Int32Array(64).fill(-1);
  private readonly cacheVal: string[] = new Array<string>(64).fill("");
  readonly length: number;
  /** First token not yet used by a found item: readers never look back past it for a prefix or month. */
  floor = 0;
  constructor(
    readonly text: string,
    readonly toks: Tokens,
  ) {
    this.length = toks.n;
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
    const s = this.raw(i).toLowerCase();
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

  isNum(i: number): boolean {
    return this.type(i) === NUM;
  }

  isWord(i: number): boolean {
    return this.type(i) === WORD;
  }

  isSym(i: number, chars: string): boolean {
    return this.type(i) === SYM && chars.includes(this.text[this.toks.start[i]]);
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
