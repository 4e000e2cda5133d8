/**
 * A relative "that" closes the head noun phrase before it, so a subject after it that carries a
 * title ("Mayor Lind") or joins two names ("Kell and Lind") is read whole: what follows the cue
 * without a subject of its own is said of the relative pronoun.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a titled or joined subject after a relative "that"', () => {
  it('reads a title with the name', () => {
    expect(quotesIn('The council passed a ferry toll that Mayor Ilse Varga says will pay for the pier.')).toContainEqual({
      content: 'that Mayor Ilse Varga says will pay for the pier',
      cue: 'says',
      speaker: 'Mayor Ilse Varga',
    });
  });

  it('reads two names joined by "and"', () => {
    expect(quotesIn('The council passed a ferry toll that Kell and Varga believe will pay for the pier.')).toContainEqual({
      content: 'that Kell and Varga believe will pay for the pier',
      cue: 'believe',
      speaker: 'Kell and Varga',
    });
  });

  it('still keeps the head of a relative clause without "that"', () => {
    expect(quotesIn('It was a move Varga says will cost jobs.')).toContainEqual({ content: 'a move Varga says will cost jobs', cue: 'says', speaker: 'Varga' });
  });
});
