// Scores are rounded the way the reference scorer (a Python script) rounds them, so that the two
// agree digit for digit. Python rounds the *exact* binary value of a float and breaks exact ties
// to the even digit: round(0.03125, 4) is 0.0312 and f'{0.0625:.3f}' is '0.062', where
// JavaScript's toFixed gives 0.0313 and 0.063. Precisions such as 1/32 do occur.

/**
 * `value` with `digits` decimals, as Python's `f'{value:.{digits}f}'` writes it: correctly
 * rounded from the exact binary value, exact ties to the even digit.
 */
export function toFixedLikePython(value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  // |value| = mantissa / 2^shift exactly: doubling a float is exact, so this terminates.
  let mantissa = Math.abs(value);
  let shift = 0n;
  while (!Number.isInteger(mantissa)) {
    mantissa *= 2;
    shift += 1n;
  }
  const scaled = BigInt(mantissa) * 10n ** BigInt(digits);
  let units = scaled >> shift;
  if (shift > 0n) {
    const remainder = scaled - (units << shift);
    const half = 1n << (shift - 1n);
    if (remainder > half || (remainder === half && units % 2n === 1n)) units += 1n;
  }
  const figures = units.toString().padStart(digits + 1, '0');
  return digits === 0 ? sign + figures : `${sign}${figures.slice(0, -digits)}.${figures.slice(-digits)}`;
}

/** Python's `round(value, digits)` for a float. */
export function roundLikePython(value: number, digits: number): number {
  return Number(toFixedLikePython(value, digits));
}
