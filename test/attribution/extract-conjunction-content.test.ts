/**
 * What a cue reports never opens with "and" or "or": such a start shows that the cue word was a
 * plural noun ("credits and", "advocates and") or the first of two verbs sharing one object.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('content that would open with a conjunction', () => {
  it('reads no statement after a plural noun that looks like a cue', () => {
    expect(quotesIn('Lind and Kell debated school credits and harbor fees.')).toEqual([]);
  });

  it('reads no statement of a noun before "and" and a second verb', () => {
    expect(quotesIn('Vega met with farm advocates and named a new harbor chief.').filter((q) => q.cue === 'advocates')).toEqual([]);
  });

  it('keeps an object that holds "and" inside it', () => {
    expect(quotesIn('Kell praised the growers and the new levy.')).toEqual([
      { content: 'the growers and the new levy', cue: 'praised', speaker: 'Kell' },
    ]);
  });

  it('keeps a clause that holds "and" inside it', () => {
    expect(quotesIn('Ruiz said the dam held and the work began in March.')).toEqual([
      { content: 'the dam held and the work began in March', cue: 'said', speaker: 'Ruiz' },
    ]);
  });
});
