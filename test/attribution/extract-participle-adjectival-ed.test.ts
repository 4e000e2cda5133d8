/**
 * A participle of saying after a clause (", saying ...") is spoken by that clause's subject. A
 * word in "-ed" after a preposition or an article ("on imported grain", "the revised fare") modifies
 * the noun after it and is no verb of a clause, so the search for the subject passes over it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a word in "-ed" after a preposition before ", saying"', () => {
  it('keeps the sentence subject as the speaker', () => {
    expect(quotesIn('The customs office placed levies of 30 percent on imported grain, saying local mills were struggling.')).toEqual([
      { content: 'local mills were struggling', cue: 'saying', speaker: 'The customs office' },
    ]);
  });

  it('still reads a floating quantifier before a verb in "-ed"', () => {
    expect(quotesIn('Ada Brill and Tomas Vey both campaigned hard in Elmford, hoping to win the county.')).toEqual([
      { content: 'to win the county', cue: 'hoping', speaker: 'Ada Brill and Tomas Vey' },
    ]);
  });
});
