// "310 and 1,532 million roubles", "21 and 6 per cent", "142, 96 and 38 million roubles": the
// members of a list before its last take the last one's unit and scale, as readers do.
import type { Quantity } from "./types.ts";

/** What may stand between two members of a list: a comma, "and", "or", or a comma and either. */
const BETWEEN = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;
/** A member written as a bare figure in digits. */
const BARE = /^\d[\d,]*(?:\.\d+)?$/;
const FIRST_FIGURE = /\d[\d,]*(?:\.\d+)?/;

function isBare(q: Quantity): boolean {
  return (
    q.kind === "quantity" &&
    (q.unit === "count" || q.unit === null) &&
    q.noun === null &&
    q.low === q.high &&
    q.change === null &&
    BARE.test(q.text)
  );
}

/** The scale the last member applies to its figure ("1,532 million roubles": a million), or 1. */
function scaleOf(q: Quantity): number {
  const m = FIRST_FIGURE.exec(q.text);
  if (!m) return 1;
  const written = Number(m[0].replace(/,/g, ""));
  const scale = written === 0 ? 1 : q.low / written;
  return [1e3, 1e6, 1e9, 1e12].find((s) => Math.abs(scale / s - 1) < 1e-9) ?? 1;
}

/** Gives each bare member of a list the unit and scale of the list's last member, in place. */
export function shareListUnits(text: string, out: Quantity[]): void {
  for (let i = 1; i < out.length; i++) {
    const last = out[i];
    if (last.kind !== "quantity" || last.low !== last.high || isBare(last)) continue;
    if (last.unit === null || (last.unit === "count" && last.noun === null)) continue;
    if (!isBare(out[i - 1]) || !BETWEEN.test(text.slice(out[i - 1].end, last.start))) continue;
    const scale = scaleOf(last);
    for (let k = i - 1; k >= 0 && isBare(out[k]); k--) {
      if (k < i - 1 && !BETWEEN.test(text.slice(out[k].end, out[k + 1].start))) break;
      const member = out[k];
      member.low *= scale;
      member.high = member.low;
      member.unit = last.unit;
      member.unit_text = last.unit_text;
      member.noun = last.noun;
      member.per = last.per;
    }
  }
}
