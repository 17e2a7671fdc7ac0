// Text in capitals (telegrams, headlines, cables): its case tells nothing, so it is read folded to
// lower case, months kept capitalized for the date rules, and quoted as written.
import { MONTH_WORDS } from "./dates.ts";
import { isPluralNoun } from "./plural.ts";
import type { Quantity } from "./types.ts";

/** At least 12 capitals and almost no small letters; most text gives up after its first words. */
export function shouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) {
      lower++;
      if (lower > 8 && lower * 20 > upper) return false;
    } else if (c >= 65 && c <= 90) upper++;
  }
  return upper >= 12 && lower * 20 <= upper;
}

const MONTH_WORD = new RegExp(`\\b(?:${MONTH_WORDS.join("|")})\\b`, "g");

// A model's code ("SU-22", "T-55", "A320") keeps its capitals: they tell a code from a unit ("t").
const CODE = /\b[a-z]{1,4}-?\d+[a-z\d]*\b/g;
// "M3", "KM2": a unit's power, read folded like the unit.
const UNIT_POWER = /^[a-z]{1,3}[23]$/;

/**
 * Lower case, but for the months, which the date rules read only capitalized ("MAY 5" is May 5),
 * and for codes of letters and digits.
 */
export function foldCase(text: string): string {
  return text
    .toLowerCase()
    .replace(MONTH_WORD, (m) => m[0].toUpperCase() + m.slice(1))
    .replace(CODE, (m, at: number) => (UNIT_POWER.test(m) ? m : text.slice(at, at + m.length)));
}

/** The quantities read in the folded text, with their text, unit and noun as the original writes them. */
export function asWritten(found: Quantity[], text: string, folded: string): Quantity[] {
  for (const q of found) {
    q.text = text.slice(q.start, q.end);
    if (q.unit_text !== null) q.unit_text = originalOf(text, folded, q.unit_text, q.start);
    // Every word of a line of capitals reads as a noun once folded ("72 FM AMEMBASSY"): a
    // counted noun there must end on a plural ("85 SOVIET TECHNICIANS").
    if (q.noun !== null)
      q.noun = isPluralNoun(q.noun.split(" ").at(-1) ?? "")
        ? originalOf(text, folded, q.noun, q.start)
        : null;
  }
  return found;
}

function originalOf(text: string, folded: string, part: string, near: number): string {
  const at = folded.indexOf(part, Math.max(0, near - 80));
  return at < 0 ? part : text.slice(at, at + part.length);
}
