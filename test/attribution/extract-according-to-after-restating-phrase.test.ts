/**
 * "The mill will shed 300 jobs, or a fifth of its staff, according to a memo.": after another
 * attribution in the sentence, a trailing "according to" covers the clause before it; a phrase
 * with no verb set off by commas ("or a fifth of its staff", "most of them drivers") only restates
 * that clause and is not where what is sourced begins. A clause of its own after a comma still is.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a verbless phrase before a trailing "according to"', () => {
  it('is passed over to the clause it restates', () => {
    expect(spokenQuotes('The mill plans to shed 300 jobs, or a fifth of its staff, according to a leaked memo.')).toEqual([
      { content: 'The mill plans to shed 300 jobs, or a fifth of its staff', cue: 'according to', speaker: 'a leaked memo' },
    ]);
  });

  it('still starts at a clause of its own', () => {
    expect(spokenQuotes('Lind said the pier was sound, but the cables had rusted, according to the survey.')).toEqual([
      { content: 'the pier was sound', cue: 'said', speaker: 'Lind' },
      { content: 'the cables had rusted', cue: 'according to', speaker: 'the survey' },
    ]);
  });
});
