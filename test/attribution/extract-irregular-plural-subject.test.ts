/**
 * "Police in Varn say ...", "Fishermen on the north shore say ...": a plural without -s that opens
 * the sentence agrees with a plural "say" across a prepositional phrase, as "Farmers in the valley
 * say" does.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a plural without -s opening the sentence before "say"', () => {
  it('is the speaker across a prepositional phrase', () => {
    expect(quotesIn('Police in Varn say the van was stolen on Friday.')).toEqual([
      { content: 'the van was stolen on Friday', cue: 'say', speaker: 'Police in Varn' },
    ]);
    expect(quotesIn('Fishermen on the north shore say the patrols have halved their catch.')).toEqual([
      { content: 'the patrols have halved their catch', cue: 'say', speaker: 'Fishermen on the north shore' },
    ]);
  });
});
