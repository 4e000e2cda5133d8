/**
 * A lone dash before "and" or "but" and the subject's next predicate ends what was said: the
 * writer goes on with what the speaker did next.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a lone dash before the next predicate', () => {
  it('ends before "— and" and a past form', () => {
    expect(quotesIn('Kell said the ferry was late again — and walked off the pier in anger.')).toEqual([
      { content: 'the ferry was late again', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('ends before "— and" and a cue of its own, which is a statement too', () => {
    expect(quotesIn('Kell said he does not plan to debate Vela — and thinks the mayor should stay out of it.')).toEqual([
      { content: 'he does not plan to debate Vela', cue: 'said', speaker: 'Kell' },
      { content: 'the mayor should stay out of it', cue: 'thinks', speaker: 'Kell' },
    ]);
  });

  it('keeps a second "that" clause after "— and"', () => {
    expect(quotesIn('Kell said the dam held — and that the levy failed.')).toEqual([
      { content: 'the dam held — and that the levy failed', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
