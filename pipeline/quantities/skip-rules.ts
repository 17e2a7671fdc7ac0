// Numbers that are not amounts: citations ("p. 171", "т. 18"), identifiers ("F-16", "A320"), glued footnote markers, phone numbers.
import { clockHour } from "./clock-hours.ts";
import type { Context } from "./context.ts";
import { SYM, WORD } from "./lexer.ts";
import { letterSignHolds } from "./money-prefix.ts";
import { isPluralNoun } from "./plural.ts";
import { readUnit } from "./read-unit.ts";
import { LONGEST_WORD_PREFIX, lookupPrefix, PREFIX_WORD } from "./units.ts";
import { wordClass } from "./word-classes.ts";

// tsx runs modules as CommonJS, where each read of an imported binding is a getter call;
// these token tests run for most numbers, so they read module-local copies.
const T_SYM: number = SYM;
const T_WORD: number = WORD;

/** Words after which a number is a reference, not an amount (English, plus Russian/Bulgarian citation abbreviations). */
const REFERENCE_WORDS = new Set([
  "p",
  "pp",
  "page",
  "pages",
  "vol",
  "volume",
  "no",
  "nos",
  "nr",
  "number",
  "chapter",
  "ch",
  "chap",
  "section",
  "sec",
  "art",
  "article",
  "fig",
  "figure",
  "table",
  "tab",
  "footnote",
  "note",
  "n",
  "para",
  "paragraph",
  "issue",
  "ed",
  "edition",
  "part",
  "book",
  "item",
  "annex",
  "appendix",
  "line",
  "lines",
  "col",
  "column",
  "op",
  "cit",
  "ibid",
  "т",
  "с",
  "стр",
  "бр",
  "кн",
  "вып",
  "№",
  "§",
  "#",
  // Days and rounds of an event are named by number: "on day 3", "day two", "game 7".
  "day",
  "week",
  "round",
  "game",
  "leg",
  "heat",
  "route",
  "highway",
  "exit",
  "junction",
  "platform",
  "gate",
  "berth",
  "pier",
  "unit",
  "block",
  "phase",
  "stage",
]);

const REFERENCE_SIGNS = "№§#";
const REFERENCE = wordClass(REFERENCE_WORDS);

/** A number in words right after a reference word names a part or a day, as digits do ("day two", "Part One"). */
export function afterReferenceWord(ctx: Context, i: number): boolean {
  return ctx.near(i) && ctx.inClass(i - 1, REFERENCE);
}

/** Words glued by a hyphen to a following year that still leave it a year ("mid-1962"). */
const YEAR_PREFIXES = new Set(["mid", "early", "late", "pre", "post"]);

/** True when the number at token i is a reference, identifier or marker; `skipTo` is the last token to skip. */
export function skipNumber(ctx: Context, i: number): number {
  const prevType = ctx.type(i - 1);
  if (prevType === T_WORD && ctx.glued(i)) {
    // "USD100" and "Rs500" are money; anything else glued to letters is a marker or a model name.
    const prefix =
      ctx.size(i - 1) <= LONGEST_WORD_PREFIX &&
      ctx.inClass(i - 1, PREFIX_WORD) &&
      lookupPrefix(ctx.raw(i - 1));
    if (!prefix || !letterSignHolds(ctx, i - 1, i)) return skipGlued(ctx, i);
    // Money, though the sign reads as a reference word too ("N850 billion", naira; "N 5", No. 5).
    if (ctx.size(i - 1) === 1) return -1;
  }
  // "44.8 million tons.12 The", "over 100,000 people,7 and": digits glued to the full stop or
  // comma after a word are a footnote marker ("Rs.500", money, apart).
  if (
    prevType === T_SYM &&
    ctx.glued(i) &&
    ctx.isSym(i - 1, ".,") &&
    ctx.glued(i - 1) &&
    ctx.isWord(i - 2) &&
    ctx.size(i) <= 3 &&
    ctx.plainDigits(i) &&
    !(ctx.glued(i + 1) && ctx.type(i + 1) !== T_SYM) &&
    !(ctx.size(i - 2) <= LONGEST_WORD_PREFIX && lookupPrefix(ctx.raw(i - 2)))
  )
    return i;
  if (
    prevType === T_SYM &&
    ctx.glued(i) &&
    ctx.isDash(i - 1) &&
    ctx.isWord(i - 2) &&
    ctx.glued(i - 1)
  ) {
    if (!YEAR_PREFIXES.has(ctx.lower(i - 2))) return skipGlued(ctx, i);
  }
  // A reference word, possibly abbreviated with a dot ("p. 171", "No. 3", "§ 4").
  let k = i - 1;
  if (ctx.isSym(k, ".") && ctx.glued(k)) k--;
  // Only words and the three reference signs can be in the table: skip the lookup for the rest.
  if (
    k >= 0 &&
    ctx.gap(k + 1) <= 2 &&
    (ctx.isWord(k)
      ? ctx.inClass(k, REFERENCE)
      : ctx.isSym(k, REFERENCE_SIGNS) && REFERENCE_WORDS.has(ctx.lower(k)))
  ) {
    return afterReference(ctx, i, k);
  }
  if (ctx.isSym(i - 1, "#№§") && ctx.near(i)) return skipRange(ctx, i);
  // Inside a URL or path: "…/32911", "?id=5".
  if (ctx.isSym(i - 1, "/=?&_@") && ctx.glued(i) && !ctx.isNum(i - 2)) return skipGlued(ctx, i);
  // Clock times and ratios written with a colon ("2:00 pm").
  if (ctx.isSym(i + 1, ":") && ctx.glued(i + 1) && ctx.isNum(i + 2) && ctx.glued(i + 2))
    return i + 2;
  if (clockHour(ctx, i)) return i;
  if (listMarker(ctx, i) || numberedLine(ctx, i)) return i + 1;
  // Phone-like runs: three digit groups joined by hyphens ("555-123-4567").
  if (
    ctx.isDash(i + 1) &&
    ctx.glued(i + 1) &&
    ctx.isNum(i + 2) &&
    ctx.glued(i + 2) &&
    ctx.isDash(i + 3) &&
    ctx.glued(i + 3) &&
    ctx.isNum(i + 4) &&
    ctx.glued(i + 4)
  ) {
    return i + 4;
  }
  // "14.3 cases per 100,000 people": the base of a rate is no amount of its own.
  if (ctx.word(i - 1) === "per" && ctx.near(i) && isRateBase(ctx.raw(i))) return i;
  const phone = phoneEnd(ctx, i);
  if (phone >= i) return phone;
  const address = addressEnd(ctx, i);
  if (address >= i) return address;
  // A number glued to letters that are no unit, scale or suffix ("5G", "3D"): an identifier.
  return -1;
}

