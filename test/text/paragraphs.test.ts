import { describe, expect, it } from 'vitest';
import { blankLineBetween, splitParagraphs } from '../../src/text/paragraphs.js';

const slices = (text: string) => splitParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('splitParagraphs', () => {
  it('splits at every kind of line break and makes no empty paragraphs for blank lines', () => {
    const text = 'The council met.\n\nIt voted twice.\r\nBoth votes failed.\rThe mayor left.\u2028Aides stayed.\u0085Night fell.';
    expect(slices(text)).toEqual([
      'The council met.',
      'It voted twice.',
      'Both votes failed.',
      'The mayor left.',
      'Aides stayed.',
      'Night fell.',
    ]);
  });

  it('trims surrounding white space, non-breaking and zero-width spaces included', () => {
    const text = '  \u00a0The bridge reopened. \t\n\u200b\u3000Traffic returned.\ufeff  ';
    expect(slices(text)).toEqual(['The bridge reopened.', 'Traffic returned.']);
  });

  it('gives offsets into the text as given', () => {
    const text = 'One line.\r\n\r\n  Two lines.';
    expect(splitParagraphs(text)).toEqual([
      { start: 0, end: 9 },
      { start: 15, end: 25 },
    ]);
  });

  it('finds no paragraph in an empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\r\n\t \u00a0')).toEqual([]);
  });
});

describe('blankLineBetween', () => {
  const gap = (text: string) => blankLineBetween(text, 0, text.length);

  it('finds two line breaks of any kind with only white space between them', () => {
    expect(gap('The dock closed.\n\nIt reopened.')).toBe(true);
    expect(gap('The dock closed.\r\n \t\r\nIt reopened.')).toBe(true);
    expect(gap('The dock closed.\r\rIt reopened.')).toBe(true);
    expect(gap('The dock closed.\u2029\u00a0\u2029It reopened.')).toBe(true);
  });

  it('counts \\r\\n as one break and a line with words as no blank', () => {
    expect(gap('The dock closed.\r\nIt reopened.')).toBe(false);
    expect(gap('The dock closed.\nIt reopened.\nBoats came back.')).toBe(false);
    expect(gap('')).toBe(false);
  });
});
