/**
 * After a light verb and a noun of a stand ("issued a statement on ..."), "on" and a day or a date
 * say when, not what the stand is about: the participle after them reports the statement, and no
 * second statement is made of the participle's words.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a day after "a statement on"', () => {
  it('reports only what the participle after the day says', () => {
    expect(quotesIn('Ken Varga issued a statement on Friday saying the ferry count had been rigged.')).toEqual([
      { content: 'the ferry count had been rigged', cue: 'saying', speaker: 'Ken Varga' },
    ]);
  });

  it('keeps a that-clause after the day', () => {
    expect(quotesIn('Ken Varga issued a statement on Friday that the ferry count had been rigged.')).toEqual([
      { content: 'the ferry count had been rigged', cue: 'issued a statement on', speaker: 'Ken Varga' },
    ]);
  });

  it('keeps the topic of a statement on something', () => {
    expect(quotesIn('Ken Varga issued a statement on the ferry count.')).toEqual([
      { content: 'the ferry count', cue: 'issued a statement on', speaker: 'Ken Varga' },
    ]);
  });
});
