/**
 * A short quotation in title case after "said in his book," or "wrote in her memoir," that closes
 * the sentence names the work; what was said or written is the clause before the attribution.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('the title of a work after the cue', () => {
  it('reads the clause before the speaker, not the book title', () => {
    expect(quotesIn('The flood in 1959 ended hopes of a return, Mr. Alden said in his 2012 book, "A River Son." So they stayed.')).toEqual([
      { content: 'The flood in 1959 ended hopes of a return', cue: 'said', speaker: 'Mr. Alden' },
    ]);
  });

  it('reads the quoted clause before the speaker, not the memoir title', () => {
    expect(quotesIn('Her boss poured "scorn on the whole plan," she wrote in her memoir, "Hard Roads of the North."')).toEqual([
      { content: 'Her boss poured "scorn on the whole plan,"', cue: 'wrote', speaker: 'she' },
    ]);
  });

  it('still runs a quotation in lower case on after the attribution', () => {
    expect(quotesIn('The dam will fail, Lind wrote in her column, "and nobody will care."')).toEqual([
      { content: 'The dam will fail, Lind wrote in her column, "and nobody will care."', cue: 'wrote', speaker: 'Lind' },
    ]);
  });

  it('still quotes a sentence after the work', () => {
    expect(quotesIn('On Monday, Lind wrote in her column, "It will fail."')).toEqual([
      { content: '"It will fail."', cue: 'wrote', speaker: 'Lind' },
    ]);
  });
});
