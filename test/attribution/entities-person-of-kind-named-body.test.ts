/**
 * "Nadia Ferro of the digital rights group Harbor Watch said ...": a person's name before "of the",
 * a kind of body in lower case and the body's name is the person speaking, as with "of Harbor
 * Watch" or "of the city fire department"; before, the body took the statement.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a person of a body named after its kind', () => {
  it('speaks for themself', () => {
    expect(attributedQuotes('"We warned them for years," said Nadia Ferro of the digital rights group Harbor Watch.')).toEqual([
      { content: '"We warned them for years,"', cue: 'said', speaker: 'Nadia Ferro of the digital rights group Harbor Watch', entity: 'Nadia Ferro' },
    ]);
    expect(attributedQuotes('Tom Okoro of the advocacy group Tern Alliance said the law was weak.')).toEqual([
      { content: 'the law was weak', cue: 'said', speaker: 'Tom Okoro of the advocacy group Tern Alliance', entity: 'Tom Okoro' },
    ]);
  });
});
