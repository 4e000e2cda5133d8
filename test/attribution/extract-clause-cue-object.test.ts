/**
 * A cue that takes a clause or an object ("announced", "proposed") followed by a phrase with no
 * verb names a thing: the object ends where a dash or a joined second predicate ends an object.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a clause cue with an object and no verb', () => {
  it('ends the object at a dash before a new clause', () => {
    expect(quotesIn('Ana Lind proposed a harbor debate on the first weekend of the spring fair - but the Kell campaign rejected the idea as absurd.')).toEqual([
      { content: 'a harbor debate on the first weekend of the spring fair', cue: 'proposed', speaker: 'Ana Lind' },
      { content: 'the idea as absurd', cue: 'rejected', speaker: 'the Kell campaign' },
    ]);
  });

  it('ends the object before a second predicate after "and"', () => {
    expect(quotesIn('The council announced a new ferry schedule for the busy summer months on the north shore and closed the old pier.')).toEqual([
      { content: 'a new ferry schedule for the busy summer months on the north shore', cue: 'announced', speaker: 'The council' },
    ]);
  });

  it('keeps a clause after a time phrase', () => {
    expect(quotesIn('The council announced two days later that it would close the pier.')).toEqual([
      { content: 'two days later that it would close the pier', cue: 'announced', speaker: 'The council' },
    ]);
  });
});
