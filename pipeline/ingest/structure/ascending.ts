// Runs of consecutive raw offsets, copied out of one shared ascending array.

/**
 * A verbatim stretch of text maps to consecutive raw offsets. Copying them from a shared 0, 1, 2, …
 * is one native copy, where a loop wrote each offset of every body and footnote map. The array
 * grows as texts need, up to a cap (4 MB), past which offsets are written one by one.
 */
const MAX_SHARED = 1 << 20;
let ascending = new Int32Array(0);

/** Writes from, from + 1, …, from + count - 1 into target, starting at `at`. */
export function fillAscending(target: Int32Array, at: number, from: number, count: number): void {
  if (count <= 0) return;
  if (from + count > MAX_SHARED) {
    for (let j = 0; j < count; j++) target[at + j] = from + j;
    return;
  }
  if (ascending.length < from + count) grow(from + count);
  target.set(ascending.subarray(from, from + count), at);
}

function grow(length: number): void {
  ascending = new Int32Array(Math.min(MAX_SHARED, Math.max(length, 2 * ascending.length)));
  for (let i = 0; i < ascending.length; i++) ascending[i] = i;
}
