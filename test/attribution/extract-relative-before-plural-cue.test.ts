/**
 * "Analysts said the forecasts, which show a slump, suggest the bank will wait": a relative
 * clause set off by commas on a plural subject closes before that subject's verb, and a cue in
 * its plain form ("suggest", "show") is such a verb when a clause follows it. The content of the
 * outer cue runs on over the relative clause to the end of the clause it reports.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a relative clause before the plain-form cue of a plural subject', () => {
  it('is passed over by the content of the cue before it', () => {
    expect(spokenQuotes('Brokers said the new figures, which cover only March, suggest the slump is over.')).toEqual([
      { content: 'the new figures, which cover only March, suggest the slump is over', cue: 'said', speaker: 'Brokers' },
    ]);
  });

  it('ends before the verb when the relative clause itself reports', () => {
    expect(spokenQuotes('The harbour surveys, which show silt building up, warn that the channel will close.')).toEqual([
      { content: 'silt building up', cue: 'show', speaker: 'which' },
      { content: 'the channel will close', cue: 'warn', speaker: 'The harbour surveys, which show silt building up' },
    ]);
  });
});
