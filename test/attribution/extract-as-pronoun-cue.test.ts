/**
 * "as", "and" or "but" before a pronoun and a cue of saying opens the writer's next statement: what was said
 * before it ends there, and the clause after it is a statement of its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"as" with a pronoun and a cue of its own', () => {
  it('ends what was said before "as he urged"', () => {
    expect(quotesIn('Mayor Tull said the ferry would run all winter as he urged the council to fund it.')).toEqual([
      { content: 'the ferry would run all winter', cue: 'said', speaker: 'Mayor Tull' },
      { content: 'the council to fund it', cue: 'urged', speaker: 'he' },
    ]);
  });

  it('ends it before "as she praised"', () => {
    expect(quotesIn('Kell said the dam was safe as she praised the new levy.')).toEqual([
      { content: 'the dam was safe', cue: 'said', speaker: 'Kell' },
      { content: 'the new levy', cue: 'praised', speaker: 'she' },
    ]);
  });

  it('keeps an aside between dashes inside what was said', () => {
    expect(quotesIn('Aides said Kell — as she says the dam is safe — has proposed little for the harbor.')).toEqual([
      { content: 'Kell — as she says the dam is safe — has proposed little for the harbor', cue: 'said', speaker: 'Aides' },
    ]);
  });

  it('goes on past "as" when the verb after the pronoun is no cue', () => {
    expect(quotesIn('The clerk said the count was slow as they waited for the ballots.')).toEqual([
      { content: 'the count was slow as they waited for the ballots', cue: 'said', speaker: 'The clerk' },
    ]);
  });
});

describe('"and" with a pronoun and a cue of saying', () => {
  it('ends what was said before "and she accused"', () => {
    expect(quotesIn('Mayor Tull said the mill was closing and she accused the board of a long delay.')).toEqual([
      { content: 'the mill was closing', cue: 'said', speaker: 'Mayor Tull' },
      { content: 'the board of a long delay', cue: 'accused', speaker: 'she' },
    ]);
  });

  it('goes on past "and he thinks", a view rather than a cue of saying', () => {
    expect(quotesIn('Kell said the dam was safe and he thinks the levy will pass.')).toEqual([
      { content: 'the dam was safe and he thinks the levy will pass', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
