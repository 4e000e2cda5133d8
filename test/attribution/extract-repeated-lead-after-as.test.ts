/**
 * "a grant that tenants described as too little, too late": what a relative pronoun was described
 * as runs over a comma before a second short phrase that repeats the word opening the first ("no
 * plan, no money"); any other comma still ends it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a repeated lead after a comma in what was described', () => {
  it('keeps the second phrase in the content', () => {
    expect(spokenQuotes('The board offered a rebate, a step that growers described as too little, too late.')).toEqual([
      { content: 'a step that growers described as too little, too late', cue: 'described', speaker: 'growers' },
    ]);
    expect(spokenQuotes('Lind unveiled a budget, a document that critics described as no plan, no money.')).toEqual([
      { content: 'a document that critics described as no plan, no money', cue: 'described', speaker: 'critics' },
    ]);
  });

  it('still ends at a comma before other words', () => {
    expect(spokenQuotes('The ferry crews, whom Kell described as tireless, worked through the night.')).toEqual([{ content: 'whom Kell described as tireless', cue: 'described', speaker: 'Kell' }]);
  });
});
