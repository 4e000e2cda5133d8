/**
 * "(“...,” said Ana Roth, a clerk in Dane).": after an inverted cue inside a parenthesis, the
 * speaker's appositive ends before the parenthesis closes; a parenthesis opened inside the
 * appositive ("a senator (D-Ore.)") stays part of it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an inverted speaker with an appositive inside a parenthesis', () => {
  it('ends before the closing parenthesis', () => {
    expect(spokenQuotes('Few stayed for the count ("It was too cold," said Rhea Moss, a teller at the hall).')).toEqual([
      { content: '"It was too cold,"', cue: 'said', speaker: 'Rhea Moss, a teller at the hall' },
    ]);
  });

  it('keeps a parenthesis opened inside the appositive', () => {
    expect(spokenQuotes('"The count was fair," said Rhea Moss, a state senator (D-Ore.).')).toEqual([
      { content: '"The count was fair,"', cue: 'said', speaker: 'Rhea Moss, a state senator (D-Ore.)' },
    ]);
  });
});
