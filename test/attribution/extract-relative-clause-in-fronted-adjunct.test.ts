/**
 * "Asked how she would help families who felt ignored by the council, Reyes paused": a relative
 * clause inside a fronted adjunct closes at its comma when the sentence's own subject and verb
 * follow; what the relative pronoun thinks or says never runs into the main clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a relative clause inside a fronted adjunct', () => {
  it('does not run on into the main clause', () => {
    const quotes = spokenQuotes('Asked how she would help families who felt ignored by the council, Reyes paused.');
    expect(quotes.some((quote) => quote.content.includes('Reyes paused'))).toBe(false);
    expect(quotes[0]).toEqual({ content: 'how she would help families who felt ignored by the council', cue: 'Asked' });
  });

  it('keeps a relative clause that reports a whole clause', () => {
    expect(spokenQuotes('Asked about growers who said the levy was unfair, Reyes shrugged.')[1]).toEqual({ content: 'the levy was unfair', cue: 'said', speaker: 'who' });
  });
});
