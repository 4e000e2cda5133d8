/**
 * After an attribution that follows a whole clause ("X, the office said,"), "without" and a gerund
 * of saying more ("without elaborating", "without giving details") tells what the speaker left
 * unsaid: the writer's comment, so the content ends before the attribution. "without" and a noun
 * ("without a vote") may still go on with what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"without" and a gerund of saying after a parenthetical attribution', () => {
  it('ends the content before ", the office said, without ..."', () => {
    expect(quotesIn('The envoys spoke about grain prices, the office said, without elaborating.')).toEqual([
      { content: 'The envoys spoke about grain prices', cue: 'said', speaker: 'the office' },
    ]);
    expect(quotesIn('Two pumps had failed, he said, without giving details.')).toEqual([
      { content: 'Two pumps had failed', cue: 'said', speaker: 'he' },
    ]);
  });

  it('keeps "without" and a noun that goes on with what was said', () => {
    expect(quotesIn('The mill will close, she said, without a vote.')).toEqual([
      { content: 'The mill will close, she said, without a vote', cue: 'said', speaker: 'she' },
    ]);
  });
});
