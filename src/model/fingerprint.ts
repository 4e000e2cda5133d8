/**
 * The two 32-bit lanes of {@link textFingerprint} between chunks. (Module-level: one fingerprint
 * is worked out at a time, and a call allocates nothing.)
 */
const lanes = new Int32Array(2);

/**
 * How many code units {@link mixUnits} reads in one call. A loop that runs over a whole long
 * text in one call is compiled in the middle of that call, before the code after the loop has
 * ever run; that code then lacks the types it needs and the compiled loop is thrown away again
 * and again. Short calls give every line its types before the function is compiled.
 */
const CHUNK = 256;

/** Mixes the code units [from, to) of `text` into {@link lanes}. */
function mixUnits(text: string, from: number, to: number): void {
  let a = lanes[0] as number;
  let b = lanes[1] as number;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (b >>> 13);
  }
  lanes[0] = a;
  lanes[1] = b;
}

/**
 * A 64-bit FNV-1a fingerprint of a string's UTF-16 code units, as 16 hex digits. Pure
 * JavaScript so that it runs the same in browsers and Node; not a cryptographic hash.
 * @internal
 */
export function textFingerprint(text: string): string {
  // Two independent 32-bit FNV-1a lanes (different offset bases) make a 64-bit fingerprint.
  lanes[0] = 0x811c9dc5;
  lanes[1] = 0x01000193 ^ 0x9e3779b9;
  const length = text.length;
  for (let from = 0; from < length; from += CHUNK) mixUnits(text, from, Math.min(length, from + CHUNK));
  const a = Math.imul((lanes[0] as number) ^ length, 0x01000193);
  const b = lanes[1] as number;
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
