/**
 * "Keel admitted to police that he took the car": after "admit to" or "confess to", a listener and
 * then "that" make "to" the preposition of whom the speaker told; the clause is what was admitted,
 * and the cue is the one verb. ("admitted to the theft" keeps "admit to" and its object.)
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"admitted to" a listener "that"', () => {
  it('reads the clause after the listener', () => {
    expect(spokenQuotes('Dov Keel admitted to police that he had taken the van.')).toEqual([
      { content: 'he had taken the van', cue: 'admitted', speaker: 'Dov Keel' },
    ]);
    expect(spokenQuotes('The mayor admitted to reporters on Tuesday that the ferry plan had failed.')).toEqual([
      { content: 'the ferry plan had failed', cue: 'admitted', speaker: 'The mayor' },
    ]);
  });

  it('reads "confessed" the same way', () => {
    expect(spokenQuotes('Ina Brell confessed to detectives that she had set the fire.')).toEqual([
      { content: 'she had set the fire', cue: 'confessed', speaker: 'Ina Brell' },
    ]);
  });

  it('keeps "admit to" with a deed as its object', () => {
    expect(spokenQuotes('Dov Keel admitted to the theft.')).toEqual([{ content: 'the theft', cue: 'admitted to', speaker: 'Dov Keel' }]);
    expect(spokenQuotes('Dov Keel confessed to the theft of the van.')).toEqual([{ content: 'the theft of the van', cue: 'confessed to', speaker: 'Dov Keel' }]);
  });
});
