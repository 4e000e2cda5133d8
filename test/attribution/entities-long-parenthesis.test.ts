/**
 * A parenthesis after a name belongs to the speaker's phrase even when it holds an aside with a
 * clause of its own: "Sen. Ana Ruiz (a grower so young she has been taken for an intern) says ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a long parenthesis after the speaker’s name', () => {
  it('reads the name and its parenthesis as the speaker', () => {
    expect(quotesIn('Sen. Ana Ruiz (a grower so young she has been mistaken for an intern) says she was adrift after the vote.')).toEqual([
      { content: 'she was adrift after the vote', cue: 'says', speaker: 'Sen. Ana Ruiz (a grower so young she has been mistaken for an intern)' },
    ]);
  });

  it('still reads a short parenthesis', () => {
    expect(quotesIn('Ana Ruiz (D-Ost.) said the dam leaks.')).toEqual([{ content: 'the dam leaks', cue: 'said', speaker: 'Ana Ruiz (D-Ost.)' }]);
  });
});
