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

  it('matches a family name written first, as a lone word, to the one person whose name opens with it', () => {
    const analysis = analyze({ text: 'Foreign Minister Tan Wei Long said ties were stable. Tan added that trade would grow.' });
    expect(speakers(analysis)).toEqual(['Tan Wei Long', 'Tan Wei Long']);
  });

  it('reads a family name first only in a name of three words: "Young" stays no alias of Young Reyes', () => {
    const analysis = analyze({ text: 'Rep. Young Reyes said the bill was fair. Young voters said it was not.' });
    expect(analysis.entities.find((entity) => entity.name === 'Young Reyes')?.aliases).toEqual([]);
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

describe('descriptions that point back', () => {
  it('resolves "the official" to the entity that "A senior official" introduced', () => {
    const analysis = analyze({ text: 'A senior Elbonian official said the envoy had met rebels twice. The official declined to say where.' });
    expect(speakers(analysis)).toEqual(['A senior Elbonian official', 'A senior Elbonian official']);
  });

  it('needs every word of the later description: "the other diplomat" is someone else', () => {
    const analysis = analyze({ text: 'A Western diplomat said the deal was close. The other diplomat said it was not.' });
    const [first, second] = analysis.quotes.map((quote) => quote.speaker?.entityId);
    expect(first).toBeDefined();
    expect(second).not.toBe(first);
  });

  it('leaves "the official" to itself when two officials were introduced', () => {
    const analysis = analyze({ text: 'A Kestrel official said the talks went well. A Vardan official said they did not. The official added that more were planned.' });
    const [a, b, c] = analysis.quotes.map((quote) => quote.speaker?.entityId);
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('does the same for groups, and makes one source a person', () => {
    const officials = analyze({ text: 'Two Elbonian officials said the strike was planned. The officials said it would happen soon.' });
    expect(speakers(officials)).toEqual(['Two Elbonian officials', 'Two Elbonian officials']);
    const source = analyze({ text: 'A Kestrel source told the agency the summit was off. The source said the mayor was angry.' });
    expect(speakers(source)).toEqual(['A Kestrel source', 'A Kestrel source']);
    expect(source.entities.find((entity) => entity.name === 'A Kestrel source')?.kind).toBe('person');
  });

  it('resolves a shorter definite description with a place word it shares', () => {
    const analysis = analyze({ text: 'A senior Kestrel official said the dam was safe. The Kestrel official added that inspectors had visited.' });
    expect(speakers(analysis)).toEqual(['A senior Kestrel official', 'A senior Kestrel official']);
  });
});

describe('roles in an appositive', () => {
  it('takes the head before a preposition as the title and the body after it as the affiliation', () => {
    const analysis = analyze({ text: '"The gaps are wide," said Nora Kell, a researcher at the Tern Institute. She added that neither side was ready.' });
    expect(analysis.entities[0]).toMatchObject({ name: 'Nora Kell', roles: [{ title: 'researcher', affiliation: 'Tern Institute' }] });
    expect(speakers(analysis)).toEqual(['Nora Kell', 'Nora Kell']);
  });

  it('keeps a role without a body as before, and gives none for a place after "in"', () => {
    const pollster = analyze({ text: 'Jane Roe, a pollster, said voters were tired.' });
    expect(pollster.entities[0]?.roles).toEqual([{ title: 'pollster' }]);
    const lawyer = analyze({ text: 'Tomas Reyes, a lawyer in Kestrel, said the case was weak.' });
    expect(lawyer.entities[0]?.roles).toEqual([{ title: 'lawyer' }]);
  });
});
