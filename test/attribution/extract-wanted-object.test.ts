/**
 * Objects of wanting and of a campaign: "The growers want a new levy", "Kell campaigned against
 * the harbor tax".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('objects of "want" and "campaign on"', () => {
  it('reads what is wanted as the content', () => {
    expect(quotesIn('The growers want a new levy on barges.')).toEqual([
      { content: 'a new levy on barges', cue: 'want', speaker: 'The growers' },
    ]);
    expect(quotesIn('Neither side wants a recount in Brill.')).toEqual([
      { content: 'a recount in Brill', cue: 'wants', speaker: 'Neither side' },
    ]);
  });

  it('still reads a to-infinitive after "want"', () => {
    expect(quotesIn('Lind wanted to win the race.')).toEqual([{ content: 'to win the race', cue: 'wanted', speaker: 'Lind' }]);
  });

  it('reads the stand a campaign is built on', () => {
    expect(quotesIn('Mayor Kell campaigned against the harbor tax.')).toEqual([
      { content: 'the harbor tax', cue: 'campaigned against', speaker: 'Mayor Kell' },
    ]);
    expect(quotesIn('Ruiz campaigned on a promise of cheaper bread.')).toEqual([
      { content: 'a promise of cheaper bread', cue: 'campaigned on', speaker: 'Ruiz' },
    ]);
  });
});
