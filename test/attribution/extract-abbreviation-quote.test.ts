/**
 * An abbreviation followed by an opening quotation mark and a lower-case word is inside the
 * sentence: the quotation is a fragment of it, not the start of a new sentence.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an abbreviation before a quoted fragment', () => {
  it('keeps a clause going past "E.U." and a quoted adverb', () => {
    expect(quotesIn('Mayor Vela said the E.U. “plainly” lacked a larger fleet on the lakes.')).toEqual([
      { content: 'the E.U. “plainly” lacked a larger fleet on the lakes', cue: 'said', speaker: 'Mayor Vela' },
    ]);
  });

  it('keeps a quoted predicate after "E.U." with its subject', () => {
    expect(quotesIn('Her office issued a statement saying the E.U. “lacks the staff to inspect every ferry.”')).toEqual([
      { content: 'the E.U. “lacks the staff to inspect every ferry.”', cue: 'saying', speaker: 'Her office' },
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
