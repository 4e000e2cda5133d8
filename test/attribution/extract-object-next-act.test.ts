/**
 * After a cue in the past, words with no verb of their own before "and" and a past verb that takes
 * an object are the cue's object, and that verb is the subject's next act ("declared an emergency
 * and asked the state for help"); "late Sunday" after an object dates the act, "the late Sunday
 * vote" is a noun phrase.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function found(text: string): [string, string | undefined, string | undefined][] {
  return analyze({ text }).quotes.map((quote) => [quote.content.exact, quote.cue?.exact, quote.speaker?.anchor.exact]);
}

describe('an object before the subject\'s next act', () => {
  it('ends before "and" and the next verb', () => {
    // (The next act, a request, is a statement of its own.)
    expect(found('Marsh declared an emergency late Sunday and asked the federal government for help.')).toEqual([
      ['an emergency', 'declared', 'Marsh'],
      ['help', 'asked the federal government for', 'Marsh'],
    ]);
    expect(found('Marsh declared an emergency and ordered the harbor closed.')).toEqual([['an emergency', 'declared', 'Marsh']]);
  });

  it('does not cut a clause whose subject is coordinated', () => {
    expect(found('Kell said the rain and unsettled seas may linger.')).toEqual([['the rain and unsettled seas may linger', 'said', 'Kell']]);
    expect(found('Kell said the mayor and the council agreed.')).toEqual([['the mayor and the council agreed', 'said', 'Kell']]);
  });
});

describe('"late" or "early" before a time after an object', () => {
  it('dates the act', () => {
    expect(found('Kell criticized a vote late Sunday night.')).toEqual([['a vote', 'criticized', 'Kell']]);
    expect(found('Kell criticized the vote early last week.')).toEqual([['the vote', 'criticized', 'Kell']]);
  });

  it('is part of a noun phrase after a determiner', () => {
    expect(found('Kell criticized the late Sunday vote.')).toEqual([['the late Sunday vote', 'criticized', 'Kell']]);
  });
});
