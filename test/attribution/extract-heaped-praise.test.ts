/**
 * Idioms of praise, credit and alarm whose object is what the stand is about: "heaped praise on the
 * crew", "took credit for the deal", "sounded the alarm about the dam".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"heaped praise on", "took credit for" and "sounded the alarm about"', () => {
  it('reads the object of the idiom as the content', () => {
    expect(quotesIn('Lind heaped praise on the ferry crew.')).toEqual([{ content: 'the ferry crew', cue: 'heaped praise on', speaker: 'Lind' }]);
    expect(quotesIn('Mayor Kell took credit for the harbor deal.')).toEqual([
      { content: 'the harbor deal', cue: 'took credit for', speaker: 'Mayor Kell' },
    ]);
    expect(quotesIn('The engineers sounded the alarm about the dam.')).toEqual([
      { content: 'the dam', cue: 'sounded the alarm about', speaker: 'The engineers' },
    ]);
  });
});
