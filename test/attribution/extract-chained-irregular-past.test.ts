/**
 * A chained cue ("... and said") takes the subject of the verb before "and"; an irregular past
 * ("shook", "froze", "hung") is that verb, so the name before it is the whole subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a chained cue after an irregular past', () => {
  it('takes the name before the verb as the speaker, without the verb', () => {
    expect(quotesIn('Tova Rask shook her head and said the ferry would not run.')).toEqual([
      { content: 'the ferry would not run', cue: 'said', speaker: 'Tova Rask' },
    ]);
  });

  it('still takes a regular past the same way', () => {
    expect(quotesIn('Tova Rask nodded and said the ferry would not run.')).toEqual([
      { content: 'the ferry would not run', cue: 'said', speaker: 'Tova Rask' },
    ]);
  });
});
