/**
 * An age set off by commas after a name ("Tova Brannik, 61, who ...") stands between the name and
 * the relative clause that describes the person: "who" is the person named, not the age, and a
 * pronoun later in the text is the same person.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a relative pronoun after a name and an age', () => {
  it('resolves "who" after "Name, 61," to the person named', () => {
    const text = 'Tova Brannik, 61, who denies the charges, wrote on Sunday that she would fight on.\n\nShe did not say whether she would return.';
    const quotes = resolvedQuotes(text);
    expect(quotes[0]).toMatchObject({ content: 'the charges', cue: 'denies', speaker: 'who', entity: 'Tova Brannik' });
    expect(quotes[1]).toMatchObject({ content: 'she would fight on', cue: 'wrote', entity: 'Tova Brannik' });
    expect(quotes[2]).toMatchObject({ content: 'whether she would return', cue: 'say', speaker: 'She', entity: 'Tova Brannik' });
  });

  it('still takes a year after a preposition as no age', () => {
    const text = 'The plan was drafted in 2019, which the mayor, Ilse Varga, said was too long ago.';
    expect(resolvedQuotes(text).find((q) => q.cue === 'said')).toMatchObject({ entity: 'Ilse Varga' });
  });
});
