/**
 * "and" before a verb of refusal ("declined", "refused") opens the writer's report of the
 * speaker's next act, not more of what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a refusal after "and"', () => {
  it('ends what was said before "and declined"', () => {
    expect(quotesIn('Lind said the mill was safe and declined to say more.')).toEqual([
      { content: 'the mill was safe', cue: 'said', speaker: 'Lind' },
      { content: 'to say more', cue: 'declined', speaker: 'Lind' },
    ]);
  });

  it('ends what was said before ", and refused"', () => {
    expect(quotesIn('The mayor said the bridge would reopen, and refused to give a date.')).toEqual([
      { content: 'the bridge would reopen', cue: 'said', speaker: 'The mayor' },
      { content: 'to give a date', cue: 'refused', speaker: 'The mayor' },
    ]);
  });
});
