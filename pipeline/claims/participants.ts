// Who and what a claim is about: the commodity, the countries (with a direction when the text
// gives one), and the plant or project it belongs to. General patterns only, over the lexicons.
import {
  commoditiesInSentence,
  findCommodities,
  type Hit,
  isPlaceName,
  placesInSentence,
} from "./lexicons.ts";
import { clauseAround } from "./text-match.ts";
import { memoByText } from "./text-memo.ts";

export interface SentenceView {
  text: string;
  /** Whether the sentence opens by pointing back to the previous one ("The deal ...", "At that time ..."). */
  refersBack: boolean;
}

const REFERS_BACK =
  /^(?:[-–(\d).\s]*)(?:(?:the|this|that|these|those|such)\s+(?:[\p{L}-]+\s+){0,2}?(?:negotiations?|talks|deal|agreements?|treaty|contract|sale|purchase|order|loan|credit|plant|project|station|dam|turbines?|units?|shipments?|transaction)\b|at that time\b|then\b|it\b)/iu;

export function refersBack(text: string): boolean {
  return REFERS_BACK.test(text);
}

/**
 * The commodity: "tons of X", else the clause, else the sentence or the sentences it refers back to
 * when they name one. A price ("$3 a bushel") takes the nearest commodity in its sentence.
 */
export function commodityOf(
  view: SentenceView,
  span: [number, number],
  previous: SentenceView[],
  isPrice = false,
): string | null {
  const { text } = view;
  const after = text.slice(span[1], span[1] + 60);
  const of = /^\s*(?:of|in)\s+/i.exec(after);
  if (of) {
    const first = findCommodities(after.split(/[,;.]/)[0]).find((h) => h.start < of[0].length + 30);
    if (first) return first.value;
  }
  const [left, right] = clauseAround(text, span[0], span[1]);
  const inClause = findCommodities(text.slice(left, right));
  if (inClause.length > 0) {
    const target = span[0] - left;
    return inClause.reduce((a, b) =>
      Math.abs(b.start - target) < Math.abs(a.start - target) ? b : a,
    ).value;
  }
  if (isPrice) {
    const all = commoditiesInSentence(text);
    if (all.length > 0) {
      const gap = (h: { start: number; end: number }) =>
        h.end <= span[0] ? span[0] - h.end : h.start - span[1];
      return all.reduce((a, b) => (gap(b) < gap(a) ? b : a)).value;
    }
  }
  let current = view;
  for (let i = 0; i <= previous.length; i++) {
    const distinct = new Set(commoditiesInSentence(current.text).map((h) => h.value));
    if (distinct.size === 1) return [...distinct][0];
    if (distinct.size > 1 || !current.refersBack || i === previous.length) return null;
    current = previous[i];
  }
  return null;
}

export interface Parties {
  parties: string[];
  party_from: string | null;
  party_to: string | null;
}

/** Countries in the sentence; the direction from "from X" / "to X" / "for X" / "X's exports" in the claim's clause. */
export function partiesOf(text: string, span: [number, number]): Parties {
  const facts = placeFacts(text);
  const { hits } = facts;
  const [left, right] = clauseAround(text, span[0], span[1]);
  let party_from: string | null = null;
  let party_to: string | null = null;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.start < left || h.end > right) continue;
    // The words before a name are read within the clause: only a name near its start needs them cut.
    const before = h.start - 20 >= left ? facts.before[k] : wordsBeforeName(text, left, h);
    const direction = before ?? facts.after[k];
    if (direction === "from") party_from ??= h.value;
    else if (direction === "to") party_to ??= h.value;
  }
  // "France extended a credit", "Peru received": the subject of a lending or buying verb.
  party_from ??= facts.lender;
  party_to ??= facts.buyer;
  // "Peruvian fishmeal", "Polish coal": a demonym before the commodity names its origin.
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.start >= left && h.end <= right && facts.origin[k]) party_from ??= h.value;
  }
  if (party_from === party_to) party_to = null;
  return { parties: facts.parties.slice(), party_from, party_to };
}

type Direction = "from" | "to" | null;

/**
 * What a sentence's country names say whatever the claim: the same for each of its figures, so
 * found once per sentence. Per name (by its place in `hits`): the direction the words before it
 * give when the clause does not cut them, the direction the words after it give, and whether a
 * commodity follows it.
 */
interface PlaceFacts {
  hits: readonly Hit[];
  /** The countries named, each once, in order. */
  parties: string[];
  before: Direction[];
  after: Direction[];
  origin: boolean[];
  /** The first name that lends or sells ("France extended"), and the first that buys ("Peru received"). */
  lender: string | null;
  buyer: string | null;
}

const placeFacts = memoByText((text: string): PlaceFacts => {
  const hits = placesInSentence(text);
  let lender: string | null = null;
  let buyer: string | null = null;
  for (const h of hits) {
    const after = text.slice(h.end, h.end + 40).toLowerCase();
    if (LENDS.test(after)) lender ??= h.value;
    else if (BUYS.test(after)) buyer ??= h.value;
  }
  return {
    hits,
    parties: [...new Set(hits.map((h) => h.value))],
    before: hits.map((h) => wordsBeforeName(text, 0, h)),
    after: hits.map((h) => wordsAfterName(text, h)),
    origin: hits.map((h) => namesOrigin(text, h)),
    lender,
    buyer,
  };
});

const LENDS =
  /^\s+(?:\w+\s+)?(?:extended|granted|lent|loaned|offered|provided|opened|sold|exported|supplied|delivered|shipped)\b/;
const BUYS = /^\s+(?:\w+\s+)?(?:received|obtained|borrowed|bought|imported|purchased)\b/;

