/**
 * A reduced relative that says where a document was put up ("a notice posted on the town's
 * website", "a sign posted at the gate") belongs to the document's phrase, the subject of the
 * verb after it, as one that says where it was filed or sent already did ("filed in court").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle with "on" or "at" after a document subject', () => {
  it('keeps "posted on" and the place in the speaker', () => {
    expect(quotesIn('A notice posted on the marina website said the slipway would reopen in April.')).toEqual([
      { content: 'the slipway would reopen in April', cue: 'said', speaker: 'A notice posted on the marina website' },
    ]);
  });

  it('keeps "posted at" and the place in the speaker', () => {
    expect(quotesIn('A sign posted at the ferry gate warned that the ramp was icy.')).toEqual([
      { content: 'the ramp was icy', cue: 'warned', speaker: 'A sign posted at the ferry gate' },
    ]);
  });
});
