/**
 * A request put to the subject of a passive "asked" ("was asked to name a bill", "when asked to
 * leave, ..."): the infinitive is what was asked, by no one named.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('asked to', () => {
  it('reads "was asked to" with the infinitive as the request', () => {
    expect(quotesIn('At the forum, Tomas Reyes was asked to name one bridge he had helped to build.')).toEqual([
      { content: 'to name one bridge he had helped to build', cue: 'asked' },
    ]);
  });

  it('ends a fronted request at its comma', () => {
    expect(quotesIn('When asked to leave the pier, the two growers refused.')).toEqual([
      { content: 'to leave the pier', cue: 'asked' },
    ]);
  });

  it('keeps a question after "asked" as before', () => {
    expect(quotesIn('When asked whether the ferry would run, Reyes said it would.')[0]).toEqual(
      { content: 'whether the ferry would run', cue: 'asked' },
    );
  });
});
