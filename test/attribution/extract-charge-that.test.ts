/**
 * "charge that ...": an accusation reported as speech, the verb only (the noun, "the charge that
 * ...", stays the object of the verb before it); and "list" with its object as what is said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"charge that"', () => {
  it('reads "X charged that ..."', () => {
    expect(quotesIn('Critics of the harbor board charged that the audit was rushed.')).toEqual([
      { content: 'the audit was rushed', cue: 'charged', speaker: 'Critics of the harbor board' },
    ]);
  });

  it('keeps the noun "the charge that" inside the object of the verb before it', () => {
    expect(quotesIn('Mayor Kell dismissed the charge that the audit was rushed.')).toEqual([
      { content: 'the charge that the audit was rushed', cue: 'dismissed', speaker: 'Mayor Kell' },
    ]);
  });
});

describe('"list" with an object', () => {
  it('reads "X listed Y" with the object as the content', () => {
    expect(quotesIn("Mayor Kell then listed the harbor's recent losses.")).toEqual([
      { content: "the harbor's recent losses", cue: 'listed', speaker: 'Mayor Kell' },
    ]);
  });

  it('leaves a passive with no "by" unread', () => {
    expect(quotesIn('Ana Lind is listed as the chair of the ferry board.')).toEqual([]);
  });
});
