// A table row's figures → claims: each cell with the year of its column, and the unit and scale
// its caption or label states ("Soviet imports from Argentina, thousand tons"; "Oil (million
// roubles)"). The category comes from the caption's cues, the commodity from the row's label.
import { isPluralNoun, recognize } from "../quantities/index.ts";
import type { Quantity } from "../quantities/types.ts";
import { buildClaim } from "./build-claim.ts";
import { canonicalize } from "./canonical.ts";
import { classify } from "./classify.ts";
import type { SentenceContext } from "./document-context.ts";
import type { ExtractInput } from "./extract-claims.ts";
import { findCommodities } from "./lexicons.ts";
import { measureOf } from "./measure.ts";
import type { Claim } from "./types.ts";

/** A cell is a plain figure: digits with separators ("1,120", "14 870"), maybe a sign; a bracketed one is left alone. */
const FIGURE = /^[-−]?(?:\d{1,3}(?: \d{3})+|\d[\d,.]*)$/;

export function tableClaims(
  input: ExtractInput,
  all: SentenceContext[],
  c: SentenceContext,
): { claims: Claim[]; skipped: string[] } {
  const row = c.sentence.table;
  const claims: Claim[] = [];
  const skipped: string[] = [];
  if (!row) return { claims, skipped };
  const rowPhrase = perLabel(
    row.label,
    unitPhrase(withoutNoteNumber(row.label)) ??
      namedRowUnit(row.caption, row.label) ??
      unitPhrase(row.caption),
  );
  for (const cell of row.cells) {
    // A column's own heading may state its unit ("Exports (US$ m)"), before the row's or caption's;
    // a column of change after the years is in per cent, whatever the caption counts.
    const own = cell.label ? unitPhrase(withoutNoteNumber(cell.label)) : null;
    const phrase = cell.change ? "%" : own ? perLabel(cell.label ?? "", own) : rowPhrase;
    const text = c.sentence.text.slice(cell.start, cell.end);
    const plain = FIGURE.test(text);
    // "412.500 tonnes", "1.200 units": a cell that writes its own unit is read as written.
    const stated = plain ? null : statedCell(text, input.decimalComma === true);
    const read =
      stated ?? (phrase && plain ? readCell(text, phrase, input.decimalComma === true) : null);
    if (!read) {
      skipped.push(phrase ? "a table cell that is no plain figure" : "a table without a unit");
      continue;
    }
    const q = { ...read, start: cell.start, end: cell.end, text };
    const built = buildClaim(input, all, c, q);
    if ("skip" in built) {
      skipped.push(built.skip);
      continue;
    }
    const source = stated ? null : phrase;
    claims.push(asTableClaim(built, q, row, cell, source, input));
  }
  return { claims, skipped };
}

/** The caption's unit, where tables put it: in parentheses or brackets at the end, or after the last comma. */
function unitPhrase(text: string): string | null {
  const bracket = /[([]\s*(?:in\s+)?([^()[\]]+?)\s*[)\]]\s*[.:]?$/i.exec(text);
  const comma = /,\s*(?:in\s+)?([^,]+?)\s*[.:]?$/i.exec(text);
  const inBrackets = bracket ? unitRead(asUnitPhrase(bracket[1])) : null;
  if (inBrackets) return inBrackets.phrase;
  // "Oil, million roubles", "Tractors, units"; not "Wool, greasy" (a kind of wool, no unit).
  const afterComma = comma ? unitRead(asUnitPhrase(comma[1])) : null;
  if (afterComma && (afterComma.noun === null || isPluralNoun(lastWord(afterComma.noun))))
    return afterComma.phrase;
  // "(metric tons, metal content)": a unit of measure, then a note on what is counted; a list of
  // goods ("(grain, meat, wool)") names no unit.
  const beforeNote = bracket?.[1].includes(",") ? bracket[1].split(",")[0] : null;
  const measure = beforeNote ? unitRead(asUnitPhrase(beforeNote)) : null;
  return measure && measure.noun === null ? measure.phrase : null;
}

