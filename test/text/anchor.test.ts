import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHOR_CONTEXT_LENGTH, anchorOf, ClaimtrailError, reanchor, type Anchor } from '../../src/index.js';

const article =
  'MOSCOW (Wire) — Kremlin adviser Yuri Ushakov said progress on territory was "essentially zero." ' +
  'He said the talks would continue next week.';
const spanOf = (text: string, exact: string) => {
  const start = text.indexOf(exact);
  return { start, end: start + exact.length };
};

describe('anchorOf', () => {
  it('keeps the exact words and up to 32 code units of context', () => {
    const anchor = anchorOf(article, spanOf(article, 'essentially zero'));
    expect(anchor.exact).toBe('essentially zero');
    expect(anchor.prefix).toBe(article.slice(anchor.span.start - ANCHOR_CONTEXT_LENGTH, anchor.span.start));
    expect(anchor.prefix).toHaveLength(32);
    expect(anchor.suffix).toBe('." He said the talks would conti');
  });

  it('shortens context at the edges of the text', () => {
    const anchor = anchorOf('Yes.', { start: 0, end: 3 });
    expect(anchor).toEqual({ span: { start: 0, end: 3 }, exact: 'Yes', prefix: '', suffix: '.' });
  });

  it('does not cut a surrogate pair at the edge of the context', () => {
    const text = '😀'.repeat(20) + 'x' + '😀'.repeat(20);
    const anchor = anchorOf(text, { start: 40, end: 41 });
    expect(anchor.prefix).toBe('😀'.repeat(16));
    expect(anchor.suffix).toBe('😀'.repeat(16));
    const odd = anchorOf('a' + text, { start: 41, end: 42 });
    expect(odd.prefix.length).toBeLessThanOrEqual(32);
    expect(/^[\udc00-\udfff]/.test(odd.prefix)).toBe(false);
  });

  it('throws a ClaimtrailError for spans that are invalid or past the text', () => {
    expect(() => anchorOf('abc', { start: 2, end: 1 })).toThrow(ClaimtrailError);
    expect(() => anchorOf('abc', { start: -1, end: 1 })).toThrow(/start/);
    expect(() => anchorOf('abc', { start: 1, end: 9 })).toThrow(/end \(9\) is past the end of the text \(length 3\)/);
  });
});

describe('reanchor', () => {
  const anchor = anchorOf(article, spanOf(article, 'essentially zero'));

  it('finds the words again after an edit before them', () => {
    const edited = 'UPDATED 10:42. ' + article;
    const result = reanchor(anchor, edited);
    expect(result).toMatchObject({ success: true, method: 'exact', distance: 0 });
    if (result.success) expect(result.anchor.span).toEqual(spanOf(edited, 'essentially zero'));
  });

  it('uses the context to choose between repeated words', () => {
    const text = 'Aid is "urgent," said the mayor. Doctors said it was "urgent," too.';
    const second = text.lastIndexOf('urgent');
    const a = anchorOf(text, { start: second, end: second + 6 });
    const edited = 'Officials agreed. ' + text;
    const result = reanchor(a, edited);
    expect(result.success && result.anchor.span.start).toBe(edited.lastIndexOf('urgent'));
  });

  it('finds a corrected quote approximately and reports the edit distance', () => {
    const edited = article.replace('essentially zero', 'essentialy zero');
    const result = reanchor(anchor, edited);
    expect(result).toMatchObject({ success: true, method: 'approximate', distance: 1 });
    if (result.success) {
      expect(result.anchor.exact).toBe('essentialy zero');
      expect(edited.slice(result.anchor.span.start, result.anchor.span.end)).toBe(result.anchor.exact);
    }
  });

  it('finds a longer quote with several words changed', () => {
    const quote = 'it certainly has not moved further away from a settlement of the conflict';
    const text = `Asked about peace, he said "${quote}," before leaving.`;
    const a = anchorOf(text, spanOf(text, quote));
    const edited = text.replace('certainly has not', "certainly hasn't").replace('settlement', 'resolution');
    const result = reanchor(a, edited);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.method).toBe('approximate');
      expect(result.anchor.exact).toBe("it certainly hasn't moved further away from a resolution of the conflict");
    }
  });

  it('gives up with a reason when nothing is close enough', () => {
    const result = reanchor(anchor, 'A completely different story about the weather.');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.reason).toMatch(/within 4 edits/);
    const short = reanchor(anchorOf('He said no.', { start: 8, end: 10 }), 'She said yes.');
    expect(short.success).toBe(false);
    if (!short.success) expect(short.reason).toMatch(/too short/);
  });

  it('finds an empty anchor by its context', () => {
    const text = 'before|after';
    const a = anchorOf(text, { start: 6, end: 6 });
    const result = reanchor(a, 'xx before|after');
    expect(result.success && result.anchor.span).toEqual({ start: 9, end: 9 });
  });

  it('throws a ClaimtrailError for an invalid anchor', () => {
    expect(() => reanchor({ exact: 'x' } as unknown as Anchor, 'x')).toThrow(ClaimtrailError);
  });
});

