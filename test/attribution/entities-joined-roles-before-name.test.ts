/**
 * Two words for a person's office, trade or tie joined by "and" describe one person: "chief
 * pollster and strategist Ana Lind", "his longtime friend and adviser". The second may stand before
 * the name, and a word for a tie ("friend") joins a role as another role does. The speaker is the
 * whole description, and it resolves to the person named.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes as statementsOf } from './found-quotes.js';

describe('two roles joined by "and"', () => {
  it('describe one speaker before a name', () => {
    expect(statementsOf('The ferry company’s chief pollster and strategist Oona Brightwell said the fare rise was unpopular.')).toEqual([
      { content: 'the fare rise was unpopular', cue: 'said', speaker: 'The ferry company’s chief pollster and strategist Oona Brightwell', entity: 'Oona Brightwell' },
    ]);
  });

  it('describe one speaker with an appositive name', () => {
    const [statement] = statementsOf('The harbor master’s longtime friend and adviser, the lawyer Ben Tarrow, called the ruling unfair.');
    expect(statement?.speaker).toBe('The harbor master’s longtime friend and adviser, the lawyer Ben Tarrow');
    expect(statement?.entity).toBe('Ben Tarrow');
  });
});
