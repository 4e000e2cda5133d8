/**
 * "Lind and two aides said ...", "A coalition of tenant groups and two opposition parties wants
 * ...": a count word opens the second conjunct of a subject as an article does ("The mayor and the
 * council said"), so when the first conjunct fills the clause up to "and", the speaker is the whole
 * coordination; before, it was the second conjunct alone. After a verb the first phrase is its
 * object, and only the second speaks ("Kell met the mayor and two aides said ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a second conjunct opened by a count word', () => {
  it('joins the first conjunct at the start of the clause', () => {
    expect(spokenQuotes('Osei and two stewards said the gates had opened late.')).toEqual([{ content: 'the gates had opened late', cue: 'said', speaker: 'Osei and two stewards' }]);
    expect(spokenQuotes('An alliance of ferry crews and three dock unions wants a new contract.')).toEqual([
      { content: 'a new contract', cue: 'wants', speaker: 'An alliance of ferry crews and three dock unions' },
    ]);
  });

  it('leaves the object of a verb out', () => {
    expect(spokenQuotes('Reed met the warden and two stewards said the gates had opened late.')).toEqual([{ content: 'the gates had opened late', cue: 'said', speaker: 'two stewards' }]);
  });
});
