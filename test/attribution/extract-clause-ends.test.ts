/**
 * Where what was said ends: hyphens left hanging before a second compound stay inside it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a hanging hyphen inside an object', () => {
  it('keeps "low- and moderate-income" whole', () => {
    expect(quotesIn('Kell proposed rebates for low- and moderate-income families in the valley.')).toEqual([
      { content: 'rebates for low- and moderate-income families in the valley', cue: 'proposed', speaker: 'Kell' },
    ]);
  });

  it('keeps a hanging hyphen after a name', () => {
    expect(quotesIn('Lind describes herself as a Ruiz- and Vega-style moderate.')).toEqual([
      { content: 'herself as a Ruiz- and Vega-style moderate', cue: 'describes', speaker: 'Lind' },
    ]);
  });

  it('still ends an object at a spaced dash', () => {
    expect(quotesIn('The mayor called the ferry deal a disaster - and the board agreed.')).toEqual([
      { content: 'the ferry deal a disaster', cue: 'called', speaker: 'The mayor' },
    ]);
  });
});
