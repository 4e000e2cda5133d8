/**
 * "Residents who said the water was unsafe were moved": in a restrictive relative clause on the
 * subject, a second finite verb right after the reported clause's complement takes up the
 * sentence's own predicate; what "who" said ends before it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a reported clause inside a relative clause on the subject', () => {
  it('ends before the main predicate', () => {
    expect(spokenQuotes('Tenants who said the heating was broken were given vouchers.')).toEqual([
      { content: 'the heating was broken', cue: 'said', speaker: 'who' },
    ]);
    expect(spokenQuotes('Drivers who believe the toll is unfair have stopped using the bridge.')).toEqual([
      { content: 'the toll is unfair', cue: 'believe', speaker: 'who' },
    ]);
  });

  it('passes over auxiliaries that follow one another in the reported clause', () => {
    expect(spokenQuotes('Tenants who said the flats would have been sold were angry.')[0]).toEqual({ content: 'the flats would have been sold', cue: 'said', speaker: 'who' });
  });
});
