import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignEndingAt, semiGlobalDistances } from '../../src/text/edit-distance.js';

/** The textbook O(m·n) dynamic programme the bit-parallel version must agree with. */
function naiveDistances(pattern: string, text: string): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j] ? 0 : 1;
      next.push(Math.min((column[i - 1] ?? 0) + cost, (column[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1));
    }
    column = next;
    out.push(column[pattern.length] ?? 0);
  }
  return out;
}

const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), maxLength: 90 });

describe('semiGlobalDistances', () => {
  it('agrees with the plain dynamic programme, for patterns of one and of several 32-unit blocks', () => {
    fc.assert(
      fc.property(small.filter((p) => p.length > 0), small, (pattern, text) => {
        expect([...semiGlobalDistances(pattern, text)]).toEqual(naiveDistances(pattern, text));
      }),
      { numRuns: 500 },
    );
  });

  it('finds an exact occurrence at distance 0 and counts one substitution as 1', () => {
    const d = semiGlobalDistances('zero', 'essentially zero.');
    expect(d[15]).toBe(0);
    expect(Math.min(...semiGlobalDistances('zero', 'essentially zoro.'))).toBe(1);
  });
});

describe('alignEndingAt', () => {
  it('recovers where the best alignment starts', () => {
    const text = 'he said it certainly hasnt moved further away, then left';
    const end = text.indexOf(', then');
    expect(alignEndingAt("it certainly hasn't moved further away", text, end, 0)).toEqual({ start: 8, distance: 1 });
  });
});
