/**
 * "Not all economists agree that ...", "not everyone is convinced ...": "not" before a quantifier
 * ("all", "every", "everyone", "everybody") limits the subject, and belongs to the speaker's phrase.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a negated quantifier in the speaker', () => {
  it('is part of the speaker', () => {
    expect(spokenQuotes('Not all harbour pilots agree that the channel is safe.')).toEqual([
      { content: 'the channel is safe', cue: 'agree', speaker: 'Not all harbour pilots' },
    ]);
    expect(spokenQuotes('But not everyone believes the ferry will run on time.')).toEqual([
      { content: 'the ferry will run on time', cue: 'believes', speaker: 'not everyone' },
    ]);
  });
});
