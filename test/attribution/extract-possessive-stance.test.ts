/**
 * More nouns of a stand with their possessor: "Lind's endorsement of Kell", "their embrace of the
 * levy", "his tirade against the board". What follows the preposition is the content.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('possessed nouns of a stand', () => {
  it('reads what an endorsement is of', () => {
    expect(quotesIn('The union renewed its endorsement of Mayor Oren Kell.')).toEqual([
      { content: 'Mayor Oren Kell', cue: 'endorsement of', speaker: 'its' },
    ]);
  });

  it('reads an embrace and a tirade', () => {
    expect(quotesIn("Ana Lind's embrace of the ferry levy came as a surprise.")).toEqual([
      { content: 'the ferry levy', cue: 'embrace of', speaker: "Ana Lind's" },
    ]);
    expect(quotesIn("Kell's tirade against the harbor board came late on Friday.")).toEqual([
      { content: 'the harbor board', cue: 'tirade against', speaker: "Kell's" },
    ]);
  });

  it('leaves the noun unread without a possessor', () => {
    expect(quotesIn('An endorsement of the plan is expected soon.')).toEqual([]);
  });
});
