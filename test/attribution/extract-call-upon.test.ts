/**
 * "call upon" is "call on" in a more formal dress: the one called upon is part of what is asked of
 * them ("called upon the board to delay the vote"), and "upon" belongs to the cue, not the statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('call upon', () => {
  it('reads "called upon X to ..." as "called on X to ..."', () => {
    expect(quotesIn('The harbor master called upon the ferry owners to cut their fares.')).toEqual([
      { content: 'the ferry owners to cut their fares', cue: 'called upon', speaker: 'The harbor master' },
    ]);
  });

  it('takes an object after "call upon" without "upon" in it', () => {
    expect(quotesIn('The guild will call upon retired pilots with long service to explain the new rules.')).toEqual([
      { content: 'retired pilots with long service to explain the new rules', cue: 'call upon', speaker: 'The guild' },
    ]);
  });

  it('leaves "called" with another preposition alone', () => {
    expect(quotesIn('The harbor master called for lower fares.')).toEqual([
      { content: 'lower fares', cue: 'called for', speaker: 'The harbor master' },
    ]);
  });
});
