/**
 * "asked ..." as a participle clause set off by commas after the sentence's opening subject
 * ("Pell, asked whether the talks had failed, said ..."): the question put to the subject ends at
 * the clause's closing comma and has no asker, and the subject is the speaker of the main cue.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an "asked" participle clause after the subject', () => {
  it('keeps the question and gives the answer to the subject', () => {
    expect(quotesIn('Ilse Pell, asked whether the talks had failed, said they had not.')).toEqual([
      { content: 'whether the talks had failed', cue: 'asked' },
      { content: 'they had not', cue: 'said', speaker: 'Ilse Pell' },
    ]);
  });

  it('leaves the clause out of the speaker before a quotation', () => {
    expect(quotesIn('The harbor master, asked about the storm, had said, “We were ready.”')).toEqual([
      { content: 'about the storm', cue: 'asked' },
      { content: '“We were ready.”', cue: 'said', speaker: 'The harbor master' },
    ]);
  });

  it('keeps the subject of a plain "asked" as the one asking', () => {
    expect(quotesIn('Ilse Pell asked whether the talks had failed.')).toEqual([
      { content: 'whether the talks had failed', cue: 'asked', speaker: 'Ilse Pell' },
    ]);
  });
});