/** The number at token i after the reference word at k: what to skip of it, or -1 for an amount. */
function afterReference(ctx: Context, i: number, k: number): number {
  // Only a capitalized "No"/"Nr" or a dotted abbreviation: "no 5 people" is rare but "no" alone is a word.
  const w = ctx.lower(k);
  const dotted = k === i - 2;
  if (
    (w === "no" || w === "n" || w === "p" || w === "c" || w === "т" || w === "с") &&
    !dotted &&
    ctx.raw(k) === w
  )
    return -1;
  // "advisers number 50 to 70", "the refugees now number 20,000": the verb of a plural subject.
  if (w === "number" && numberVerbSubject(ctx, k + 1) !== null) return -1;
  // "can berth 400-metre vessels", "the line 38 seconds inside": a measure, not a berth's or line's number.
  if (hyphenedUnit(ctx, i)) return -1;
  return skipRange(ctx, i);
}

/**
 * The number at token i is glued by a hyphen to a unit ("400-metre", "60-MW"), or followed by a
 * unit's name of three letters or more ("crossed the line 38 seconds inside the record").
 */
function hyphenedUnit(ctx: Context, i: number): boolean {
  if (ctx.isDash(i + 1) && ctx.glued(i + 1) && ctx.isWord(i + 2) && ctx.glued(i + 2))
    return readUnit(ctx, i + 2) !== null;
  return (
    ctx.isWord(i + 1) && ctx.size(i + 1) >= 3 && ctx.near(i + 1) && readUnit(ctx, i + 1) !== null
  );
}

/** The plural subject of a "number" right before token i ("advisers" in "advisers number 50"), or null. */
export function numberVerbSubject(ctx: Context, i: number): string | null {
  const k = i - 1;
  if (!ctx.is(k, "number") || !ctx.isWord(k - 1)) return null;
  const before = ctx.word(k - 1) === "now" || ctx.word(k - 1) === "still" ? k - 2 : k - 1;
  return ctx.isWord(before) && isPluralNoun(ctx.lower(before)) ? ctx.raw(before) : null;
}

/** A power of ten from a hundred up, as rates are given per ("100", "1,000", "100,000"). */
export function isRateBase(written: string): boolean {
  return /^10{2,}$/.test(written.replace(/,/g, ""));
}

/** The last words of street names, capitalized: "10 Downing Street", "14 Marine Parade". */
const STREET_TYPES = new Set([
  "Street",
  "St",
  "Road",
  "Rd",
  "Avenue",
  "Ave",
  "Lane",
  "Drive",
  "Place",
  "Square",
  "Terrace",
  "Parade",
  "Boulevard",
  "Blvd",
  "Crescent",
  "Embankment",
  "Quay",
  "Gardens",
]);

