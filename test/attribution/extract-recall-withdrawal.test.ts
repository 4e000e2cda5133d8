/**
 * "Recall" is a cue of remembering aloud, but a government that recalls its envoy or troops, or a
 * maker that recalls its goods (by the piece, the container or the pound), withdraws them: nothing is said, so no statement is reported.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a recall that withdraws', () => {
  it('reports nothing when envoys, troops or goods are recalled', () => {
    expect(quotesIn('Marovia recalled its ambassador to Kelvany on Thursday, deepening the dispute over the dam.')).toEqual([]);
    expect(quotesIn('Talks stall as Marovia recalls envoy')).toEqual([]);
    expect(quotesIn('The carmaker recalled some 40,000 pickup trucks over faulty brakes.')).toEqual([]);
  });

  it('reports nothing when an amount of goods is recalled by weight or in containers', () => {
    expect(quotesIn('Dunmore Farms recalled 40,000 pounds of ground beef on Friday.')).toEqual([]);
    expect(quotesIn('The bakery recalled nearly 2 million pounds of flour.')).toEqual([]);
    expect(quotesIn('The maker recalled about 12,000 bottles of cough syrup.')).toEqual([]);
  });

  it('still reports a memory of a weight that is no count of goods', () => {
    expect(quotesIn('Ada Korvel recalled the pounds of paperwork she had to fill out.')).toEqual([
      { content: 'the pounds of paperwork she had to fill out', cue: 'recalled', speaker: 'Ada Korvel' },
    ]);
  });

  it('still reports a memory of an envoy', () => {
    expect(quotesIn('Ada Korvel recalled the ambassador telling her to leave the city.')).toEqual([
      { content: 'the ambassador telling her to leave the city', cue: 'recalled', speaker: 'Ada Korvel' },
    ]);
    expect(quotesIn('Ada Korvel recalled that the troops had marched through the valley at night.')).toEqual([
      { content: 'the troops had marched through the valley at night', cue: 'recalled', speaker: 'Ada Korvel' },
    ]);
  });

  it('still reads an inverted "recalled the ambassador" after a quotation', () => {
    expect(quotesIn('"The winter was long and cold," recalled the ambassador.')).toEqual([
      { content: '"The winter was long and cold,"', cue: 'recalled', speaker: 'the ambassador' },
    ]);
  });
});
