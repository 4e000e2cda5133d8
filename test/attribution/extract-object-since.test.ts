/**
 * What an object cue names ends before "since" and a pronoun subject: the clause of time or cause
 * that follows is the writer's.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an object before "since" and a clause', () => {
  it('ends before "since they ..."', () => {
    expect(quotesIn('Graff has been critical of Mayor Lind since they both ran for the board.')).toEqual([
      { content: 'Mayor Lind', cue: 'critical of', speaker: 'Graff' },
    ]);
  });

  it('ends before ", since it ..."', () => {
    expect(quotesIn('Kell praised the new water law, since it returns power to the towns.')).toEqual([
      { content: 'the new water law', cue: 'praised', speaker: 'Kell' },
    ]);
  });
});
