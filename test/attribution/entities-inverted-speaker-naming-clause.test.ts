/**
 * "“We are staying,” said one resident, who gave only her first name, Mara.": after an inverted
 * cue the speaker's phrase stops before the naming clause, which runs on to the sentence's last
 * word; the name at its end is still the speaker's entity, as it is when the clause stands before
 * the cue ("One resident, who gave only her first name, Mara, said ...").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a naming clause after an inverted speaker', () => {
  const text = '"We will rebuild the barn," said one farmer, who gave only his first name, Henrik. "The insurers can wait," he added.';

  it('names the speaker and the pronoun after it', () => {
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Henrik', 'Henrik']);
  });

  it('makes the description a role of the name', () => {
    const henrik = analyze({ text }).entities.find((entity) => entity.name === 'Henrik');
    expect(henrik?.roles.map((role) => role.title)).toEqual(['farmer']);
  });

  it('leaves a relative clause that gives no name alone', () => {
    expect(resolvedQuotes('"We will rebuild the barn," said one farmer, who lives near the river.')[0]?.entity).toBe('one farmer');
  });
});
