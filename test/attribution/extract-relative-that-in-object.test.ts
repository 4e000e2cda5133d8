/**
 * "The institute retracted a paper that claimed to prove ...", "The council rejected a plan that said
 * ...": a relative "that" on the object of a cue that takes only an object speaks for the noun
 * before it, as "which" does; the noun's own claim is a statement beside the one that names it,
 * and a claim to an infinitive is read through to the infinitive, not cut at a bare form after "to".
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes, spokenQuotes } from './found-quotes.js';

describe('a relative "that" that speaks inside the object of a cue', () => {
  it('reads the claim of a paper that was retracted', () => {
    expect(attributedQuotes('The institute retracted a 2019 paper that claimed to prove a link between the dye and hair loss.')).toEqual([
      { content: 'a 2019 paper that claimed to prove a link between the dye and hair loss', cue: 'retracted', speaker: 'The institute', entity: 'The institute' },
      { content: 'to prove a link between the dye and hair loss', cue: 'claimed', speaker: 'that', entity: 'a 2019 paper' },
    ]);
  });

  it('reads what a rejected plan said', () => {
    expect(spokenQuotes('The council rejected a memo that said the ferry should be sold.')).toEqual([
      { content: 'a memo that said the ferry should be sold', cue: 'rejected', speaker: 'The council' },
      { content: 'the ferry should be sold', cue: 'said', speaker: 'that' },
    ]);
  });

  it('reads a claim to an infinitive after a noun that no cue governs', () => {
    expect(spokenQuotes('The magazine printed a survey that claimed to rank the best schools.')).toEqual([{ content: 'to rank the best schools', cue: 'claimed', speaker: 'that' }]);
  });

  it('keeps "that" after a listener as what was told', () => {
    expect(spokenQuotes('Lind told the board that states must pay for the dam.')).toEqual([{ content: 'states must pay for the dam', cue: 'told', speaker: 'Lind' }]);
  });
});
