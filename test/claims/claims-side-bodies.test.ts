/**
 * A side a claim is aimed at ("join the EU") is the body already met under that name, its words or
 * the name an acronym stands for, not a second entity of the same body.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('the target of a claim', () => {
  it('is a body already named for the acronym written', () => {
    const analysis = analyze({ text: 'The European Union called for calm. Kell said the outcome would slow the bid to join the EU.' });
    const union = analysis.entities.filter((entity) => entity.name === 'European Union');
    expect(union).toHaveLength(1);
    expect(analysis.entities.map((entity) => entity.name)).not.toContain('Europe');
    expect(union[0]?.aliases).toContain('EU');
    const claim = analysis.claims.find((c) => c.text.includes('join the EU'));
    expect(claim?.targetIds).toContain(union[0]?.id);
  });

  it('is an entity of its own when no such body was met', () => {
    const analysis = analyze({ text: 'Kell said the outcome would slow the bid to join the EU.' });
    const europe = analysis.entities.find((entity) => entity.name === 'Europe');
    expect(europe?.aliases).toEqual(['EU']);
    expect(analysis.claims.find((c) => c.text.includes('join the EU'))?.targetIds).toContain(europe?.id);
  });
});
