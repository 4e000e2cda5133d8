/**
 * News copy names a person and then refers back by age alone: "the 24-year-old said" is the
 * person named just before as a speaker or subject. A person named only inside the age's own
 * sentence (in a quotation), or too far back, is not taken.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a definite age for someone named before', () => {
  it('finds the person named as the subject of the sentence before', () => {
    const text = 'Striker Joel Makki scored twice on Saturday. Asked about his future, the 24-year-old said he was happy in Fenwick.';
    expect(resolvedQuotes(text).at(-1)).toEqual({
      content: 'he was happy in Fenwick',
      cue: 'said',
      speaker: 'the 24-year-old',
      entity: 'Joel Makki',
      mode: 'indirect',
    });
  });

  it('does not take a name from the quotation in the same sentence', () => {
    const text = 'Tom Quade posted the clip on Thursday. “What if Joel Makki had lessons?” the 51-year-old asked in the clip.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ speaker: 'the 51-year-old', entity: 'Tom Quade' });
  });

  it('does not reach back past two sentences', () => {
    const text = 'Joel Makki scored twice. The team won. The fans cheered. The 24-year-old said he was happy.';
    expect(resolvedQuotes(text).at(-1)).toMatchObject({ speaker: 'The 24-year-old', entity: 'The 24-year-old' });
  });
});
