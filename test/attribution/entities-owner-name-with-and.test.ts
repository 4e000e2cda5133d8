/**
 * A name in apposition to a description whose owner's name holds "and" ("The Orlan and Vesk
 * Growers Federation's chair, Ilse Marrow,") names the speaker; an "and" that joins two holders
 * ("Ms. Tarn and her brother, ...") still keeps the apposition out.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function quotesOf(text: string): [string, string | undefined, string | undefined, string | undefined, readonly string[]][] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => {
    const entity = analysis.entities.find((candidate) => candidate.id === quote.speaker?.entityId);
    return [quote.content.exact, quote.cue?.exact, quote.speaker?.anchor.exact, entity?.name, entity?.roles.map((role) => role.title) ?? []];
  });
}

describe("an owner's name with \"and\" before an apposition", () => {
  it('leaves the name in apposition the speaker', () => {
    expect(quotesOf("The Orlan and Vesk Growers Federation's chair, Ilse Marrow, said the harvest was late.")).toEqual([
      [
        'the harvest was late',
        'said',
        "The Orlan and Vesk Growers Federation's chair, Ilse Marrow",
        'Ilse Marrow',
        ["Orlan and Vesk Growers Federation's chair"],
      ],
    ]);
  });

  it('but not after two holders', () => {
    const [quote] = quotesOf('Ms. Tarn and her brother, Tomas Marrow, said the harvest was late.');
    expect(quote?.[3]).not.toBe('Tomas Marrow');
  });
});
