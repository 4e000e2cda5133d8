/**
 * "The state news agency, TNA, quoted ... The agency also reported ...": a body given a title in
 * apposition ("state news agency") is taken up later by a definite description with the title's
 * head, as a body whose name ends in the head is ("the Water Agency ... the agency").
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const entityOf = (text: string, speaker: string) => resolvedQuotes(text).find((quote) => quote.speaker === speaker)?.entity;

describe('a body with a title in apposition', () => {
  it('is what a later description with the head stands for', () => {
    expect(entityOf('The national broadcaster, KVT, said the vote was postponed. The broadcaster later reported that polls would open on Friday.', 'The broadcaster')).toBe('KVT');
    expect(entityOf('The state news agency, PRA, said the border was closed. The agency also reported that trains had stopped.', 'The agency')).toBe('PRA');
  });

  it('is not taken up by a description with other modifiers', () => {
    expect(entityOf('The state news agency, PRA, said the border was closed. The weather agency reported that storms were coming.', 'The weather agency')).not.toBe('PRA');
  });
});
