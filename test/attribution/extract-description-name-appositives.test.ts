/**
 * A description that opens the sentence, then a name in commas, then a further appositive on that
 * name ("Lawyers for the candidate, Tom Hale, a former governor, argued ..."): the speaker runs from
 * the description, as it does with the name alone after it, and resolves to the description's
 * people, not to the name set beside a noun inside it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a description, a name and a further appositive before the cue', () => {
  it('starts the speaker at the description', () => {
    expect(quotesIn('Attorneys for the challenger, Ruth Okonjo, a retired judge, argued that the count was flawed.')).toEqual([
      { content: 'the count was flawed', cue: 'argued', speaker: 'Attorneys for the challenger, Ruth Okonjo, a retired judge' },
    ]);
    expect(quotesIn('The harbor master, Piet Laane, 61, said the channel would reopen.')).toEqual([
      { content: 'the channel would reopen', cue: 'said', speaker: 'The harbor master, Piet Laane, 61' },
    ]);
  });

  it('resolves the speaker to the people the description names', () => {
    const analysis = analyze({ text: 'Attorneys for the challenger, Ruth Okonjo, a retired judge, argued that the count was flawed.' });
    const quote = analysis.quotes.find((q) => q.cue?.exact === 'argued');
    const entity = analysis.entities.find((e) => e.id === quote?.speaker?.entityId);
    expect(entity?.name).toBe('Attorneys for the challenger');
  });
});
