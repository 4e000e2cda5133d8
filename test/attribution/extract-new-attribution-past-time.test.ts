/**
 * "Polls show that voters are angry, and a survey published by the Herald on Monday found that
 * ...": after ", and", a subject whose cue comes only after a time adjunct still opens a statement
 * of its own; the time does not count against how far the cue is looked for, so the first content
 * ends before ", and".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a new statement after ", and" with a time adjunct before its cue', () => {
  it('ends the content before it', () => {
    expect(spokenQuotes('Polls show that tenants are worried, and a study released by the housing institute on Tuesday found that rents had doubled.')).toEqual([
      { content: 'tenants are worried', cue: 'show', speaker: 'Polls' },
      { content: 'rents had doubled', cue: 'found', speaker: 'a study released by the housing institute' },
    ]);
  });
});
