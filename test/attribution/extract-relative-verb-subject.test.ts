/**
 * A relative clause without commas between the subject and the cue ("farmers who back the port
 * agree") belongs to the subject, whatever the form of the relative clause's verb.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative clause between the subject and the cue', () => {
  it('keeps the head before "who" and a present verb', () => {
    expect(quotesIn('Even farmers who back the port agree that the levy is too high.')).toEqual([
      { content: 'the levy is too high', cue: 'agree', speaker: 'farmers who back the port' },
    ]);
  });

  it('keeps the head before "who" and a past verb', () => {
    expect(quotesIn('Farmers who backed the mayor said the levy is fair.')).toEqual([
      { content: 'the levy is fair', cue: 'said', speaker: 'Farmers who backed the mayor' },
    ]);
  });
});
