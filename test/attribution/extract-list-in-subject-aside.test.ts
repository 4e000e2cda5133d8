/**
 * "The panel, made up of judges, lawyers and clerks, said ...": an aside between the subject and
 * its cue may end in a list whose items are parted by commas; the aside opens at the comma after
 * the subject, not at the comma before the list's last items, which are no speaker of their own.
 * After a name the words with "and" are its appositive ("Jo Kell, president and founder, said").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a list at the end of an aside on the subject', () => {
  it('is passed over back to the subject, after a participle', () => {
    expect(spokenQuotes('The jury, drawn from farmers, millers and three bakers, found that the mill was at fault.')).toEqual([
      { content: 'the mill was at fault', cue: 'found', speaker: 'The jury, drawn from farmers, millers and three bakers' },
    ]);
  });

  it('is passed over back to the subject, after a relative clause and with a serial comma', () => {
    expect(spokenQuotes('The coalition, which includes tenants, grocers, and cab drivers, said the fare rise was unfair.')).toEqual([
      { content: 'the fare rise was unfair', cue: 'said', speaker: 'The coalition, which includes tenants, grocers, and cab drivers' },
    ]);
  });

  it('leaves the appositive of a name with "and" in it alone', () => {
    expect(spokenQuotes('The board met, and Ola Vance, treasurer and secretary, said the books were closed.')).toEqual([
      { content: 'the books were closed', cue: 'said', speaker: 'Ola Vance, treasurer and secretary' },
    ]);
  });
});
