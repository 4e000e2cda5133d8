/**
 * "But according to X, Y": a linking conjunction before a leading "according to" joins the
 * writer's sentences, and the source still leads the statement that follows it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"according to" after a linking conjunction', () => {
  it('reads the clause after the source when "But" opens the sentence', () => {
    expect(quotesIn('But according to two aides to the mayor, Lind wants to stay in the race.')).toEqual([
      { content: 'Lind wants to stay in the race', cue: 'according to', speaker: 'two aides to the mayor' },
    ]);
  });

  it('reads the clause after the source when a comma follows "And"', () => {
    expect(quotesIn('And, according to the Dunmore poll, most voters remain undecided.')).toEqual([
      { content: 'most voters remain undecided', cue: 'according to', speaker: 'the Dunmore poll' },
    ]);
  });

  it('reads the clause after the source after "Yet,"', () => {
    expect(quotesIn('Yet, according to Kell, the dam will hold.')).toEqual([
      { content: 'the dam will hold', cue: 'according to', speaker: 'Kell' },
    ]);
  });

  it('still reads the whole sentence when a subject comes before the source', () => {
    expect(quotesIn('The dam, according to Kell, will hold.')).toEqual([
      { content: 'The dam, according to Kell, will hold', cue: 'according to', speaker: 'Kell' },
    ]);
  });
});
