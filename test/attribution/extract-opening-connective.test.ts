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

describe('a connective of contrast, consequence or concession opening the sentence', () => {
  it('stays out of a statement before a post-posed cue ("In contrast,")', () => {
    expect(quotesIn('In contrast, the eastern wards backed the levy by a wide margin, the clerk said.')).toEqual([
      { content: 'the eastern wards backed the levy by a wide margin', cue: 'said', speaker: 'the clerk' },
    ]);
  });

  it('stays out of a statement around a parenthetical attribution ("In particular,")', () => {
    expect(quotesIn('In particular, Ms. Varga said, the ferry had free use of the north pier.')).toEqual([
      { content: 'the ferry had free use of the north pier', cue: 'said', speaker: 'Ms. Varga' },
    ]);
  });

  it('stays out of a statement that "according to" sources ("Even so,")', () => {
    expect(quotesIn('Even so, the co-op sold nine tons of pears in May, according to its ledger.')).toEqual([
      { content: 'the co-op sold nine tons of pears in May', cue: 'according to', speaker: 'its ledger' },
    ]);
  });

  it('stays out of a statement before a post-posed cue ("As a result,")', () => {
    expect(quotesIn('As a result, the mill will close two lines, its owner said.')).toEqual([
      { content: 'the mill will close two lines', cue: 'said', speaker: 'its owner' },
    ]);
  });

  it('keeps a phrase that only begins like one ("In particular cases")', () => {
    expect(quotesIn('In particular cases, the clerk said, the fee is waived.')).toEqual([
      { content: 'In particular cases, the clerk said, the fee is waived', cue: 'said', speaker: 'the clerk' },
    ]);
  });
});
