/**
 * What an object cue names reads on through an aside set off by a pair of dashes; a lone dash,
 * or a pair followed by a new clause, still ends it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a pair of dashes inside an object', () => {
  it('reads on through an aside and what follows it', () => {
    expect(quotesIn('Mayor Kell urged all towns to publish the costs — including wages — of their plans.')).toEqual([
      { content: 'all towns to publish the costs — including wages — of their plans', cue: 'urged', speaker: 'Mayor Kell' },
    ]);
  });

  it('reads on through an aside between hyphens used as dashes', () => {
    expect(quotesIn('Kell denounced the toll - his main grievance - in a new way.')).toEqual([
      { content: 'the toll - his main grievance - in a new way', cue: 'denounced', speaker: 'Kell' },
    ]);
  });

  it('ends before an aside that a new clause follows', () => {
    expect(quotesIn('Ruiz praised the levy — a rare step for her — and the council cheered.')).toEqual([
      { content: 'the levy', cue: 'praised', speaker: 'Ruiz' },
    ]);
  });

  it('reads on past a hyphen joining a compound after an abbreviation', () => {
    expect(quotesIn('Kell described Ruiz as Lind\'s U.S.-based cousin.')).toEqual([
      { content: 'Ruiz as Lind\'s U.S.-based cousin', cue: 'described', speaker: 'Kell' },
    ]);
  });

  it('reads on past a dash into a "that" clause spelling out the object', () => {
    expect(quotesIn('Ruiz repeated her main charge — that the mayor hid the costs of the dam.')).toEqual([
      { content: 'her main charge — that the mayor hid the costs of the dam', cue: 'repeated', speaker: 'Ruiz' },
    ]);
  });

  it('ends at a lone dash', () => {
    expect(quotesIn('Ruiz praised the levy — a rare step for her.')).toEqual([
      { content: 'the levy', cue: 'praised', speaker: 'Ruiz' },
    ]);
  });
});
