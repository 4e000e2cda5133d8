/**
 * "The board closed the pier after divers found cracks, and urged boaters to stay away": a cue
 * after a comma and "and" shares the subject of the main clause, not that of a clause of time or
 * cause ("after divers found cracks") hanging on the main verb before the comma.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a chained cue after a trailing clause of time or cause', () => {
  it('goes back past "after ..." to the main subject', () => {
    expect(spokenQuotes('The harbor board closed the pier after divers found cracks in the pilings, and urged boaters to stay away.')).toEqual([
      { content: 'boaters to stay away', cue: 'urged', speaker: 'The harbor board' },
    ]);
  });

  it('goes back past "because ..." to the main subject', () => {
    expect(spokenQuotes('Mayor Ines Roca shut the market because inspectors found rats, and said it would reopen on Monday.')).toEqual([
      { content: 'it would reopen on Monday', cue: 'said', speaker: 'Mayor Ines Roca' },
    ]);
  });

  it('keeps the clause subject when no comma stands before "and"', () => {
    expect(spokenQuotes('The pier was closed after divers found cracks and warned that the pilings could fail.')).toEqual([
      { content: 'the pilings could fail', cue: 'warned', speaker: 'divers' },
    ]);
  });
});
