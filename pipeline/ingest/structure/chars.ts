// Character tests by UTF-16 code unit, answered as /\s/ and /\p{L}/u answer for that one unit:
// ASCII by ranges, anything else by the pattern (the scans ask for every character they pass).

const SPACE = /\s/;
const LETTER = /\p{L}/u;

/** Whether text[i] is white space; false past either end. */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code > 127 && SPACE.test(text[i]);
}

/** Whether text[i] is a letter; false past either end (a lone surrogate is no letter). */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return code > 127 && LETTER.test(text[i]);
}

/** Offset of the first character that is not white space; text.length for a blank text. */
export function firstVisible(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceAt(text, i)) i++;
  return i;
}

/** Offset of the last character that is not white space; -1 for a blank text. */
export function lastVisible(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isSpaceAt(text, i)) i--;
  return i;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}
