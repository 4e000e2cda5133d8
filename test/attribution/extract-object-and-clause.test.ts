/**
 * What a cue names as its object ends before ", and" or ", so" when a clause with its own
 * subject and verb follows; a list of objects joined by ", and" is kept whole. What was said ends before a
 * relative clause on a person that closes the sentence.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an object before ", and" and a new clause', () => {
  it('ends before ", and" when a subject and its verb follow', () => {
    expect(quotesIn('Mayor Voss endorsed the new levy, and the council passed it on Tuesday.')).toEqual([
      { content: 'the new levy', cue: 'endorsed', speaker: 'Mayor Voss' },
    ]);
  });

  it('ends before ", and" when a plural subject and a modal follow', () => {
    expect(quotesIn('Lind opposed the toll plan, and the board will vote on it next week.')).toEqual([
      { content: 'the toll plan', cue: 'opposed', speaker: 'Lind' },
    ]);
  });

  it('ends before ", so" when a subject and its verb follow', () => {
    expect(quotesIn('Lind attacked Kell for his ties to the harbor board, so Kell quit.')).toEqual([
      { content: 'Kell for his ties to the harbor board', cue: 'attacked', speaker: 'Lind' },
    ]);
  });

  it('keeps a list of objects joined by ", and"', () => {
    expect(quotesIn('Kell praised the bridge, and the roads.')).toEqual([
      { content: 'the bridge, and the roads', cue: 'praised', speaker: 'Kell' },
    ]);
  });

  it('still ends a clause after "said" before ", and" and a clause of its own', () => {
    expect(quotesIn('Voss said the levy would pass, and the council agreed.')).toEqual([
      { content: 'the levy would pass', cue: 'said', speaker: 'Voss' },
    ]);
  });
});

describe('a relative clause on a person closing the sentence', () => {
  it('is left out of what was said', () => {
    expect(quotesIn('Voss said the award went to Ruiz, who led the count on Monday.')).toEqual([
      { content: 'the award went to Ruiz', cue: 'said', speaker: 'Voss' },
    ]);
  });

  it('is left out of what is believed', () => {
    expect(quotesIn('Lind believes the ferry helped Kell, who runs the harbor.')).toEqual([
      { content: 'the ferry helped Kell', cue: 'believes', speaker: 'Lind' },
    ]);
  });

  it('is left out after "whose" too', () => {
    expect(quotesIn('Voss said the prize went to Ruiz, whose team led the count.')).toEqual([
      { content: 'the prize went to Ruiz', cue: 'said', speaker: 'Voss' },
    ]);
  });

  it('stays inside what was said when the sentence resumes after it', () => {
    expect(quotesIn('Voss said Ruiz, who led the count, would win.')).toEqual([
      { content: 'Ruiz, who led the count, would win', cue: 'said', speaker: 'Voss' },
    ]);
  });
});
