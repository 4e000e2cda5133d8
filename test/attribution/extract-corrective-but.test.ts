/**
 * "said she was not a hawk, but a realist", "did not see the grant as a gift, but as a loan": the
 * second term of a negated contrast after ", but" is part of what was said, although ", but"
 * after the content usually opens the writer's own clause. Only "but" before "a", "an", "as"
 * or "rather" counts, and only after a negation.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('the second term of "not X, but Y"', () => {
  it('stays in the content', () => {
    expect(spokenQuotes('The treasurer said she was not a hawk, but a realist.')).toEqual([{ content: 'she was not a hawk, but a realist', cue: 'said', speaker: 'The treasurer' }]);
    expect(spokenQuotes('Pell said the town did not see the grant as a "gift," but as a loan it would repay.')).toEqual([
      { content: 'the town did not see the grant as a "gift," but as a loan it would repay', cue: 'said', speaker: 'Pell' },
    ]);
  });

  it('still ends the content before a clause after ", but" with no negation', () => {
    expect(spokenQuotes('The treasurer said the levy was fair, but a judge disagreed.')).toEqual([{ content: 'the levy was fair', cue: 'said', speaker: 'The treasurer' }]);
  });
});
