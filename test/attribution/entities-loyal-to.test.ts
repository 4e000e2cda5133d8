/**
 * "Loyal to" ties a source to a person or a body as "close to" does ("growers loyal to the
 * board said"): the phrase runs on through it, and the ones who speak are the growers, not the
 * board.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a source "loyal to" someone', () => {
  it('takes the whole description as the speaker', () => {
    expect(resolvedQuotes('Growers loyal to the harbor board said the new toll was fair.')[0]).toMatchObject({
      content: 'the new toll was fair',
      cue: 'said',
      speaker: 'Growers loyal to the harbor board',
    });
  });

  it('leaves "loyal to" in what is said alone', () => {
    expect(resolvedQuotes('Mayor Ines Varga said the growers stayed loyal to the board.')).toEqual([
      { content: 'the growers stayed loyal to the board', cue: 'said', speaker: 'Mayor Ines Varga', entity: 'Ines Varga', mode: 'indirect' },
    ]);
  });
});
