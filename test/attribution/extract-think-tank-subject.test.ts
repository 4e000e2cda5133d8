/**
 * "The think tank said ...", "Economists at the think tank Halvard said ...": "think" is a common
 * verb, but before "tank" it opens a compound noun, so the speaker's phrase runs across it instead
 * of stopping there and leaving the cue with no subject. A think tank is a body, not a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { attributedQuotes, spokenQuotes } from './found-quotes.js';

describe('"think tank" in a speaker phrase', () => {
  it('finds the statement of a think tank named by its kind', () => {
    expect(spokenQuotes('The think tank said the levy would cost jobs.')).toEqual([{ content: 'the levy would cost jobs', cue: 'said', speaker: 'The think tank' }]);
  });

  it('finds the statement of people at a named think tank', () => {
    expect(spokenQuotes('Economists at the think tank Halvard warned that rents would keep rising.')).toEqual([
      { content: 'rents would keep rising', cue: 'warned', speaker: 'Economists at the think tank Halvard' },
    ]);
  });

  it('reads the think tank as an organization', () => {
    const text = 'The think tank, Orsolo, said the bridge was overpriced.';
    expect(attributedQuotes(text)).toEqual([{ content: 'the bridge was overpriced', cue: 'said', speaker: 'The think tank, Orsolo', entity: 'Orsolo' }]);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Orsolo')?.kind).toBe('organization');
  });

  it('still reads "think" as a verb before other words', () => {
    expect(spokenQuotes('Most voters think the tax is unfair, Lind said.')).toEqual([{ content: 'Most voters think the tax is unfair', cue: 'said', speaker: 'Lind' }]);
  });
});
