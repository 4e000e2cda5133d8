/**
 * A definite noun phrase after a comma that closes the sentence describes the last name or
 * thing named: the writer adds it, and what was said ends before it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a final definite appositive', () => {
  it('ends a clause before ", the" and a description of a name', () => {
    expect(quotesIn('Vera Holm said she backed Ana Pike, the harbor master.')).toEqual([
      { content: 'she backed Ana Pike', cue: 'said', speaker: 'Vera Holm' },
    ]);
  });

  it('ends an object before ", the" and a description of a thing', () => {
    expect(quotesIn('Tomas Reyes praised the Lakeside Compact, the ferry pact between the two towns.')).toEqual([
      { content: 'the Lakeside Compact', cue: 'praised', speaker: 'Tomas Reyes' },
    ]);
  });

  it('keeps the description after a pair of names', () => {
    expect(quotesIn('Vera Holm said she backed Ana Pike and Ivo Dran, the harbor masters.')).toEqual([
      { content: 'she backed Ana Pike and Ivo Dran, the harbor masters', cue: 'said', speaker: 'Vera Holm' },
    ]);
  });

  it('keeps the description after a quoted title', () => {
    expect(quotesIn('Ana Mora said she loved “Tide Line,” the harbor show.')).toEqual([
      { content: 'she loved “Tide Line,” the harbor show', cue: 'said', speaker: 'Ana Mora' },
    ]);
  });
});
