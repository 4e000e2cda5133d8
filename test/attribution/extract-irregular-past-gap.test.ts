/**
 * A relative clause whose gap is the subject of what is said ("a toll that the board said was
 * overdue", "a move Lind says will fail") is found by the verb right after the cue; an irregular
 * past form ("hid", "sank", "froze") is such a verb too, so the content starts with the head noun
 * or "that" rather than at the bare verb.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an irregular past right after the cue in a relative clause', () => {
  it('takes the head noun of a contact relative into the content', () => {
    expect(spokenQuotes('The archive kept a ledger the clerk said hid the true price of the land.').at(-1)).toEqual({
      content: 'a ledger the clerk said hid the true price of the land',
      cue: 'said',
      speaker: 'the clerk',
    });
  });

  it('starts at "that" with a pronoun for the subject', () => {
    expect(spokenQuotes('Reyes pointed to a storm that she said froze the harbour for a week.').at(-1)).toEqual({
      content: 'that she said froze the harbour for a week',
      cue: 'said',
      speaker: 'she',
    });
  });

  it('ends the relative clause before the main verb', () => {
    expect(spokenQuotes('A drone the army says shot down the airliner was recovered on Monday.')).toEqual([
      { content: 'A drone the army says shot down the airliner', cue: 'says', speaker: 'the army' },
    ]);
  });
});
