/**
 * "said up to 40 homes were lost": "up to" before a number bounds it as "at least" does, so it
 * opens the subject of the clause said, not a particle or a preposition after the cue. A verb
 * with the particle "up" before a number ("called up two reservists") still says nothing.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"up to" and a number after the cue', () => {
  it('opens the clause said', () => {
    expect(spokenQuotes('Dorn said up to 300 growers could lose their farms.')).toEqual([{ content: 'up to 300 growers could lose their farms', cue: 'said', speaker: 'Dorn' }]);
  });

  it('does so after a participle of saying', () => {
    expect(spokenQuotes('The port issued a notice, saying up to two ferries would be cancelled.')).toEqual([{ content: 'up to two ferries would be cancelled', cue: 'saying', speaker: 'The port' }]);
  });

  it('leaves a particle of a verb that says nothing alone', () => {
    expect(spokenQuotes('The army called up two reservists.')).toEqual([]);
  });
});
