/**
 * "The Vatican said ...", "the Holy See declined to comment": the seat of the Catholic Church is a
 * state of its own and speaks as a government, not as a person.
 */
import { describe, expect, it } from 'vitest';
import { typedQuotes } from './found-quotes.js';

describe('the Vatican and the Holy See', () => {
  it('are governments', () => {
    expect(typedQuotes('The Vatican said the envoy would travel in June.')).toEqual([{ content: 'the envoy would travel in June', cue: 'said', speaker: 'The Vatican', kind: 'government' }]);
    expect(typedQuotes('The Holy See said it had not been consulted.')).toEqual([{ content: 'it had not been consulted', cue: 'said', speaker: 'The Holy See', kind: 'government' }]);
  });

  it('leaves a spokesman for it a person', () => {
    expect(typedQuotes('A Vatican spokesman said the envoy would travel in June.')).toEqual([{ content: 'the envoy would travel in June', cue: 'said', speaker: 'A Vatican spokesman', kind: 'person' }]);
  });
});
