/**
 * A name coordinated with the phrase that opens a clause ("Kell and other growers ...") is part
 * of the subject that a free relative's pronoun stands for.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a name and a phrase coordinated as the subject', () => {
  it('names both for "they" in a free relative', () => {
    expect(quotesIn('Kell and other growers rejected what they called a farce.')).toEqual([
      { content: 'what they called a farce', cue: 'called', speaker: 'Kell and other growers' },
    ]);
  });

  it('names both for a participle after the clause', () => {
    expect(quotesIn('Kell and other growers met on Monday, saying the dam leaks.')).toEqual([
      { content: 'the dam leaks', cue: 'saying', speaker: 'Kell and other growers' },
    ]);
  });
});
