/**
 * Names with particles ("von der", "de", "al-") and descriptions that point back to someone a
 * description introduced ("A senior official ... The official"). The texts are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/index.js';

/** The name of the entity each quote's speaker resolves to, in quote order. */
function speakers(analysis: Analysis): (string | undefined)[] {
  const byId = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  return analysis.quotes.map((quote) => (quote.speaker?.entityId === undefined ? undefined : byId.get(quote.speaker.entityId)?.name));
}

function people(analysis: Analysis): string[] {
  return analysis.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
}

describe('names with particles', () => {
  it('reads two particles inside a name and matches the name without its given name', () => {
    const analysis = analyze({ text: 'Council President Greta von der Aue said the fund would grow. Von der Aue added that members had agreed.' });
    expect(speakers(analysis)).toEqual(['Greta von der Aue', 'Greta von der Aue']);
    expect(people(analysis)).toEqual(['Greta von der Aue']);
    expect(analysis.entities[0]?.roles).toEqual([{ title: 'Council President' }]);
  });

  it('matches a surname that opens with a capitalised particle to the full name', () => {
    const analysis = analyze({ text: 'Sylvie Le Garrec said the strike would go on. Le Garrec added that talks had stalled.' });
    expect(speakers(analysis)).toEqual(['Sylvie Le Garrec', 'Sylvie Le Garrec']);
    expect(people(analysis)).toEqual(['Sylvie Le Garrec']);
  });

  it('keeps a surname led by an Arabic article and a hyphen inside the name', () => {
    const analysis = analyze({ text: 'Interim leader Karim al-Haddad said the border would open. Al-Haddad said trade would follow.' });
    expect(speakers(analysis)).toEqual(['Karim al-Haddad', 'Karim al-Haddad']);
    expect(analysis.entities.find((entity) => entity.name === 'Karim al-Haddad')?.roles).toEqual([{ title: 'Interim leader' }]);
  });

  it('keeps a given name that is also a particle: "Al" and "Van" open names', () => {
    const analysis = analyze({ text: 'Al Brenner said the levy was fair. Van Osten said it was not. Brenner added that it would pass.' });
    expect(speakers(analysis)).toEqual(['Al Brenner', 'Van Osten', 'Al Brenner']);
  });

  it('does not merge a lower-case Arabic article with an ordinary hyphenated word', () => {
    const analysis = analyze({ text: 'Mira Saleh said the all-night talks had ended.' });
    expect(people(analysis)).toEqual(['Mira Saleh']);
  });
});
