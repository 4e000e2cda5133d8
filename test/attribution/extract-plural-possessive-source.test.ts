/**
 * A plural possessive written with a bare apostrophe ("the growers' association") is one noun
 * phrase: the apostrophe, straight after a word in -s and followed by a space, is no quote mark,
 * so a source after "according to" runs on to the noun it owns.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a plural possessive in a source after "according to"', () => {
  it('keeps the owned noun in the source', () => {
    expect(quotesIn("Fares will rise in May, according to the ferry pilots' guild.")).toEqual([
      { content: 'Fares will rise in May', cue: 'according to', speaker: "the ferry pilots' guild" },
    ]);
  });

  it('keeps it with a curly apostrophe too', () => {
    expect(quotesIn('The mill was never inspected, according to the weavers’ union.')).toEqual([
      { content: 'The mill was never inspected', cue: 'according to', speaker: 'the weavers’ union' },
    ]);
  });

  it('does not take a closing single quote for an apostrophe', () => {
    expect(quotesIn("The plan is 'a gift to the banks', according to Ivo Brann.")).toEqual([
      { content: "The plan is 'a gift to the banks'", cue: 'according to', speaker: 'Ivo Brann' },
    ]);
  });
});
