/**
 * "A survey by the Tarn Institute in June found ...": a month after a word that dates it ("in",
 * "since", "early") is the time of the phrase, not its name; before, the speaker resolved to a
 * person named "June".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

const kinds = (text: string) => analyze({ text }).entities.filter((entity) => entity.kind !== 'outlet').map(({ name, kind }) => ({ name, kind }));

describe('a month at the end of a speaker\'s phrase', () => {
  it('is no person', () => {
    expect(kinds('A Harbor Weekly poll in June found that most voters backed the levy.')).toEqual([{ name: 'A Harbor Weekly poll in June', kind: 'unknown' }]);
    expect(resolvedQuotes('A survey by the Tarn Institute in April found that rents rose.')).toEqual([
      { content: 'rents rose', cue: 'found', speaker: 'A survey by the Tarn Institute in April', entity: 'A survey by the Tarn Institute in April', mode: 'indirect' },
    ]);
  });

  it('leaves a person named like a month a person', () => {
    expect(kinds('Aides to June Osei said she had left.')).toEqual([{ name: 'June Osei', kind: 'person' }]);
  });
});
