/**
 * Local offices written before a name like any title ("City Clerk Mary Fox", "Fire Marshal Tom
 * Reyes", "County Coroner Ana Lind") are the holder's role, not part of the name: a later "Fox"
 * is the same person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a local office before a name', () => {
  it('reads "City Clerk" as the title of Mary Fox', () => {
    const text = 'The vote was delayed, City Clerk Mary Fox said.\n\nFox said the agenda was full.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'The vote was delayed', cue: 'said', speaker: 'City Clerk Mary Fox', entity: 'Mary Fox', mode: 'indirect' },
      { content: 'the agenda was full', cue: 'said', speaker: 'Fox', entity: 'Mary Fox', mode: 'indirect' },
    ]);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Mary Fox')?.roles.map((role) => role.title)).toEqual(['City Clerk']);
  });

  it('reads "Fire Marshal" and "County Coroner" as titles', () => {
    expect(resolvedQuotes('Fire Marshal Tom Reyes said the wiring was old.').map((quote) => quote.entity)).toEqual(['Tom Reyes']);
    expect(resolvedQuotes('County Coroner Ana Lind said the cause was unclear.').map((quote) => quote.entity)).toEqual(['Ana Lind']);
  });
});
