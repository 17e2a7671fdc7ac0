// Unit lookups over the vocabulary in units-table.ts: exact symbols first, then names in any case.
import { Tokens, tokenize, WORD } from "./lexer.ts";
import { LOWER_CASE_CODES } from "./units-money.ts";
import { UNITS, type UnitEntry } from "./units-table.ts";
import { wordClass } from "./word-classes.ts";

export { UNITS, type UnitEntry };

const BY_SYMBOL = new Map<string, UnitEntry>();
const BY_NAME = new Map<string, UnitEntry>();
const BY_PREFIX = new Map<string, UnitEntry>();
const BY_UNIT = new Map<string, UnitEntry>();

function plurals(name: string): string[] {
  // Plural goes on the head word: "metric tons", "square kilometres"; "per" phrases are listed whole.
  if (name.includes(" per ")) return [name];
  if (/(s|x|ch|sh)$/.test(name)) return [name, `${name}es`];
  return [name, `${name}s`];
}

for (const entry of UNITS) {
  BY_UNIT.set(entry.unit, entry);
  for (const name of entry.names) {
    for (const form of plurals(name)) if (!BY_NAME.has(form)) BY_NAME.set(form, entry);
  }
  for (const symbol of entry.symbols ?? [])
    if (!BY_SYMBOL.has(symbol)) BY_SYMBOL.set(symbol, entry);
  for (const prefix of entry.prefixes ?? []) {
    BY_PREFIX.set(prefix, entry);
    // Lower-cased corpora write "us$" and "c $"; their prefixes are still unambiguous.
    if (prefix.length > 1 && !BY_PREFIX.has(prefix.toLowerCase())) {
      BY_PREFIX.set(prefix.toLowerCase(), entry);
    }
  }
}

/** Length of the longest currency prefix that is one word ("USD", "Rs"): longer words need no lookup. */
export const LONGEST_WORD_PREFIX = Math.max(
  ...[...BY_PREFIX.keys()].filter((k) => /^[\p{L}\p{M}]+$/u.test(k)).map((k) => k.length),
);

/**
 * UTF-16 codes of the one-character currency signs written before a number ("$", "₦", "฿"); "¢"
 * counts too, for "¢5" in price lists.
 */
export const CURRENCY_SIGNS: ReadonlySet<number> = new Set(
  [...BY_PREFIX.keys(), "¢"]
    .filter((k) => k.length === 1 && !/[\p{L}\p{M}\p{N}]/u.test(k))
    .map((k) => k.charCodeAt(0)),
);

/**
 * The vocabulary entry for a unit as written ("megawatts", "MW", "sq km"), or undefined. A caller
 * that already holds the lower-cased form passes it, so the lookup lower-cases nothing again.
 */
export function lookupUnit(written: string, lower?: string): UnitEntry | undefined {
  const exact = BY_SYMBOL.get(written);
  if (exact) return exact;
  return BY_NAME.get(lower ?? written.toLowerCase());
}

/** Same as lookupUnit, but only names (any case): for words that would be too ambiguous as symbols. */
export function lookupUnitName(written: string, lower?: string): UnitEntry | undefined {
  return BY_NAME.get(lower ?? written.toLowerCase());
}

/** A currency written before the number: "$", "US$", "€", "USD", "Rs". */
export function lookupPrefix(written: string): UnitEntry | undefined {
  const hit = BY_PREFIX.get(written);
  if (hit || !written.includes(" ")) return hit;
  return BY_PREFIX.get(written.replace(/\s+/g, ""));
}

/** The entry for a canonical symbol ("USD", "t"). */
export function unitEntry(unit: string): UnitEntry | undefined {
  return BY_UNIT.get(unit);
}

/** Lower-cased first words of every name and symbol: a cheap test before trying phrases. */
const FIRST_WORDS = new Set<string>();
for (const key of [...BY_NAME.keys(), ...BY_SYMBOL.keys()]) {
  const head = /^[\p{L}]+/u.exec(key);
  if (head) FIRST_WORDS.add(head[0].toLowerCase());
}

/** Word class (word-classes.ts) of the lower-cased first words: a unit name or symbol can start with these. */
export const UNIT_FIRST_WORD = wordClass(FIRST_WORDS);

/** Word class of every word in a unit name or symbol of several tokens ("million", "tonnes" of "million tonnes"). */
export const UNIT_PART_WORD = wordClass(unitWords((n) => n > 1));

/** Word class of the unit names and symbols that are one word, lower-cased ("megawatts", "mw"). */
export const UNIT_WORD = wordClass(unitWords((n) => n === 1));

/** Lower-cased words of the unit names and symbols whose token count passes `keep`. */
function unitWords(keep: (tokens: number) => boolean): string[] {
  const out: string[] = [];
  const toks = new Tokens();
  for (const key of [...BY_NAME.keys(), ...BY_SYMBOL.keys()]) {
    tokenize(key, 0, key.length, toks);
    if (!keep(toks.n)) continue;
    for (let t = 0; t < toks.n; t++)
      if (toks.type[t] === WORD) out.push(key.slice(toks.start[t], toks.end[t]).toLowerCase());
  }
  return out;
}

/** Word class of the lower-cased currency prefixes: a word outside it is no prefix in any case. */
export const PREFIX_WORD = wordClass([...BY_PREFIX.keys()].map((k) => k.toLowerCase()));

/** Word class of the currency codes that lower-cased text writes in lower case ("usd 20", "rmb 10"). */
export const LOWER_CASE_CODE = wordClass([...LOWER_CASE_CODES, "RMB"].map((c) => c.toLowerCase()));

/** For each lower-cased first word, the most tokens a name or symbol starting with it spans. */
const PHRASE_TOKENS = new Map<string, number>();
const KEY_TOKENS = new Tokens();
for (const key of [...BY_NAME.keys(), ...BY_SYMBOL.keys()]) {
  const toks = tokenize(key, 0, key.length, KEY_TOKENS);
  if (toks.n === 0 || toks.type[0] !== WORD) continue;
  const head = key.slice(toks.start[0], toks.end[0]).toLowerCase();
  PHRASE_TOKENS.set(head, Math.max(PHRASE_TOKENS.get(head) ?? 0, toks.n));
}

/**
 * The most tokens a unit starting with this word can span ("million tonnes": 2), or undefined when
 * no unit starts with it. The unit reader tries no longer phrase: each would cost a string and two
 * lookups, for every number followed by such a word.
 */
export function unitPhraseTokens(lower: string): number | undefined {
  return PHRASE_TOKENS.get(lower);
}
