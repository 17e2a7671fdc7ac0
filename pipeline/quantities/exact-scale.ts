// Scale words applied to decimals without binary rounding error.
//
// 8.3 has no exact binary form, and 8.3 * 1e9 is 8300000000.000001: the error of the stored 8.3
// survives the product. A stated "8.3 billion" is exactly 8,300,000,000, so a decimal is scaled
// by moving its decimal point in its written form and parsing that once, which rounds once.

const POWERS = new Map<number, number>(
  Array.from({ length: 16 }, (_, k): [number, number] => [10 ** k, k]),
);

/** value × scale, exact when value is a short decimal and scale a power of ten (1e3, 1e6, …). */
export function timesScale(value: number, scale: number): number {
  if (scale === 1 || Number.isInteger(value)) return value * scale;
  const exponent = POWERS.get(scale);
  if (exponent === undefined) return value * scale;
  const written = String(value);
  // A value that prints with an exponent (1e-7) is no decimal as written; keep the product.
  if (written.includes("e")) return value * scale;
  return Number(`${written}e${exponent}`);
}
