/**
 * A participle of speech that opens the sentence ("Noting that ..., Lind said ..."): it reports
 * what the subject of the main clause says, and its content ends at the comma before that clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle opening the sentence', () => {
  it('takes a that-clause up to the comma and the main clause subject as speaker', () => {
    expect(quotesIn('Noting that the pier had been closed for years, Lind said the town would rebuild it.')).toEqual([
      { content: 'the pier had been closed for years', cue: 'Noting', speaker: 'Lind' },
      { content: 'the town would rebuild it', cue: 'said', speaker: 'Lind' },
    ]);
  });

  it('takes an object', () => {
    expect(quotesIn("Responding to the mayor's remarks, Ana Lind wrote a letter to the board.")).toEqual([
      { content: "the mayor's remarks", cue: 'Responding to', speaker: 'Ana Lind' },
    ]);
  });

  it('reads nothing from a participle that works as a preposition', () => {
    expect(quotesIn('Regarding the ferry schedule, the board met on Monday.')).toEqual([]);
  });

  it('reads nothing without a main clause after the comma', () => {
    expect(quotesIn('Praising the crew, cheering the mayor, waving at the crowd.')).toEqual([]);
  });

  it('finds the main clause when its verb could be read as a participle after the subject', () => {
    expect(quotesIn('Citing the storms, Lind asked the board to delay the vote.')).toEqual([
      { content: 'the storms', cue: 'Citing', speaker: 'Lind' },
      { content: 'the board to delay the vote', cue: 'asked', speaker: 'Lind' },
    ]);
  });
});
