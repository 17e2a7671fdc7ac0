import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMODITY, PLACE } from "../../pipeline/claims/lexicons.ts";
import { type Lexicon, lexicon, termMatches } from "../../pipeline/claims/term-search.ts";

/** The plain definition: the exec loop of the pattern's one alternation over the whole text. */
function scanAll(text: string, p: Lexicon): string[] {
  const out: string[] = [];
  const re = new RegExp(p.pattern.source, p.pattern.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index} ${m[0]} ${m[1]}`);
  return out;
}

const found = (text: string, p: Lexicon) =>
  termMatches(text, p).map((m) => `${m.start} ${text.slice(m.start, m.end)} ${m.written}`);

// Terms and their neighbours, cases, the letters that fold onto ASCII ones (the long s, the
// Kelvin sign), letters beyond the BMP, and the regions and currencies the place pattern excludes.
const piece = fc.constantFrom(
  "coffee",
  "COFFEE",
  "Coffees",
  "cottones",
  "ſugar",
  "\u212Aerosene",
  "crude oil",
  "crude",
  " oil",
  "iron ore",
  "s",
  "es",
  "Peru",
  "Peruvian",
  "America",
  "Latin ",
  "South ",
  "U.S.",
  "US",
  "$",
  "'s",
  " ",
  ".",
  "5",
  "x",
  "é",
  "𝐀",
  "Прага",
);

describe("termMatches(text, lexicon)", () => {
  it("finds exactly what the lexicon's alternation finds, for commodities and places", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.boolean(), (parts, spaced) => {
        const text = parts.join(spaced ? " " : "");
        expect(found(text, COMMODITY)).toEqual(scanAll(text, COMMODITY));
        expect(found(text, PLACE)).toEqual(scanAll(text, PLACE));
      }),
      { numRuns: 3000 },
    );
  });

  it("falls back to the whole alternation for terms it cannot index", () => {
    const p = lexicon(["x", "café", "coffee"], {
      before: "(?<![\\p{L}])",
      after: "(?![\\p{L}])",
      endings: ["s"],
      foldCase: true,
    });
    expect(p.byPrefix).toBeNull();
    const text = "x café Coffees xcoffee CAFÉ";
    expect(found(text, p)).toEqual(scanAll(text, p));
    expect(found(text, p)).toHaveLength(4);
  });
});
