// Tables of the documents' apparatus: dated events, footnotes and cited works.
import { doc, i, id, provenance, s, type TableSpec } from "./schemas.ts";

export const EVENTS: TableSpec = {
  name: "events",
  title: "Dated events",
  description:
    "Agreements, treaties, loans, visits, elections and recognitions with their dates, for a timeline.",
  primaryKey: ["id"],
  foreignKeys: [{ fields: ["doc"], reference: { resource: "documents", fields: ["id"] } }],
  fields: [
    id("Stable event id"),
    doc,
    s("date", "ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD", {
      required: true,
      pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
    }),
    i("year", "Year of the date", true),
    s("kind", "Kind of event", {
      required: true,
      enum: ["agreement", "treaty", "loan", "visit", "election", "recognition", "other"],
    }),
    s("label", "Short display label"),
    i("page", "1-based page index", true),
    i("in_footnote", "Footnote whose text holds the event"),
    ...provenance,
  ],
};

export const FOOTNOTES: TableSpec = {
  name: "footnotes",
  title: "Footnotes",
  description: "Every footnote with text in a document, and the work it cites.",
  primaryKey: ["doc", "number"],
  foreignKeys: [{ fields: ["doc"], reference: { resource: "documents", fields: ["id"] } }],
  fields: [
    doc,
    i("number", "Footnote number", true),
    i("page", "1-based page index where it is printed", true),
    s("kind", "citation, explanatory or both", {
      required: true,
      enum: ["citation", "explanatory", "both"],
    }),
    s("work_id", "The work it cites after resolving Ibidem / op. cit."),
    s("page_cited", "Page(s) of the work cited, as written"),
    s("text", "The footnote's text, reflowed", { required: true }),
  ],
};

export const WORKS: TableSpec = {
  name: "works",
  title: "Cited works",
  description: "Works cited in the footnotes, one row per work and document.",
  primaryKey: ["doc", "id"],
  foreignKeys: [{ fields: ["doc"], reference: { resource: "documents", fields: ["id"] } }],
  fields: [
    id("Work id within the document"),
    doc,
    s("authors", "Authors as written"),
    s("title", "Title"),
    i("year", "Year of publication"),
    s("details", "The rest of the citation: place, publisher, series, volume"),
    s("url", "Address, when the citation gives one"),
    s("citation", "The full citation text it was parsed from", { required: true }),
  ],
};
