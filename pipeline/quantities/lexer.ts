// One left-to-right pass that cuts text into number, word and symbol tokens; whitespace is only measured.

export const NUM = 1;
export const WORD = 2;
export const SYM = 3;

export interface Token {
  type: number;
  start: number;
  end: number;
  /** Whitespace characters between the previous token and this one (0: glued). */
  gap: number;
  /** The gap holds a line break. */
  nl: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const LETTER = /[\p{L}\p{M}]/u;

function isLetter(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // Degree signs and superscripts are symbols, not letters, even though some are Latin-1.
  if (c === 0xb0 || c === 0xb2 || c === 0xb3 || c === 0xba) return false;
  return LETTER.test(text[i]);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Tokens of text[from, to). Numbers keep inner "," and "." only when a digit follows them. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let gap = 0;
  let nl = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      gap++;
      if (c === 10 || c === 13) nl = true;
      i++;
      continue;
    }
    const start = i;
    let type = SYM;
    if (isDigit(c)) {
      type = NUM;
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46) && i + 1 < to && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isLetter(text, i, c)) {
      type = WORD;
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d < 128 ? isLetter(text, i, d) : isLetter(text, i, d) && !isSpace(d)) i++;
        else break;
      }
    } else {
      // A surrogate pair stays one symbol so spans never split a character.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    tokens.push({ type, start, end: i, gap, nl });
    gap = 0;
    nl = false;
  }
  return tokens;
}
