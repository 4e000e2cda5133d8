/**
 * An appositive that ends in a quoted title or a short quotation, the comma inside its closing
 * mark ("Dana Fenn, star of the drama “Low Tide,” thanked ..."): the name before it, with the
 * appositive, speaks.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an appositive ending in a quoted title', () => {
  it('reads the verb after the title with the name as its speaker', () => {
    expect(quotesIn('Dana Fenn, star of the harbor drama "Low Tide," thanked the council for "keeping the ferry running."')).toEqual([
      { content: 'the council for "keeping the ferry running."', cue: 'thanked', speaker: 'Dana Fenn, star of the harbor drama "Low Tide,"' },
    ]);
  });

  it('reads a clause after "that"', () => {
    expect(quotesIn('Marek Olin, the blogger known as "Saltwater," wrote that he had seen the ledger.')).toEqual([
      { content: 'he had seen the ledger', cue: 'wrote', speaker: 'Marek Olin, the blogger known as "Saltwater,"' },
    ]);
  });

  it('steps over a short quotation in lower case that ends the appositive', () => {
    expect(quotesIn('Harbor Voices, a pro-ferry "super PAC," argued that the levy would sink the fleet.')).toEqual([
      { content: 'the levy would sink the fleet', cue: 'argued', speaker: 'Harbor Voices, a pro-ferry "super PAC,"' },
    ]);
  });
});
