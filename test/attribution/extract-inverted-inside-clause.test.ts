/**
 * An inverted attribution inside a clause whose verb follows it ("The cost, said Lind, would
 * double") reports the whole clause, as "The cost, Lind said, would double" already did.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an inverted attribution inside its clause', () => {
  it('reads the clause around "said Mora"', () => {
    expect(quotesIn('The new levy, said Mora, will fail before the winter.')).toEqual([
      { content: 'The new levy, said Mora, will fail before the winter', cue: 'said', speaker: 'Mora' },
    ]);
  });

  it('reads past an appositive on the speaker', () => {
    expect(quotesIn('The trouble with the mill, says Ana Lind, a historian at Vale College, is that nobody needed it.')).toEqual([
      {
        content: 'The trouble with the mill, says Ana Lind, a historian at Vale College, is that nobody needed it',
        cue: 'says',
        speaker: 'Ana Lind, a historian at Vale College',
      },
    ]);
  });

  it('reads past a relative clause on the speaker', () => {
    expect(quotesIn('And Kell, said Mora, who is still close to her old boss, would never forget a slight.')).toEqual([
      { content: 'And Kell, said Mora, who is still close to her old boss, would never forget a slight', cue: 'said', speaker: 'Mora' },
    ]);
  });

  it('keeps a whole clause before the attribution to itself', () => {
    expect(quotesIn('The levy failed, said Mora, and will fail again.')).toEqual([
      { content: 'The levy failed', cue: 'said', speaker: 'Mora' },
    ]);
  });
});
