/**
 * "the embassy of Velmora", "the city of Tarsk": "of" and a name right after a lower-case body say
 * whose the body is, as "the embassy in Velmora" says where it sits; the body speaks, not the
 * name, and a later "the embassy" finds it. A body before "of" and lower-case members ("a
 * coalition of growers") is no such case.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { attributedQuotes as statementsOf } from './found-quotes.js';

describe('a lower-case body before "of" and a name', () => {
  it('is the speaker, which a later "the embassy" refers back to', () => {
    const text = 'The embassy of the Republic of Velmora called the arrest a provocation. Later the embassy said its staff had done nothing wrong.';
    expect(statementsOf(text)).toEqual([
      { content: 'the arrest a provocation', cue: 'called', speaker: 'The embassy of the Republic of Velmora', entity: 'The embassy of the Republic of Velmora' },
      { content: 'its staff had done nothing wrong', cue: 'said', speaker: 'the embassy', entity: 'The embassy of the Republic of Velmora' },
    ]);
    const analysis = analyze({ text });
    expect(analysis.entities.find((entity) => entity.name === 'The embassy of the Republic of Velmora')?.kind).toBe('government');
    expect(analysis.entities.some((entity) => entity.name === 'Velmora' && entity.kind === 'person')).toBe(false);
  });

  it('reads "the city of" a name as the city', () => {
    const [statement] = statementsOf('The city of Tarsk said the bridge would reopen in May.');
    expect(statement?.entity).toBe('The city of Tarsk');
  });
});
