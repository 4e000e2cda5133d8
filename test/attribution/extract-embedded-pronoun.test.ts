/**
 * A personal pronoun that speaks inside a clause on a noun ("videos he calls ...") or after "how"
 * or "what" speaks only there: a participle later in the sentence takes the sentence's subject.
 * A free relative's "they" does not stand for a subject "he", nor "he" for "they".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a pronoun speaking inside an embedded clause', () => {
  it('leaves a participle after a clause on a noun to the subject', () => {
    expect(quotesIn('Mayor Lind posted videos he calls “reports,” urging viewers to buy local.')).toEqual([
      { content: '“reports,”', cue: 'calls', speaker: 'he' },
      { content: 'viewers to buy local', cue: 'urging', speaker: 'Mayor Lind' },
    ]);
  });

  it('leaves a participle after "how he planned" to the subject', () => {
    expect(quotesIn('Kell had no word on how he planned to win the seat, saying only that he had hired a new manager.')).toEqual([
      { content: 'how he planned to win the seat', cue: 'planned', speaker: 'he' },
      { content: 'he had hired a new manager', cue: 'saying', speaker: 'Kell' },
    ]);
  });

  it('keeps "they" in a free relative after a subject "he"', () => {
    expect(quotesIn('When he took office, he answered what they called a biased press.')).toEqual([
      { content: 'what they called a biased press', cue: 'called', speaker: 'they' },
    ]);
  });

  it('still hands a participle the speaker of the statement before it', () => {
    expect(quotesIn('Lind said that he wanted a new dam, adding that the old one leaked.')).toEqual([
      { content: 'he wanted a new dam', cue: 'said', speaker: 'Lind' },
      { content: 'the old one leaked', cue: 'adding', speaker: 'Lind' },
    ]);
  });
});
