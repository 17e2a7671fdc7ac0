// The lookup tables beside this step (commodities, places), compiled once into matchers.
import commodityFile from "./commodities.json" with { type: "json" };
import placeFile from "./places.json" with { type: "json" };
import { lexicon, termMatches } from "./term-search.ts";
import { memoByText } from "./text-memo.ts";

export interface Hit {
  start: number;
  end: number;
  value: string;
}

const commodityTerms = Object.entries(commodityFile.terms as Record<string, string>).sort(
  (a, b) => b[0].length - a[0].length,
);
export const COMMODITY = lexicon(
  commodityTerms.map(([t]) => t),
  { before: "(?<![\\p{L}])", after: "(?![\\p{L}])", endings: ["s", "es"], foldCase: true },
);
const commodityOf = new Map(commodityTerms.map(([t, c]) => [t, c]));

const placeNames: Array<[string, string]> = [];
for (const [place, names] of Object.entries(placeFile.places as Record<string, string[]>)) {
  for (const name of names) placeNames.push([name, place]);
}
placeNames.sort((a, b) => b[0].length - a[0].length);
// "America" inside "Latin America" is a region, and "US" before "$" is a currency.
export const PLACE = lexicon(
  placeNames.map(([n]) => n),
  {
    before: "(?<![\\p{L}])(?<!(?:Latin|South|Central|North) )",
    after: "(?![\\p{L}$])",
    foldCase: false,
  },
);
const placeOf = new Map(placeNames);

/** Commodity terms in a text, longest term first at each place. */
export function findCommodities(text: string): Hit[] {
  const out: Hit[] = [];
  for (const m of termMatches(text, COMMODITY)) {
    const value = commodityOf.get(m.written.toLowerCase());
    if (value) out.push({ start: m.start, end: m.end, value });
  }
  return out;
}

/** Country names, short forms and demonyms in a text, as the country's recorded name. */
export function findPlaces(text: string): Hit[] {
  const out: Hit[] = [];
  for (const m of termMatches(text, PLACE)) {
    const value = placeOf.get(m.written);
    if (value) out.push({ start: m.start, end: m.end, value });
  }
  return out;
}

// A sentence is searched once however many of its figures (or its neighbours' figures) ask.
/** findCommodities of a whole sentence, remembered. */
export const commoditiesInSentence: (text: string) => readonly Hit[] = memoByText(findCommodities);
/** findPlaces of a whole sentence, remembered. */
export const placesInSentence: (text: string) => readonly Hit[] = memoByText(findPlaces);

export function isPlaceName(name: string): boolean {
  return placeOf.has(name);
}
