/**
 * "The ferry will run again by June, she said, but added that fares would rise.": after a postposed
 * attribution, "and" or "but" before a second verb of saying in the past opens another statement of
 * the same speaker, so the content before the attribution stops at it instead of running on over
 * the second cue. A subject after "and" still carries the first statement on.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a chained cue after a postposed attribution', () => {
  it('ends the content before "but added"', () => {
    expect(spokenQuotes('The ferry will run again by June, she said, but added that fares would rise.')).toEqual([
      { content: 'The ferry will run again by June', cue: 'said', speaker: 'she' },
      { content: 'fares would rise', cue: 'added', speaker: 'she' },
    ]);
  });

  it('ends the content before "and warned"', () => {
    expect(spokenQuotes('Most of the orchards survived the frost, the grower said, and warned that the pears were lost.')).toEqual([
      { content: 'Most of the orchards survived the frost', cue: 'said', speaker: 'the grower' },
      { content: 'the pears were lost', cue: 'warned', speaker: 'the grower' },
    ]);
  });

  it('still runs on over "and" before a subject', () => {
    expect(spokenQuotes('The bridge, he said, and the tunnel were both closed for repairs.')).toEqual([
      { content: 'The bridge, he said, and the tunnel were both closed for repairs', cue: 'said', speaker: 'he' },
    ]);
  });
});
