// The quantity recognizer's public types: what a found quantity looks like.

/** `quantity` is a measured or counted amount; `date` is a calendar year or date, reported so later stages can anchor claims in time. */
export type QuantityKind = "quantity" | "date";

export type Qualifier = "exact" | "approx" | "at_least" | "at_most" | "more_than" | "less_than";

export interface Quantity {
  /** UTF-16 offsets into the recognizer's input; `text` === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Value as stated with scale words applied, in the unit as stated; a point value has low === high. */
  low: number;
  high: number;
  /** Canonical unit symbol from the vocabulary in units.ts (USD, RUB, t, MW, %, count, ...), or null for a bare number. */
  unit: string | null;
  /** The unit as written in the text ("megawatts", "$", "dollar"), or null. */
  unit_text: string | null;
  /** For counts: the counted noun as written ("fighter jets", "people"). */
  noun: string | null;
  qualifier: Qualifier;
  /** "up" | "down" when the text states a change ("increased by", "fell"), else null. */
  change: "up" | "down" | null;
  /** A rate: "year", "month", "day", "item" ("each"), ...; null when none. */
  per: string | null;
  kind: QuantityKind;
  /** For dates: ISO 8601 form ("1946", "1946-06", "1946-06-06"); null otherwise. */
  iso?: string | null;
}

export interface RecognizeOptions {
  /**
   * Footnote marker positions from the document model: [start, end) spans of digits that are
   * markers, not part of a number or word. Without them the recognizer still never reads a glued
   * marker ("dollars80", "194611") as part of a unit or value.
   */
  markers?: ReadonlyArray<{ start: number; end: number }>;
  /**
   * The text's numbers are written the continental way ("1.318.540 tonnes", "US$ 812,4 million"):
   * a dot groups thousands and a comma marks decimals. A document says so as a whole, not a
   * sentence (`decimalCommaWriting` tells from the document's text).
   */
  decimalComma?: boolean;
}
