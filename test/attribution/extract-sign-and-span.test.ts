/**
 * A participle inside the subject that opens a sentence ("Banners reading “Kell Out” were
 * unfurled") quotes only its quotation; and a span of time at the end of an object ("has opposed
 * the plan for years", "since March") dates the act, not what is opposed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function found(text: string): [string, string | undefined, string | undefined][] {
  return analyze({ text }).quotes.map((quote) => [quote.content.exact, quote.cue?.exact, quote.speaker?.anchor.exact]);
}

describe('a participle inside the subject', () => {
  it('quotes only the quotation before the sentence\'s own verb', () => {
    expect(found('Banners reading "Kell Out" were unfurled in the home end on Saturday.')).toEqual([['"Kell Out"', 'reading', 'Banners']]);
    expect(found('A sign reading "Save the Ferry" hung from the dock.')).toEqual([['"Save the Ferry"', 'reading', 'A sign']]);
  });

  it('leaves a quotation that is the subject of what was said whole', () => {
    expect(found('Kell said "the deal" was dead.')).toEqual([['"the deal" was dead', 'said', 'Kell']]);
  });
});

describe('a span of time after an object', () => {
  it('is cut at the end of the sentence', () => {
    expect(found('Kell has opposed the plan for years.')).toEqual([['the plan', 'opposed', 'Kell']]);
    expect(found('Fans have called for his dismissal for two weeks.')).toEqual([['his dismissal', 'called for', 'Fans']]);
    expect(found('Fans have called for his dismissal since March.')).toEqual([['his dismissal', 'called for', 'Fans']]);
  });

  it('stays when it measures something named or goes on', () => {
    expect(found('Kell praised the crew for years of service.')).toEqual([['the crew for years of service', 'praised', 'Kell']]);
    expect(found('Kell objected to sending crews, sometimes for weeks on end, to the coast.')).toEqual([['sending crews, sometimes for weeks on end, to the coast', 'objected to', 'Kell']]);
  });

  it('stays inside a relative clause on the object', () => {
    expect(found('Kell criticized a council that has not met for months.')).toEqual([['a council that has not met for months', 'criticized', 'Kell']]);
  });
});
