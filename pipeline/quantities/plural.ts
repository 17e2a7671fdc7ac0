// Whether a lower-case word is a plural noun: the head a count stops at ("85 patients last week").
// Shared with the claims stage, which looks further for the head of a counted noun phrase.

/** Heads that count things without a plural -s. */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  "aircraft",
  "people",
  "personnel",
  "men",
  "women",
  "children",
  "staff",
  "cattle",
  "sheep",
  "head",
  "crew",
  "police",
]);

// Words in -s that are not plural nouns, or plural nouns that name a time span (no count head).
const NOT_PLURAL =
  /^(?:is|was|has|does|as|us|its|this|thus|plus|less|unless|always|perhaps|whereas|towards|afterwards|besides|news|series|years|months|weeks|days|hours|times)$/;

// "fishermen", "servicemen", "businesswomen": compounds of the irregular "men".
const MEN_COMPOUND =
  /^(?:fisher|service|sea|work|business|congress|police|sales|crafts|trades|fire|railway|chair|spokes|tribes|frontier|guards)(?:wo)?men$/;

export function isPluralNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word) || (word.endsWith("men") && MEN_COMPOUND.test(word))) return true;
  return /[^su'’]s$/.test(word) && word.length > 3 && !NOT_PLURAL.test(word);
}

/** Plural-looking words that usually modify the noun after them: "sales offices", "arms deals". */
export const PLURAL_MODIFIERS: ReadonlySet<string> = new Set([
  "sales",
  "arms",
  "goods",
  "customs",
  "savings",
  "sports",
  "parts",
  "operations",
  "electronics",
  "communications",
  "telecommunications",
  "humanities",
  "physics",
  "economics",
  "politics",
]);
