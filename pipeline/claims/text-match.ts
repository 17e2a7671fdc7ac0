// Small text helpers the claim rules share: word distances, clauses, the words around an offset.

/** Words strictly between two spans of the same text (0 when they touch or overlap). */
export function wordsBetween(text: string, a: [number, number], b: [number, number]): number {
  const [from, to] = a[1] <= b[0] ? [a[1], b[0]] : b[1] <= a[0] ? [b[1], a[0]] : [0, 0];
  if (to <= from) return 0;
  return text
    .slice(from, to)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The clause around [start, end): text between the nearest , ; : ( ) or dash-with-spaces on each side. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  // A comma inside a number ("500,000") is not a clause break.
  const boundary = /,(?!\d)|(?<!\d),|[;:()]|\s[–—-]\s/g;
  let left = 0;
  let right = text.length;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m.index + m[0].length <= start) left = m.index + m[0].length;
    else if (m.index >= end) {
      right = m.index;
      break;
    }
  }
  return [left, right];
}

/** The words just before an offset, lower-cased, nearest last. */
export function wordsBefore(text: string, offset: number, n: number): string[] {
  return text
    .slice(Math.max(0, offset - 80), offset)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean)
    .slice(-n);
}

/** The words just after an offset, lower-cased, nearest first. */
export function wordsAfter(text: string, offset: number, n: number): string[] {
  return text
    .slice(offset, offset + 80)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean)
    .slice(0, n);
}
