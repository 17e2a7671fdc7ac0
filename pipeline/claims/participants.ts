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
  const hits = placesInSentence(text);
  const parties = [...new Set(hits.map((h) => h.value))];
  const [left, right] = clauseAround(text, span[0], span[1]);
  const clause = hits.filter((h) => h.start >= left && h.end <= right);
  let party_from: string | null = null;
  let party_to: string | null = null;
  for (const h of clause) {
    const before = text.slice(Math.max(left, h.start - 20), h.start).toLowerCase();
    const after = text.slice(h.end, h.end + 30).toLowerCase();
    if (/\bfrom (?:the )?$/.test(before)) party_from ??= h.value;
    else if (/\b(?:to|for|into) (?:the )?(?:market of (?:the )?)?$/.test(before))
      party_to ??= h.value;
    else if (/^['’]s (?:\w+ ){0,2}(?:exports?|sales|deliveries)/.test(after))
      party_from ??= h.value;
    else if (/^['’]s (?:\w+ ){0,2}(?:imports?|purchases)/.test(after)) party_to ??= h.value;
  }
  // "France extended a credit", "Peru received": the subject of a lending or buying verb.
  for (const h of hits) {
    const after = text.slice(h.end, h.end + 40).toLowerCase();
    if (
      /^\s+(?:\w+\s+)?(?:extended|granted|lent|loaned|offered|provided|opened|sold|exported|supplied|delivered|shipped)\b/.test(
        after,
      )
    )
      party_from ??= h.value;
    else if (
      /^\s+(?:\w+\s+)?(?:received|obtained|borrowed|bought|imported|purchased)\b/.test(after)
    )
      party_to ??= h.value;
  }
  // "Peruvian fishmeal", "Polish coal": a demonym before the commodity names its origin.
  for (const h of clause) {
    const next = findCommodities(text.slice(h.end, h.end + 25));
    if (next.length > 0 && /^\s+(?:[a-z]+\s+)?$/.test(text.slice(h.end, h.end + next[0].start)))
      party_from ??= h.value;
  }
  if (party_from === party_to) party_to = null;
  return { parties, party_from, party_to };
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
  const add = (start: number, raw: string) => {
    const words = raw.trim().split(/\s+/);
    while (words.length > 0 && (STOP.has(words[0]) || CONNECTOR_WORD.test(words[0]))) {
      words.shift();
      start = text.indexOf(words[0] ?? "", start);
    }
    const name = words.join(" ").replace(/[.,]$/, "");
    if (name.length < 3 || isPlaceName(name) || /^\d/.test(name)) return;
    found.push({ start, end: start + name.length, value: name });
  };
  // exec loops, not matchAll: matchAll copies its pattern on every call.
  if (PLACE_WORD_AFTER_SPACE.test(text))
    for (const m of allMatches(NAME_BEFORE, text)) add(m.index, m[1]);
  if (!FACILITY.test(text)) return found;
  for (const m of allMatches(NAME_AFTER, text)) add(m.index + m[0].length - m[1].length, m[1]);
  for (const m of allMatches(QUOTED, text)) add(m.index + 1, m[1]);
  return found;
});

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
