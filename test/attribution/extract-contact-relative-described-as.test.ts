/**
 * A clause without "that" on a noun of a thing said or done, whose cue takes an object and "as"
 * ("a step Ruiz described as prudent"), has its object gap in the noun: the statement is read, and
 * its content is the noun phrase with its clause, as with "a step that Ruiz described as prudent".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a clause without "that" whose cue is followed by "as"', () => {
  it('reads the description with the noun as what was described', () => {
    expect(quotesIn('The board froze hiring, a decision Treasurer Ines Kahl described as overdue.')).toEqual([
      { content: 'a decision Treasurer Ines Kahl described as overdue', cue: 'described', speaker: 'Treasurer Ines Kahl' },
    ]);
  });

  it('reads the same as the clause with "that"', () => {
    expect(quotesIn('The board froze hiring, a decision that Treasurer Ines Kahl described as overdue.')).toEqual([
      { content: 'a decision that Treasurer Ines Kahl described as overdue', cue: 'described', speaker: 'Treasurer Ines Kahl' },
    ]);
  });
});
