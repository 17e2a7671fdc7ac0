// How a footnote's text cites: Ibidem, op. cit., a full citation, or prose that explains.

const IBIDEM = /^(?:ibidem|ibid|ib\.|id\.|пак там|там же|тамже)(?!\p{L})\.?/iu;
const OP_CIT =
  /,?\s*(?:op\.?\s*cit|loc\.?\s*cit|цит\.?\s*съч|цит\.?\s*соч|указ\.?\s*соч|посоч\.?\s*съч)\.?/iu;
/** "p. 33", "pp. 71-72", "с. 641", "Ibidem.p. 237", "p. xix": the prefix and the page(s). */
const PAGE_REF =
  /(?:^|[\s,(.])((?:pp?|с|стр|s|S|С)\.)\s*(\d+(?:\s*[-–]\s*\d+)?|[ivxlc]+)(?![\p{L}\d])/gu;
const URL = /(?:https?:\/\/|www\.)\S+/iu;
const YEAR_IN_PARENS = /\([^()]*\b(?:1[5-9]\d\d|20\d\d)\b[^()]*\)/u;
const PLACE_YEAR = /(?<!\p{L})\p{Lu}\p{Ll}+,?\s+(?:1[5-9]\d\d|20\d\d)\b/u;
const VOLUME = /(?<!\p{L})(?:vol|т|no|бр)\.\s*\d/iu;
/** "Petrov A.", "Brown, J.", "Розин А," — a surname and initials opening the citation. */
export const AUTHOR_START = /^(\p{Lu}[\p{L}'’-]+)\.?,?\s+((?:\p{Lu}\.\s*){1,2}|\p{Lu},)/u;
const SPACED_DASH = /\s[-–—]\s/gu;

export type PieceForm = "ibidem" | "op-cit" | "full";

export interface Piece {
  form: PieceForm;
  text: string;
  /** For op. cit.: what names the work (a surname, or a title's opening words). */
  key: string | null;
  pageCited: string | null;
}

export function isIbidem(text: string): boolean {
  return IBIDEM.test(text.trim());
}

/** The last page reference in a citation: its printed prefix and the page(s) it cites. */
export function pageRefOf(text: string): { prefix: string; page: string } | null {
  let last: { prefix: string; page: string } | null = null;
  for (const match of text.matchAll(PAGE_REF))
    last = { prefix: match[1], page: match[2].replace(/\s+/g, "") };
  return last;
}

export function pageCitedOf(text: string): string | null {
  return pageRefOf(text)?.page ?? null;
}

export function looksLikeCitation(text: string): boolean {
  return (
    isIbidem(text) ||
    OP_CIT.test(text) ||
    URL.test(text) ||
    YEAR_IN_PARENS.test(text) ||
    VOLUME.test(text) ||
    AUTHOR_START.test(text.trim()) ||
    (pageCitedOf(text) !== null && PLACE_YEAR.test(text))
  );
}

/** Prose a reader would take as an explanation: enough words, most of them lower-case. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const lower = words.filter((w) => /^[^\p{L}]*\p{Ll}/u.test(w)).length;
  return words.length >= 6 && lower / words.length >= 0.6 && !/\)\s*$/.test(text);
}

/** Splits "explanation – citation" at the first spaced dash where prose ends and a citation begins. */
export function splitExplanation(text: string): { explanation: string; citation: string } {
  if (AUTHOR_START.test(text) || isIbidem(text)) return { explanation: "", citation: text };
  for (const match of text.matchAll(SPACED_DASH)) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    if (isProse(before) && looksLikeCitation(after))
      return { explanation: before, citation: after };
  }
  const strong = URL.test(text) || OP_CIT.test(text) || pageCitedOf(text) !== null;
  return strong || (looksLikeCitation(text) && !isProse(text))
    ? { explanation: "", citation: text }
    : { explanation: text, citation: "" };
}

/** Splits a citation into the works it cites, at semicolons outside brackets. */
export function piecesOf(citation: string): Piece[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < citation.length; i++) {
    const c = citation[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (c === ";" && depth === 0) {
      parts.push(citation.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(citation.slice(from));
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map(pieceOf);
}

function pieceOf(text: string): Piece {
  const pageCited = pageCitedOf(text);
  if (isIbidem(text)) return { form: "ibidem", text, key: null, pageCited };
  const opCit = OP_CIT.exec(text);
  if (opCit) {
    const key = text
      .slice(0, opCit.index)
      .replace(/[\s,.]+$/u, "")
      .trim();
    return { form: "op-cit", text, key: key || null, pageCited };
  }
  return { form: "full", text, key: null, pageCited };
}
