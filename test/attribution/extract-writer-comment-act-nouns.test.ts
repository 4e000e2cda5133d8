/**
 * "Crews pulled 40 people from the river, the agency said, in a rescue that lasted all night": a
 * rescue, an operation, a ruling or a raid after "in a" names the reported event itself, the
 * writer's comment on the statement, as "in a move that ..." does; what was said ends before the
 * attribution. A phrase that goes on with what was said ("..., he said, in a neutral port") stays.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an event named after "in a" behind a parenthetical attribution', () => {
  it('ends what was said before the attribution', () => {
    expect(spokenQuotes('Crews pulled 40 people from the river, the agency said, in a rescue that lasted all night.')).toEqual([
      { content: 'Crews pulled 40 people from the river', cue: 'said', speaker: 'the agency' },
    ]);
    expect(spokenQuotes('Nine men were detained near the docks, police said, in an operation that began at dawn.')).toEqual([
      { content: 'Nine men were detained near the docks', cue: 'said', speaker: 'police' },
    ]);
  });

  it('keeps a phrase that goes on with what was said', () => {
    expect(spokenQuotes('The hearing will resume, Dorn said, in a larger hall.')).toEqual([
      { content: 'The hearing will resume, Dorn said, in a larger hall', cue: 'said', speaker: 'Dorn' },
    ]);
  });
});
