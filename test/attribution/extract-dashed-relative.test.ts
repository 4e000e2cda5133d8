/**
 * What a relative pronoun between dashes said ends at the second dash when the main clause's verb
 * follows it, and the main clause's own statement is found too.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative clause between dashes', () => {
  it('ends what the pronoun said at the closing dash', () => {
    expect(quotesIn('Mayor Tom Kell - who once said he would close the port - said on Saturday that the town should also close its roads.')).toEqual([
      { content: 'he would close the port', cue: 'said', speaker: 'who' },
      { content: 'the town should also close its roads', cue: 'said', speaker: 'Mayor Tom Kell - who once said he would close the port' },
    ]);
    expect(quotesIn('Ana Mora — who once said the dam was safe — told reporters that the town must act.')).toContainEqual({
      content: 'the dam was safe',
      cue: 'said',
      speaker: 'who',
    });
  });
});
