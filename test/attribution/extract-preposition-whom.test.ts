/**
 * A relative clause on a person opened by a preposition and "whom" ("..., with whom she clashed
 * at the hearing.") is the writer's aside when it runs to the end, as one opened by "who" is.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('", with whom" after what was said', () => {
  it('ends what a cue names', () => {
    expect(quotesIn('Lind criticized Mayor Kell, with whom she clashed at the hearing over the levy.')).toEqual([
      { content: 'Mayor Kell', cue: 'criticized', speaker: 'Lind' },
    ]);
  });

  it('ends a reported clause', () => {
    expect(quotesIn('Ruiz said he is partial to Tova Berg, for whom he hosted a dinner in Orvik.')).toEqual([
      { content: 'he is partial to Tova Berg', cue: 'said', speaker: 'Ruiz' },
    ]);
  });

  it('goes on when a comma closes the aside inside what was said', () => {
    expect(quotesIn('Ruiz said Tova Berg, with whom he worked for years, would run the port.')).toEqual([
      { content: 'Tova Berg, with whom he worked for years, would run the port', cue: 'said', speaker: 'Ruiz' },
    ]);
  });
});
