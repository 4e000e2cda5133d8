/**
 * A participle opening the sentence whose phrase ends in a quotation, the comma inside its
 * closing mark ("Citing “duties at home,” the spokeswoman said ..."): the quotation is what the
 * participle reports and the main clause's subject says it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a fronted participle closed by a quotation', () => {
  it('gives the quotation to the subject after it', () => {
    expect(quotesIn('Recalling "the winter the ferry froze solid," the harbor board urged growers to stock up.')).toEqual([
      { content: '"the winter the ferry froze solid,"', cue: 'Recalling', speaker: 'the harbor board' },
      { content: 'growers to stock up', cue: 'urged', speaker: 'the harbor board' },
    ]);
  });

  it('keeps a plain comma after the phrase as before', () => {
    expect(quotesIn('Noting that the dock had flooded, Mara Quill said the fair would move inland.')).toEqual([
      { content: 'the dock had flooded', cue: 'Noting', speaker: 'Mara Quill' },
      { content: 'the fair would move inland', cue: 'said', speaker: 'Mara Quill' },
    ]);
  });
});
