import { describe, expect, it } from 'vitest';
import { textFingerprint } from '../../src/model/fingerprint.js';

/** A made-up sentence, repeated and cut to `length` code units. */
function textOf(length: number): string {
  return 'The mayor of Brindlecombe said the ferry would run again. '.repeat(20).slice(0, length);
}

describe('textFingerprint', () => {
  // Values of the one-pass FNV-1a lanes: the fingerprint does not depend on how the text is read in chunks.
  it.each([
    [0, '050c5d1f9f37782a'],
    [255, 'fb6f56f573e3b3bf'],
    [256, 'd8614dda4c77bbfa'],
    [257, 'c9b10c00ff7e38f0'],
    [1000, '6cc8faf7e235729a'],
  ])('is stable for a text of %i code units', (length, expected) => {
    expect(textFingerprint(textOf(length))).toBe(expected);
  });

  it('gives the same fingerprint however often it runs, and differs for different texts', () => {
    const long = textOf(1000);
    const first = textFingerprint(long);
    for (let run = 0; run < 50; run++) expect(textFingerprint(long)).toBe(first);
    expect(textFingerprint(`${long}.`)).not.toBe(first);
  });
});
