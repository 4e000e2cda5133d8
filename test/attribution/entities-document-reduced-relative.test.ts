/**
 * "according to exit polls conducted for the networks", "according to correspondence reviewed by
 * the Gazette": a past participle of a reduced relative ends the description's head, as
 * "representing" or "polled" do, so the paper before it, not the participle, says what kind the
 * speaker is: a thing, no person.
 */
import { describe, expect, it } from 'vitest';
import { typedQuotes } from './found-quotes.js';

describe('a paper with a reduced relative after it', () => {
  it('is a thing, not a person', () => {
    expect(typedQuotes('According to exit polls conducted for three networks, Ferrand won the suburbs.')).toEqual([
      { content: 'Ferrand won the suburbs', cue: 'According to', speaker: 'exit polls conducted for three networks', kind: 'unknown' },
    ]);
    expect(typedQuotes('Ferrand sought a delay, according to correspondence reviewed by the Gazette.')).toEqual([
      { content: 'Ferrand sought a delay', cue: 'according to', speaker: 'correspondence reviewed by the Gazette', kind: 'unknown' },
    ]);
  });
});
