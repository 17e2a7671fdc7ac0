// Dated events for a timeline: a full or partial date in a sentence that names an agreement, a
// treaty, a loan, a visit, an election or a recognition.
import type { EventKind } from "./types.ts";

const TREATY_WORDS = String.raw`\btreat(?:y|ies)\b`;
const AGREEMENT_WORDS = String.raw`\b(?:agreements?|accords?|protocols?|pacts?|conventions?|contracts?|agreed)\b`;

const KINDS: Array<[EventKind, RegExp]> = [
  ["treaty", new RegExp(`${TREATY_WORDS}|(?<!\\p{L})(?:договор|спогодба)`, "iu")],
  ["loan", /\b(?:loans?|credits?|credit line)\b/i],
  [
    "agreement",
    new RegExp(`${AGREEMENT_WORDS}|(?<!\\p{L})(?:соглашени|протокол|споразумени)`, "iu"),
  ],
  ["election", /\b(?:elections?|elected|presidential vote)\b/i],
  ["recognition", /\b(?:recogni[sz](?:ed|es|e|ing)|recognition|diplomatic relations)\b/i],
  ["visit", /\b(?:visit(?:ed|s)?|delegation|state visit|met with|talks? (?:with|between))\b/i],
  [
    "other",
    /\b(?:signed|concluded|coup|invaded|invasion|dissolved|founded|established|nationali[sz]ed|embargo|sanctions?)\b/i,
  ],
];

// The u flag the Cyrillic words need makes \b slow (a sentence costs several times a plain
// pattern's scan). In ASCII text (most sentences) those patterns find what their English words
// find without it: the u flag differs only for "ſ" and the Kelvin sign, which fold onto "s" and "k".
// Elsewhere they run only where a Cyrillic letter stands or a plain case-insensitive test finds
// a stem that every English match holds (no stem holds an "s" or a "k").
const ASCII_ONLY: Partial<Record<EventKind, RegExp>> = {
  treaty: new RegExp(TREATY_WORDS, "i"),
  agreement: new RegExp(AGREEMENT_WORDS, "i"),
};
const CYRILLIC = /[\u0400-\u04ff]/;
const NON_ASCII = /[^\0-\x7f]/;
const STEMS: Partial<Record<EventKind, RegExp>> = {
  treaty: /treat/i,
  agreement: /agree|accord|protocol|pact|convention|contract/i,
};
// Every English match of every kind holds one of these (again no "s" or "k" where a pattern has
// the u flag): most dated sentences name no event, and one scan tells so.
const ANY_STEM =
  /treat|agree|accord|protocol|pact|convention|contract|loan|credit|elect|presidential vote|recogni|diplomatic relations|visit|delegation|met with|talk|signed|concluded|coup|inva|dissolved|founded|established|nationali|embargo|sanction/i;

export function eventKind(text: string): EventKind | null {
  const cyrillic = CYRILLIC.test(text);
  if (!cyrillic && !ANY_STEM.test(text)) return null;
  const ascii = !cyrillic && !NON_ASCII.test(text);
  for (const [kind, re] of KINDS) {
    if (ascii) {
      if ((ASCII_ONLY[kind] ?? re).test(text)) return kind;
      continue;
    }
    const stems = STEMS[kind];
    if (stems && !cyrillic && !stems.test(text)) continue;
    if (re.test(text)) return kind;
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
