/**
 * After an ordinal or "only", an infinitive is a relative clause whose subject is the noun phrase:
 * "the first senator to endorse Kell" is the first senator who endorsed her.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a cue in an infinitive after an ordinal', () => {
  it('gives the statement to the subject of "was"', () => {
    expect(quotesIn('Rita Olsen was the first member of the Vale council to endorse Tom Lind.')).toEqual([
      { content: 'Tom Lind', cue: 'endorse', speaker: 'Rita Olsen' },
    ]);
  });

  it('reads "one of the earliest" and "became"', () => {
    expect(quotesIn('Dale Amory became one of the earliest growers to criticize the levy.')).toEqual([
      { content: 'the levy', cue: 'criticize', speaker: 'Dale Amory' },
    ]);
  });

  it('ends what was said at the main verb when the phrase is the subject, and takes a name after "was"', () => {
    expect(quotesIn('The only senator to oppose the dam was Rita Olsen.')).toEqual([
      { content: 'the dam', cue: 'oppose', speaker: 'Rita Olsen' },
    ]);
    expect(quotesIn('The first growers to praise the plan were angry a year later.')).toEqual([
      { content: 'the plan', cue: 'praise', speaker: 'The first growers' },
    ]);
  });

  it('leaves a noun that names no one alone', () => {
    expect(quotesIn('Lind had the first chance to praise the crew.')).toEqual([]);
  });
});
