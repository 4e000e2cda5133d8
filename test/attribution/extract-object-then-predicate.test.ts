/**
 * A cue that takes a clause or an object ("confirmed", "announced", "denied") may be followed by a
 * noun phrase and then "and" or "but" with a verb and its object: "confirmed the call but gave a
 * brief account". The phrase is what was confirmed; the second verb is the speaker's next act,
 * not more of what was said. A subject coordinated by "and" before its own verb stays whole.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a noun phrase, then "and" or "but" and a second predicate', () => {
  it('ends what was confirmed before "but gave ..."', () => {
    expect(quotesIn('The Norvan government confirmed the call but gave a cautious account.')).toEqual([
      { content: 'the call', cue: 'confirmed', speaker: 'The Norvan government' },
    ]);
  });

  it('ends what was denied before "and is ..." or "and visited ..."', () => {
    expect(quotesIn('Tomas Reyk denied the charges and is a candidate for mayor.')).toEqual([
      { content: 'the charges', cue: 'denied', speaker: 'Tomas Reyk' },
    ]);
    expect(quotesIn('The mayor announced the plan and visited the site.')).toEqual([
      { content: 'the plan', cue: 'announced', speaker: 'The mayor' },
    ]);
  });

  it('keeps a coordinated subject and its verb', () => {
    expect(quotesIn('Ilse Varga said the ferry and the bridge were closed.')).toEqual([
      { content: 'the ferry and the bridge were closed', cue: 'said', speaker: 'Ilse Varga' },
    ]);
  });

  it('keeps a second noun after an adjective in -ed', () => {
    expect(quotesIn('Forecasters said the drought and scattered storms could last all week.')).toEqual([
      { content: 'the drought and scattered storms could last all week', cue: 'said', speaker: 'Forecasters' },
    ]);
  });
});
