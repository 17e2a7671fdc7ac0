// What a bare number counts when the recognizer found no noun right after it: "24 Su-30 fighter
// aircraft", "Twelve Soviet drilling rigs", "six Russian-made helicopters". Names, model
// designators and modifiers may stand between the number and a plural head noun.

import { isPluralNoun } from "../quantities/index.ts";

const MAX_WORDS = 4;
// Words that end a noun phrase: the number does not reach past them.
const STOP = new Set(
  "of in on at to for from by with and or but than as per the a an more other such further its their his her our this that these those is are was were be been has have had will would can could may might shall should do does did not no".split(
    " ",
  ),
);
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;

/**
 * The head noun a number counts across at most four modifier words, or null. An "and" between two
 * names joins them into one modifier ("800 Soviet and East European advisers").
 */
export function countedNounAfter(sentence: string, end: number): string | null {
  const rest = sentence.slice(end, end + 100);
  if (!/^\s/.test(rest)) return null;
  const words = rest
    .trim()
    .split(/\s+/)
    .slice(0, MAX_WORDS + 3);
  let modifiers = 0;
  for (const [i, raw] of words.entries()) {
    const word = raw.replace(/[.,;:!?)"”]+$/, "");
    const closed = word !== raw;
    if (!WORD.test(word)) return null;
    const lower = word.toLowerCase();
    if (lower === "and" && i > 0 && isName(words[i - 1]) && isName(words[i + 1] ?? "")) continue;
    if (STOP.has(lower)) return null;
    // A modifier stays lower case or is a name or model designator; the head is a plural noun.
    const lowerCase = word === lower;
    if (i > 0 && lowerCase && isPluralNoun(lower)) return lower;
    if (closed || modifiers === MAX_WORDS) return null;
    if (/^\d+$/.test(word) && i === 0) return null;
    modifiers++;
  }
  return null;
}

const isName = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word);
