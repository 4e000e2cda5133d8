/**
 * After "be" and an adjective or passive participle of control ("was careful to", "was forced
 * to", "was prompted to"), the subject makes the statement of the cue after "to", as after "was
 * quick to".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a cue after "be" and an adjective or participle of control', () => {
  it('gives the statement to the subject of "was careful to note"', () => {
    expect(quotesIn('Mira Olsen was careful to note that the ferry fares had not risen.')).toEqual([
      { content: 'the ferry fares had not risen', cue: 'note', speaker: 'Mira Olsen' },
    ]);
  });

  it('gives the statement to the subject of "was forced to admit"', () => {
    expect(quotesIn('The harbor board was forced to admit that the pier had been closed for a year.')).toEqual([
      { content: 'the pier had been closed for a year', cue: 'admit', speaker: 'The harbor board' },
    ]);
  });

  it('gives a quotation to the subject of "was prompted to say"', () => {
    expect(quotesIn('Mira Olsen was prompted to say, "So far, the talks have been civil."')).toEqual([
      { content: '"So far, the talks have been civil."', cue: 'say', speaker: 'Mira Olsen' },
    ]);
  });

  it('reports nothing for a forced act that is no cue', () => {
    expect(quotesIn('The ferry was forced to return to port.')).toEqual([]);
  });
});
