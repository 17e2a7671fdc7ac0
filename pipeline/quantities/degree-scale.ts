// "-14 degrees Celsius, 9 degrees below the average": a bare degree takes the temperature scale
// stated earlier in its sentence. Only a scale the sentence states is used; none is guessed.
import type { Quantity } from "./types.ts";

const REACH = 200;
const SENTENCE_END = /[.!?;]\s/;

/** The scale (°C or °F) of the last temperature before `q` in the same sentence, or null. */
export function statedScale(text: string, out: readonly Quantity[], q: Quantity): string | null {
  for (let k = out.length - 1; k >= 0; k--) {
    const before = out[k];
    if (q.start - before.end > REACH) return null;
    if (before.unit === "°C" || before.unit === "°F") {
      return SENTENCE_END.test(text.slice(before.end, q.start)) ? null : before.unit;
    }
  }
  return null;
}
