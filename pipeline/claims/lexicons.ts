// The lookup tables beside this step (commodities, places), compiled once into matchers.
import commodityFile from "./commodities.json" with { type: "json" };
import placeFile from "./places.json" with { type: "json" };
import { memoByText } from "./text-memo.ts";

export interface Hit {
  start: number;
  end: number;
  value: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const commodityTerms = Object.entries(commodityFile.terms as Record<string, string>).sort(
  (a, b) => b[0].length - a[0].length,
);
const COMMODITY = new RegExp(
  `(?<![\\p{L}])(${commodityTerms.map(([t]) => escapeRegExp(t)).join("|")})(?:s|es)?(?![\\p{L}])`,
  "giu",
);
const commodityOf = new Map(commodityTerms.map(([t, c]) => [t, c]));

const placeNames: Array<[string, string]> = [];
for (const [place, names] of Object.entries(placeFile.places as Record<string, string[]>)) {
  for (const name of names) placeNames.push([name, place]);
}
placeNames.sort((a, b) => b[0].length - a[0].length);
// "America" inside "Latin America" is a region, and "US" before "$" is a currency.
const PLACE = new RegExp(
  `(?<![\\p{L}])(?<!(?:Latin|South|Central|North) )(${placeNames.map(([n]) => escapeRegExp(n)).join("|")})(?![\\p{L}$])`,
  "gu",
);
const placeOf = new Map(placeNames);

/** Commodity terms in a text, longest term first at each place. */
export function findCommodities(text: string): Hit[] {
  const out: Hit[] = [];
  COMMODITY.lastIndex = 0;
  for (let m = COMMODITY.exec(text); m; m = COMMODITY.exec(text)) {
    const value = commodityOf.get(m[1].toLowerCase());
    if (value) out.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return out;
}

/** Country names, short forms and demonyms in a text, as the country's recorded name. */
export function findPlaces(text: string): Hit[] {
  const out: Hit[] = [];
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(text); m; m = PLACE.exec(text)) {
    const value = placeOf.get(m[1]);
    if (value) out.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return out;
}

// The lexicons' alternations are the costliest patterns of the stage; a sentence is searched once
// however many of its figures (or its neighbours' figures) ask.
/** findCommodities of a whole sentence, remembered. */
export const commoditiesInSentence: (text: string) => readonly Hit[] = memoByText(findCommodities);
/** findPlaces of a whole sentence, remembered. */
export const placesInSentence: (text: string) => readonly Hit[] = memoByText(findPlaces);

export function isPlaceName(name: string): boolean {
  return placeOf.has(name);
}
