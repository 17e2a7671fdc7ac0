// The document model's public types: a raw document, its body text and the map back to raw offsets.

export interface RawDocument {
  /** File name without extension: the document's id in every table. */
  id: string;
  /** Path as given (relative to the project root in builds). */
  path: string;
  /** The decoded text, untouched: every offset in every table points into this string (UTF-16 code units). */
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "windows-1252" | "pdf";
  sha256: string;
  bytes: number;
  /** For PDFs: raw offsets where each page's text starts, in page order. */
  pdfPageStarts?: number[];
}

/** A run of body text copied from the raw text: body[bodyStart, bodyStart+length) === raw[rawStart, rawStart+length). */
export interface Segment {
  bodyStart: number;
  rawStart: number;
  length: number;
}

export interface Page {
  /** 1-based position of the page in the document. */
  index: number;
  /** The number printed on the page, when the text shows one. */
  printed: number | null;
  rawStart: number;
  rawEnd: number;
}

export type FootnoteKind = "citation" | "explanatory" | "both";

export interface Footnote {
  number: number;
  kind: FootnoteKind;
  /** The footnote's text, reflowed (line breaks joined), without its leading number. */
  text: string;
  /** 1-based page index where the footnote is printed. */
  page: number;
  rawStart: number;
  rawEnd: number;
  /** Id of the work it cites after resolving Ibidem / op. cit.; null when it cites nothing. */
  work: string | null;
  /** Page(s) of the work cited, as written ("172", "71-72"); null when none. */
  pageCited: string | null;
}

export interface Marker {
  number: number;
  /** Raw offsets of the marker's digits. */
  rawStart: number;
  rawEnd: number;
  /** Whether the document holds the text of this footnote. */
  hasText: boolean;
}

export interface Work {
  id: string;
  authors: string;
  title: string;
  year: number | null;
  /** The rest of the citation (place, publisher or series, volume). */
  details: string;
  url: string | null;
  /** The full citation text it was parsed from. */
  citation: string;
}

export interface DocumentModel {
  id: string;
  raw: RawDocument;
  /** Reading text: page furniture removed, footnote blocks lifted out, sentences spliced whole. */
  body: string;
  /** Sorted by bodyStart; body characters not covered (inserted joiners) map to the nearest raw offset before them. */
  segments: Segment[];
  pages: Page[];
  footnotes: Footnote[];
  markers: Marker[];
  works: Work[];
}

/**
 * A sentence as a reader quotes it: from the body (spliced across page breaks and footnote blocks)
 * or from inside one footnote's text. Claims are extracted sentence by sentence.
 */
export interface Sentence {
  /** Position among the document's sentences (body sentences first in reading order, then footnote sentences). */
  index: number;
  /** null for body text; the footnote's number when the sentence is inside a footnote's text. */
  inFootnote: number | null;
  /** The reflowed quote: line breaks and runs of white space collapsed to one space; markers kept as printed. */
  text: string;
  /** rawOffsets[i] is the raw offset of text[i]; rawOffsets[text.length] is the raw end. Length text.length + 1. */
  rawOffsets: Int32Array;
  /** 1-based page index where the sentence starts, and the number printed on that page (null if none). */
  page: number;
  pagePrinted: number | null;
  /** Footnote markers inside the sentence, in quote offsets (text.slice(start, end) is the marker's digits). */
  markers: Array<{ number: number; start: number; end: number; hasText: boolean }>;
  /** For a row of a table (tables.ts): what the table says of its figures, in quote offsets. */
  table?: TableRowInfo;
}

export interface TableRowInfo {
  /** The lines above the header ("Table 3. Soviet imports from Argentina, thousand tons"). */
  caption: string;
  /** The "Source: …" line under the table, without its label. */
  source: string | null;
  /** The row's label ("Wheat"). */
  label: string;
  /** The heading over the row's group inside the table ("Imports from Colombia"), or null. */
  group: string | null;
  /** Where the cells' years were read: the header over the columns, or the row's own first cell. */
  yearFrom: "column" | "row" | "caption";
  /** Each figure of the row, its offsets in quote offsets. */
  cells: TableCell[];
}

/** A figure of a table's row: where it stands, and the year, column and period it is of. */
export interface TableCell {
  /** Offsets of the figure as printed ("1,120", "12.3"): in the body for the table reader, in the row's quote in a sentence. */
  start: number;
  end: number;
  /** The year of the column the cell stands under, or of its row in a table of year rows. */
  year: number;
  /** The heading of the cell's own column when columns are named ("Export", "Total"), else null. */
  label: string | null;
  /**
   * The first year of the period the cell covers, `year` being the last: under a column of
   * percentage change after the years ("% change"), a split year ("1963/64"), or in a "Total" row
   * under rows of years.
   */
  since?: number;
  /** The cell is a percentage change over that period ("% change"), not an amount in it. */
  change?: boolean;
}
