/**
 * "Fares will rise from June 1, the mayor said, a move that angered riders": the noun phrase after
 * a mid-sentence attribution is an appositive on the whole report, not more of what was said, when
 * the words before the attribution end in a number, which completes no verb.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an appositive on the report after words that end in a number', () => {
  it('ends the statement before the attribution', () => {
    expect(spokenQuotes('Fares on the night buses will rise from June 1, Mayor Ann Cole said on Tuesday, a step that critics had long feared.')[0]).toEqual({
      content: 'Fares on the night buses will rise from June 1',
      cue: 'said',
      speaker: 'Mayor Ann Cole',
    });
    expect(spokenQuotes('The port will stay shut until March 30, the harbour board announced, the longest closure in its history.')).toEqual([
      { content: 'The port will stay shut until March 30', cue: 'announced', speaker: 'the harbour board' },
    ]);
  });
});
