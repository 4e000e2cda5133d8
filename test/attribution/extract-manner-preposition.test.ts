/**
 * A manner adverb between a verb and its preposition belongs to the two-word cue: "bragged loudly
 * about his record", "warned darkly of riots".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a manner between a cue and its preposition', () => {
  it('reads the phrase after "about" as the object', () => {
    expect(quotesIn('In a speech in May, Tom Kell bragged loudly about his record on the port.')).toEqual([
      { content: 'his record on the port', cue: 'bragged loudly about', speaker: 'Tom Kell' },
    ]);
  });

  it('reads the phrase after "of" as the object', () => {
    expect(quotesIn('Mayor Lind warned darkly of riots in the valley.')).toEqual([
      { content: 'riots in the valley', cue: 'warned darkly of', speaker: 'Mayor Lind' },
    ]);
  });

  it('leaves a manner before a that-clause to the one-word cue', () => {
    expect(quotesIn('Kell said repeatedly that the levy failed.')).toEqual([
      { content: 'the levy failed', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
