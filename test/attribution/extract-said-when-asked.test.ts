/**
 * "“Q,” Kell said when asked about the dam": the question put to the speaker after a post-posed
 * attribution is a statement of its own, with no asker named.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"said when asked" after a quotation', () => {
  it('reads what the speaker was asked about', () => {
    expect(quotesIn('“It was a fair deal,” Kell said when asked about the ferry contract.')).toEqual([
      { content: '“It was a fair deal,”', cue: 'said', speaker: 'Kell' },
      { content: 'about the ferry contract', cue: 'asked' },
    ]);
  });

  it('reads a question word after "asked"', () => {
    expect(quotesIn('“We will see,” the mayor said when asked whether the levy would pass.')).toEqual([
      { content: '“We will see,”', cue: 'said', speaker: 'the mayor' },
      { content: 'whether the levy would pass', cue: 'asked' },
    ]);
  });

  it('still ends the attribution before a subordinate clause with a subject', () => {
    expect(quotesIn('“It was a fair deal,” Kell said as he left the hall.')).toEqual([
      { content: '“It was a fair deal,”', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
