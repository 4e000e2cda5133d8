/**
 * An appositive that says what kind of body a name is ("Kessler Capital, a hedge fund,", "Harbor
 * Watch, an advocacy group,") gives the organization that kind as its role, so that "the fund" or
 * "the group" later is the same organization.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('the kind of body in an appositive', () => {
  it('makes "the fund" the hedge fund named before', () => {
    const text = 'Kessler Capital, a hedge fund, said it had bought a stake in Tamsin.\n\nThe fund said Tamsin was undervalued.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'it had bought a stake in Tamsin', cue: 'said', speaker: 'Kessler Capital, a hedge fund', entity: 'Kessler Capital', mode: 'indirect' },
      { content: 'Tamsin was undervalued', cue: 'said', speaker: 'The fund', entity: 'Kessler Capital', mode: 'indirect' },
    ]);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Kessler Capital')?.roles.map((role) => role.title)).toEqual(['hedge fund']);
  });

  it('keeps a body after a preposition as an affiliation, not a kind', () => {
    const text = 'Ana Pike, a lawyer for the advocacy group, said the river was polluted.';
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Ana Pike')?.roles.map((role) => role.title)).toEqual(['lawyer']);
  });
});
