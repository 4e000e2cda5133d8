/**
 * Cues outside the verb lexicon: a participle that takes a side after the group that takes it
 * ("a group backing Ruiz"), and nouns of stance with the object they name.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** What a test pins of one quote: the exact words of its content, cue and speaker mention. */
interface Found {
  readonly content: string;
  readonly cue?: string;
  readonly speaker?: string;
}

/** Every quote `analyze` finds in `text`, cut down to what these tests pin. */
function quotesIn(text: string): Found[] {
  return analyze({ text }).quotes.map((quote) => ({
    content: quote.content.exact,
    ...(quote.cue === undefined ? {} : { cue: quote.cue.exact }),
    ...(quote.speaker === undefined ? {} : { speaker: quote.speaker.text }),
  }));
}

describe('a group taking a side', () => {
  it('reads "a PAC supporting X" as the group backing the name', () => {
    expect(quotesIn('A super PAC supporting Gov. Ana Ruiz of Ohio spent $2 million on radio ads.')).toEqual([
      { content: 'Gov. Ana Ruiz of Ohio', cue: 'supporting', speaker: 'A super PAC' },
    ]);
  });

  it('reads "backing" after a group, with a list of names', () => {
    expect(quotesIn('Groups backing Sen. Tom Lind, Mayor Eve Park and Gov. Ana Ruiz spent heavily in March.')).toEqual([
      { content: 'Sen. Tom Lind, Mayor Eve Park and Gov. Ana Ruiz', cue: 'backing', speaker: 'Groups' },
    ]);
  });

  it('reads "those backing X"', () => {
    expect(quotesIn('Those backing Ana Ruiz gathered outside the hall in Dunmore.')).toEqual([
      { content: 'Ana Ruiz', cue: 'backing', speaker: 'Those' },
    ]);
  });

  it('ends the name before a preposition other than "of", and before an appositive', () => {
    expect(quotesIn('Pastors supporting Mr. Lind in every county met on Sunday.')).toEqual([
      { content: 'Mr. Lind', cue: 'supporting', speaker: 'Pastors' },
    ]);
    expect(quotesIn("A PAC supporting Ana Ruiz's campaign, Voters First, ran ads.")).toEqual([
      { content: "Ana Ruiz's campaign", cue: 'supporting', speaker: 'A PAC' },
    ]);
  });

  it('reads no stand in "backing" elsewhere', () => {
    expect(quotesIn('Lind kept backing away from the plan.')).toEqual([]);
    expect(quotesIn('The council is backing the new bridge over the river.')).toEqual([]);
    expect(quotesIn('She regretted supporting Ana Ruiz in 2010.')).toEqual([]);
  });
});
