/**
 * A subject may open with a determiner or a possessive, then an adverb in -ly and a participle
 * that together modify its head ("The newly elected mayor", "its recently appointed director").
 * The whole phrase is the speaker, not the head alone.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('an adverb and a participle before the head of a subject', () => {
  it('keeps "The newly elected mayor" whole', () => {
    expect(resolvedQuotes('The newly elected mayor said the harbor plan had failed.')[0]).toMatchObject({
      content: 'the harbor plan had failed',
      cue: 'said',
      speaker: 'The newly elected mayor',
      entity: 'The newly elected mayor',
    });
  });

  it('keeps a participle not in -ed too: "A highly paid lobbyist"', () => {
    expect(resolvedQuotes('A highly paid lobbyist said the harbor plan had failed.')[0]).toMatchObject({
      content: 'the harbor plan had failed',
      cue: 'said',
      speaker: 'A highly paid lobbyist',
    });
  });

  it('keeps a possessive before them: "Its recently appointed director"', () => {
    expect(resolvedQuotes('The museum closed in May. Its recently appointed director said the roof leaked.')[0]).toMatchObject({
      content: 'the roof leaked',
      cue: 'said',
      speaker: 'Its recently appointed director',
    });
  });
});