/** "10 Downing Street", "200 Eastbourne Terrace": a house number before a street's name; its last token, or -1. */
function addressEnd(ctx: Context, i: number): number {
  if (!ctx.plainDigits(i) || ctx.size(i) > 4) return -1;
  for (let k = i + 1; k <= i + 3; k++) {
    if (!ctx.isWord(k) || ctx.gap(k) !== 1 || !isCapitalCode(ctx.code(k))) return -1;
    if (STREET_TYPES.has(ctx.raw(k))) return k;
  }
  return -1;
}

const isCapitalCode = (c: number): boolean => c >= 65 && c <= 90;

/** Plain digits of at least three with a leading zero: no amount is written so ("0800", "020", "0142"). */
function zeroLed(ctx: Context, k: number): boolean {
  return ctx.plainDigits(k) && ctx.size(k) >= 3 && ctx.code(k) === 48;
}

/** The next digit group of a phone number after token k: one space or a glued hyphen away. */
function nextGroup(ctx: Context, k: number): number {
  if (ctx.isNum(k + 1) && ctx.gap(k + 1) === 1 && ctx.plainDigits(k + 1)) return k + 1;
  if (ctx.isDash(k + 1) && ctx.glued(k + 1) && ctx.plainDigits(k + 2) && ctx.glued(k + 2))
    return k + 2;
  return -1;
}

/**
 * "0800 555 0142", "020 7946 0958", "555-0142": digit groups of which one has a leading zero are a
 * phone number or a code, whole; the last token of it, or -1. A group of exactly three zero-led
 * digits after a number is a thousands group ("1 000", "45 050").
 */
function phoneEnd(ctx: Context, i: number): number {
  let j = i;
  let zero = zeroLed(ctx, i);
  for (let next = nextGroup(ctx, j); next > 0 && ctx.size(next) >= 2; next = nextGroup(ctx, j)) {
    const thousands = ctx.size(next) === 3 && !ctx.isDash(next - 1);
    if (zeroLed(ctx, next) && !thousands) zero = true;
    else if (!zero) break;
    j = next;
  }
  return zero ? j : -1;
}

function skipGlued(ctx: Context, i: number): number {
  let j = i;
  // The whole code goes: "scp2-173m", "F-16s", "FY2023/24".
  for (;;) {
    if (j + 1 < ctx.length && ctx.glued(j + 1) && ctx.type(j + 1) !== T_SYM) j++;
    else if (
      (ctx.isDash(j + 1) || ctx.isSym(j + 1, "/")) &&
      ctx.glued(j + 1) &&
      ctx.glued(j + 2) &&
      ctx.type(j + 2) !== T_SYM
    )
      // "FY2023/24", "A4/5": a slash inside a code joins its parts as a dash does.
      j += 2;
    else break;
  }
  return j;
}

function skipRange(ctx: Context, i: number): number {
  if (ctx.isDash(i + 1) && ctx.glued(i + 1) && ctx.isNum(i + 2) && ctx.glued(i + 2)) return i + 2;
  return i;
}

/** Words a wrapped line ends on before the number it runs on to. */
const RUNS_ON_TO_NUMBER = new Set(["to", "of", "by", "at", "than", "about", "some", "and", "or"]);

/** "7. Chemicals", "3. The number of advisers": a line that opens with its item or paragraph number. */
function numberedLine(ctx: Context, i: number): boolean {
  if ((i > 0 && ctx.nl(i) === 0) || ctx.size(i) > 2 || !ctx.plainDigits(i)) return false;
  // "rose to\n5. Then": a line that runs on ends with the number, not before it.
  if (RUNS_ON_TO_NUMBER.has(ctx.word(i - 1))) return false;
  return (
    ctx.isSym(i + 1, ".") &&
    ctx.glued(i + 1) &&
    ctx.isWord(i + 2) &&
    ctx.gap(i + 2) >= 1 &&
    isCapitalCode(ctx.code(i + 2))
  );
}

/** How far back a ")" looks for the "(" it would close. */
const PAREN_REACH = 40;

/**
 * "1) raise exports, 2) cut imports": a one- or two-digit number closed by a ")" that no "("
 * opened is a list marker. "(about 3)" closes a parenthesis and stays an amount.
 */
function listMarker(ctx: Context, i: number): boolean {
  if (!ctx.isSym(i + 1, ")") || ctx.gap(i + 1) > 1 || ctx.size(i) > 2 || !ctx.plainDigits(i))
    return false;
  if (!ctx.isWord(i + 2) && !ctx.isNum(i + 2)) return false;
  const from = Math.max(0, i - PAREN_REACH);
  for (let k = i - 1; k >= from; k--) {
    if (ctx.isSym(k, ")")) return true;
    if (ctx.isSym(k, "(")) return false;
  }
  return true;
}
