/**
 * "Asked whether the delay worried her, she paused": after a verb that may take a clause, an object
 * pronoun ("him", "her", "them", "me", "us") alone before a comma is the verb's object; the clause
 * after the comma is the sentence's own, and the verb reports no statement of it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an object pronoun alone before a comma after a verb', () => {
  it('opens no clause of what was thought', () => {
    expect(spokenQuotes('Asked whether the ruling worried him, he shrugged.')).toEqual([{ content: 'whether the ruling worried him', cue: 'Asked' }]);
    expect(spokenQuotes('Asked if the fine troubled her, she smiled.')).toEqual([{ content: 'if the fine troubled her', cue: 'Asked' }]);
  });

  it('still reads a clause whose subject follows the cue', () => {
    expect(spokenQuotes('The mayor feared they would leave.')).toEqual([{ content: 'they would leave', cue: 'feared', speaker: 'The mayor' }]);
  });
});
