// Public surface of the quantity recognizer: text in, quantities (and dates) out.
export type { Qualifier, Quantity, QuantityKind, RecognizeOptions } from "./types.ts";
export { recognize } from "./recognize.ts";
export { quantitiesCommand } from "./quantities-command.ts";
export { UNITS, lookupUnit } from "./units.ts";