// Text built from pieces that stress offsets: emoji (surrogate pairs), combining marks, CRLF,
// right-to-left letters and marks, quote marks and plain words.
const piece = fc.constantFrom(
  'a', 'b', 'the ', 'said ', '. ', ' ', '\r\n', '\n\n', '😀', '👩‍👩‍👧', 'e\u0301', '\u05e9\u05dc\u05d5\u05dd', '\u200f',
  '\u0645\u0631\u062d\u0628\u0627', '“', '”', '"', '’', '—', 'Zelenskyy', '\u00a0', 'ü', 'Ω',
);
const unicodeText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const textWithSpan = unicodeText.chain((text) =>
  fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
    .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) })),
);
const edits = fc.array(fc.tuple(fc.boolean(), fc.nat(), unicodeText, fc.nat({ max: 8 })), { maxLength: 4 });

/** Applies random insertions and deletions outside [start, end), tracking where the span moves. */
function editOutside(
  text: string,
  start: number,
  end: number,
  ops: ReadonlyArray<readonly [boolean, number, string, number]>,
): { text: string; start: number; end: number } {
  let t = text;
  let s = start;
  let e = end;
  for (const [insert, at, inserted, length] of ops) {
    if (insert) {
      const outside = [...Array(t.length + 1).keys()].filter((i) => i <= s || i >= e);
      const pos = outside[at % outside.length] ?? 0;
      t = t.slice(0, pos) + inserted + t.slice(pos);
      if (pos <= s && !(pos === s && s === e && pos > 0)) {
        s += inserted.length;
        e += inserted.length;
      }
    } else {
      const before = at % (s + 1);
      if (at % 2 === 0 && before + length <= s) {
        t = t.slice(0, before) + t.slice(before + length);
        s -= length;
        e -= length;
      } else {
        const from = e + (at % (t.length - e + 1));
        t = t.slice(0, from) + t.slice(Math.min(t.length, from + length));
      }
    }
  }
  return { text: t, start: s, end: e };
}

describe('anchor properties', () => {
  it('anchorOf then reanchor on the same text returns the same span', () => {
    fc.assert(
      fc.property(textWithSpan, ({ text, start, end }) => {
        const anchor = anchorOf(text, { start, end });
        expect(text.slice(start, end)).toBe(anchor.exact);
        const result = reanchor(anchor, text);
        expect(result.success).toBe(true);
        if (result.success) expect(result.anchor.span).toEqual({ start, end });
      }),
      { numRuns: 400 },
    );
  });

  it('still finds the span after insertions and deletions outside it', () => {
    fc.assert(
      fc.property(textWithSpan, edits, ({ text, start, end }, ops) => {
        fc.pre(end > start);
        const anchor = anchorOf(text, { start, end });
        const edited = editOutside(text, start, end, ops);
        expect(edited.text.slice(edited.start, edited.end)).toBe(anchor.exact);
        fc.pre(edited.text.indexOf(anchor.exact) === edited.text.lastIndexOf(anchor.exact));
        const result = reanchor(anchor, edited.text);
        expect(result.success).toBe(true);
        if (result.success) expect(result.anchor.span).toEqual({ start: edited.start, end: edited.end });
      }),
      { numRuns: 400 },
    );
  });

  it('always returns a span whose slice equals its exact words, or no span', () => {
    fc.assert(
      fc.property(textWithSpan, unicodeText, ({ text, start, end }, other) => {
        const anchor = anchorOf(text, { start, end });
        for (const candidate of [other, other + text.slice(start, end), text.slice(0, start) + other + text.slice(end)]) {
          const result = reanchor(anchor, candidate);
          if (result.success) {
            const { span, exact } = result.anchor;
            expect(candidate.slice(span.start, span.end)).toBe(exact);
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(candidate.length);
          } else {
            expect(result.reason.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
