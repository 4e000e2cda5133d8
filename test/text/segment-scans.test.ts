import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/text/paragraphs.js';
import { findMarks } from '../../src/text/quote-marks.js';

/** The regular expression the quote-mark scan replaced; the scan must find exactly its matches. */
const MARKS = /'(?<=\S')(?='')|''|\u2018\u2018|\u2019\u2019|["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a]/g;

/** Texts built from the characters the scans decide on: quote marks, apostrophes, line breaks and every kind of space. */
const piece = fc.constantFrom(
  'a', 'B', '1', ' ', "'", "''", '"', '\u2018', '\u2019', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e', '\u201a', '\u2039', '\u203a',
  '\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\t', '\u000b', '\u000c', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b',
  '\u202f', '\u205f', '\u3000', '\ufeff', '\ud83d\ude00', '.', ',',
);
const texts = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('findMarks', () => {
  it('finds exactly the matches of MARKS', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected: number[] = [];
        for (const m of text.matchAll(MARKS)) expected.push(m.index, m[0].length);
        expect(findMarks(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitParagraphs', () => {
  it('splits where the line-break expression it replaced splits', () => {
    const lineBreak = /\r\n|[\n\r\u2028\u2029\u0085]/g;
    fc.assert(
      fc.property(texts, (text) => {
        const pieces: Array<[number, number]> = [];
        let from = 0;
        for (const m of text.matchAll(lineBreak)) {
          pieces.push([from, m.index]);
          from = m.index + m[0].length;
        }
        pieces.push([from, text.length]);
        const expected = pieces
          .map(([s, e]) => {
            while (s < e && /^[ \t\u00a0\u000b\u000c\ufeff\u2000-\u200b\u202f\u205f\u3000]$/.test(text.charAt(s))) s++;
            while (e > s && /^[ \t\u00a0\u000b\u000c\ufeff\u2000-\u200b\u202f\u205f\u3000]$/.test(text.charAt(e - 1))) e--;
            return { start: s, end: e };
          })
          .filter((p) => p.end > p.start);
        expect(splitParagraphs(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
