import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText, type TextDocument } from '../../src/text/document.js';

/** Pieces that stress the text layer: every kind of quote mark, apostrophes, line breaks, emoji, marks, RTL. */
const PIECES = [
  '"', "'", "''", "'''", '“', '”', '‘', '’', '‘‘', '’’', '«', '»', '‹', '›', '„', '‚', '« ', ' »',
  'don’t', "don't", 'Trump’s', 'leaders’', '’90s', "'90s", 'rock ’n’ roll', "'em", '’cause',
  '\n', '\r\n', '\r', '\n\n', '\u2028', '\u0085', '\u200b', '\u00a0', '\ufeff', '\t',
  '😀', '👩‍👩‍👧', '🇺🇸', 'e\u0301', 'ñ', 'ק', 'مرحبا', '\u202e', '\u200f', '\ud800', '\udc00',
  'U.S.', 'U.S', 'Sept.', 'Mr.', 'Gov.', 'a.m.', 'p.m.', 'Inc.', 'Calif.', 'No.', 'no.', 'St.', 'J.', 'A.',
  '.', '...', '…', '?', '!', '?!', ',', ':', ';', '—', '–', '-', '(', ')', '[', ']',
  ' ', ' ', ' ', 'He', 'said', 'the', 'The', 'we', 'Sanders', 'asked', '12', '1,200.5', '3.5',
];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...PIECES), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
);
const tricky = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'"\'“”‘’«»„‚ .?!\n\raA'), maxLength: 120 }),
);
const text = fc.oneof(anyString, tricky);

