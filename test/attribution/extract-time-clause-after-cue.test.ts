/**
 * "Dorn said as he left the stage, “...”", "told reporters as she left the hall that ...": a clause
 * of time between the cue and what was said has a subject of its own right after its
 * subordinator; it is passed over like an adjunct, not taken as the end of the attribution.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a clause of time between the cue and what was said', () => {
  it('passes over it to a quotation after its comma', () => {
    expect(spokenQuotes('Dorn said as he left the stage, "We are not finished."')).toEqual([{ content: '"We are not finished."', cue: 'said', speaker: 'Dorn' }]);
  });

  it('passes over it to "that"', () => {
    expect(spokenQuotes('Lind told reporters as she left the hall that the vote was close.')).toEqual([{ content: 'the vote was close', cue: 'told', speaker: 'Lind' }]);
    expect(spokenQuotes('Dorn said after he met the growers that the levy would stay.')).toEqual([{ content: 'the levy would stay', cue: 'said', speaker: 'Dorn' }]);
  });

  it('reports nothing when nothing said follows the clause', () => {
    expect(spokenQuotes('Lind smiled as she toured the dam.')).toEqual([]);
  });
});
