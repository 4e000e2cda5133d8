import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSource, SourceInput } from '../../src/index.js';
import { textFingerprint } from '../../src/model/fingerprint.js';

/** What the schema alone makes of an input: the source, or the fact that it throws. */
function throughSchema(input: unknown): unknown {
  const parsed = SourceInput.safeParse(input);
  if (!parsed.success) return 'throws';
  const { id, kind, ...rest } = parsed.data;
  return { id: id ?? `src-${textFingerprint(rest.text)}`, kind: kind ?? 'article', ...rest };
}

function throughCreate(input: unknown): unknown {
  try {
    return createSource(input as SourceInput);
  } catch {
    return 'throws';
  }
}

const value = fc.oneof(fc.string(), fc.constantFrom('article', 'post', 'memo', ''), fc.integer(), fc.constant(undefined), fc.constant(null));
const keys = fc.constantFrom('id', 'kind', 'text', 'title', 'publisher', 'url', 'language', 'extra');

describe('createSource on plain objects', () => {
  it('gives exactly what the schema gives, key order included, or throws where it throws', () => {
    fc.assert(
      fc.property(fc.dictionary(keys, value, { maxKeys: 6 }), fc.string(), (fields, text) => {
        for (const input of [fields, { ...fields, text }]) {
          const expected = throughSchema(input);
          const actual = throughCreate(input);
          expect(actual).toEqual(expected);
          if (typeof expected === 'object' && expected !== null) expect(Object.keys(actual as object)).toEqual(Object.keys(expected));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves objects with a prototype or a symbol key to the schema', () => {
    class Article {
      text = 'He said yes.';
    }
    expect(throughCreate(new Article())).toEqual(throughSchema(new Article()));
    const tagged = { text: 'x', [Symbol('note')]: 1 };
    expect(throughCreate(tagged)).toEqual(throughSchema(tagged));
    expect(createSource({ text: 'x', id: 'a', kind: 'post', title: 'T', publisher: 'P' })).toEqual({ id: 'a', kind: 'post', text: 'x', title: 'T', publisher: 'P' });
  });
});