const QUOTE_MARK = /^(?:''|‘‘|’’|["'“”‘’«»„‚‹›])$/;

function checkInvariants(source: string, doc: TextDocument): void {
  const n = source.length;
  expect(doc.text).toBe(source);

  let previousParagraphEnd = -1;
  for (const p of doc.paragraphs) {
    expect(0 <= p.start && p.start < p.end && p.end <= n).toBe(true);
    expect(p.start).toBeGreaterThan(previousParagraphEnd);
    expect(source.slice(p.start, p.end)).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
    previousParagraphEnd = p.end;
  }

  let previousTokenEnd = 0;
  for (const t of doc.tokens) {
    expect(0 <= t.start && t.start < t.end && t.end <= n).toBe(true);
    expect(t.start).toBeGreaterThanOrEqual(previousTokenEnd);
    expect(t.text).toBe(source.slice(t.start, t.end));
    // Every token lies inside a paragraph.
    expect(doc.paragraphs.some((p) => p.start <= t.start && t.end <= p.end)).toBe(true);
    previousTokenEnd = t.end;
  }

  let previousSentenceEnd = 0;
  let nextToken = 0;
  for (const s of doc.sentences) {
    expect(0 <= s.start && s.start <= s.end && s.end <= n).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(previousSentenceEnd);
    const para = doc.paragraphs[s.paragraph];
    expect(para).toBeDefined();
    if (para === undefined) continue;
    expect(para.start <= s.start && s.end <= para.end).toBe(true);
    // The sentences' token ranges cover every token once, in order.
    expect(s.firstToken).toBe(nextToken);
    expect(s.endToken).toBeGreaterThan(s.firstToken);
    expect(doc.tokens[s.firstToken]?.start).toBe(s.start);
    expect(doc.tokens[s.endToken - 1]?.end).toBe(s.end);
    nextToken = s.endToken;
    previousSentenceEnd = s.end;
  }
  expect(nextToken).toBe(doc.tokens.length);

  let previousOpen = -1;
  for (const q of doc.quotations) {
    expect(0 <= q.open && q.open < q.contentStart && q.contentStart <= q.contentEnd).toBe(true);
    expect(q.contentEnd < q.close && q.close <= n).toBe(true);
    expect(q.open).toBeGreaterThanOrEqual(previousOpen);
    previousOpen = q.open;
    expect(q.segments.length).toBeGreaterThan(0);
    expect(q.segments[0]?.start).toBe(q.contentStart);
    expect(q.segments[q.segments.length - 1]?.end).toBe(q.contentEnd);
    let previousSegmentEnd = q.contentStart;
    for (const g of q.segments) {
      expect(g.start).toBeGreaterThanOrEqual(previousSegmentEnd);
      expect(g.start <= g.end && g.end <= q.contentEnd).toBe(true);
      // A segment never crosses a paragraph break.
      expect(source.slice(g.start, g.end)).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
      previousSegmentEnd = g.end;
    }
    // The quotation's marks are quote marks.
    expect(source.slice(q.open, q.contentStart)).toMatch(QUOTE_MARK);
    expect(source.slice(q.contentEnd, q.close)).toMatch(QUOTE_MARK);
  }

  for (const d of doc.diagnostics) {
    expect(d.source).toBe('claimtrail');
    expect(d.span).toBeDefined();
    if (d.span !== undefined) expect(0 <= d.span.start && d.span.start < d.span.end && d.span.end <= n).toBe(true);
  }
}

describe('segmentText properties', () => {
  it('keeps every span inside the text, ordered and consistent, for arbitrary strings', () => {
    fc.assert(
      fc.property(text, (source) => {
        checkInvariants(source, segmentText(source));
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic: a second run gives a deep-equal result', () => {
    fc.assert(
      fc.property(text, (source) => {
        expect(segmentText(source)).toEqual(segmentText(source));
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a quotation swallow a later paragraph that does not reopen it', () => {
    fc.assert(
      fc.property(tricky, tricky, (before, after) => {
        const source = `${before}\nPlain narration follows here.\n${after}`;
        const doc = segmentText(source);
        const plain = source.indexOf('\nPlain narration') + 1;
        for (const q of doc.quotations) expect(q.open < plain && q.close > plain).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('segmentText on large texts', { timeout: 120_000 }, () => {
  // Linear segmentation of 2 MB takes a few seconds, a quadratic one hours: the bound leaves room
  // for a loaded machine.
  const TIME_LIMIT_MS = 30_000;

  const timed = (source: string) => {
    const t0 = performance.now();
    const doc = segmentText(source);
    return { doc, ms: performance.now() - t0 };
  };

  it('segments 2 MB of news-like paragraphs in linear time', () => {
    const paragraph =
      '“We are ready. We will win,” Gov. J. Doe said at 9 a.m. in the U.S. Capitol. ' +
      'The talks, which began Sept. 3, ended. Acme Inc. didn’t agree with the leaders’ views on ’90s rock ’n’ roll. ' +
      "''It is over,'' he said. “Who is here?” Sanders asked — twice.\n\n";
    const source = paragraph.repeat(Math.ceil(2_000_000 / paragraph.length));
    const { doc, ms } = timed(source);
    expect(doc.sentences.length).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('segments a 2 MB single paragraph of quotations and sentences in linear time', () => {
    const source = '“Yes. No.” He left. ‘A’ “B ‘c’ d.” '.repeat(Math.ceil(2_000_000 / 36));
    const { doc, ms } = timed(source);
    expect(doc.quotations.length).toBeGreaterThan(50_000);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('segments one paragraph of 500,000 short sentences without overflowing the stack', () => {
    const source = 'Go. '.repeat(500_000);
    const { doc, ms } = timed(source);
    expect(doc.sentences).toHaveLength(500_000);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('segments 2 MB of short lines with a single quote mark at the very end in linear time', () => {
    const source = 'Short line.\n'.repeat(Math.ceil(2_000_000 / 12)) + '“Done.”';
    const { doc, ms } = timed(source);
    expect(doc.quotations).toHaveLength(1);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('segments 2 MB of unclosed opening marks and stray closers in linear time', () => {
    const source = '‘a '.repeat(300_000) + '“b” '.repeat(100_000) + '« c '.repeat(100_000) + '» '.repeat(50_000);
    const { doc, ms } = timed(source);
    expect(doc.diagnostics.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('segments 2 MB of multi-paragraph quotation with nested quotes in linear time', () => {
    const source = '“He said ‘go’ and ‘went’.\n'.repeat(Math.ceil(2_000_000 / 27)) + '“End.”';
    const { ms } = timed(source);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('segments 2 MB of arbitrary punctuation soup in linear time', () => {
    const soup = fc.sample(tricky, { numRuns: 4000, seed: 42 }).join(' ');
    const source = soup.repeat(Math.ceil(2_000_000 / Math.max(1, soup.length)));
    const { ms } = timed(source);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });
});
