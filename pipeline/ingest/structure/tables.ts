// Tables in extracted text ("pdftotext -layout", yearbooks): a header line of years, rows of a label
// and figures under them, a caption above that states what is counted and in what unit, a source
// line below. The rows are no prose: read as sentences, their figures would take the years of
// whatever sentence they ran into, so the body keeps them apart and the claims stage reads each
// cell with its column's year.

import type { TableCell } from "../types.ts";

export interface TableRow {
  /** Body offsets of the whole line. */
  start: number;
  end: number;
  /** The row's label ("Wheat", "Machinery and equipment"), "" when the row has none. */
  label: string;
  /** The heading over a group of rows ("Imports from Colombia"), when the table has one. */
  group?: string;
  /**
   * "row" when the row itself is a year, its figures under named columns; "caption" when the
   * columns are named and the caption states the one year of them all; else the columns are years.
   */
  yearFrom?: "row" | "caption";
  cells: TableCell[];
}

export interface Table {
  /** Body offsets from the header line's start to the end of the last row, or of the source line. */
  start: number;
  end: number;
  /** The caption lines above the header, joined ("Table 3. Soviet imports from Argentina, thousand tons"). */
  caption: string;
  rows: TableRow[];
  /** The "Source: …" line under the rows, without its label, or null. */
  source: string | null;
}

interface Line {
  start: number;
  end: number;
  /** The line's first colon, or -1. */
  colon: number;
}

/** Four-digit years a table heads its columns with. */
const YEAR = /^(1[89]\d\d|20\d\d)$/;
/** A figure in a cell: digits with separators, a sign or parentheses; a dash or dots for none. */
const FIGURE = /^\(?[-−]?(?:\d{1,3}(?: \d{3})+|\d[\d,.]*)\)?$/;
/** A figure with a note's letter or sign glued on ("96a", "368*") or its number after it ("9,874 (2)"). */
const NOTED_FIGURE = /^(\(?[-−]?(?:\d{1,3}(?: \d{3})+|\d[\d,.]*)\)?)(?:[a-e*†‡]| ?\(\d{1,2}\))$/;
/** A note's mark after a heading's year: "1997 a/", "1997*", "1997 (a)", "1997(a)", "1997p". */
const YEAR_NOTE = /^(1[89]\d\d|20\d\d)(?:[a-e*†‡p]|[a-e]\/|\([a-e]\))$/;
const NOTE_MARK = /^(?:[a-e1-9]\/|\([a-e]\)|[*†‡])$/;
/** A crop or marketing year split over two calendar years: "1963/64", "1978-79", "2019/2020". */
const SPLIT_YEAR = /^(1[89]\d\d|20\d\d)[/–-](\d\d|\d{4})$/;

/** The two years of a split year when the second follows the first; else null. */
function splitYear(word: string): [number, number] | null {
  const m = SPLIT_YEAR.exec(word);
  if (!m) return null;
  const first = Number(m[1]);
  // Two digits are the second year's last two, into the next century after a "99" ("1999/00").
  let second = Number(m[2]);
  if (m[2].length === 2) second += first - (first % 100) + (second < first % 100 ? 100 : 0);
  return second === first + 1 ? [first, second] : null;
}
const EMPTY_CELL = /^(?:[-–—]|--|\.\.\.?|n\.\s?a\.?|n\/a|na)$/i;
/** An item's number opening a label ("1. Tractors"). */
const ITEM_NUMBER = /^\d{1,2}\.\s+/;
/** A row needs at least two figures or a label and one. */
const MIN_YEARS = 2;
/** How many lines above the header a caption may take. */
const CAPTION_LINES = 2;
const SOURCE = /^\s*sources?\s*:\s*/i;

