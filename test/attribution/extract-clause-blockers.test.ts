/**
 * A degree word or a preposition right after a cue with a clause frame opens no clause:
 * "knew little about X", "felt like X", "testified before X".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('words that open no clause after a cue', () => {
  it('reads no statement after "knew little"', () => {
    expect(quotesIn('The inspector was a newcomer who knew little about the harbor.')).toEqual([]);
  });

  it('reads no statement after "said little"', () => {
    expect(quotesIn('Mara Voss has said little about the ferry plan in recent weeks.')).toEqual([]);
  });

  it('reads no statement after "knew well"', () => {
    expect(quotesIn('The mayor knew well how the dam failed.')).toEqual([]);
  });

  it('reads no statement after "felt like"', () => {
    expect(quotesIn('As a boy in Dunmore, I felt like I was always the new kid.')).toEqual([]);
  });

  it('reads no statement after "testified before"', () => {
    expect(quotesIn('Ana Pike testified before the river council in May.')).toEqual([]);
  });

  it('still reads a clause after "knew"', () => {
    expect(quotesIn('Ana Pike knew the dam would fail.')).toEqual([
      { content: 'the dam would fail', cue: 'knew', speaker: 'Ana Pike' },
    ]);
  });

  it('still reads a clause opening with "more than"', () => {
    expect(quotesIn('Tom Reyes said more than half the wells were dry.')).toEqual([
      { content: 'more than half the wells were dry', cue: 'said', speaker: 'Tom Reyes' },
    ]);
  });
});
