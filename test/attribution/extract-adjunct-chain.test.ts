/**
 * Adjuncts strung one after another before a speaker ("In May, during the tour,",
 * "Later on “Morning Farm,”") are no statement of their own: the cue is read forwards or not at all.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a chain of adjuncts before the speaker', () => {
  it('reads the object after a programme named in quotation marks', () => {
    expect(quotesIn('Later on “Morning Farm,” Senator Ana Lind questioned the harbor board’s account.')).toEqual([
      { content: 'the harbor board’s account', cue: 'questioned', speaker: 'Senator Ana Lind' },
    ]);
  });

  it('takes no statement from a month and a second adjunct, only what is boasted of', () => {
    expect(quotesIn('In May, during a tour of the flooded mill, Mayor Abel Moro boasted of his skill.')).toEqual([
      { content: 'his skill', cue: 'boasted of', speaker: 'Mayor Abel Moro' },
    ]);
  });

  it('still reads a clause after a fronted adjunct as what was said', () => {
    expect(quotesIn('In May, the mill lost two hundred jobs, Mayor Abel Moro said.')).toEqual([
      { content: 'In May, the mill lost two hundred jobs', cue: 'said', speaker: 'Mayor Abel Moro' },
    ]);
  });
});
