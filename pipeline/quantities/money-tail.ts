// Money written in two parts or with a trailing scale: "3 dollars 50 cents", "15 USD 50", "75 USD million", "30 MUSD".
import type { Context } from "./context.ts";
import { readScale } from "./read-scale.ts";
import { readWords } from "./read-words.ts";
import { lookupUnit, type UnitEntry } from "./units.ts";

const SUBUNITS = new Set(["cent", "cents", "pence", "penny", "kopeks", "kopecks", "centavos", "¢"]);

/** After a currency unit ending at token j: the minor part ("50 cents", "and forty-five") or a scale ("million"). */
export function readMoneyTail(
  ctx: Context,
  j: number,
  scaled: boolean,
): { add: number; scale: number; last: number } | null {
  const scale = readScale(ctx, j + 1, true);
  if (scale && ctx.near(j + 1)) return { add: 0, scale: scale.scale, last: scale.last };
  // Only a major unit takes a minor part; "64 cents a dozen" has none, and nor does a scaled
  // amount: after "8 million dollars" a number is the next item of a list.
  if (scaled || SUBUNITS.has(ctx.lower(j))) return null;
  let k = j + 1;
  if (ctx.lower(k) === "and" && ctx.near(k)) k++;
  if (ctx.lower(k) === "a" || ctx.lower(k) === "an") return null;
  // The minor part stands apart: digits glued to the unit are a footnote marker ("dollars17").
  // On the next line it starts something else ("8 dollars\n7. Trucks").
  if (!ctx.near(k) || ctx.gap(k) === 0 || ctx.nl(k) > 0) return null;
  let minor: number | null = null;
  let last = k;
  if (ctx.size(k) <= 2 && ctx.plainDigits(k)) minor = ctx.plainValue(k);
  else if (ctx.isWord(k)) {
    const w = readWords(ctx, k);
    if (w && !w.scaled && w.value < 100 && Number.isInteger(w.value)) {
      minor = w.value;
      last = w.last;
    }
  }
  if (minor === null) return null;
  if (SUBUNITS.has(ctx.lower(last + 1)) && ctx.near(last + 1))
    return { add: minor / 100, scale: 1, last: last + 1 };
  // A bare minor part must end the phrase ("costs 15 dollars 50."), or it is another number.
  if (ctx.type(last + 1) === 0 || ctx.isSym(last + 1, ".,;!?)"))
    return { add: minor / 100, scale: 1, last };
  return null;
}

/** "MUSD", "MEUR", "KUSD": a currency code with a scale letter glued in front. */
export function scaledCode(written: string): { entry: UnitEntry; scale: number } | null {
  if (written.length !== 4 || (written[0] !== "M" && written[0] !== "K")) return null;
  const entry = lookupUnit(written.slice(1));
  if (entry?.dimension !== "currency") return null;
  return { entry, scale: written[0] === "M" ? 1e6 : 1e3 };
}
