/**
 * "Kell praised the ferry crews as she toured the dock": a clause of "as" with a personal pronoun
 * and a verb in -s or -ed that is no cue tells when the act was done, the writer's circumstance,
 * and ends what was said or named before it. "as he said" and "as it has done" go on as before.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a clause of "as" with a pronoun after what was said', () => {
  it('ends what was named before it', () => {
    expect(spokenQuotes('Mayor Ida Renko praised the ferry crews as she toured the flooded dock.')).toEqual([
      { content: 'the ferry crews', cue: 'praised', speaker: 'Mayor Ida Renko' },
    ]);
  });

  it('ends what was reported before it', () => {
    expect(spokenQuotes('Dorn said the levy would pass as he opened his campaign office in Vell.')).toEqual([
      { content: 'the levy would pass', cue: 'said', speaker: 'Dorn' },
    ]);
  });

  it('leaves "as" with an auxiliary after the pronoun in what was said', () => {
    expect(spokenQuotes('Dorn said the dam would hold as it has done for decades.')).toEqual([
      { content: 'the dam would hold as it has done for decades', cue: 'said', speaker: 'Dorn' },
    ]);
  });
});
