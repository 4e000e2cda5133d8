import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

/**
 * In a restrictive relative clause with "who" on the subject, a refusal or a cue in the past after
 * the reported clause ("Wardens who said the cells had been searched declined to comment",
 * "... told reporters ...") is the sentence's own predicate, so what "who" said ends before it;
 * a refusal inside the reported clause ("who said the governor had declined to comment") stays.
 */
describe('the main verb after a relative clause that reports', () => {
  it('ends what was said before a refusal', () => {
    expect(spokenQuotes('Wardens who said the cells had been searched declined to comment.')[0]).toEqual({
      content: 'the cells had been searched',
      cue: 'said',
      speaker: 'who',
    });
  });

  it('ends what was said before a cue in the past', () => {
    expect(spokenQuotes('Parents who said the bus was late told the board they would complain.')[0]).toEqual({
      content: 'the bus was late',
      cue: 'said',
      speaker: 'who',
    });
  });

  it('keeps a refusal after an auxiliary inside what was said', () => {
    expect(spokenQuotes('Wardens who said the governor had declined to comment were angry.')[0]?.content).toBe('the governor had declined to comment');
  });
});