/** Every table of the body, in order. */
export function findTables(body: string): Table[] {
  const lines = splitLines(body);
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    let years = endsWithYear(body, lines[i]) ? headerYears(body, lines[i]) : null;
    // The other headers set their columns two spaces apart or more: prose lines are spared them.
    const spaced = !years && (hasColumnGap(body, lines[i]) || pipeHeader(body, lines[i]));
    if (spaced) years = changeHeader(body, lines[i]);
    const named = spaced && !years ? namedColumns(body, lines, i) : null;
    if (named) years = named;
    const rows: TableRow[] = [];
    let j = i + 1;
    let group = "";
    if (years) {
      j = pastRules(body, lines, j);
      const split = j < lines.length ? subColumns(body, lines[j], years) : null;
      if (split) {
        years = split;
        j = pastRules(body, lines, j + 1);
      }
      // The row read ahead under a group heading, so that no line is read twice.
      let ahead: TableRow | null = null;
      for (; j < lines.length; j++) {
        if (
          !ahead &&
          (isRule(body, lines[j]) ||
            groupAfterBlank(body, lines, j, years) ||
            totalAfterBlank(body, lines, j, years))
        )
          continue;
        const row = ahead ?? tableRow(body, lines[j], years);
        ahead = null;
        if (row) {
          const dated: TableRow = named ? { ...row, yearFrom: "caption" } : row;
          rows.push(group ? { ...dated, group } : dated);
          continue;
        }
        // "Imports from Colombia": a heading over the rows that follow it, inside the table.
        const heading = lineText(body, lines[j]).trim();
        if (!groupHeading(heading.replace(ITEM_NUMBER, ""))) break;
        ahead = j + 1 < lines.length ? tableRow(body, lines[j + 1], years) : null;
        if (!ahead) break;
        // "1. Tractors and machinery" over "(thousand US dollars)  2,500 …": an item's label that
        // runs over two lines, not a heading over the rows after it.
        if (ITEM_NUMBER.test(heading))
          ahead = { ...ahead, label: `${heading} ${ahead.label}`.trim() };
        else group = heading;
      }
    } else {
      const first = pastRules(body, lines, i + 1);
      if (first < lines.length && yearLed(body, lines[first])) j = yearRows(body, lines, i, rows);
      // Rows that pair each figure with its year: "Sugar received, thousand tons: 1992 - 1,810; 1993 - 1,150."
      if (rows.length === 0)
        for (j = i; j < lines.length; j++) {
          const row = yearValueRow(body, lines[j]);
          if (!row) break;
          rows.push(row);
        }
    }
    if (rows.length === 0) continue;
    const source = sourceBelow(body, lines, j);
    tables.push({
      start: lines[i].start,
      end: source ? source.end : rows[rows.length - 1].end,
      caption: captionAbove(body, lines, i),
      rows,
      source: source ? source.text : null,
    });
    i = source ? source.lastLine : j - 1;
  }
  return tables;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Line ends and colons are found by indexOf (native, fast); a colon is what a row of year-figure
  // pairs needs, so each line learns whether it has one without a scan of its own.
  let colon = text.indexOf(":");
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf("\n", start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    while (colon >= 0 && colon < start) colon = text.indexOf(":", start);
    lines.push({ start, end, colon: colon >= 0 && colon < end ? colon : -1 });
    start = nl + 1;
  }
  return lines;
}

function lineText(text: string, line: Stretch): string {
  return text.slice(line.start, line.end);
}

type Piece = { word: string; start: number; end: number };
/** A line, or part of one, by its body offsets. */
type Stretch = Pick<Line, "start" | "end">;

/**
 * The line's cells: split at runs of two or more spaces when it is set in columns, so that a
 * figure grouped by single spaces ("14 870") stays one cell; else at every space.
 */
/** A figure with its unit written after it, inside a cell: "412.500 tonnes", "1.200 units". */
const UNIT_FIGURE = /^[-−]?\d[\d,.]*\s+\p{L}[\p{L} ]{0,24}$/u;

/**
 * "Wheat | 412.500 tonnes | 118,4", "Total | – | 258,7": a row set with pipes whose cells after the
 * label stand one under each column, in order, a dash for an empty one.
 */
function pipedRow(
  text: string,
  line: Line,
  words: Piece[],
  k: number,
  years: Column[],
): TableRow | null {
  if (k === 0) return null;
  const label = text.slice(words[0].start, words[k - 1].end);
  if (/[.!?]$/.test(label) || label.split(/\s+/).length > 8) return null;
  const cells: TableCell[] = [];
  for (let n = k; n < words.length; n++) {
    if (EMPTY_CELL.test(words[n].word)) continue;
    const column = years[n - k];
    if (column.since !== undefined) return null;
    cells.push({
      start: words[n].start,
      end: words[n].end,
      year: column.year,
      label: column.label,
    });
  }
  return cells.length > 0 ? { start: line.start, end: line.end, label, cells } : null;
}

