/**
 * A 64-bit FNV-1a fingerprint of a string's UTF-16 code units, as 16 hex digits. Pure
 * JavaScript so that it runs the same in browsers and Node; not a cryptographic hash.
 * @internal
 */
export function textFingerprint(text: string): string {
  // Two independent 32-bit FNV-1a lanes (different offset bases) make a 64-bit fingerprint.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (b >>> 13);
  }
  a = Math.imul(a ^ text.length, 0x01000193);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