const lastWord = (phrase: string): string => phrase.split(" ").at(-1) ?? "";

/**
 * "(thousand tonnes; turnover in USD million)": a caption may give the unit of the rows that a
 * word names, after the table's own; a row whose label holds that word takes it.
 */
function namedRowUnit(caption: string, label: string): string | null {
  const bracket = /[([]([^()[\]]*;[^()[\]]*)[)\]]\s*[.:]?$/.exec(caption);
  if (!bracket) return null;
  const words = label.toLowerCase();
  for (const part of bracket[1].split(";").slice(1)) {
    const named = /^\s*([\p{L}][\p{L} -]*?)\s+in\s+(.+?)\s*$/u.exec(part);
    if (!named || !new RegExp(`\\b${named[1].toLowerCase()}\\b`).test(words)) continue;
    const read = unitRead(asUnitPhrase(named[2]));
    if (read) return read.phrase;
  }
  return null;
}

/**
 * "Average FOB price per box (US$)", "Yield per hectare (t)": what the label says its figures are
 * per joins the unit ("US$ per box"), when the unit does not say it already.
 */
function perLabel(label: string, phrase: string | null): string | null {
  const per = /\bper\s+(\p{L}+)/u.exec(label.replace(/\([^)]*\)/g, " "));
  if (!phrase || !per || /\bper\b|\//.test(phrase)) return phrase;
  return `${phrase} per ${per[1]}`;
}

/**
 * A label without the note marks after it: "Planted area (ha) (3)" states its unit in "(ha)", and
 * "Soviet imports(b)" none (its "(b)" calls a note, not billions).
 */
function withoutNoteNumber(label: string): string {
  return label.replace(/(?:\s*(?:\(\d{1,2}\)|\([a-e]\)|[a-e]\/|[*†‡]))+\s*$/, "");
}

