/**
 * "Lena Voss defended the plan. Asked by a reporter whether she regretted the vote, she paused.
 * “...,” she said.": the one who asks is passed over by a pronoun in the sentence after the
 * question too, where the one asked is further back in the paragraph than the asker; the asker is
 * taken only when no one else fits.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const entityOf = (text: string, speaker: string) => resolvedQuotes(text).find((quote) => quote.speaker === speaker)?.entity;

describe('the one who asks, before an answer in the next sentence', () => {
  it('is passed over for the one asked further back', () => {
    const text = 'Lena Voss told the committee the dam was sound. Asked by a councillor whether she had read the survey, she hesitated. "I read the summary," she said.';
    expect(entityOf(text, 'she')).toBe('Lena Voss');
  });

  it('is passed over after a named asker', () => {
    const text = 'Engineer Omar Castell said the cables were new. Asked by Judge Ruth Ekwall whether he had tested them, he shook his head. "There was no time," he said.';
    expect(entityOf(text, 'he')).toBe('Omar Castell');
  });

  it('is still taken when no one else fits', () => {
    const text = 'Asked by a councillor whether she had read the survey, she hesitated. "I read the summary," she said.';
    expect(entityOf(text, 'she')).toBe('a councillor');
  });
});
