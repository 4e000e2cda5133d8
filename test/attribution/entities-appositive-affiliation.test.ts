/**
 * "The union's lawyer, Ana Pike of the Legal Aid Society, said": a name in apposition to a
 * description may carry its body after "of", "at" or "from"; the name still speaks and takes the
 * description as its role, so a later pronoun or surname finds the same person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function speakersOf(text: string): { speaker: string | undefined; entity: string | undefined }[] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => ({
    speaker: quote.speaker?.anchor.exact,
    entity: analysis.entities.find((entity) => entity.id === quote.speaker?.entityId)?.name,
  }));
}

describe('a name in apposition with its body after it', () => {
  it('makes the name the speaker, with the description as its role', () => {
    const text = "The miners' lawyer, Joel Aberline of the Corvel Legal Aid Society, said the ruling was fair. He said the miners would appeal.";
    expect(speakersOf(text)).toEqual([
      { speaker: "The miners' lawyer, Joel Aberline of the Corvel Legal Aid Society", entity: 'Joel Aberline' },
      { speaker: 'He', entity: 'Joel Aberline' },
    ]);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Joel Aberline')?.roles).toEqual([{ title: "miners' lawyer" }]);
  });

  it('reads "at" a body as "of" one', () => {
    const text = "The bank's economist, Mara Velt at Kessel University, said wages would rise. Velt said prices would not.";
    expect(speakersOf(text)).toEqual([
      { speaker: "The bank's economist, Mara Velt at Kessel University", entity: 'Mara Velt' },
      { speaker: 'Velt', entity: 'Mara Velt' },
    ]);
  });

  it('keeps a body named with "for" or "&" out of the name before "of"', () => {
    const text = '“The surveys are stale,” said Tova Brandt of the Institute for Harbor Studies, a research group. Brandt said new ones were due.';
    expect(speakersOf(text)).toEqual([
      { speaker: 'Tova Brandt of the Institute for Harbor Studies, a research group', entity: 'Tova Brandt' },
      { speaker: 'Brandt', entity: 'Tova Brandt' },
    ]);
    expect(speakersOf('Pell Oduya of Marsh & Fennick said the merger was off.')).toEqual([{ speaker: 'Pell Oduya of Marsh & Fennick', entity: 'Pell Oduya' }]);
  });

  it('reads a body described in lower case after "of the" as the affiliation of the name before it', () => {
    const text = 'Chief Karen Mills of the city fire department said the blaze was out. Mills said two homes were lost.';
    expect(speakersOf(text)).toEqual([
      { speaker: 'Chief Karen Mills of the city fire department', entity: 'Karen Mills' },
      { speaker: 'Mills', entity: 'Karen Mills' },
    ]);
    expect(analyze({ text }).entities.map((entity) => entity.roles)).toEqual([[{ title: 'Chief', affiliation: 'city fire department' }]]);
    expect(speakersOf('Superintendent Ada Vance of the Redfern school district told the board that buses were late.')).toEqual([
      { speaker: 'Superintendent Ada Vance of the Redfern school district', entity: 'Ada Vance' },
    ]);
  });

  it('leaves a plural description with two names a group', () => {
    const text = 'Two analysts, Ana Pike and Tom Reyes of Kessel Bank, said the count was wrong.';
    expect(speakersOf(text)).toEqual([{ speaker: 'Two analysts, Ana Pike and Tom Reyes of Kessel Bank', entity: 'Two analysts' }]);
  });
});
