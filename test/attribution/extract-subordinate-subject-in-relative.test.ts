/**
 * "a driver who asked not to be named because he feared for his safety": a phrase right after a
 * subordinator that opens only clauses ("because", "although", "if") is the subject of that
 * clause. It does not close a relative clause on the head before it, so the verb after it is no
 * cue with that head for its speaker and the words before the head for its content.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a subject after a subordinator inside a relative clause', () => {
  it('is not read back to the head of the relative clause', () => {
    expect(spokenQuotes('Another caller, a porter who would not give his name because he feared for his post, said the gate was open.')).toEqual([
      { content: 'the gate was open', cue: 'said', speaker: 'Another caller, a porter who would not give his name because he feared for his post' },
    ]);
  });

  it('still reads a relative clause that ends before the cue', () => {
    expect(spokenQuotes('Growers who lost their barns said the levy was unfair.')).toEqual([
      { content: 'the levy was unfair', cue: 'said', speaker: 'Growers who lost their barns' },
    ]);
  });
});
