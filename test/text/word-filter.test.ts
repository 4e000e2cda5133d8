import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokens.js';
import { mayHave, mayHaveNorm, wordFilter } from '../../src/text/word-filter.js';

const word = fc.stringMatching(/^[a-z'.-]{1,40}$/);

describe('wordFilter', () => {
  it('never rules out a word of its set, whatever its length', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (words) => {
        const filter = wordFilter(words);
        for (const w of words) expect(mayHave(filter, w)).toBe(true);
      }),
    );
  });

  it('reads a token from the text as it reads its norm', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.array(word, { maxLength: 30 }), (set, others) => {
        const filter = wordFilter(set);
        const text = [...set, ...others].join(' ');
        for (const token of tokenize(text, 0, text.length)) {
          expect(mayHaveNorm(filter, token, text)).toBe(mayHave(filter, token.norm));
          if (set.includes(token.norm)) expect(mayHaveNorm(filter, token, text)).toBe(true);
        }
      }),
    );
  });

  it('rules out words that differ from every member in length or in the letters it keeps', () => {
    const filter = wordFilter(['said', 'told', 'according']);
    expect(mayHave(filter, 'said')).toBe(true);
    expect(mayHave(filter, 'sand')).toBe(false);
    expect(mayHave(filter, 'saids')).toBe(false);
    expect(mayHave(filter, 'the')).toBe(false);
    expect(mayHave(filter, 'tiled')).toBe(false);
  });
});
