/**
 * "Growers who wanted the levy repealed said ...": inside a relative clause on the subject, an
 * "-ed" word after the object with a finite verb or a verb of saying straight after it is a
 * participle on that object, part of what was wanted, not the main clause's verb; the main
 * clause's verb after it still ends the content ("Voters who praised the plan stayed home").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle on the object of a relative clause before the main verb', () => {
  it('keeps the participle in what was wanted', () => {
    expect(spokenQuotes('Tenants who wanted the fees waived said the board had ignored them.')).toEqual([
      { content: 'the fees waived', cue: 'wanted', speaker: 'who' },
      { content: 'the board had ignored them', cue: 'said', speaker: 'Tenants who wanted the fees waived' },
    ]);
    expect(spokenQuotes('Neighbors who wanted the tower moved were turned away.')).toEqual([{ content: 'the tower moved', cue: 'wanted', speaker: 'who' }]);
  });

  it('still ends the object at a main verb in the past', () => {
    expect(spokenQuotes('Voters who praised the dam stayed home.')).toEqual([{ content: 'the dam', cue: 'praised', speaker: 'who' }]);
  });
});
