/**
 * "The observatory said ...", "according to the city museum", "the Hallen Library said": an
 * institution that speaks through its staff is an organization, not a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kinds(text: string): [string, string][] {
  return analyze({ text }).entities.map((entity) => [entity.name, entity.kind]);
}

describe('institutions as speakers', () => {
  it('makes an observatory an organization', () => {
    expect(kinds('The observatory said the tremors had eased overnight.')).toEqual([['The observatory', 'organization']]);
    expect(kinds('The Tarvo Observatory said the ash cloud was drifting east.')).toEqual([['Tarvo Observatory', 'organization']]);
  });

  it('makes a museum or a library an organization', () => {
    expect(kinds('According to the city museum, the painting was lent in 1998.')).toEqual([['the city museum', 'organization']]);
    expect(kinds('The Hallen Library said the letters would go on show in May.')).toEqual([['Hallen Library', 'organization']]);
  });
});
