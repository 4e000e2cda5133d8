/**
 * A subject with a relative clause that has no pronoun ("the growers I interviewed", "everyone we
 * spoke to") before a cue: the noun phrase, a subject pronoun and a verb whose object is the gap
 * can only be the subject with its clause, so the whole phrase speaks.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative clause without "who" or "that" inside the subject', () => {
  it('leaves the main verb its speaker', () => {
    expect(quotesIn('The growers I interviewed said the levy was unfair.')).toEqual([
      { content: 'the levy was unfair', cue: 'said', speaker: 'The growers I interviewed' },
    ]);
    expect(quotesIn('Everyone we spoke to said the Dunmore bridge was unsafe.')).toEqual([
      { content: 'the Dunmore bridge was unsafe', cue: 'said', speaker: 'Everyone we spoke to' },
    ]);
    expect(quotesIn('An aide she talked to said the vote was close.')).toEqual([
      { content: 'the vote was close', cue: 'said', speaker: 'An aide she talked to' },
    ]);
  });

  it('takes in a preposition left stranded at the end of the clause', () => {
    expect(quotesIn('The growers we talked with said the levy was unfair.')).toEqual([
      { content: 'the levy was unfair', cue: 'said', speaker: 'The growers we talked with' },
    ]);
    expect(quotesIn('Those she worked for said the mayor paid on time.')).toContainEqual({
      content: 'the mayor paid on time',
      cue: 'said',
      speaker: 'Those she worked for',
    });
    expect(quotesIn('The fight with said groups was long.')).toEqual([]);
  });

  it('is not read into an auxiliary before an infinitive', () => {
    expect(quotesIn('And I have to thank the judge for the delay.')).not.toContainEqual(expect.objectContaining({ speaker: 'And I have to' }));
    expect(quotesIn('Planners asked what would happen if Orsk were to raise the toll and they were to reply with a boycott.')).not.toContainEqual(expect.objectContaining({ cue: 'reply' }));
  });
});