/** Headings write scales their own way: "thousands of tons", "millions of dollars", "'000 tonnes", "US$ '000". */
function asUnitPhrase(heading: string): string {
  return (
    heading
      // "(million US$; figures for 1984 are preliminary)": what follows a semicolon is a note.
      .replace(/;.*$/, "")
      // "(millions of dollars and percentages)": the shares' columns say "(%)" themselves.
      .replace(/\s+and\s+(?:percentages?|per ?cent(?:ages)?|shares?)$/i, "")
      // "US$ m", "£ bn": a scale's letters after a currency.
      .replace(
        /((?:\b[A-Z]{1,3})?[$€£¥]|\b[A-Z]{3})\s*(m|mn|mln|bn)$/,
        (_, sign: string, scale: string) =>
          `${scale.startsWith("b") ? "billion" : "million"} ${sign}`,
      )
      // "(million US $ unless otherwise indicated)", "(tons, except where stated)".
      .replace(/,?\s*\b(?:except|unless)\s+(?:where|when|as|otherwise)\b.*$/i, "")
      .replace(/\b(thousand|million|billion)s\s+of\s+/gi, "$1 ")
      .replace(/(^|\s)[‘'’]?000(?=\s|$)/, "$1thousand")
      // "(1,000 metric tons)", "(1 000 hectares)": thousands.
      .replace(/^1[, ]000\s+/, "thousand ")
  );
}

/**
 * The unit phrase of "1 <phrase>" as far as the recognizer reads it (a trailing "of total" or "of
 * GDP" says what the share is of), when it is a unit or counts a named noun; else null. `noun` is
 * the noun it counts, null when it measures.
 */
function unitRead(phrase: string): { phrase: string; noun: string | null } | null {
  const text = `1 ${phrase}`;
  const q = recognize(text).find((x) => x.kind === "quantity");
  if (q?.start !== 0 || q.unit === null) return null;
  // A count's span ends at its number; the noun it counts follows.
  const noun = q.unit === "count" ? q.noun : "";
  const at = noun ? text.indexOf(noun, q.end) : q.end;
  if (noun === null || at < 0) return null;
  const end = at + noun.length;
  const rest = text.slice(end);
  if (rest.trim() !== "" && !/^\s+of\s+\S/i.test(rest)) return null;
  return { phrase: text.slice(2, end), noun: noun === "" ? null : noun };
}

/** The cell's figure in the heading's unit and scale, read by the recognizer as one phrase. */
function readCell(
  figure: string,
  phrase: string,
  decimalComma: boolean,
): (Quantity & { unit: string }) | null {
  const q = whole(`${figure} ${phrase}`, decimalComma);
  return q === null || q.unit === null ? null : { ...q, unit: q.unit };
}

/** A cell that states its unit in full ("412.500 tonnes"; a count with its noun), or null. */
function statedCell(text: string, decimalComma: boolean): (Quantity & { unit: string }) | null {
  const q = whole(text, decimalComma);
  if (q === null || q.unit === null || (q.unit === "count" && q.noun === null)) return null;
  return { ...q, unit: q.unit };
}

/** The one quantity that reads the whole of `text` (a count with its noun after it). */
function whole(text: string, decimalComma: boolean): Quantity | null {
  const found = recognize(text, { decimalComma }).filter((q) => q.kind === "quantity");
  if (found.length !== 1 || found[0].start !== 0) return null;
  const q = found[0];
  const tail = text.slice(q.end).trim();
  return tail === "" || (q.unit === "count" && tail === q.noun) ? q : null;
}

type Row = NonNullable<SentenceContext["sentence"]["table"]>;

function asTableClaim(
  claim: Claim,
  q: Quantity & { unit: string },
  row: Row,
  cell: Row["cells"][number],
  phrase: string | null,
  input: ExtractInput,
): Claim {
  const year = cell.year;
  const since = cell.since;
  // A column of change states a rise or a fall, as "rose 5%" does in prose.
  const change = !cell.change ? q.change : q.low < 0 ? "down" : "up";
  // Cues are the caption's and the labels'; the figure is taken to stand at their end.
  const heading = [row.caption, row.group, row.label, cell.label].filter(Boolean).join(". ");
  const { category } = classify(
    {
      quantity: { ...q, change, start: heading.length, end: heading.length },
      sentence: heading,
      neighbours: [],
    },
    input.taxonomy,
  );
  const config = input.taxonomy.categories.find((x) => x.id === category);
  const commodity = config?.commodity
    ? (findCommodities(cell.label ?? "")[0]?.value ??
      findCommodities(row.label)[0]?.value ??
      findCommodities(row.caption)[0]?.value ??
      null)
    : null;
  const canonical = canonicalize(claim.low, claim.high, claim.unit);
  const notes = [
    since !== undefined
      ? cell.change
        ? `period from the table's column of change ("${cell.label}", ${since}-${year})`
        : `period of the years the table's "${row.label}" row sums (${since}-${year}), column "${cell.label}"`
      : row.yearFrom === "caption"
        ? `year from the table's caption (${year}), column "${cell.label}"`
        : row.yearFrom === "row"
          ? `year from the table's row (${year}), column "${cell.label}"`
          : `year from the table's column header (${year})${cell.label ? `, column "${cell.label}"` : ""}`,
    phrase === null
      ? "unit as the cell writes it"
      : `unit and scale from the table's heading ("${phrase}")`,
  ];
  if (config?.commodity && commodity === null)
    notes.push("no commodity named in the row or caption");
  return {
    ...claim,
    category,
    commodity,
    measure: measureOf(canonical.unit, claim.noun, [category, commodity].filter(Boolean).join(" ")),
    change,
    year: since === undefined ? year : null,
    period_start: since ?? null,
    period_end: since === undefined ? null : year,
    time_source: "stated",
    citation: claim.citation ?? row.source,
    note: notes.join("; "),
  };
}
