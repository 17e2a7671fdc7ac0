// The token view the readers share: token access with bounds checks and cached lower-case text.
import { NUM, SYM, type Token, WORD } from "./lexer.ts";

export class Context {
  private readonly lowers: (string | undefined)[] = [];
  constructor(
    readonly text: string,
    readonly toks: Token[],
  ) {}

  get length(): number {
    return this.toks.length;
  }

  /** Lower-cased text of token i ("" when out of range). */
  lower(i: number): string {
    if (i < 0 || i >= this.toks.length) return "";
    let s = this.lowers[i];
    if (s === undefined) {
      s = this.raw(i).toLowerCase();
      this.lowers[i] = s;
    }
    return s;
  }

  raw(i: number): string {
    const t = this.toks[i];
    return t ? this.text.slice(t.start, t.end) : "";
  }

  isNum(i: number): boolean {
    return this.toks[i]?.type === NUM;
  }

  isWord(i: number): boolean {
    return this.toks[i]?.type === WORD;
  }

  isSym(i: number, chars: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.type === SYM && chars.includes(this.text[t.start]);
  }

  /** Token i follows token i-1 with no whitespace. */
  glued(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && i > 0 && t.gap === 0;
  }

  /** Token i follows token i-1 on the same line with at most one space (or glued). */
  near(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && i > 0 && t.gap <= 1;
  }

  /** Token i follows within a short gap that may wrap a line (PDF text). */
  close(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && i > 0 && t.gap <= 3;
  }
}

export const DASHES = "-‐‑–—";
