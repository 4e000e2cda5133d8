/**
 * "Many Democrats in Ohio believe ...", "Some growers from Kansas said ...": a quantifier and a
 * plural before a preposition and a place make a group of people; the capitalised plural is not
 * a person's name, nor is the place the one who speaks.
 */
import { describe, expect, it } from 'vitest';
import { typedQuotes } from './found-quotes.js';

describe('a quantified plural before a named place', () => {
  it('is a group, with a capitalised plural', () => {
    expect(typedQuotes('Many Democrats in Ohio believe the levy will pass.')).toEqual([
      { content: 'the levy will pass', cue: 'believe', speaker: 'Many Democrats in Ohio', kind: 'group' },
    ]);
  });

  it('is a group, with "from" before the place', () => {
    expect(typedQuotes('Some Lutherans from Minnesota said the synod had waited too long.')).toEqual([
      { content: 'the synod had waited too long', cue: 'said', speaker: 'Some Lutherans from Minnesota', kind: 'group' },
    ]);
  });
});
