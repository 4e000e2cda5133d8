/**
 * A sentence's subject, which a participle or a document's participle later in the sentence takes
 * as its speaker, comes after an opening adjunct: a span of time before "after" or "before", a
 * relative clause closing the adjunct, and "Back in ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('the subject after an opening adjunct', () => {
  it('skips a span of time that leads a fronted "after" clause', () => {
    expect(quotesIn('A month after announcing her support for the levy, Lind still believes that it will pass.')).toEqual([
      { content: 'her support for the levy', cue: 'announcing', speaker: 'Lind' },
      { content: 'it will pass', cue: 'believes', speaker: 'Lind' },
    ]);
    expect(quotesIn('Days after calling the levy a farce, Lind voted for it.')).toEqual([
      { content: 'the levy a farce', cue: 'calling', speaker: 'Lind' },
    ]);
  });

  it('skips a relative clause that closes the adjunct', () => {
    expect(quotesIn('After thanking the crowd, which chanted his name, Kell turned to the levy.')).toEqual([
      { content: 'the crowd', cue: 'thanking', speaker: 'Kell' },
    ]);
  });

  it('skips "Back in ..." before the subject', () => {
    expect(quotesIn('Back in September, she wrote a letter to the council asking that the dam be closed.')).toEqual([
      { content: 'the dam be closed', cue: 'asking', speaker: 'she' },
    ]);
  });

  it('keeps a subject that opens the sentence', () => {
    expect(quotesIn('Lind wrote a letter to the council asking that the dam be closed.')).toEqual([
      { content: 'the dam be closed', cue: 'asking', speaker: 'Lind' },
    ]);
  });
});
