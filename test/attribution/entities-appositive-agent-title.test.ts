/**
 * "The club's owner, former banker Ivo Dran, said ...", "The bid's chief, former Olympic sailor
 * Rui Matos, said ...", "The club's owner, the Danish banker Ivo Dran, said ...": a lower-case
 * noun of one person by its ending ("banker", "sailor") may head the title before an appositive
 * name, with a capitalised modifier before it, so the speaker resolves to the one named and the
 * description before the comma becomes that person's role. ("former" is no such noun.)
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a title of an agent noun before an appositive name', () => {
  it('resolves to the name after a plain agent noun', () => {
    expect(resolvedQuotes("The ferry line's new owner, former trucker Ivo Dran, said fares would stay.")).toEqual([
      { content: 'fares would stay', cue: 'said', speaker: "The ferry line's new owner, former trucker Ivo Dran", entity: 'Ivo Dran', mode: 'indirect' },
    ]);
  });

  it('resolves to the name after a capitalised modifier', () => {
    expect(resolvedQuotes("The museum's director, former Olympic rower Ana Pell, said the wing would reopen.")).toEqual([
      { content: 'the wing would reopen', cue: 'said', speaker: "The museum's director, former Olympic rower Ana Pell", entity: 'Ana Pell', mode: 'indirect' },
    ]);
    expect(resolvedQuotes("The club's owner, the Danish banker Ivo Dran, said fares would stay.")).toEqual([
      { content: 'fares would stay', cue: 'said', speaker: "The club's owner, the Danish banker Ivo Dran", entity: 'Ivo Dran', mode: 'indirect' },
    ]);
  });

  it('makes the description a role of the one named', () => {
    const { entities } = analyze({ text: "The museum's director, former Olympic rower Ana Pell, said the wing would reopen." });
    expect(entities.map((e) => e.name)).toEqual(['Ana Pell']);
  });
});
