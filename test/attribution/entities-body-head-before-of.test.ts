/**
 * "The Institute for Tidal Studies said ... The institute said ...", "The University of Kestrel
 * said ... The university said ...": a body whose word stands before "of" or "for" in its name is
 * taken up by a description with that very word, as one whose name ends in it is ("the Harbor
 * Policy Institute", "the institute"). A description with another body's word is not: "the
 * commission" is no "Board of Elections".
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const entityOf = (text: string, speaker: string) => resolvedQuotes(text).find((quote) => quote.speaker === speaker)?.entity;

describe('a description of a body named with "of" or "for"', () => {
  it('takes up the body by the word before "for"', () => {
    expect(entityOf('The Institute for Tidal Studies said the harbor would silt up. The institute also said dredging would help.', 'The institute')).toBe('The Institute for Tidal Studies');
  });

  it('takes up the body by the word before "of"', () => {
    expect(entityOf('The University of Kestrel said fees would rise. The university also said grants would grow.', 'The university')).toBe('The University of Kestrel');
  });

  it('does not take up a body by another word', () => {
    expect(entityOf('The Board of Harbors said fees would rise. The commission also said grants would grow.', 'The commission')).toBe('The commission');
  });
});
