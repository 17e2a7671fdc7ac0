// Literal term search held to one alternation regex: which of many terms stands at each word start.
// The regex engine tries every term at every position (the lexicons' patterns were the costliest
// of the claims stage); this search compares, at each word start, only the terms that share the
// text's next two characters, and asks the engine only about a literal match's boundaries.

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A lexicon's pattern: where `before` holds, the first term (in the given order) that matches, with
 * the first of its optional endings after which `after` holds. The global regex `pattern` defines
 * what is found, and the search is held to it.
 */
export interface Lexicon {
  /** The definition, one alternation of every term: the reference the search is held to. */
  pattern: RegExp;
  terms: readonly string[];
  endings: readonly string[];
  foldCase: boolean;
  /**
   * Term indexes (ascending) by their first two characters, case folded when the pattern is;
   * null when a term is shorter or not ASCII, and every position asks `anyTerm`.
   */
  byPrefix: Array<number[] | undefined> | null;
  /** 1 for an ASCII character some term may begin with (case folded when the pattern is), else 0. */
  firstCharacters: Uint8Array;
  /** The whole pattern, sticky: asked where a non-ASCII character may fold onto a term's. */
  anyTerm: RegExp;
  before: RegExp;
  after: RegExp;
}

export interface TermMatch {
  start: number;
  end: number;
  /** The term as the text writes it (without its ending). */
  written: string;
}

/** `before` must reject a letter before the match: the search skips positions after an ASCII letter. */
export function lexicon(
  terms: readonly string[],
  options: { before: string; after: string; endings?: string[]; foldCase: boolean },
): Lexicon {
  const endings = options.endings ?? [];
  const flags = options.foldCase ? "iu" : "u";
  const optional = endings.length > 0 ? `(?:${endings.map(escapeRegExp).join("|")})?` : "";
  const source = `${options.before}(${terms.map(escapeRegExp).join("|")})${optional}${options.after}`;
  const byPrefix: Array<number[] | undefined> = new Array(128 * 128).fill(undefined);
  let indexable = endings.every((e) => /^[\0-\x7f]*$/.test(e));
  terms.forEach((term, k) => {
    // Literal comparison is exact for ASCII only: elsewhere case folding is the engine's to decide.
    if (!/^[\0-\x7f]{2,}$/.test(term)) {
      indexable = false;
      return;
    }
    const key = prefixKey(term.charCodeAt(0), term.charCodeAt(1), options.foldCase);
    byPrefix[key] = [...(byPrefix[key] ?? []), k];
  });
  const firstCharacters = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const key = prefixKey(code, 0, options.foldCase);
    const starts = terms.some((t) => prefixKey(t.charCodeAt(0), 0, options.foldCase) === key);
    firstCharacters[code] = !indexable || starts ? 1 : 0;
  }
  return {
    pattern: new RegExp(source, `g${flags}`),
    firstCharacters,
    terms: options.foldCase ? terms.map((t) => t.toLowerCase()) : terms,
    endings: [...endings, ""],
    foldCase: options.foldCase,
    byPrefix: indexable ? byPrefix : null,
    anyTerm: new RegExp(source, `y${flags}`),
    before: new RegExp(options.before, `y${flags}`),
    after: new RegExp(options.after, `y${flags}`),
  };
}

/** Every match of the lexicon in text, left to right: what its pattern's exec loop finds. */
export function termMatches(text: string, lex: Lexicon): TermMatch[] {
  const out: TermMatch[] = [];
  const { firstCharacters } = lex;
  for (let i = 0; i < text.length; i++) {
    // charCodeAt(-1) would make every call of it in the loop a slow one.
    if (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) continue;
    const code = text.charCodeAt(i);
    if (code < 128 && firstCharacters[code] === 0) continue;
    const found = matchAt(text, i, lex);
    if (found === null) continue;
    out.push(found);
    i = found.end - 1;
  }
  return out;
}

/** The match starting at i, or null. */
function matchAt(text: string, i: number, lex: Lexicon): TermMatch | null {
  if (lex.byPrefix === null) return regexAt(text, i, lex);
  if (i + 1 >= text.length) return null;
  const first = text.charCodeAt(i);
  const second = text.charCodeAt(i + 1);
  if (first >= 128 || second >= 128) {
    // A non-ASCII character stands for an ASCII one only by case folding (the Kelvin sign for k,
    // the long s): rare enough to leave to the regex engine.
    const folds = standsForAscii(first, lex.foldCase) && standsForAscii(second, lex.foldCase);
    return folds ? regexAt(text, i, lex) : null;
  }
  const candidates = lex.byPrefix[prefixKey(first, second, lex.foldCase)];
  if (candidates === undefined) return null;
  for (const k of candidates) {
    const term = lex.terms[k];
    const compared = literalAt(text, i, term, lex.foldCase);
    if (compared === NON_ASCII) return regexAt(text, i, lex);
    if (compared === DIFFERENT) continue;
    const termEnd = i + term.length;
    for (const ending of lex.endings) {
      const got = literalAt(text, termEnd, ending, lex.foldCase);
      if (got === NON_ASCII) return regexAt(text, i, lex);
      const end = termEnd + ending.length;
      if (got === SAME && holdsAt(lex.after, text, end)) {
        // The assertion before the match is asked last: it is the same for every term.
        if (!holdsAt(lex.before, text, i)) return null;
        return { start: i, end, written: text.slice(i, termEnd) };
      }
    }
  }
  return null;
}

const SAME = 0;
const DIFFERENT = 1;
/** A non-ASCII character where the literal stands: only the regex engine knows how it folds. */
const NON_ASCII = 2;

/** Whether text at i holds the ASCII literal (in lower case when folding case). */
function literalAt(text: string, i: number, literal: string, foldCase: boolean): number {
  if (i + literal.length > text.length) return DIFFERENT;
  for (let k = 0; k < literal.length; k++) {
    let code = text.charCodeAt(i + k);
    if (code >= 128) return NON_ASCII;
    if (foldCase) code = lowerAscii(code);
    if (code !== literal.charCodeAt(k)) return DIFFERENT;
  }
  return SAME;
}

function regexAt(text: string, i: number, lex: Lexicon): TermMatch | null {
  lex.anyTerm.lastIndex = i;
  const m = lex.anyTerm.exec(text);
  return m === null ? null : { start: i, end: i + m[0].length, written: m[1] };
}

/** A zero-width sticky assertion at i. */
function holdsAt(assertion: RegExp, text: string, i: number): boolean {
  assertion.lastIndex = i;
  return assertion.test(text);
}

function standsForAscii(code: number, foldCase: boolean): boolean {
  if (code < 128) return true;
  if (!foldCase) return false;
  let known = foldsOntoAscii[code];
  if (known === 0) {
    known = ASCII_FOLD.test(String.fromCharCode(code)) ? 2 : 1;
    foldsOntoAscii[code] = known;
  }
  return known === 2;
}

const ASCII_FOLD = /^[\0-\x7f]$/iu;
/** Per UTF-16 code unit: 0 not asked yet, 1 no, 2 yes (it folds onto an ASCII character). */
const foldsOntoAscii = new Uint8Array(0x10000);

function prefixKey(first: number, second: number, foldCase: boolean): number {
  return foldCase ? lowerAscii(first) * 128 + lowerAscii(second) : first * 128 + second;
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
