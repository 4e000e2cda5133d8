/**
 * "The mayor's campaign, meanwhile, released an ad. It said ...": a lone connective set off by
 * commas between an unnamed subject and its verb ("meanwhile", "however", "too") leaves the phrase
 * the sentence's subject, so a pronoun in the next sentence can stand for it.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('an unnamed subject with a connective aside before its verb', () => {
  it('is the antecedent of "it" in the next sentence', () => {
    expect(resolvedQuotes("The mayor's campaign, meanwhile, released a radio ad on Friday. It said the council had wasted the harbor fund.")).toEqual([
      { content: 'the council had wasted the harbor fund', cue: 'said', speaker: 'It', entity: "The mayor's campaign", mode: 'indirect' },
    ]);
  });
});
