/**
 * A printed transcript labels a turn with the speaker's role in capitals when no name is given
 * ("HOST: ...", "MODERATOR: ..."); the turn runs to the paragraph's end, like a named turn.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a transcript turn labelled by a role', () => {
  it('reads "HOST:" at a paragraph start as the turn of the host', () => {
    expect(quotesIn('HOST: Senator, you voted against the grain bill last week. Why?\n\nBRANNOCK: Because it spends money we do not have.')).toEqual([
      { content: 'Senator, you voted against the grain bill last week. Why?', cue: ':', speaker: 'HOST' },
      { content: 'Because it spends money we do not have', cue: ':', speaker: 'BRANNOCK' },
    ]);
  });

  it('reads "MODERATOR:" as the turn of the moderator', () => {
    expect(quotesIn('MODERATOR: Each candidate will have two minutes, and we will start with Ms. Vell.')).toEqual([
      { content: 'Each candidate will have two minutes, and we will start with Ms. Vell', cue: ':', speaker: 'MODERATOR' },
    ]);
  });

  it('does not read a role in capitals inside a sentence as a turn', () => {
    expect(quotesIn('The last question went to the HOST: would the show return next year?')).toEqual([]);
  });
});
