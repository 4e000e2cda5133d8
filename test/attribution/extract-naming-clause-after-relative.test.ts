import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

/**
 * A description that ends in a restrictive relative clause and then gives a name through a
 * second, non-restrictive one ("A woman who runs the laundry, who gave only her first name,
 * Ines, said") is the speaker as a whole, and the second "who" stands for the description's
 * head, not for the thing the first clause ends on.
 */
describe('a naming clause after a restrictive relative', () => {
  it('keeps the whole description as the speaker, resolved to the name', () => {
    expect(resolvedQuotes('A woman who runs the laundry, who gave only her first name, Ines, said the water was cut off.')).toContainEqual({
      content: 'the water was cut off',
      cue: 'said',
      speaker: 'A woman who runs the laundry, who gave only her first name, Ines',
      entity: 'Ines',
      mode: 'indirect',
    });
  });

  it('reads the second "who" as the head, not the thing the first clause names', () => {
    const quotes = resolvedQuotes('A man who drives the ferry, who asked to be identified only as Bruno, said the crossing was closed.');
    expect(quotes.find((quote) => quote.speaker === 'who')?.entity).toBe('Bruno');
  });

  it('leaves the second "who" to a person the first clause names', () => {
    expect(resolvedQuotes('A clerk who met the mayor, who resigned in May, said the town was broke.')).toContainEqual({
      content: 'the town was broke',
      cue: 'said',
      speaker: 'A clerk who met the mayor, who resigned in May',
      entity: 'A clerk',
      mode: 'indirect',
    });
  });
});
