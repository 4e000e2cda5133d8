/**
 * What an object cue names ends at a comma and "then", which opens the subject's next step:
 * "hinted at a shakeup, then took it back".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('", then" after an object', () => {
  it('ends the object before ", then"', () => {
    expect(quotesIn('Mayor Lind hinted at a harbor shakeup, then took it back.')).toEqual([
      { content: 'a harbor shakeup', cue: 'hinted at', speaker: 'Mayor Lind' },
    ]);
  });

  it('keeps a list after a comma in the object', () => {
    expect(quotesIn('Kell praised the ferry crews, the pier and the toll.')).toEqual([
      { content: 'the ferry crews, the pier and the toll', cue: 'praised', speaker: 'Kell' },
    ]);
  });
});
