/**
 * A connective that opens the sentence ("Still,", "However,", "In addition,", "At the same time,")
 * links the writer's sentences and is no part of what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a connective opening the sentence', () => {
  it('stays out of a statement before a post-posed cue', () => {
    expect(quotesIn('Still, the dam held through the storm, Kell said.')).toEqual([
      { content: 'the dam held through the storm', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('stays out of a statement around a parenthetical attribution', () => {
    expect(quotesIn('However, the mayor said, the ferry will run on Sunday.')).toEqual([
      { content: 'the ferry will run on Sunday', cue: 'said', speaker: 'the mayor' },
    ]);
  });

  it('leaves the quotation alone after a split attribution', () => {
    expect(quotesIn('At the same time, the mayor added, “we cannot ignore the floods.”')).toEqual([
      { content: '“we cannot ignore the floods.”', cue: 'added', speaker: 'the mayor' },
    ]);
  });

  it('makes a following "according to" lead the statement', () => {
    expect(quotesIn('In addition, according to the ministry, nine thousand farms will be covered.')).toEqual([
      { content: 'nine thousand farms will be covered', cue: 'according to', speaker: 'the ministry' },
    ]);
  });

  it('keeps "Instead,", whose contrast can be part of what is reported', () => {
    expect(quotesIn('Instead, the mayor said, the ferry will run on Sunday.')).toEqual([
      { content: 'Instead, the mayor said, the ferry will run on Sunday', cue: 'said', speaker: 'the mayor' },
    ]);
  });
});

describe('a connective before a leading "as X reported"', () => {
  it('leaves the source leading the statement', () => {
    expect(quotesIn('However, as the Dunmore Courier has reported, the dam leaks.')).toEqual([
      { content: 'the dam leaks', cue: 'reported', speaker: 'the Dunmore Courier' },
    ]);
  });
});
