/**
 * After a cue ending in "with" or "to", a person named before "that" is whom it was said to or
 * agreed with; what was said is the clause after "that".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a person between "agreed with" and "that"', () => {
  it('is left out of what was agreed', () => {
    expect(quotesIn('Kell agreed with Ana Mora that the levy is fair.')).toEqual([
      { content: 'the levy is fair', cue: 'agreed with', speaker: 'Kell' },
    ]);
    expect(quotesIn('Few growers agreed with the Governor that the port would wait.')).toEqual([
      { content: 'the port would wait', cue: 'agreed with', speaker: 'Few growers' },
    ]);
  });

  it('is left out after "admitted to" with a pronoun, the cue being "admitted" alone', () => {
    expect(quotesIn('Lind admitted to him that the count was wrong.')).toEqual([
      { content: 'the count was wrong', cue: 'admitted', speaker: 'Lind' },
    ]);
  });

  it('keeps a noun that "that" qualifies', () => {
    expect(quotesIn('Kell agreed with the view that the levy is fair.')).toEqual([
      { content: 'the view that the levy is fair', cue: 'agreed with', speaker: 'Kell' },
    ]);
    expect(quotesIn('Kell agreed with Dorset growers that want a new dam.')).toEqual([
      { content: 'Dorset growers that want a new dam', cue: 'agreed with', speaker: 'Kell' },
    ]);
  });
});
