// Public surface of the quantity recognizer: text in, quantities (and dates) out, plus the unit vocabulary.

export { shouting } from "./capitals.ts";
export { twoDigitYear } from "./dates.ts";
export { decimalCommaWriting } from "./number-style.ts";
export { isPluralNoun } from "./plural.ts";
export { quantitiesCommand } from "./quantities-command.ts";
export { recognize } from "./recognize.ts";
export type { Qualifier, Quantity, QuantityKind, RecognizeOptions } from "./types.ts";
export { lookupUnit, UNITS, type UnitEntry, unitEntry } from "./units.ts";
