/**
 * "A think tank in Tarvo said ...", "A task force in Brill warned ...": a body's kind of two words
 * before a place, like a one-word one ("a charity in Tarvo"), makes the whole phrase the speaker;
 * the place is where the body sits, not the one who speaks.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a two-word kind of body before a place', () => {
  it('speaks as the body, not the place', () => {
    expect(attributedQuotes('A think tank in Tarvo said the bridge was overpriced.')).toEqual([
      { content: 'the bridge was overpriced', cue: 'said', speaker: 'A think tank in Tarvo', entity: 'A think tank in Tarvo' },
    ]);
    expect(attributedQuotes('A task force in Brill warned that the levee would fail.')).toEqual([
      { content: 'the levee would fail', cue: 'warned', speaker: 'A task force in Brill', entity: 'A task force in Brill' },
    ]);
  });
});
