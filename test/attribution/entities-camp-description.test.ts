/**
 * "the opposition", "the bloc" and "the faction" name a political camp: after a company or a
 * broadcaster named just before ("Skyway said ... The opposition accused ..."), the description is
 * a body of its own, not that company; it takes up only a body whose name ends in the same word
 * ("the Northern Bloc", then "the bloc").
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a political camp named by its kind', () => {
  it('does not stand for a company named before', () => {
    const text = 'Ida Renko told the airline Skyway that the route would close. The opposition accused the cabinet of selling out the islands.';
    expect(resolvedQuotes(text).at(-1)).toEqual({
      content: 'the cabinet of selling out the islands',
      cue: 'accused',
      speaker: 'The opposition',
      entity: 'The opposition',
      mode: 'indirect',
    });
  });

  it('does not stand for a broadcaster named before', () => {
    const text = 'The minister spoke to the state broadcaster VRT on Monday. The faction said it would walk out of the vote.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ speaker: 'The faction', entity: 'The faction', content: 'it would walk out of the vote' });
  });

  it('takes up a body whose name ends in the same word', () => {
    const text = 'The Green Bloc said it would table a motion. The bloc said the tax was unfair to farmers.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ speaker: 'The bloc', entity: 'Green Bloc', cue: 'said' });
  });
});
