import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

/**
 * Two participles of one passive joined by "and" or "but", each with an agent of its own ("The
 * levy was welcomed by growers but criticised by the unions"), are two statements about the same
 * subject, one by each agent.
 */
describe('a passive with two participles and two agents', () => {
  it('reads a statement for each agent', () => {
    expect(spokenQuotes('The levy was welcomed by growers but criticised by the dock unions.')).toEqual([
      { content: 'The levy', cue: 'welcomed', speaker: 'growers' },
      { content: 'The levy', cue: 'criticised', speaker: 'the dock unions' },
    ]);
  });

  it('reads none for a second participle that is no cue', () => {
    expect(spokenQuotes('The levy was praised by growers and sent to the council.')).toEqual([{ content: 'The levy', cue: 'praised', speaker: 'growers' }]);
  });
});
