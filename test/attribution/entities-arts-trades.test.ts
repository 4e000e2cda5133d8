/**
 * Trades of film, music and books ("producer", "songwriter", "publicist", "filmmaker") are written
 * before a name as other jobs are: in an appositive after a description ("Her friend, the producer
 * Kit Olsen, said") the name, not the description, speaks; and "a producer for a studio" is a
 * person described, not the studio.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes as statementsOf } from './found-quotes.js';

describe('trades of film, music and books as titles', () => {
  it('let the name in an appositive speak', () => {
    const [statement] = statementsOf('Her oldest friend, the producer Kit Olsen, said the joke was cheap.');
    expect(statement?.speaker).toBe('Her oldest friend, the producer Kit Olsen');
    expect(statement?.entity).toBe('Kit Olsen');
  });

  it('stand before a name as a title', () => {
    const [statement] = statementsOf('Songwriter Ada Brennick said the tour would start in April.');
    expect(statement?.entity).toBe('Ada Brennick');
  });

  it('make "a producer for" a studio a person, not the studio', () => {
    const [statement] = statementsOf('A producer for Harlow Pictures said the sequel had been shelved.');
    expect(statement?.entity).toBe('A producer for Harlow Pictures');
  });
});
