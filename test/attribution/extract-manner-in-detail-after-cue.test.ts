/**
 * "The inquiry describes in vivid detail the collapse of the pier": a manner phrase of "in" and a
 * noun of thoroughness ("in detail", "in great depth") between the cue and what it names is the
 * writer's; what was described or explained starts after it, and the noun "detail" is no cue.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a manner phrase of "in" between the cue and its object', () => {
  it('is passed over to the object', () => {
    expect(spokenQuotes('The inquiry describes in vivid detail the collapse of the pier.')).toEqual([
      { content: 'the collapse of the pier', cue: 'describes', speaker: 'The inquiry' },
    ]);
  });

  it('is passed over to a question', () => {
    expect(spokenQuotes('Harlan explained in some depth why the ferry was late.')).toEqual([
      { content: 'why the ferry was late', cue: 'explained', speaker: 'Harlan' },
    ]);
  });
});
