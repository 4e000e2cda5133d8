/**
 * "note" and "acknowledge" with a wh-clause: the clause from the wh-word on is what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"noted" and "acknowledged" with a wh-clause', () => {
  it('reads "noted how ..."', () => {
    expect(quotesIn('In her opening remarks, Ana Mora noted how glad she was to be back in Dunmere.')).toEqual([
      { content: 'how glad she was to be back in Dunmere', cue: 'noted', speaker: 'Ana Mora' },
    ]);
  });

  it('reads "acknowledge what ..."', () => {
    expect(quotesIn('The growers acknowledge what the ferry board has done for the valley.')).toEqual([
      { content: 'what the ferry board has done for the valley', cue: 'acknowledge', speaker: 'The growers' },
    ]);
  });

  it('still reads "noted that ..."', () => {
    expect(quotesIn('Tomas Reyes noted that the pier had closed early.')).toEqual([
      { content: 'the pier had closed early', cue: 'noted', speaker: 'Tomas Reyes' },
    ]);
  });
});
