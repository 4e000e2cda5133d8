/**
 * A conjunction that links a sentence or clause to the writer's text before it ("But", "and",
 * "Yet") is the writer's, not part of what an impression, an expectation, hearsay or an
 * "according to" statement reports.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('a linking conjunction before the content', () => {
  it('leaves a sentence-initial "But" out of an impression', () => {
    expect(quotesIn('But the new levy appeared to hurt the farmers in the valley.')).toEqual([
      { content: 'the new levy appeared to hurt the farmers in the valley', cue: 'appeared', mode: 'indirect' },
    ]);
  });

  it('leaves "and" after a comma out of an impression', () => {
    expect(quotesIn('The mayor spoke briefly, and the crowd seemed to grow restless during the speech.')).toEqual([
      { content: 'the crowd seemed to grow restless during the speech', cue: 'seemed', mode: 'indirect' },
    ]);
  });

  it('leaves "Yet" out of an expectation', () => {
    expect(quotesIn('Yet the old mill is expected to reopen before the harvest.')).toEqual([
      { content: 'the old mill is expected to reopen before the harvest', cue: 'expected', mode: 'indirect' },
    ]);
  });

  it('leaves "And" out of hearsay', () => {
    expect(quotesIn('And the council has reportedly dropped the plan for the bridge.')).toEqual([
      { content: 'the council has reportedly dropped the plan for the bridge', cue: 'reportedly', mode: 'indirect' },
    ]);
  });

  it('leaves "But" out of a statement before "according to"', () => {
    expect(quotesIn('But the dam will hold through the spring, according to the county engineer.')).toEqual([
      { content: 'the dam will hold through the spring', cue: 'according to', speaker: 'the county engineer', mode: 'indirect' },
    ]);
  });

  it('keeps a clause without a conjunction whole', () => {
    expect(quotesIn('The river seemed to rise all night.')).toEqual([
      { content: 'The river seemed to rise all night', cue: 'seemed', mode: 'indirect' },
    ]);
  });

  it('keeps "So" when it opens an adverb', () => {
    expect(quotesIn('So far the old mill is expected to reopen before the harvest.')).toEqual([
      { content: 'So far the old mill is expected to reopen before the harvest', cue: 'expected', mode: 'indirect' },
    ]);
  });
});
