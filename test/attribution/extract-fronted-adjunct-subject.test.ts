/**
 * A sentence's subject, which a participle or a document's participle later in the sentence takes
 * as its speaker, comes after an opening adjunct: a span of time before "after" or "before", a
 * relative clause closing the adjunct, and "Back in ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('the subject after an opening adjunct', () => {
  it('skips a span of time that leads a fronted "after" clause', () => {
    expect(quotesIn('Two weeks after announcing her bid for the council, Lind insists that the levy will pass.')).toEqual([
      { content: 'her bid for the council', cue: 'announcing', speaker: 'Lind' },
      { content: 'the levy will pass', cue: 'insists', speaker: 'Lind' },
    ]);
    expect(quotesIn('Days after calling the levy a farce, Lind voted for it.')).toEqual([
      { content: 'the levy a farce', cue: 'calling', speaker: 'Lind' },
    ]);
  });

  it('skips a relative clause that closes the adjunct', () => {
    expect(quotesIn('After praising the growers, who waved their hats, Kell turned to the levy.')).toEqual([
      { content: 'the growers', cue: 'praising', speaker: 'Kell' },
    ]);
  });

  it('skips "Back in ..." before the subject', () => {
    expect(quotesIn('Back in the spring, she sent the council a note asking that the dam be closed.')).toEqual([
      { content: 'the dam be closed', cue: 'asking', speaker: 'she' },
    ]);
  });

  it('keeps a subject that opens the sentence', () => {
    expect(quotesIn('Lind sent the council a note asking that the dam be closed.')).toEqual([
      { content: 'the dam be closed', cue: 'asking', speaker: 'Lind' },
    ]);
  });
});
