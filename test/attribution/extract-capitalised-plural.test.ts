/**
 * A capitalised plural that makes up the whole subject after a fronted adjunct takes the bare
 * form of a cue: "Even so, Vermonters say ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('capitalised plural subjects after a fronted adjunct', () => {
  it('reads the bare form after a capitalised plural', () => {
    expect(quotesIn('The storm passed. Even so, Vermonters say the dam will hold.')).toEqual([
      { content: 'the dam will hold', cue: 'say', speaker: 'Vermonters' },
    ]);
    expect(quotesIn('After the vote, Islanders say they expect the ferry to stay.')).toEqual([
      { content: 'they expect the ferry to stay', cue: 'say', speaker: 'Islanders' },
    ]);
  });

  it('still wants a plural for the bare form', () => {
    expect(quotesIn('After the vote, Berg say the ferry will stay.')).toEqual([]);
  });
});
