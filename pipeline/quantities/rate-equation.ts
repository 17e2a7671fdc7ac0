// "at the rate of USD 1 = RUB 0.82", "1 US$ = 3.2 pesos": an exchange rate written as an equation
// is one figure, the second amount per unit of the first.
import type { Quantity } from "./types.ts";
import { unitEntry } from "./units.ts";

const EQUALS = /^\s*=\s*$/;

const isMoney = (q: Quantity): boolean =>
  q.kind === "quantity" && q.unit !== null && unitEntry(q.unit)?.dimension === "currency";

/** Joins each "one unit = so many of another" pair in out into one rate, in place. */
export function joinRateEquations(text: string, out: Quantity[]): void {
  for (let i = out.length - 1; i > 0; i--) {
    const one = out[i - 1];
    const rate = out[i];
    if (one.low !== 1 || one.high !== 1 || !isMoney(one) || !isMoney(rate)) continue;
    if (!EQUALS.test(text.slice(one.end, rate.start)) || one.unit === rate.unit) continue;
    rate.unit = `${rate.unit}/${one.unit}`;
    out.splice(i - 1, 1);
    i--;
  }
}
