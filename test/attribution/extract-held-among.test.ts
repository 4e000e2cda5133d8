/**
 * A noun of belief or feeling placed "among" a group, with a that-clause after the group, holds
 * the group's view: "a sense among growers that ...", "mounting anxiety among party leaders that ...".
 * The group is the holder, as a possessor would be.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a noun of belief held "among" a group', () => {
  it('reads the clause after the group as the group’s view', () => {
    expect(quotesIn('There is a sense among some growers that Mayor Kell might carry the valley.')).toEqual([
      { content: 'Mayor Kell might carry the valley', cue: 'sense', speaker: 'some growers' },
    ]);
  });

  it('reads a noun of feeling and a group of two phrases joined by "and"', () => {
    expect(quotesIn('There is mounting anxiety among ferry captains and some harbor officials that the new levy will sink the port.')).toEqual([
      { content: 'the new levy will sink the port', cue: 'anxiety', speaker: 'ferry captains and some harbor officials' },
    ]);
  });

  it('leaves a relative clause on the group', () => {
    expect(quotesIn('There is deep anxiety among the growers that is hard to measure.')).toEqual([]);
  });

  it('leaves a noun that holds no view', () => {
    expect(quotesIn('There was a long line among the stalls that the market had set up.')).toEqual([]);
  });
});
