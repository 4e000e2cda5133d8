/**
 * A comma before a participle ends what a cue names, unless the participle is the next item of a
 * list of gerunds that "and" closes.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a list of gerunds as what a cue names', () => {
  it('keeps every item of the list', () => {
    expect(quotesIn('The growers called for eliminating the toll, limiting the number of ferry permits and binding the board to a vote.')).toEqual([
      { content: 'eliminating the toll, limiting the number of ferry permits and binding the board to a vote', cue: 'called for', speaker: 'The growers' },
    ]);
  });

  it('still ends before a participle after a noun phrase', () => {
    expect(quotesIn('Vela praised the levy, reflecting a shift in the valley and sparking a debate.')).toEqual([
      { content: 'the levy', cue: 'praised', speaker: 'Vela' },
    ]);
  });

  it('still ends before acts that follow the cue’s own participle', () => {
    expect(quotesIn('Vela kept calling Kell his friend, meeting him in May and inviting him to the pier.')).toEqual([
      { content: 'Kell his friend', cue: 'calling', speaker: 'Vela' },
      { content: 'him to the pier', cue: 'inviting', speaker: 'Vela' },
    ]);
  });
});
