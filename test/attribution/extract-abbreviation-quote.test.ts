/**
 * An abbreviation followed by an opening quotation mark and a lower-case word is inside the
 * sentence: the quotation is a fragment of it, not the start of a new sentence.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an abbreviation before a quoted fragment', () => {
  it('keeps a clause going past "U.S." and a quoted adverb', () => {
    expect(quotesIn('Mayor Vela said the U.S. “clearly” needed a larger fleet on the lakes.')).toEqual([
      { content: 'the U.S. “clearly” needed a larger fleet on the lakes', cue: 'said', speaker: 'Mayor Vela' },
    ]);
  });

  it('keeps a quoted predicate after "U.S." with its subject', () => {
    expect(quotesIn('Her office put out a statement saying the U.S. “does not have the means to check every ferry.”')).toEqual([
      { content: 'the U.S. “does not have the means to check every ferry.”', cue: 'saying', speaker: 'Her office' },
    ]);
  });

  it('still ends the sentence before a quotation that opens with a capital', () => {
    expect(quotesIn('Kell moved to the U.S. “It was hard,” she said.')).toEqual([
      { content: '“It was hard,”', cue: 'said', speaker: 'she' },
    ]);
  });

  it('still ends the sentence before a quotation that opens with an ellipsis', () => {
    expect(quotesIn('“We will win,” said Ana Ruiz, who lives in Dover, Del. “. . . I just want a fair count.”')).toEqual([
      { content: '“We will win,” said Ana Ruiz, who lives in Dover, Del. “. . . I just want a fair count.”', cue: 'said', speaker: 'Ana Ruiz' },
    ]);
  });
});
