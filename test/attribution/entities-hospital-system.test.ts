/**
 * "Brightwater Care Group said ... The hospital system said ...": "hospital system" and "health
 * system" name a business of hospitals, an organization, which takes up the company named before
 * it as "the company" does; a plain "system" stays a thing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('"the hospital system" as a business', () => {
  it('takes up the company named before', () => {
    const text = 'Brightwater Care Group said its clinics would reopen on Monday. The hospital system said patients should bring their records.';
    expect(resolvedQuotes(text).map((quote) => [quote.speaker, quote.entity])).toEqual([
      ['Brightwater Care Group', 'Brightwater Care Group'],
      ['The hospital system', 'Brightwater Care Group'],
    ]);
  });

  it('is an organization on its own', () => {
    const analysis = analyze({ text: 'The health system said it had hired auditors.' });
    expect(analysis.entities.map((entity) => [entity.name, entity.kind])).toEqual([['The health system', 'organization']]);
  });
});
