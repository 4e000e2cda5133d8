/**
 * What is expected ("The plant is expected to close in May") ends before a participle, "with" or
 * "partly" after a comma: the writer's comment on the expectation, not part of it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an expectation followed by the writer\'s comment', () => {
  it('ends before a participle after a comma', () => {
    expect(quotesIn('The cannery is expected to close in May, putting 300 workers in Dover out of a job.')).toEqual([
      { content: 'The cannery is expected to close in May', cue: 'expected' },
    ]);
  });

  it('ends before an adverb and a participle', () => {
    expect(quotesIn('The harbor board is expected to approve the levy, possibly ending a long fight over the dock.')).toEqual([
      { content: 'The harbor board is expected to approve the levy', cue: 'expected' },
    ]);
  });

  it('inside what a named speaker said, starts after that speaker\'s cue', () => {
    // (The expectation then repeats the report's own content, which already names who holds it.)
    expect(quotesIn('Ortt said the ferry was expected to resume in May.')).toEqual([
      { content: 'the ferry was expected to resume in May', cue: 'said', speaker: 'Ortt' },
    ]);
    expect(quotesIn('Ortt said the ferry was expected to resume in May, putting crews back to work.')).toEqual([
      { content: 'the ferry was expected to resume in May, putting crews back to work', cue: 'said', speaker: 'Ortt' },
    ]);
  });

  it('ends before "with" and before "partly"', () => {
    expect(quotesIn('The ruling is widely expected to go against the growers, with large costs for the ferry line.')).toEqual([
      { content: 'The ruling is widely expected to go against the growers', cue: 'expected' },
    ]);
    expect(quotesIn('The bank is expected to hold its rates, partly owing to the work of Ana Pike.')).toEqual([
      { content: 'The bank is expected to hold its rates', cue: 'expected' },
    ]);
  });

  it('keeps an aside after a relative pronoun', () => {
    expect(quotesIn('Growers fear a judge who, with the council behind him, is expected to back the toll.')).toContainEqual({
      content: 'who, with the council behind him, is expected to back the toll',
      cue: 'expected',
    });
  });
});
