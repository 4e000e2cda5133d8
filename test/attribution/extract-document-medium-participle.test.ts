/**
 * "posted a statement on Facebook saying ...", "released a letter through her lawyer saying ...":
 * a participle of saying after a document speaks for the document's author even when the medium
 * or the channel stands between them, as the addressee does in "sent a letter to Congress saying".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a document, its medium or channel, and a participle of saying', () => {
  it('reads "a statement on Facebook saying" as the subject\'s statement', () => {
    expect(quotesIn('The embassy posted a statement on Facebook saying its staff were safe.')).toEqual([
      { content: 'its staff were safe', cue: 'saying', speaker: 'The embassy' },
    ]);
  });

  it('reads "a letter through her lawyer saying" and "a letter to Governor Ana Pike saying"', () => {
    expect(quotesIn('Vera Kell released a letter through her lawyer saying she would appeal.')).toEqual([
      { content: 'she would appeal', cue: 'saying', speaker: 'Vera Kell' },
    ]);
    expect(quotesIn('Vera Kell sent a letter to Governor Ana Pike saying the dam was unsafe.')).toEqual([
      { content: 'the dam was unsafe', cue: 'saying', speaker: 'Vera Kell' },
    ]);
  });

  it('does not read a participle after a plain place phrase', () => {
    expect(quotesIn('The embassy stood on a hill overlooking the harbor.')).toEqual([]);
  });
});