/** "| 2017 | 644 | 558 |", "January    | 3,412 | 19,870": a line set with pipes. */
function pipeLine(s: string): boolean {
  return s.trimStart().startsWith("|") || /\S\s+\|\s+\S.*\s\|\s+\S/.test(s);
}

function cellsOf(text: string, line: Line): Piece[] {
  const s = lineText(text, line);
  // "| 2017 | 644 | 558 |": a table set with pipes, as web pages and Markdown write them; some
  // open the line with the label ("January    | 3,412 | 19,870").
  if (pipeLine(s)) return pipeCells(text, line);
  const pattern = /\S {2,}\S/.test(s.trim()) ? /\S+(?: \S+)*/g : /\S+/g;
  // A dot leader ("Wheat to Brazil ........ 1,905.3") parts the label from the figures.
  const out: Piece[] = [];
  let from = line.start;
  for (const m of s.matchAll(LEADER)) {
    out.push(...piecesOf(text, { start: from, end: line.start + m.index }, pattern));
    from = line.start + m.index + m[0].length;
  }
  out.push(...piecesOf(text, { start: from, end: line.end }, pattern));
  return out;
}

/** The cells between the pipes of a line, trimmed; the empty ones at the line's ends are dropped. */
function pipeCells(text: string, line: Line): Piece[] {
  const out: Piece[] = [];
  const s = lineText(text, line);
  for (const m of s.matchAll(/[^|]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const word = m[0].trim();
    if (word === "") continue;
    const start = line.start + m.index + lead;
    out.push({ word, start, end: start + word.length });
  }
  return out;
}

/** Four dots or more, spaced or not: a leader, where ".." and "..." are empty cells. */
const LEADER = /(?: ?\.){4,} ?/g;

/** The line's words with their body offsets, split at white space. */
function wordsOf(text: string, line: Line): Piece[] {
  return piecesOf(text, line, /\S+/g);
}

function piecesOf(text: string, line: Stretch, pattern: RegExp): Piece[] {
  const out: Piece[] = [];
  const s = lineText(text, line);
  for (let m = pattern.exec(s); m; m = pattern.exec(s))
    out.push({ word: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length });
  return out;
}

interface Column {
  year: number;
  /** Where the year (or the column's own heading under it) ends in its line: figures are set right under it. */
  endColumn: number;
  /** The heading under the year when each year has columns of its own ("Export  Import"), else null. */
  label: string | null;
  /** A column of percentage change from this year to `year`. */
  since?: number;
}

/** The row under rows of years that sums them: "Total", "Total 1959-64", "All years". */
const TOTAL_ROW = /^(?:total|totals|sum|all years)\b/i;

/** The heading of a column of percentage change after the years: "% change", "Change (%)", "% y/y". */
const CHANGE_HEADING =
  /(?:^|\s{2,})((?:%|per ?cent(?:age)?)\s+(?:change|chg\.?)|change,?\s*\(?(?:%|per ?cent)\)?|%\s*y\/y|y\/y,?\s*\(?%\)?)\s*$/i;

/** "Average 2019-2021", "Average 2019-21": a column of the years' average after them. */
const AVERAGE_HEADING =
  /(?:^|\s{2,})((?:average|mean|annual average)\s+(?:1[89]\d\d|20\d\d)[-–/](?:\d\d|\d{4}))\s*$/i;

/**
 * "Commodity   2017   2018   % change": a header of years and then a column of their percentage
 * change, two spaces or more after the last year; or null.
 */
function changeHeader(text: string, line: Line): Column[] | null {
  const s = lineText(text, line);
  const m = CHANGE_HEADING.exec(s) ?? AVERAGE_HEADING.exec(s);
  if (!m || m.index === 0) return null;
  const headingStart = line.start + m.index + m[0].indexOf(m[1]);
  let end = line.start + m.index;
  while (end > line.start && /\s/.test(text[end - 1])) end--;
  const yearsLine = { ...line, end };
  const years = endsWithYear(text, yearsLine) ? headerYears(text, yearsLine) : null;
  if (!years) return null;
  const first = Math.min(years[0].year, years[years.length - 1].year);
  const last = Math.max(years[0].year, years[years.length - 1].year);
  return [
    ...years,
    { year: last, since: first, endColumn: headingStart + m[1].length - line.start, label: m[1] },
  ];
}

/** Two white-space characters in a row somewhere in the line, found by code (most lines are prose). */
function hasColumnGap(text: string, line: Line): boolean {
  for (let k = line.start + 1; k < line.end; k++)
    if (isWhite(text.charCodeAt(k)) && isWhite(text.charCodeAt(k - 1))) return true;
  return false;
}

/** The characters of the regex class \s (a line holds no line break). */
const isWhite = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** A header ends with a year: tested at the line's end before any splitting (most lines are prose). */
function endsWithYear(text: string, line: Line): boolean {
  let end = line.end;
  while (end > line.start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9))
    end--;
  // "1997 a/", "1997*", "1997 (a)": a note's mark after the last year.
  end = beforeNoteMark(text, line.start, end);
  if (end - line.start < 9) return false;
  // "1963/64  1964/65  1965/66": split years head the columns of crop and marketing years.
  const last = text.lastIndexOf(" ", end - 1);
  if (last >= line.start && splitYear(text.slice(last + 1, end))) return true;
  for (let k = end - 4; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  const c = text.charCodeAt(end - 5);
  return c === 32 || c === 9;
}

/** Where a line ends before a note's mark that follows its last year ("a/", "*", "(a)", a glued letter). */
function beforeNoteMark(text: string, start: number, end: number): number {
  const c = text.charCodeAt(end - 1);
  if (c === 42 || c === 0x2020 || c === 0x2021 || (c >= 97 && c <= 101) || c === 112) {
    // A glued mark: "1997a", "1997*", "1997p".
    if (end - 5 >= start && isDigitRun(text, end - 5, end - 1)) return end - 1;
  }
  let k = end;
  if (c === 47 || c === 41)
    k = end - (c === 47 ? 2 : 3); // "a/", "(a)"
  else return end;
  if (k <= start || !NOTE_MARK.test(text.slice(k, end))) return end;
  while (k > start && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  return k;
}

function isDigitRun(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The years heading the columns (at least two, rising or, newest first, falling), after an optional
 * column title and before a note's mark, or null.
 */
function headerYears(text: string, line: Line): Column[] | null {
  const all = wordsOf(text, line).filter((w) => !NOTE_MARK.test(w.word));
  const title = all.findIndex((w) => /\d/.test(w.word));
  // A column title of words may stand before the years, two spaces or more away from them.
  if (title < 0 || title > 4 || (title > 0 && all[title].start - all[title - 1].end < 2))
    return null;
  const words = all.slice(title);
  if (words.length < MIN_YEARS) return null;
  const years: Column[] = [];
  for (const w of words) {
    const split = splitYear(w.word);
    if (split) {
      years.push({ year: split[1], since: split[0], endColumn: w.end - line.start, label: w.word });
      continue;
    }
    const noted = YEAR_NOTE.exec(w.word);
    if (!YEAR.test(w.word) && !noted) return null;
    const year = Number(noted ? noted[1] : w.word);
    const end = w.end - (noted ? w.word.length - 4 : 0);
    years.push({ year, endColumn: end - line.start, label: null });
  }
  // Split years and single years are not mixed in one header.
  if (years.some((y) => y.since !== undefined) && !years.every((y) => y.since !== undefined))
    return null;
  const rising = years.every((y, k) => k === 0 || y.year > years[k - 1].year);
  const falling = years.every((y, k) => k === 0 || y.year < years[k - 1].year);
  return rising || falling ? years : null;
}

/**
 * A line of a label and figures under the header's years, or null: its figures end the line, and
 * each takes the year whose column it overlaps (numbers are set right, so the nearest end wins).
 */
function tableRow(text: string, line: Line, years: Column[]): TableRow | null {
  const words = cellsOf(text, line).map(withoutNote);
  // Between pipes a cell may write its unit ("412.500 tonnes"), and each cell keeps its column.
  const piped = pipeLine(lineText(text, line));
  const figure = (w: Piece) => FIGURE.test(w.word) || (piped && UNIT_FIGURE.test(w.word));
  let k = words.length;
  while (k > 0 && (figure(words[k - 1]) || EMPTY_CELL.test(words[k - 1].word))) k--;
  if (piped && words.length - k === years.length) return pipedRow(text, line, words, k, years);
  const figures = words.slice(k).filter((w) => FIGURE.test(w.word));
  if (figures.length === 0 || words.length - k > years.length) return null;
  if (k === 0 && figures.length < MIN_YEARS) return null;
  const label = k === 0 ? "" : text.slice(words[0].start, words[k - 1].end);
  // A label that reads as a sentence ("In 1982 the USSR bought 40") ends the table.
  if (/[.!?]$/.test(label) || label.split(/\s+/).length > 8) return null;
  // As many figures as columns: one each, in order. Fewer: each under the column it ends nearest to.
  const cells: TableCell[] = [];
  const taken = new Set<Column>();
  for (const [n, f] of figures.entries()) {
    const column = f.end - line.start;
    let best = figures.length === years.length ? years[n] : years[0];
    if (figures.length !== years.length)
      for (const y of years)
        if (Math.abs(y.endColumn - column) < Math.abs(best.endColumn - column)) best = y;
    if (taken.has(best)) return null;
    taken.add(best);
    const cell: TableCell = { start: f.start, end: f.end, year: best.year, label: best.label };
    // A column of change covers the years before it; a split year's column is a period itself.
    const change = best.label !== null && CHANGE_HEADING.test(best.label);
    cells.push(best.since === undefined ? cell : { ...cell, since: best.since, change });
  }
  return { start: line.start, end: line.end, label, cells };
}

/** A line drawn across a table ("-----", "=====", "|------|---|"): no row, and no end of the table. */
function isRule(text: string, line: Line): boolean {
  const s = lineText(text, line);
  return /^\s*[-=_–—]{5,}\s*$/.test(s) || /^\s*\|[-:| ]*-{3,}[-:| ]*$/.test(s);
}

/** "Product | Volume | Value (US$ million)": a header set with pipes, two of them at least. */
function pipeHeader(text: string, line: Line): boolean {
  const s = lineText(text, line);
  return s.indexOf("|") !== s.lastIndexOf("|") && /\S\s*\|\s*\S/.test(s);
}

/** At most this many words in a named column's heading. */
const TITLE_WORDS = 6;
/** A quarter's heading: "1st Qtr", "Q3", "second quarter". */
const QUARTER =
  /^(?:[1-4](?:st|nd|rd|th)\s+(?:qtr\.?|quarter)|q[1-4]|(?:first|second|third|fourth)\s+quarter)$/i;
/** A header that starts this far in leaves the labels' column blank. */
const LABEL_INDENT = 12;

/**
 * "Country   Exports to Russia   Imports from Russia   Share of total trade (%)" under a caption
 * that states one year ("Table A.3 Trade with the Russian Federation, 2007 (millions of dollars)"):
 * a heading over the labels, then two or more named columns, all of that year; or null. Two rows
 * must follow, or it is no table.
 */
function namedColumns(text: string, lines: Line[], i: number): Column[] | null {
  const s = lineText(text, lines[i]);
  if (!(/\S {2,}\S/.test(s.trim()) || pipeHeader(text, lines[i])) || /[.!?:;,]\s*$/.test(s))
    return null;
  const heads = cellsOf(text, lines[i]);
  const named = (h: Piece) =>
    (!/\d/.test(h.word) || QUARTER.test(h.word)) && h.word.split(" ").length <= TITLE_WORDS;
  if (!heads.every(named)) return null;
  // Over the labels' column the header may be blank ("        1st Qtr   2nd Qtr"): every heading
  // is then a column's; else the first heads the labels.
  const blankOverLabels = heads.length > 0 && heads[0].start - lines[i].start >= LABEL_INDENT;
  if (heads.length < (blankOverLabels ? 2 : 3)) return null;
  const years = new Set(captionAbove(text, lines, i).match(/\b(?:1[89]\d\d|20\d\d)\b/g) ?? []);
  if (years.size !== 1) return null;
  const year = Number([...years][0]);
  const columns = heads
    .slice(blankOverLabels ? 0 : 1)
    .map((h) => ({ year, endColumn: h.end - lines[i].start, label: h.word }));
  let j = pastRules(text, lines, i + 1);
  for (let n = 0; n < MIN_YEARS; n++, j++)
    if (j >= lines.length || !tableRow(text, lines[j], columns)) return null;
  return columns;
}

/** The first line from j on that is no rule. */
function pastRules(text: string, lines: Line[], j: number): number {
  while (j < lines.length && isRule(text, lines[j])) j++;
  return j;
}

/**
 * Each year's own columns, from the headings under the years ("Export  Import  Export  Import"
 * under "1980  1981"): the same headings for every year, at least two each; or null.
 */
function subColumns(text: string, line: Line, years: Column[]): Column[] | null {
  const heads = cellsOf(text, line);
  const per = heads.length / years.length;
  if (!Number.isInteger(per) || per < 2 || heads.some((h) => /\d/.test(h.word))) return null;
  const name = (k: number) => heads[k].word.toLowerCase();
  for (let k = per; k < heads.length; k++) if (name(k) !== name(k % per)) return null;
  return heads.map((h, k) => ({
    year: years[Math.floor(k / per)].year,
    endColumn: h.end - line.start,
    label: h.word,
  }));
}

/** The line opens with a year and a space after its indent ("  2019      1,874"): tested before any split. */
function yearLed(text: string, line: Line): boolean {
  let k = line.start;
  while (k < line.end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (text.charCodeAt(k) === 124) {
    k++;
    while (k < line.end && text.charCodeAt(k) === 32) k++;
  }
  const after = text.charCodeAt(k + 4);
  return k + 5 < line.end && YEAR.test(text.slice(k, k + 4)) && (after === 32 || after === 124);
}

/** The heading over a table's column of years. */
const YEAR_TITLE = /^(?:years?|period)$/i;

/**
 * A table of year rows under a line of column headings ("Year   Total   Machinery and equipment",
 * then "2019   1,874   641"): each figure takes its row's year and its column's heading. Pushes
 * the rows onto `rows` and returns the line after them; fewer than two rows are no table.
 */
function yearRows(text: string, lines: Line[], header: number, rows: TableRow[]): number {
  let titles = cellsOf(text, lines[header]);
  if (titles.length > 0 && YEAR_TITLE.test(titles[0].word)) titles = titles.slice(1);
  if (titles.length === 0 || titles.some((t) => /\d/.test(t.word))) return header + 1;
  const found: TableRow[] = [];
  let j = pastRules(text, lines, header + 1);
  for (; j < lines.length && yearLed(text, lines[j]); j++) {
    const [year, ...figures] = cellsOf(text, lines[j]);
    if (!YEAR.test(year.word) || figures.length !== titles.length) break;
    if (!figures.every((f) => FIGURE.test(f.word) || EMPTY_CELL.test(f.word))) break;
    const cells: TableCell[] = [];
    for (const [n, f] of figures.entries())
      if (FIGURE.test(f.word))
        cells.push({ start: f.start, end: f.end, year: Number(year.word), label: titles[n].word });
    found.push({ start: lines[j].start, end: lines[j].end, label: "", yearFrom: "row", cells });
  }
  if (found.length < MIN_YEARS) return header + 1;
  // "Total   302   88": the sums of the years above, over their period.
  const total = j < lines.length ? totalRow(text, lines[j], titles, found) : null;
  if (total) {
    found.push(total);
    j++;
  }
  rows.push(...found);
  return j;
}

/** A "Total" line under year rows, one figure under each title, covering the rows' years; or null. */
function totalRow(text: string, line: Line, titles: Piece[], rows: TableRow[]): TableRow | null {
  const [label, ...figures] = cellsOf(text, line);
  if (!label || !TOTAL_ROW.test(label.word) || figures.length !== titles.length) return null;
  if (!figures.every((f) => FIGURE.test(f.word) || EMPTY_CELL.test(f.word))) return null;
  const years = rows.map((r) => r.cells[0]?.year ?? 0).filter((y) => y > 0);
  const since = Math.min(...years);
  const year = Math.max(...years);
  const cells: TableCell[] = [];
  for (const [n, f] of figures.entries())
    if (FIGURE.test(f.word))
      cells.push({ start: f.start, end: f.end, year, since, label: titles[n].word });
  return { start: line.start, end: line.end, label: label.word, yearFrom: "row", cells };
}

/** A cell without the note mark glued to its figure ("96a" is 96 and note a). */
function withoutNote(piece: Piece): Piece {
  const noted = NOTED_FIGURE.exec(piece.word);
  return noted ? { word: noted[1], start: piece.start, end: piece.start + noted[1].length } : piece;
}

/** A blank line inside a table: a group heading and a row of it follow ("", "Operating data", "Export volume …"). */
function groupAfterBlank(text: string, lines: Line[], j: number, years: Column[]): boolean {
  if (j + 2 >= lines.length || lineText(text, lines[j]).trim() !== "") return false;
  return groupHeading(lineText(text, lines[j + 1])) && tableRow(text, lines[j + 2], years) !== null;
}

/** A blank line inside a table before its "Total" row. */
function totalAfterBlank(text: string, lines: Line[], j: number, years: Column[]): boolean {
  if (j + 1 >= lines.length || lineText(text, lines[j]).trim() !== "") return false;
  const row = tableRow(text, lines[j + 1], years);
  return row !== null && TOTAL_ROW.test(row.label);
}

/** A short line of words with no closing punctuation but a colon: a heading over a group of rows. */
function groupHeading(line: string): boolean {
  const t = line.trim();
  return t !== "" && !/\d/.test(t) && !/[.!?;,]$/.test(t) && t.split(/\s+/).length <= 6;
}

/** "1992 - 245;" — a year, a dash or colon, a figure, then a separator or the line's end. */
const YEAR_VALUE = /(1[89]\d\d|20\d\d)\s*[-–—:]\s*(\d[\d,.]*\d|\d)\s*(?:[;,]|\.?\s*$)/gy;

/**
 * A line of a label with its unit and at least two year–figure pairs ("Russian exports to Cuba,
 * million US dollars: 1992 - 245; 1993 - 270; 1994 - 330."), or null.
 */
function yearValueRow(text: string, line: Line): TableRow | null {
  const colon = line.colon;
  if (colon <= line.start) return null;
  const s = lineText(text, line);
  let at = colon - line.start + 1;
  while (at < s.length && (s[at] === " " || s[at] === "\t")) at++;
  const cells: TableCell[] = [];
  YEAR_VALUE.lastIndex = at;
  for (let m = YEAR_VALUE.exec(s); m; m = YEAR_VALUE.exec(s)) {
    const figure = m.index + m[0].indexOf(m[2], m[1].length);
    cells.push({
      start: line.start + figure,
      end: line.start + figure + m[2].length,
      year: Number(m[1]),
      label: null,
    });
    while (YEAR_VALUE.lastIndex < s.length && s[YEAR_VALUE.lastIndex] === " ")
      YEAR_VALUE.lastIndex++;
    if (YEAR_VALUE.lastIndex >= s.length) break;
  }
  const consumed = cells.length > 0 && s.slice(YEAR_VALUE.lastIndex).trim() === "";
  if (cells.length < MIN_YEARS || !consumed) return null;
  return { start: line.start, end: line.end, label: s.slice(0, colon - line.start).trim(), cells };
}

/**
 * The caption: up to two non-blank lines above the table (one blank line may stand between them and
 * the header), joined with a space; it ends at a "Table …" line and never takes a line of prose
 * (one that ends a sentence and names no table).
 */
function captionAbove(text: string, lines: Line[], header: number): string {
  let k = header - 1;
  if (k >= 0 && lineText(text, lines[k]).trim() === "") k--;
  const parts: string[] = [];
  for (let stop = k - CAPTION_LINES; k >= 0 && k > stop; k--) {
    if (isRule(text, lines[k])) {
      stop--;
      continue;
    }
    const t = lineText(text, lines[k]).trim();
    const titled = TABLE_TITLE.test(t);
    if (t === "" || (!titled && /[.!?]$/.test(t))) break;
    parts.unshift(t);
    if (titled) break;
  }
  return parts.join(" ");
}

/**
 * The "Source: …" note under a table (one blank line may stand before it), with the lines it runs
 * on to: its text without the label, where it ends, its last line.
 */
function sourceBelow(
  text: string,
  lines: Line[],
  after: number,
): { text: string; end: number; lastLine: number } | null {
  let k = after;
  if (k < lines.length && lineText(text, lines[k]).trim() === "") k++;
  if (k >= lines.length || !SOURCE.test(lineText(text, lines[k]))) return null;
  // It runs on only while its line does not end a sentence: prose may follow it without a blank line.
  let last = k;
  while (
    last + 1 < lines.length &&
    !/[.!?]\s*$/.test(lineText(text, lines[last])) &&
    lineText(text, lines[last + 1]).trim() !== ""
  )
    last++;
  const parts = lines.slice(k, last + 1).map((l) => lineText(text, l).trim());
  return {
    text: parts.join(" ").replace(SOURCE, "").trim(),
    end: lines[last].end,
    lastLine: last,
  };
}

const TABLE_TITLE = /^(?:table|tab\.|таблица)\s/i;
