// The result objects recognize() returns, built by constructors rather than object literals.
//
// V8 records where each object literal is allocated; once a long text's results have outlived a
// young-generation collection, it allocates every later result of that literal straight into the
// old generation, even the short-lived results of sentence-by-sentence calls. On dense numeric
// text that cost about 1 µs per result (20 MB of numbers: 2.4 s CPU with literals, 1.6 s with
// constructors). Objects made by `new` are not tenured that way.
// Fields are assigned in the order JSON output lists them.
import type { Qualifier, Quantity, QuantityKind } from "./types.ts";

export class QuantityItem implements Quantity {
  start: number;
  end: number;
  text: string;
  low: number;
  high: number;
  unit: string | null;
  unit_text: string | null;
  noun: string | null;
  qualifier: Qualifier;
  change: "up" | "down" | null;
  per: string | null;
  kind: QuantityKind;

  constructor(
    start: number,
    end: number,
    text: string,
    low: number,
    high: number,
    unit: string | null,
    unitText: string | null,
    noun: string | null,
    qualifier: Qualifier,
    change: "up" | "down" | null,
    per: string | null,
  ) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.low = low;
    this.high = high;
    this.unit = unit;
    this.unit_text = unitText;
    this.noun = noun;
    this.qualifier = qualifier;
    this.change = change;
    this.per = per;
    this.kind = "quantity";
  }
}

/** A calendar year or date: no unit, exact, with its ISO 8601 form. */
export class DateItem implements Quantity {
  start: number;
  end: number;
  text: string;
  low: number;
  high: number;
  unit: null;
  unit_text: null;
  noun: null;
  qualifier: Qualifier;
  change: null;
  per: null;
  kind: QuantityKind;
  iso: string;

  constructor(start: number, end: number, text: string, low: number, high: number, iso: string) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.low = low;
    this.high = high;
    this.unit = null;
    this.unit_text = null;
    this.noun = null;
    this.qualifier = "exact";
    this.change = null;
    this.per = null;
    this.kind = "date";
    this.iso = iso;
  }
}
