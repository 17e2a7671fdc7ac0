// One full citation → a bibliography entry: authors, title, year, the rest, url.
import type { Work } from "../types.ts";
import { AUTHOR_START } from "./cite-forms.ts";

/** A work as parsed from one citation, before the bibliography gives it an id. */
export type ParsedWork = Omit<Work, "id">;

const URL_TOKEN = /(?:https?:\/\/|www\.)[^\s,()]*(?:\s+[^\s,()]+)?/iu;
/** An access date ("19.05. 2013", "16. 05. 2013") names when a page was read, not the work's year. */
const ACCESS_DATE = /\b\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*(?:19|20)\d\d\b/gu;
const TRAILING_PAGE =
  /[,;]?\s*(?:pp?|с|стр|s|S|С)\.\s*(?:\d+(?:\s*[-–]\s*\d+)?|[ivxlc]+)\s*\.?\s*$/u;

/** A URL broken across lines ("http://" + "www.x.org/a") is joined back. */
export function urlOf(text: string): string | null {
  const match = URL_TOKEN.exec(text);
  if (!match) return null;
  const [first, rest] = match[0].split(/\s+/);
  const joined = rest && /[/-]$/.test(first) && /[./-]/.test(rest) ? first + rest : first;
  return joined.replace(/[.,;:)]+$/u, "");
}

function yearOf(text: string): number | null {
  const clean = text.replace(ACCESS_DATE, " ").replace(/(?:https?:\/\/|www\.)\S+/giu, " ");
  const inParens = [...clean.matchAll(/\(([^()]*)\)/gu)].flatMap((m) => [
    ...m[1].matchAll(/\b(1[5-9]\d\d|20\d\d)\b/gu),
  ]);
  if (inParens.length > 0) return Number(inParens[inParens.length - 1][1]);
  // a year range ("1885-1986") belongs to a title or series; a lone year closes the imprint
  const lone = [...clean.matchAll(/(?<![\d\-–])\b(1[5-9]\d\d|20\d\d)\b(?![-–]\d)/gu)];
  return lone.length > 0 ? Number(lone[lone.length - 1][1]) : null;
}

export function parseWork(text: string): ParsedWork {
  const citation = text
    .replace(TRAILING_PAGE, "")
    .replace(/[\s,;.]+$/u, "")
    .trim();
  const url = urlOf(text);
  const author = AUTHOR_START.exec(citation);
  const authors = author ? author[0].replace(/[\s,]+$/u, "").trim() : "";
  const rest = citation.slice(author ? author[0].length : 0).trim();
  const titleEnd = rest.search(/\s*(?:\(|,\s|\s[-–—]\s+(?=https?:|www\.)|$)/iu);
  const printedTitle = rest
    .slice(0, titleEnd)
    .replace(/[.:]+$/u, "")
    .trim();
  const title = /^(?:https?:|www\.)/i.test(printedTitle) && url ? url : printedTitle;
  const details = rest
    .slice(titleEnd)
    .replace(/^[\s,(–—-]+/u, "")
    .replace(/[\s,)]+$/u, "")
    .trim();
  return { authors, title, year: yearOf(citation), details, url, citation };
}
