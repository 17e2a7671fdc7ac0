// Footnote texts → works and, per footnote, the works it cites with Ibidem and op. cit. resolved.
import type { FootnoteKind, Work } from "../types.ts";
import { type Piece, pageRefOf, piecesOf, splitExplanation } from "./cite-forms.ts";
import { parseWork } from "./work-parse.ts";

export interface CitedWork {
  work: string | null;
  pageCited: string | null;
  /** The page reference as the footnote prints it ("p.", "с."), for the citation a claim shows. */
  pagePrefix: string | null;
}

export interface NoteCitation {
  number: number;
  kind: FootnoteKind;
  cites: CitedWork[];
}

export interface Bibliography {
  works: Work[];
  notes: NoteCitation[];
}

/** The surname that op. cit. names: the first word, letters only. */
function surnameOf(text: string): string {
  return (text.trim().split(/[\s,.]+/u)[0] ?? "").toLocaleLowerCase();
}

function prefixOf(piece: Piece): string | null {
  return pageRefOf(piece.text)?.prefix ?? null;
}

export function bibliographyOf(
  notes: Array<{ number: number; text: string }>,
  idPrefix = "w",
): Bibliography {
  const works: Work[] = [];
  const byCitation = new Map<string, Work>();
  // Works in the order their full citations were printed, a work again each time it is: read
  // backwards, an entry counts only where it is the work's last print (lastPrinted), so op. cit.
  // takes the latest match without a list reordered (and copied) per citation.
  const printed: Work[] = [];
  const lastPrinted = new Map<Work, number>();
  let last: CitedWork | null = null;
  const out: NoteCitation[] = [];
  for (const note of notes) {
    const { explanation, citation } = splitExplanation(note.text);
    const cites: CitedWork[] = [];
    for (const piece of piecesOf(citation)) {
      const pagePrefix = prefixOf(piece);
      if (piece.form === "ibidem") {
        cites.push({
          work: last?.work ?? null,
          pageCited: piece.pageCited ?? last?.pageCited ?? null,
          pagePrefix: pagePrefix ?? last?.pagePrefix ?? null,
        });
      } else if (piece.form === "op-cit") {
        const key = piece.key ?? "";
        const surname = surnameOf(key);
        let found: Work | undefined;
        for (let k = printed.length - 1; k >= 0 && !found; k--) {
          const w = printed[k];
          if (lastPrinted.get(w) !== k) continue;
          const matches =
            (w.authors !== "" && surnameOf(w.authors) === surname) ||
            (key.length >= 6 && w.citation.toLocaleLowerCase().startsWith(key.toLocaleLowerCase()));
          if (matches) found = w;
        }
        cites.push({ work: found?.id ?? null, pageCited: piece.pageCited, pagePrefix });
      } else {
        const parsed = parseWork(piece.text);
        const key = parsed.citation.toLocaleLowerCase();
        let work = byCitation.get(key);
        if (!work) {
          work = { id: `${idPrefix}${works.length + 1}`, ...parsed };
          works.push(work);
          byCitation.set(key, work);
        }
        lastPrinted.set(work, printed.length);
        printed.push(work);
        cites.push({ work: work.id, pageCited: piece.pageCited, pagePrefix });
      }
    }
    if (cites.length > 0) last = cites[cites.length - 1];
    const kind: FootnoteKind =
      explanation && cites.length > 0 ? "both" : cites.length > 0 ? "citation" : "explanatory";
    out.push({ number: note.number, kind, cites });
  }
  return { works, notes: out };
}
