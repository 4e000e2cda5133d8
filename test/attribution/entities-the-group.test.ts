/**
 * "Harbor Rights Watch said ... The group called on ...": a bare "the group", "the organization"
 * or "the watchdog" stands for the organization named most recently, as "the company" does for a
 * company. A word before the head must be one of the name's ("the rights group"); "the trade group"
 * after another organization is someone else.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('"the group" for an organization named before', () => {
  it('takes "The group" for the organization just named', () => {
    const text = 'Harbor Rights Watch said it had counted 14 attacks on clinics. The group called on both sides to respect the law.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([
      ['Harbor Rights Watch', 'Harbor Rights Watch'],
      ['The group', 'Harbor Rights Watch'],
    ]);
  });

  it('takes "the rights group" too, whose modifier is a word of the name', () => {
    const text = 'Harbor Rights Watch said it had counted 14 attacks on clinics. The rights group said both sides were to blame.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ speaker: 'The rights group', entity: 'Harbor Rights Watch' });
  });

  it('does not take "the trade group" for an organization of another name', () => {
    const text = 'Harbor Rights Watch said it had counted 14 attacks on clinics. The trade group said shipping had slowed.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ speaker: 'The trade group', entity: 'The trade group' });
  });
});
