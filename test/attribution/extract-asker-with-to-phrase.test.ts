/**
 * "Asked by counsel to the inquiry whether ...", "Asked by an adviser to Mayor Kell why ...": a
 * "to" before a determiner or a name goes on with the asker in the "by" phrase; the question is
 * what follows it. Before a verb, "asked by the judge to explain the delay", "to" still opens the
 * request.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an asker with a "to" phrase', () => {
  it('keeps "to the ..." in the asker', () => {
    expect(spokenQuotes('Asked by counsel to the tribunal whether he had read the survey, Omar Castell shrugged.')).toEqual([{ content: 'whether he had read the survey', cue: 'Asked', speaker: 'counsel to the tribunal' }]);
  });

  it('keeps "to" and a name in the asker', () => {
    expect(spokenQuotes('Asked by an aide to Mayor Kell why the ferry was late, the captain laughed.')).toEqual([{ content: 'why the ferry was late', cue: 'Asked', speaker: 'an aide to Mayor Kell' }]);
  });

  it('still reads "to" and a verb as the request', () => {
    expect(spokenQuotes('The captain was asked by the tribunal to explain the delay.')).toEqual([{ content: 'to explain the delay', cue: 'asked', speaker: 'the tribunal' }]);
  });
});
