/**
 * Phrasal verbs of remarks on a topic, read with their object as what is said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('remarks on a topic', () => {
  it('reads "dwell on", "opine on" and "reflect on"', () => {
    expect(quotesIn('Lind dwelt on the losses.')).toEqual([{ content: 'the losses', cue: 'dwelt on', speaker: 'Lind' }]);
    expect(quotesIn('Kell opined on the race.')).toEqual([{ content: 'the race', cue: 'opined on', speaker: 'Kell' }]);
    expect(quotesIn('The mayor reflected on her years in office.')).toEqual([
      { content: 'her years in office', cue: 'reflected on', speaker: 'The mayor' },
    ]);
  });

  it('reads "zero in on" and "rail at"', () => {
    expect(quotesIn('Ruiz zeroed in on the levy.')).toEqual([{ content: 'the levy', cue: 'zeroed in on', speaker: 'Ruiz' }]);
    expect(quotesIn('The growers railed at the board.')).toEqual([{ content: 'the board', cue: 'railed at', speaker: 'The growers' }]);
  });

  it('reads pitches and pleas made, and "confide that"', () => {
    expect(quotesIn('Kell made a plea for unity.')).toEqual([{ content: 'unity', cue: 'made a plea for', speaker: 'Kell' }]);
    expect(quotesIn('Lind is making a pitch to farmers in the valley.')).toEqual([
      { content: 'farmers in the valley', cue: 'making a pitch to', speaker: 'Lind' },
    ]);
    expect(quotesIn('Ruiz confided that the dam had leaked for years.')).toEqual([
      { content: 'the dam had leaked for years', cue: 'confided', speaker: 'Ruiz' },
    ]);
  });
});
