/**
 * "estimates" is more often a plural noun ("the estimates"), but right after its subject and
 * before "that" it is the verb of a reckoning made by that subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"estimates that" after a subject', () => {
  it('reads the clause after "that" as the estimate of a named subject', () => {
    expect(quotesIn('Rhonda Vell estimates that she spent $2 million on the harbor race.')).toEqual([
      { content: 'she spent $2 million on the harbor race', cue: 'estimates', speaker: 'Rhonda Vell' },
    ]);
  });

  it('reads it after a subject with an article', () => {
    expect(quotesIn('The growers union estimates that about 900 members lost their crops.')).toEqual([
      { content: 'about 900 members lost their crops', cue: 'estimates', speaker: 'The growers union' },
    ]);
  });

  it('leaves the noun with a relative clause unread', () => {
    expect(quotesIn('The estimates that the ferry board released were too low.')).toEqual([]);
  });
});
