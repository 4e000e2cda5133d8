/**
 * "who" stands for a person, not a thing: after a phrase headed by a thing with the one it comes
 * from after "from", "by" or "of" ("a complaint from a night nurse, who said ..."), the relative
 * pronoun's speaker is that one, not the thing.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('"who" after a thing from someone', () => {
  it('resolves to the one the thing came from', () => {
    expect(resolvedQuotes('The audit began with a complaint from a night nurse, who said the logs had been rewritten.')).toEqual([
      { content: 'the logs had been rewritten', cue: 'said', speaker: 'who', entity: 'a night nurse', mode: 'indirect' },
    ]);
  });

  it('keeps a person before "of" as the antecedent', () => {
    expect(resolvedQuotes('The quarrel began with a cousin of the miller, who said the flour was damp.').map((quote) => quote.entity)).toEqual(['a cousin of the miller']);
  });
});
