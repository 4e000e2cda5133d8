/**
 * An adjective cue ("critical of", "willing to", "quick to") is read after "been" and after a
 * modal's "be" as well as after a plain form of "be".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an adjective cue after "been" or "be"', () => {
  it('reads "has been critical of"', () => {
    expect(quotesIn('Mora has been critical of the new levy on barges.')).toEqual([
      { content: 'the new levy on barges', cue: 'critical of', speaker: 'Mora' },
    ]);
  });

  it('reads "would be willing to"', () => {
    expect(quotesIn('The grocer would be willing to sell the old mill.')).toEqual([
      { content: 'to sell the old mill', cue: 'willing', speaker: 'The grocer' },
    ]);
  });

  it('reads the cue after "has been quick to"', () => {
    expect(quotesIn('Kell has been quick to point out that the mill is old.')).toEqual([
      { content: 'the mill is old', cue: 'point out', speaker: 'Kell' },
    ]);
  });
});
