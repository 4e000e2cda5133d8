/**
 * A spaced dash before a participle of saying sets it off as a comma does, when a clause follows the
 * participle: the subject of the sentence says it ("Dorn changed his pick – saying he ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle after a spaced dash', () => {
  it('is said by the subject of the sentence when a clause follows it', () => {
    expect(quotesIn('Dorn switched sides at the last minute – saying he now backed the visiting club.')).toEqual([
      { content: 'he now backed the visiting club', cue: 'saying', speaker: 'Dorn' },
    ]);
  });

  it('is not read when only an object follows it', () => {
    expect(quotesIn('The council met on Monday – adding one member to the board.')).toEqual([]);
  });
});
