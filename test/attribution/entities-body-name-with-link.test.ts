import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

/**
 * A body's name goes on after its head and "of", "for" or "on" ("the Center for Fiscal
 * Studies", "the Institute for Research on Tides", "the Commission on Water Rights"): the whole
 * is one organization, not a person or a body named by its last words. A title's "of"
 * ("Secretary of State") names an office, and a given name after "and" starts a person's name.
 */
describe('a body named with a link after its head', () => {
  const entities = (text: string) => analyze({ text }).entities.map((entity) => [entity.name, entity.kind]);

  it('is one organization when it speaks', () => {
    expect(resolvedQuotes('The Center for Fiscal Studies said the cuts would cost $2 billion.')).toEqual([
      { content: 'the cuts would cost $2 billion', cue: 'said', speaker: 'The Center for Fiscal Studies', entity: 'The Center for Fiscal Studies', mode: 'indirect' },
    ]);
    expect(entities('The Commission on Water Rights said the dam was illegal.')).toEqual([['The Commission on Water Rights', 'organization']]);
  });

  it('goes on over a second link', () => {
    expect(entities('A report by the Institute for Research on Tides found that the harbor was silting up.')).toContainEqual(['Institute for Research on Tides', 'organization']);
  });

  it('names an organization, not a person, in a phrase around it', () => {
    expect(entities('A study by the progressive Institute for Wage Research found that pay had stalled.')).toContainEqual(['Institute for Wage Research', 'organization']);
  });

  it('leaves a title’s office and a person after "and" alone', () => {
    const names = entities('The study was led by Nora Vik of the University of Tarvin and Gordon Rees of Lund. The Secretary of State, Ana Pike, said exports would recover.').map(([name]) => name);
    expect(names).toContain('Gordon Rees');
    expect(names).toContain('Ana Pike');
    expect(names.some((name) => name?.startsWith('of ') || name?.includes('and Gordon'))).toBe(false);
  });
});
