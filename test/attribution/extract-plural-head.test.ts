/**
 * A bare (plural) form of a cue agrees with the head of its subject, not with a word inside a
 * prepositional phrase after the head ("the best-known graduate of the reality show").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('the number of a subject before a bare cue form', () => {
  it('reads no verb after a singular head with a plural inside its phrase', () => {
    expect(quotesIn('Kell was the most famous graduate of the harbor television show "The Vault."')).toEqual([]);
    expect(quotesIn('The mill once built sets for the island farm show "Low Tide."')).toEqual([]);
  });

  it('still reads a quantity before or right after the preposition', () => {
    expect(quotesIn('Half of the growers say the new toll is fair.')).toEqual([
      { content: 'the new toll is fair', cue: 'say', speaker: 'Half of the growers' },
    ]);
    expect(quotesIn('Just shy of half, 48%, say the new toll is fair.')).toEqual([
      { content: 'the new toll is fair', cue: 'say', speaker: 'shy of half, 48%' },
    ]);
  });

  it('still reads a plural noun right before the verb', () => {
    expect(quotesIn('A review of the ledgers indicate the toll was never paid.')).toEqual([
      { content: 'the toll was never paid', cue: 'indicate', speaker: 'A review of the ledgers' },
    ]);
  });
});
