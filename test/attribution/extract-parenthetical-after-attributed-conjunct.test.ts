/**
 * "Growers blamed the council for a drought plan that ran a year and, they argued, ruined the
 * orchards": an attribution set off by commas right after "and" or "but", when the clause before
 * the conjunction is already a statement of its own, holds only the half after the conjunction.
 * The earlier statement is kept and the pronoun resolves to its speaker; with no statement
 * before, what was said still runs from the sentence's start.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes, spokenQuotes } from './found-quotes.js';

describe('an attribution after a conjunction that follows a statement', () => {
  it('keeps the earlier statement and reads only the second half', () => {
    expect(
      resolvedQuotes('The dockers met on Friday. Fruit growers blamed the council for a drought plan that ran a year and, they argued, ruined the orchards.'),
    ).toEqual([
      { content: 'the council for a drought plan that ran a year', cue: 'blamed', speaker: 'Fruit growers', entity: 'Fruit growers', mode: 'indirect' },
      { content: 'ruined the orchards', cue: 'argued', speaker: 'they', entity: 'Fruit growers', mode: 'indirect' },
    ]);
    expect(spokenQuotes('Tenants accused the landlord of raising rents twice but, they conceded, fixed the roof.')).toEqual([
      { content: 'the landlord of raising rents twice', cue: 'accused', speaker: 'Tenants' },
      { content: 'fixed the roof', cue: 'conceded', speaker: 'they' },
    ]);
  });

  it('still runs from the start with no statement before', () => {
    expect(spokenQuotes('The drought plan lasted a year and, they argued, ruined the orchards.')).toEqual([
      { content: 'The drought plan lasted a year and, they argued, ruined the orchards', cue: 'argued', speaker: 'they' },
    ]);
  });
});
