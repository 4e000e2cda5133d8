/**
 * A name that opens a sentence with an appositive ("Sen. Ilse Varga, a Republican, said ...") is
 * no speaker for a later clause that a subordinator opens after a comma (", while Rep. Tomas
 * Brill, a Democrat, praised ..."): the appositives stop at that clause, and the later cue has
 * its own subject.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('appositives of an opening name end at ", while"', () => {
  it('gives the second cue the subject of its own clause', () => {
    const found = resolvedQuotes('Sen. Ilse Varga, a Republican from the coast, said she backed "the aim but not the means," while Rep. Tomas Brill, a Democrat, praised the levy as "overdue."');
    expect(found).toEqual([
      { content: 'she backed "the aim but not the means,"', cue: 'said', speaker: 'Sen. Ilse Varga, a Republican from the coast', entity: 'Ilse Varga', mode: 'mixed' },
      { content: 'the levy as "overdue."', cue: 'praised', speaker: 'Rep. Tomas Brill, a Democrat', entity: 'Tomas Brill', mode: 'mixed' },
    ]);
  });

  it('does so without a quotation before the subordinator', () => {
    const found = resolvedQuotes('Ilse Varga, the mayor, said she agreed, whereas Tomas Brill, a grower, rejected the plan.');
    expect(found.map((q) => [q.speaker, q.entity])).toEqual([
      ['Ilse Varga, the mayor', 'Ilse Varga'],
      ['Tomas Brill, a grower', 'Tomas Brill'],
    ]);
  });

  it('keeps a chain of appositives that holds no such clause', () => {
    const found = resolvedQuotes('Ilse Varga, 61, a grower who farms near Orm, said the frost came early.');
    expect(found[0]?.speaker).toBe('Ilse Varga, 61, a grower who farms near Orm');
  });
});
