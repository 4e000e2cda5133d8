/**
 * "Asked whether he would leave, Kell laughed. “Ask me next week,” he said.": a fronted "Asked ..."
 * clause is the question put to the subject, never what a bare cue after it ("laughed",
 * "smiled") reports, also when the next sentence opens with a quotation; the question is read on
 * its own and the quotation keeps its own attribution.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a fronted "Asked" clause before a bare cue and a quotation in the next sentence', () => {
  it('reads the question on its own, not as what the cue reports', () => {
    expect(spokenQuotes('Asked whether he would sell the farm, Kell laughed. "Ask me next week," he said.')).toEqual([
      { content: 'whether he would sell the farm', cue: 'Asked', speaker: undefined },
      { content: '"Ask me next week,"', cue: 'said', speaker: 'he' },
    ]);
  });

  it('still reads a quotation after the comma in the same sentence', () => {
    expect(spokenQuotes('Asked about the dam, Lind said, "Not this year."').map((quote) => quote.content)).toEqual(['about the dam', '"Not this year."']);
  });
});