/** "from (the) X" or "to / for / into (the) (market of the) X", read from no earlier than `left`. */
function wordsBeforeName(text: string, left: number, h: Hit): Direction {
  const before = text.slice(Math.max(left, h.start - 20), h.start).toLowerCase();
  if (/\bfrom (?:the )?$/.test(before)) return "from";
  if (/\b(?:to|for|into) (?:the )?(?:market of (?:the )?)?$/.test(before)) return "to";
  return null;
}

/** "X's exports" or "X's imports". */
function wordsAfterName(text: string, h: Hit): Direction {
  const after = text.slice(h.end, h.end + 30).toLowerCase();
  if (/^['’]s (?:\w+ ){0,2}(?:exports?|sales|deliveries)/.test(after)) return "from";
  if (/^['’]s (?:\w+ ){0,2}(?:imports?|purchases)/.test(after)) return "to";
  return null;
}

/** "Peruvian fishmeal": a commodity follows the name, at most one word apart. */
function namesOrigin(text: string, h: Hit): boolean {
  const next = findCommodities(text.slice(h.end, h.end + 25));
  return next.length > 0 && /^\s+(?:[a-z]+\s+)?$/.test(text.slice(h.end, h.end + next[0].start));
}

const PLACE_WORD =
  "(?:HPP|hydro(?:electric)?(?: power)?(?: project| plant| station| dam| complex)?|power (?:plant|station)|plant|station|project|dam|mine|refinery|factory|port)";
const NAME_WORD = "(?:[A-Z][\\p{L}'’.]*|I{1,3}|IV|\\d{1,2})";
const CONNECTOR = "(?:del|de|la|las|los|do|da|dos|das|el|di)";
const NAME = `${NAME_WORD}(?:\\s+(?:${CONNECTOR}\\s+)?${NAME_WORD}){0,4}`;
const NAME_BEFORE = new RegExp(`(?<![\\p{L}])(${NAME})\\s+${PLACE_WORD}\\b`, "gu");
// NAME_BEFORE tries a name at every capital and backtracks through it; its tail alone is a cheap
// test that most sentences fail (every match of NAME_BEFORE holds a match of it).
const PLACE_WORD_AFTER_SPACE = new RegExp(`\\s${PLACE_WORD}\\b`, "u");
const NAME_AFTER = new RegExp(
  `\\b(?:plants?|stations?|projects?|dams?|HPP)\\b[^.;]{0,40}?(?:\\bat\\b|\\bof\\b|[–—-]|:)\\s+[“"]?(${NAME})`,
  "gu",
);
const QUOTED = /[“"]([A-Z][^”"]{1,40})[”"]/gu;
// Also the precondition of NAME_AFTER, whose opening words it covers (case-insensitively).
const FACILITY = /\b(?:plants?|stations?|projects?|dams?|HPP|hydro)\b/i;
const CONNECTOR_WORD = new RegExp(`^${CONNECTOR}$`);
const STOP = new Set([
  "The",
  "A",
  "An",
  "This",
  "That",
  "These",
  "Those",
  "Its",
  "Their",
  "In",
  "On",
  "At",
  "Under",
  "Currently",
  "Construction",
]);

/** The plant, station or project named in the sentence nearest to the quantity, or null. */
export function entityOf(text: string, span: [number, number]): string | null {
  const found = facilityNames(text);
  if (found.length === 0) return null;
  // Prefer the nearest name before the quantity ("the “Punta Alta” plant of 410 megawatts"), then after.
  let before: Hit | undefined;
  let after: Hit | undefined;
  for (const h of found) {
    if (h.end <= span[0] && (!before || h.end > before.end)) before = h;
    if (h.start >= span[1] && (!after || h.start < after.start)) after = h;
  }
  return (before ?? after ?? found[0]).value;
}

/** The facility names of a sentence, in the order the patterns find them; a sentence's figures share them. */
const facilityNames = memoByText((text: string): Hit[] => {
  const found: Hit[] = [];
  // exec loops, not matchAll: matchAll copies its pattern on every call.
  if (PLACE_WORD_AFTER_SPACE.test(text))
    for (const m of allMatches(NAME_BEFORE, text)) addFacility(found, text, m.index, m[1]);
  if (!FACILITY.test(text)) return found;
  for (const m of allMatches(NAME_AFTER, text))
    addFacility(found, text, m.index + m[0].length - m[1].length, m[1]);
  for (const m of allMatches(QUOTED, text)) addFacility(found, text, m.index + 1, m[1]);
  return found;
});

/** Adds the name found at `start` without its leading article or connector, unless it is no facility's. */
function addFacility(found: Hit[], text: string, start: number, raw: string): void {
  const words = raw.trim().split(/\s+/);
  while (words.length > 0 && (STOP.has(words[0]) || CONNECTOR_WORD.test(words[0]))) {
    words.shift();
    start = text.indexOf(words[0] ?? "", start);
  }
  const name = words.join(" ").replace(/[.,]$/, "");
  if (name.length < 3 || isPlaceName(name) || /^\d/.test(name)) return;
  found.push({ start, end: start + name.length, value: name });
}

/** Every match of a global pattern, left to right (what matchAll yields). */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(m);
  return out;
}

/** Whether a sentence talks about a facility without naming it ("the plant", "it"), so an earlier name may apply. */
export function mentionsFacility(text: string): boolean {
  return /\b(?:the|this|that|its) (?:\w+ ){0,2}(?:plants?|stations?|projects?|dams?|facilit(?:y|ies)|turbines?|generators?|units?)\b/i.test(
    text,
  );
}
