/**
 * "What critics are saying: Growers say ...": a free relative with "what" that ends at a colon
 * labels the lines after it, which carry statements of their own; the label states nothing.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"What X are saying:" as a label', () => {
  it('leaves the statement after the colon to its own speaker', () => {
    expect(spokenQuotes('What critics are saying: Growers on the east bank say they were never asked.')).toEqual([
      { content: 'they were never asked', cue: 'say', speaker: 'Growers on the east bank' },
    ]);
  });

  it('leaves a quotation after the colon to its own cue', () => {
    expect(spokenQuotes('What officials are saying: "We are sorry," the mayor said.')).toEqual([{ content: '"We are sorry,"', cue: 'said', speaker: 'the mayor' }]);
  });
});
