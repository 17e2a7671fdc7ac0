// Short forms of a cited work for row labels and long source lines: "Surname Year" when the work
// names its authors, else the start of its title, so a reader can find it in the reference list.

import type { Row } from "./csv-table.ts";

const TITLE_CHARS = 40;

function text(cell: Row[string] | undefined): string {
  return cell == null ? "" : String(cell).trim();
}

// An initial is one capital letter, optionally dotted or hyphenated ("C.", "J.-P.", "А").
const INITIAL = /^(?:\p{Lu}\.?-?)+$/u;

/** The first author's surname: the part before a comma ("Ivanov, P."), else the last word that is not an initial ("Petrov A.", "John Smith"). */
export function surname(authors: string): string {
  const [first = "", ...others] = authors.split(/\s*;\s*|\s+and\s+|\s*&\s*/).filter((a) => a);
  const comma = first.indexOf(",");
  const words = (comma >= 0 ? first.slice(0, comma) : first).split(/\s+/).filter((w) => w);
  const named = comma >= 0 ? words : words.filter((w) => !INITIAL.test(w));
  const name = (named.at(-1) ?? words.at(-1) ?? "").replace(/[.,]+$/, "");
  return name && others.length > 0 ? `${name} et al.` : name;
}

/** A title cut at a word boundary, so long and untranslated titles stay one short phrase. */
export function shortTitle(title: string, max = TITLE_CHARS): string {
  const t = title.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : t.slice(0, max)).replace(/[\s,:;–-]+$/, "")}…`;
}

/** "Ivanov 1990" style: surname (or short title) and year, omitting whichever the work lacks. */
export function shortWork(work: Row): string {
  const name = surname(text(work.authors)) || shortTitle(text(work.title) || text(work.citation));
  const year = text(work.year);
  return [name, year].filter((p) => p).join(" ") || text(work.id);
}
