/**
 * A dash before a participle of speech ("— noting that ...") ends what was said before it, as a
 * comma before one does.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a dash before a participle of speech', () => {
  it('ends what was said before "- noting"', () => {
    expect(quotesIn('Lind said the plan was sound - noting that costs had risen.')[0]).toEqual({
      content: 'the plan was sound',
      cue: 'said',
      speaker: 'Lind',
    });
  });

  it('ends what was said before "— adding"', () => {
    expect(quotesIn('Mayor Kell said the ferry would run all winter — adding that fares would stay the same.')[0]).toEqual({
      content: 'the ferry would run all winter',
      cue: 'said',
      speaker: 'Mayor Kell',
    });
  });

  it('keeps a dash before a noun inside what was said', () => {
    expect(quotesIn('Lind said the plan was sound - a view the board shares.')[0]?.content).toBe('the plan was sound - a view the board shares');
  });
});
