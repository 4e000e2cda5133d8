/**
 * "Analysts I trust say ...": a relative clause without "that" on the subject may end in a cue
 * of its own ("trust", "know"). That cue states nothing; the next one does, and its speaker is
 * the noun with its clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a cue that closes a relative clause without "that"', () => {
  it('leaves the statement to the next cue', () => {
    expect(spokenQuotes('The race is close, and pollsters I trust say the lead is narrow.')).toEqual([
      { content: 'the lead is narrow', cue: 'say', speaker: 'pollsters I trust' },
    ]);
  });

  it('reads the clause at the start of a sentence', () => {
    expect(spokenQuotes('Growers I trust told me the price fell.')).toEqual([{ content: 'the price fell', cue: 'told', speaker: 'Growers I trust' }]);
  });

  it('keeps a belief of the pronoun with a clause of its own', () => {
    expect(spokenQuotes('I trust the ferry will run.')).toEqual([{ content: 'the ferry will run', cue: 'trust', speaker: 'I' }]);
  });
});
