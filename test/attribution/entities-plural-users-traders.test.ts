/**
 * Plural nouns for those who use, buy or trade ("Users", "Shoppers", "Exporters") and for the
 * sides of a kidnapping and its talks ("Rebels", "Kidnappers", "Mediators") name people, not a
 * person called so, when capitalised at the start of a sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { spokenQuotes } from './found-quotes.js';

describe('plural nouns for people at the start of a sentence', () => {
  it('reads "Exporters", "Users" and "Rebels" as groups', () => {
    const text = 'Exporters warned that the new duties would cost jobs. Users complained that the map app froze. Rebels said the pass was theirs.';
    expect(spokenQuotes(text)).toEqual([
      { content: 'the new duties would cost jobs', cue: 'warned', speaker: 'Exporters' },
      { content: 'the map app froze', cue: 'complained', speaker: 'Users' },
      { content: 'the pass was theirs', cue: 'said', speaker: 'Rebels' },
    ]);
    const kinds = analyze({ text }).entities.map((entity) => [entity.name, entity.kind]);
    expect(kinds).toEqual([
      ['Exporters', 'group'],
      ['Users', 'group'],
      ['Rebels', 'group'],
    ]);
  });
});
