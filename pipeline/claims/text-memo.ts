// Per-sentence results that every figure of a sentence asks for again (and the figures of the
// sentences around it): computed once per text and kept for the texts seen last. The memo is
// emptied when full, so memory stays bounded however long the run. Results are shared: callers
// must not change them.

const LIMIT = 256;

export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let out = memo.get(text);
    if (out === undefined) {
      out = compute(text);
      if (memo.size >= LIMIT) memo.clear();
      memo.set(text, out);
    }
    return out;
  };
}
