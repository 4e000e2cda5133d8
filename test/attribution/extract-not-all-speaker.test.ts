/**
 * "Not everyone agrees ...", "Not all growers say ...": "Not" opening the sentence before a
 * quantifier of all ("all", "every", "everyone", "everybody") denies the whole of the speaker's
 * phrase and belongs to it; before, the speaker was "everyone", the opposite of who spoke.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"Not" before a quantifier of all opening the sentence', () => {
  it('belongs to the speaker', () => {
    expect(spokenQuotes('Not everyone is convinced the ferry will run on time.')).toEqual([
      { content: 'the ferry will run on time', cue: 'convinced', speaker: 'Not everyone' },
    ]);
    expect(spokenQuotes('Not all growers say the levy is fair.')).toEqual([{ content: 'the levy is fair', cue: 'say', speaker: 'Not all growers' }]);
  });
});
