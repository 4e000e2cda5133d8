/**
 * "Some joined the rally carrying signs reading “...”": the phrase read back from the participle
 * runs over "the rally carrying signs", but the signs are carried, and their carriers, the
 * clause's subject, speak through them ("a man held up a sign reading ..." is still the sign's).
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('signs carried by the subject', () => {
  it('gives the words on them to the carriers', () => {
    expect(spokenQuotes('Dozens joined the vigil holding banners reading "Open the pier."')).toEqual([
      { content: '"Open the pier."', cue: 'reading', speaker: 'Dozens' },
    ]);
  });

  it('leaves a sign held up with its article to itself', () => {
    expect(spokenQuotes('A man held up a placard reading "Repent."').map((q) => q.speaker)).toEqual(['a placard']);
  });
});
