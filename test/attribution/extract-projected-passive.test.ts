/**
 * "projected" in the passive with no "by" ("Kell was projected the winner", "the deficit is
 * projected to reach ...") names no one who made the projection; the whole clause is what was
 * projected, as with "is expected to". The active verb stays out of the lexicon.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a passive "projected"', () => {
  it('reports the whole clause after a complement, with no speaker', () => {
    expect(quotesIn('Dana Pell was projected as the victor of the Vale primary.')).toEqual([
      { content: 'Dana Pell was projected as the victor of the Vale primary', cue: 'projected' },
    ]);
  });

  it('reports the whole clause before an infinitive', () => {
    expect(quotesIn('The harbor deficit is projected to double next year.')).toEqual([
      { content: 'The harbor deficit is projected to double next year', cue: 'projected' },
    ]);
  });

  it('leaves a passive with "to" and a noun phrase alone: where something went, no view', () => {
    expect(quotesIn('It was not clear whether the loans had been reported to the county board.')).toEqual([]);
    expect(quotesIn('The dam was reported to have cracked.')).toEqual([{ content: 'The dam was reported to have cracked', cue: 'reported' }]);
  });

  it('leaves an active "projected" alone', () => {
    expect(quotesIn('The firm projected growth of five percent.')).toEqual([]);
  });
});

describe('a passive "deemed"', () => {
  it('reports the whole clause with no speaker, up to the comma after what was deemed', () => {
    expect(quotesIn('The count stalled when many ballots were deemed invalid, and the clerk resigned.')).toEqual([
      { content: 'many ballots were deemed invalid', cue: 'deemed' },
    ]);
    expect(quotesIn('No records were deemed relevant.')).toEqual([{ content: 'No records were deemed relevant', cue: 'deemed' }]);
  });

  it('leaves an active "deemed" alone', () => {
    expect(quotesIn('The board deemed the ballots invalid.')).toEqual([]);
  });
});
