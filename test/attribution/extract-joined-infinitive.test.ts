/**
 * "to study the dam and report back": a bare verb after "and" that joins a to-infinitive inside
 * what a cue names carries the content on; a past form or a participle there still starts the
 * writer's next predicate.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a second verb joined to a to-infinitive', () => {
  it('reads on past "and" and a bare verb after an infinitive', () => {
    expect(quotesIn('Mayor Ana Lind urged the board to study the dam and report back by May.')).toEqual([
      { content: 'the board to study the dam and report back by May', cue: 'urged', speaker: 'Mayor Ana Lind' },
    ]);
  });

  it('reads on past two infinitives sharing their object', () => {
    expect(quotesIn("Ana Lind criticized the board's failure to understand and counter the flood risk.")).toEqual([
      { content: "the board's failure to understand and counter the flood risk", cue: 'criticized', speaker: 'Ana Lind' },
    ]);
  });

  it('still ends before a past form after "and"', () => {
    expect(quotesIn('Ana Lind praised the board for its plan to rebuild the dam and visited the mill on Monday.')).toEqual([
      { content: 'the board for its plan to rebuild the dam', cue: 'praised', speaker: 'Ana Lind' },
    ]);
  });

  it('still ends before a participle after "and"', () => {
    expect(quotesIn('Ana Lind urged growers to see the whole picture and promising them a new levy.')).toEqual([
      { content: 'growers to see the whole picture', cue: 'urged', speaker: 'Ana Lind' },
    ]);
  });
});
