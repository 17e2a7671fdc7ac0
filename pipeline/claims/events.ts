// Dated events for a timeline: a full or partial date in a sentence that names an agreement, a
// treaty, a loan, a visit, an election or a recognition.
import type { EventKind } from "./types.ts";

/**
 * Per kind, in the order they are tried: its English words (case-insensitive), and for some its
 * Cyrillic words, which need the u flag. A kind holds for a sentence where either is found.
 */
const KINDS: Array<{ kind: EventKind; english: RegExp; cyrillic?: RegExp }> = [
  {
    kind: "treaty",
    english: /\btreat(?:y|ies)\b/i,
    cyrillic: /(?<!\p{L})(?:договор|спогодба)/iu,
  },
  { kind: "loan", english: /\b(?:loans?|credits?|credit line)\b/i },
  {
    kind: "agreement",
    english: /\b(?:agreements?|accords?|protocols?|pacts?|conventions?|contracts?|agreed)\b/i,
    cyrillic: /(?<!\p{L})(?:соглашени|протокол|споразумени)/iu,
  },
  { kind: "election", english: /\b(?:elections?|elected|presidential vote)\b/i },
  {
    kind: "recognition",
    english: /\b(?:recogni[sz](?:ed|es|e|ing)|recognition|diplomatic relations)\b/i,
  },
  {
    kind: "visit",
    english: /\b(?:visit(?:ed|s)?|delegation|state visit|met with|talks? (?:with|between))\b/i,
  },
  {
    kind: "other",
    english:
      /\b(?:signed|concluded|coup|invaded|invasion|dissolved|founded|established|nationali[sz]ed|embargo|sanctions?)\b/i,
  },
];

// A kind with Cyrillic words is defined by one pattern, English words or Cyrillic, under the u
// flag. That flag makes \b slow (a sentence costs several times a plain pattern's scan) and
// changes the English words only in text holding "ſ" or the Kelvin sign, the only characters it
// folds onto ASCII letters ("s", "k"): only such text asks the whole pattern, and there only
// where a plain test finds a stem that every English match holds (no stem holds an "s" or a "k").
const WHOLE = new Map(
  KINDS.flatMap(({ kind, english, cyrillic }) =>
    cyrillic ? [[kind, new RegExp(`${english.source}|${cyrillic.source}`, "iu")]] : [],
  ),
);

/** The definition eventKind follows, kind by kind: the first kind whose pattern is found holds. */
export const EVENT_PATTERNS: ReadonlyArray<{ kind: EventKind; pattern: RegExp }> = KINDS.map(
  ({ kind, english }) => ({ kind, pattern: WHOLE.get(kind) ?? english }),
);
const FOLDS_ONTO_ASCII = /[\u017f\u212a]/;
const STEMS: Partial<Record<EventKind, RegExp>> = {
  treaty: /treat/i,
  agreement: /agree|accord|protocol|pact|convention|contract/i,
};
// Every Cyrillic word holds a letter of this block (one, such as "г" or "п", that no character
// outside it folds onto), and every English match of every kind one of these stems (again no "s"
// or "k"): most dated sentences name no event, and two scans tell so.
const CYRILLIC = /[\u0400-\u04ff]/;
const ANY_STEM =
  /treat|agree|accord|protocol|pact|convention|contract|loan|credit|elect|presidential vote|recogni|diplomatic relations|visit|delegation|met with|talk|signed|concluded|coup|inva|dissolved|founded|established|nationali|embargo|sanction/i;

export function eventKind(text: string): EventKind | null {
  const cyrillic = CYRILLIC.test(text);
  if (!cyrillic && !ANY_STEM.test(text)) return null;
  const folds = FOLDS_ONTO_ASCII.test(text);
  for (const { kind, english, cyrillic: words } of KINDS) {
    const whole = WHOLE.get(kind);
    if (!folds || !whole) {
      if (english.test(text) || (cyrillic && words?.test(text))) return kind;
      continue;
    }
    const stems = STEMS[kind];
    if (stems && !cyrillic && !stems.test(text)) continue;
    if (whole.test(text)) return kind;
  }
  return null;
}

/** A short label: the words around the date, cut at clause breaks, at most about 80 characters. */
export function eventLabel(kind: EventKind, text: string, start: number, end: number): string {
  const left = Math.max(0, text.lastIndexOf(".", start) + 1, text.lastIndexOf(";", start) + 1);
  const stop = text.slice(end).search(/[;.](?:\s|$)/);
  const right = stop < 0 ? text.length : end + stop;
  let clause = text.slice(left, right).replace(/\s+/g, " ").trim();
  if (clause.length > 80) clause = `${clause.slice(0, 79).replace(/\s+\S*$/, "")}…`;
  return `${kind}: ${clause}`;
}

// Russian and Bulgarian month names (genitive and nominative) as cited documents write them.
const MONTHS: Record<string, number> = {
  январ: 1,
  феврал: 2,
  февруар: 2,
  март: 3,
  апрел: 4,
  мая: 5,
  май: 5,
  июн: 6,
  юни: 6,
  июл: 7,
  юли: 7,
  август: 8,
  сентябр: 9,
  септемвр: 9,
  октябр: 10,
  октомвр: 10,
  ноябр: 11,
  ноемвр: 11,
  декабр: 12,
  декемвр: 12,
};
const FULL_DATE =
  /(?<!\d)(\d{1,2})\s+(январ|феврал|февруар|март|апрел|мая|май|июн|юни|июл|юли|август|сентябр|септемвр|октябр|октомвр|ноябр|ноемвр|декабр|декемвр)\p{L}*\s+(\d{4})(?!\d)/giu;

/** Full dates (day, month, year) written in Russian or Bulgarian, as ISO: the date of a cited act. */
export function cyrillicDates(text: string): Array<{ start: number; end: number; iso: string }> {
  const out: Array<{ start: number; end: number; iso: string }> = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const month = MONTHS[m[2].toLowerCase()];
    const day = Number(m[1]);
    if (!month || day < 1 || day > 31) continue;
    const iso = `${m[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, iso });
  }
  return out;
}
