/**
 * "The ferry will run twice a day, according to Deputy Mayor Ines Falk, who said the schedule
 * would hold until May": a relative clause on the source of a closing "according to" that holds a
 * cue of its own is the source's statement too; it is no longer passed over with the rest of the
 * sentence.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a relative clause on the source of a closing "according to"', () => {
  it('reports the statement in it, by the source', () => {
    expect(attributedQuotes('The ferry will run twice a day, according to Deputy Mayor Ines Falk, who said the schedule would hold until May.')).toEqual([
      { content: 'The ferry will run twice a day', cue: 'according to', speaker: 'Deputy Mayor Ines Falk', entity: 'Ines Falk' },
      { content: 'the schedule would hold until May', cue: 'said', speaker: 'who', entity: 'Ines Falk' },
    ]);
  });

  it('reads a chained cue in it after an appositive on the source', () => {
    expect(attributedQuotes('The levy raised 40,000 crowns, according to Oren Vasq, the town treasurer, who added that most of it had gone to the docks.')).toEqual([
      { content: 'The levy raised 40,000 crowns', cue: 'according to', speaker: 'Oren Vasq, the town treasurer', entity: 'Oren Vasq' },
      { content: 'most of it had gone to the docks', cue: 'added', speaker: 'who', entity: 'Oren Vasq' },
    ]);
  });

  it('reports only the sourced clause when the relative clause holds no cue', () => {
    expect(attributedQuotes('The ferry will run twice a day, according to Ines Falk, who runs the harbor.')).toEqual([
      { content: 'The ferry will run twice a day', cue: 'according to', speaker: 'Ines Falk', entity: 'Ines Falk' },
    ]);
  });
});
