/**
 * A question asked of a subject inside a fronted subordinate clause ("Yet when growers were asked
 * which ..., Kell led") ends at the comma where the main clause begins.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('a question asked in a fronted subordinate clause', () => {
  it('ends at the comma before the main clause', () => {
    expect(quotesIn('Yet when growers were asked which candidate could repair the dam, Velder beat Brisk by ten points.')).toEqual([
      { content: 'which candidate could repair the dam', cue: 'asked', mode: 'indirect' },
    ]);
  });

  it('goes on past a comma inside the question when no subordinator fronts it', () => {
    expect(quotesIn('Voters were asked whether the ferry, the bridge or the tunnel should come first.')).toEqual([
      { content: 'whether the ferry, the bridge or the tunnel should come first', cue: 'asked', mode: 'indirect' },
    ]);
  });
});
