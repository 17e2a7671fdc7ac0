// English number words: the tables the number reader looks words up in.
import { wordClass } from "./word-classes.ts";

const ONES_LIST = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS_LIST = [
  "",
  "",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
];

/** zero … nineteen. */
export const ONES = new Map<string, number>(ONES_LIST.map((w, i) => [w, i]));
/** twenty … ninety. */
export const TENS = new Map<string, number>(
  TENS_LIST.flatMap((w, i) => (w ? [[w, i * 10] as [string, number]] : [])),
);

/** Scale words after a number; "hundred" is applied inside a group, the others close one. */
export const SCALES = new Map<string, number>([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
]);

/** Abbreviated scales written after digits ("4.5 mn", "$1.2bn", "60k"). */
export const SCALE_ABBREVIATIONS = new Map<string, number>([
  ["mn", 1e6],
  ["mln", 1e6],
  ["mio", 1e6],
  ["mil", 1e6],
  ["bn", 1e9],
  ["bln", 1e9],
  ["tn", 1e12],
  ["trn", 1e12],
  ["k", 1e3],
  ["lakh", 1e5],
  ["lakhs", 1e5],
  ["crore", 1e7],
  ["crores", 1e7],
  // Soviet statistics in translation: "45 thous. tons".
  ["thous", 1e3],
]);

/** Scale letters that only mean a scale after a currency ("$800m", "£2b"); elsewhere "m" is metres. */
export const MONEY_SCALE_LETTERS = new Map<string, number>([
  ["m", 1e6],
  ["b", 1e9],
  ["k", 1e3],
  ["bil", 1e9],
]);

/** Denominators: "a third", "three-quarters", "two fifths". */
export const DENOMINATORS = new Map<string, number>([
  ["half", 2],
  ["halves", 2],
  ["third", 3],
  ["thirds", 3],
  ["quarter", 4],
  ["quarters", 4],
  ["fourth", 4],
  ["fourths", 4],
  ["fifth", 5],
  ["fifths", 5],
  ["sixth", 6],
  ["sixths", 6],
  ["eighth", 8],
  ["eighths", 8],
  ["tenth", 10],
  ["tenths", 10],
]);

/** Words that are a multiple on their own ("twice as much"). */
export const MULTIPLES = new Map<string, number>([
  ["twice", 2],
  ["thrice", 3],
  // "ten-fold" is read as a number and a unit; written as one word, the multiple is the word
  // ("twelvefold", "thirtyfold").
  ...[...ONES, ...TENS, ["hundred", 100] as const, ["thousand", 1000] as const]
    .filter(([, n]) => n >= 2)
    .map(([w, n]): [string, number] => [`${w}fold`, n]),
]);

/**
 * Words that are a multiple before a determiner ("triple the 2017 level", "nearly double its
 * size"), and a verb or a name elsewhere ("to double the output", "a triple jump").
 */
export const MULTIPLES_BEFORE_THE = new Map<string, number>([
  ["double", 2],
  ["triple", 3],
  ["treble", 3],
  ["quadruple", 4],
]);

/** Words that can start a number in words. */
export function startsWordNumber(lower: string): boolean {
  return (
    ONES.has(lower) ||
    TENS.has(lower) ||
    lower === "a" ||
    lower === "an" ||
    lower === "half" ||
    lower === "dozen" ||
    lower === "dozens" ||
    lower === "quarter" ||
    MULTIPLES.has(lower) ||
    MULTIPLES_BEFORE_THE.has(lower)
  );
}

/** The same words as a word class (word-classes.ts): the scan tests every candidate word by bit. */
export const NUMBER_START = wordClass([
  ...ONES.keys(),
  ...TENS.keys(),
  "a",
  "an",
  "half",
  "dozen",
  "dozens",
  "quarter",
  ...MULTIPLES.keys(),
  ...MULTIPLES_BEFORE_THE.keys(),
]);

/** Length, first and last letter of the words that can start a number: a test that needs no string. */
const START_WORDS = [
  ...ONES_LIST,
  ...TENS_LIST.filter(Boolean),
  "a",
  "an",
  "half",
  "quarter",
  "dozen",
  "dozens",
  ...MULTIPLES.keys(),
  ...MULTIPLES_BEFORE_THE.keys(),
];
const LONGEST_START = Math.max(...START_WORDS.map((w) => w.length));
const edgeIndex = (len: number, first: number, last: number): number =>
  (len * 26 + (first - 97)) * 26 + (last - 97);
const EDGES = new Uint8Array(edgeIndex(LONGEST_START + 1, 97, 97));
for (const w of START_WORDS)
  EDGES[edgeIndex(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;

/** Cheap pre-filter on text[start, end): could this word start a number in words? */
export function mayStartWordNumber(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len > LONGEST_START) return false;
  // Lower-cased by one bit: only A-Z and a-z land in a-z (every listed word is written in a-z).
  const first = text.charCodeAt(start) | 32;
  const last = text.charCodeAt(end - 1) | 32;
  if (first < 97 || first > 122 || last < 97 || last > 122) return false;
  return EDGES[edgeIndex(len, first, last)] === 1;
}
