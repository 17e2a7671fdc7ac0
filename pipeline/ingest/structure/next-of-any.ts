// The next place in a text where any of a few characters stands, found by native scans.

/**
 * Each character's next offset is found by indexOf and kept until the caller moves past it: a
 * few native scans of the text in all, where a test of every character's code cost far more.
 * Offsets must be asked for in order (`from` never decreasing).
 */
export class NextOfAny {
  private readonly chars: string[];
  private readonly next: number[];

  constructor(
    private readonly text: string,
    chars: string,
  ) {
    this.chars = [...chars];
    this.next = this.chars.map(() => -1);
  }

  /** Offset of the first of the characters at or after `from`; text.length when none is left. */
  from(from: number): number {
    const { text, chars, next } = this;
    let first = text.length;
    for (let c = 0; c < chars.length; c++) {
      if (next[c] < from) {
        const at = text.indexOf(chars[c], from);
        next[c] = at < 0 ? text.length : at;
      }
      if (next[c] < first) first = next[c];
    }
    return first;
  }
}
