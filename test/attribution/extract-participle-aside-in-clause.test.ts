/**
 * "said the final report, expected next year, could differ": a past participle set off by commas,
 * whose phrase closes with a comma before a finite verb, is an aside on the noun before it. It is
 * no second verb sharing the subject ("..., expected next year" is nothing the speaker expected),
 * and what was said runs on past it to the clause's own verb.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a past participle set off as an aside inside what was said', () => {
  it('is no statement and does not end the content', () => {
    expect(spokenQuotes('Ines Vogt said that the survey was late and that the final count, expected in the spring, would be lower.')).toEqual([
      { content: 'the survey was late and that the final count, expected in the spring, would be lower', cue: 'said', speaker: 'Ines Vogt' },
    ]);
    expect(spokenQuotes('The warden said the new wing, expected by June, will hold 300 beds.')).toEqual([
      { content: 'the new wing, expected by June, will hold 300 beds', cue: 'said', speaker: 'The warden' },
    ]);
  });

  it('still reads a second verb of saying after a comma', () => {
    expect(spokenQuotes('Ines Vogt praised the crew, said the dam would hold, and left.')).toEqual([
      { content: 'the crew', cue: 'praised', speaker: 'Ines Vogt' },
      { content: 'the dam would hold', cue: 'said', speaker: 'Ines Vogt' },
    ]);
  });
});
