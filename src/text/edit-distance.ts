/**
 * Approximate substring search with Myers' bit-parallel algorithm (Myers 1999, with the block
 * extension of Hyyrö), in O(text length × ⌈pattern length / 32⌉) time and no backtracking.
 * @internal
 */

const WORD = 32;

/** Bit masks of where each code unit occurs in each 32-unit block of the pattern. */
function patternMasks(pattern: string): { masks: Map<number, Int32Array>; blocks: number } {
  const blocks = Math.max(1, Math.ceil(pattern.length / WORD));
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const unit = pattern.charCodeAt(i);
    let mask = masks.get(unit);
    if (mask === undefined) {
      mask = new Int32Array(blocks);
      masks.set(unit, mask);
    }
    const block = (i / WORD) | 0;
    mask[block] = (mask[block] ?? 0) | (1 << (i % WORD));
  }
  return { masks, blocks };
}

/**
 * For every end position `j` (exclusive) in `text[from, to)`, the least edit distance between
 * `pattern` and some substring of `text` that ends at `j`. `result[j - from - 1]` is the
 * distance for end `j`.
 */
export function semiGlobalDistances(pattern: string, text: string, from = 0, to = text.length): Int32Array {
  const m = pattern.length;
  const out = new Int32Array(Math.max(0, to - from));
  if (m === 0) return out;
  const { masks, blocks } = patternMasks(pattern);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const empty = new Int32Array(blocks);
  const lastBit = (m - 1) % WORD;
  let score = m;
  for (let j = from; j < to; j++) {
    const eqs = masks.get(text.charCodeAt(j)) ?? empty;
    // Horizontal delta entering block 0: row 0 is all zeros (a match may start anywhere).
    let hin = 0;
    for (let b = 0; b < blocks; b++) {
      let eq = eqs[b] ?? 0;
      const p = pv[b] ?? 0;
      const mm = mv[b] ?? 0;
      const xv = eq | mm;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      const bit = b === blocks - 1 ? lastBit : WORD - 1;
      const hout = (ph >>> bit) & 1 ? 1 : (mh >>> bit) & 1 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    out[j - from] = score;
  }
  return out;
}

/**
 * The best alignment of all of `pattern` against a substring of `text` that ends exactly at
 * `end`: its start and its edit distance, searching no further back than `minStart`.
 */
export function alignEndingAt(
  pattern: string,
  text: string,
  end: number,
  minStart: number,
): { start: number; distance: number } {
  const distances = semiGlobalDistances(reverseUnits(pattern, 0, pattern.length), reverseUnits(text, minStart, end));
  // distances[k] is the distance of the alignment that starts at end - k - 1.
  let best = pattern.length;
  let bestLength = 0;
  for (let k = 0; k < distances.length; k++) {
    const d = distances[k] ?? Number.MAX_SAFE_INTEGER;
    // Prefer the lowest distance; among equals, the length closest to the pattern's.
    if (d < best || (d === best && Math.abs(k + 1 - pattern.length) < Math.abs(bestLength - pattern.length))) {
      best = d;
      bestLength = k + 1;
    }
  }
  return { start: end - bestLength, distance: best };
}

/** `text.slice(from, to)` reversed by UTF-16 code unit (not by code point), so offsets stay code-unit offsets. */
function reverseUnits(text: string, from: number, to: number): string {
  const units: string[] = [];
  for (let i = to - 1; i >= from; i--) units.push(text.charAt(i));
  return units.join('');
}
