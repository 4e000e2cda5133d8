/**
 * Invariants of `analyze` for any text: it never throws, every anchor (of quotes, mentions and
 * claims) lies inside the text and its `exact` is the slice it names, the output is the same on a
 * second run, ids are unique, every mode is one of the four, and claims link only to quotes and
 * entities of the analysis.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analysis, analyze, QuoteMode, type Anchor } from '../../src/index.js';

/** Pieces of news-like text, so that generated strings reach the extraction rules and not only the tokenizer. */
const PIECES: readonly string[] = [
  // quote marks of every kind, apostrophes among them
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '``', "''",
  // cues and their frames
  'said', 'says', 'say', 'said:', 'told', 'told reporters', 'according to', 'According to', 'saying', 'saying that',
  'added', 'adding that', 'that', 'responded that', 'but emphasized that', 'accused', 'of', 'criticized', 'for',
  'described', 'as', 'called for', 'vowed to', 'believes', 'polls show', 'warned', 'asked whether', 'the so-called',
  'an estimated', 'the 16 states', 'United States',
  // speakers
  'Putin', 'Jane Roe', 'Jane Roe, a pollster,', 'the minister', 'Kremlin adviser Yuri Ushakov', 'Officials', 'Both sides',
  'he', 'she', 'they', 'who', 'He', 'She', 'They', 'Mr.', 'U.S.', 'Sept. 4', 'J. R. R.',
  // content words
  'the plan', 'was', 'dead on arrival', 'we are ready', 'talks', 'would continue', 'don’t', 'Trump’s', '’90s', '5,000',
  // claims: conditions, negation, modals, numbers, dates, harm
  'if', 'unless', 'should he', 'won’t', 'not', 'will', 'could', 'five hours', 'nearly 27 points', '19-point', 'into the millions',
  '$1.2 million', '40%', 'yesterday', 'on Tuesday', 'Dec. 3', 'last week', 'strike back', 'sanctions', 'Moscow', 'Europe',
  // punctuation and white space
  ',', '.', ':', ';', '?', '!', '—', '–', '-', '(', ')', '[', ']', '…', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028',
  // emoji and other code points outside the basic plane, and lone surrogates
  '😀', '👍🏽', '🇺🇦', '👩‍👩‍👧', '𝒳', '\ud83d', '\ude00',
];

const SEPARATORS: readonly string[] = ['', ' ', ' ', ' ', '\n'];

/** Strings built from the pieces above, with or without a space between them. */
const newsLike = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

/** Sentences of the shapes the extraction looks for, with the pieces varied. */
const sentenceLike = fc
  .tuple(
    fc.constantFrom('“', '"', '«', '„', '', '‘'),
    fc.array(fc.constantFrom('the plan', 'was', 'dead', 'we', 'are', 'ready', 'talks', '5,000', 'U.S.', 'don’t', '😀'), { minLength: 1, maxLength: 8 }),
    fc.constantFrom(',”', '”', ',"', '"', '»', '“', ',', '', '.”', '’'),
    fc.constantFrom(' he said', ' said Jane Roe, a pollster', ' the minister told reporters', ', according to officials', ' Putin:', ''),
    fc.constantFrom('.', '. ', '.\n\n', ', adding that ', ' but emphasized that ', ':', ''),
  )
  .map(([open, words, close, cue, end]) => `${open}${words.join(' ')}${close}${cue}${end}`);

const paragraphs = fc.array(sentenceLike, { maxLength: 8 }).map((parts) => parts.join(''));

/** Any text: arbitrary strings of several alphabets, and news-like strings. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  newsLike,
  paragraphs,
);

/** Every anchor of an analysis, named for the assertion message. */
function anchorsOf(analysis: Analysis): [string, Anchor][] {
  const out: [string, Anchor][] = [];
  for (const quote of analysis.quotes) {
    out.push([`${quote.id}.content`, quote.content]);
    if (quote.cue !== undefined) out.push([`${quote.id}.cue`, quote.cue]);
    if (quote.speaker !== undefined) out.push([`${quote.id}.speaker`, quote.speaker.anchor]);
  }
  for (const [index, mention] of analysis.mentions.entries()) out.push([`mentions[${index}]`, mention.anchor]);
  for (const claim of analysis.claims) {
    out.push([`${claim.id}.anchor`, claim.anchor]);
    if (claim.condition !== undefined) out.push([`${claim.id}.condition`, claim.condition.anchor]);
    if (claim.negation !== undefined) out.push([`${claim.id}.negation`, claim.negation]);
    if (claim.modality !== undefined) out.push([`${claim.id}.modality`, claim.modality.anchor]);
    for (const [i, quantity] of claim.numbers.entries()) out.push([`${claim.id}.numbers[${i}]`, quantity.anchor]);
    for (const [i, date] of claim.dates.entries()) out.push([`${claim.id}.dates[${i}]`, date.anchor]);
    for (const [i, reference] of claim.references.entries()) out.push([`${claim.id}.references[${i}]`, reference.anchor]);
    for (const tag of claim.tags) for (const [i, evidence] of tag.evidence.entries()) if (evidence.anchor !== undefined) out.push([`${claim.id}.${tag.tag}.evidence[${i}]`, evidence.anchor]);
  }
  return out;
}

const RUNS = { numRuns: 400 };

describe('analyze: properties for any text', () => {
  it('does not throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        analyze({ text });
      }),
      RUNS,
    );
  });

  it('keeps every anchor inside the text, with exact equal to the slice it names and its context beside it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const [name, anchor] of anchorsOf(analyze({ text }))) {
          const { start, end } = anchor.span;
          expect(Number.isInteger(start) && Number.isInteger(end), name).toBe(true);
          expect(0 <= start && start <= end && end <= text.length, `${name} ${start}..${end} in ${text.length}`).toBe(true);
          expect(text.slice(start, end), name).toBe(anchor.exact);
          expect(text.slice(start - anchor.prefix.length, start), name).toBe(anchor.prefix);
          expect(text.slice(end, end + anchor.suffix.length), name).toBe(anchor.suffix);
        }
      }),
      RUNS,
    );
  });

  it('gives a speaker mention the text of its anchor', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const quote of analyze({ text }).quotes) if (quote.speaker !== undefined) expect(quote.speaker.text).toBe(quote.speaker.anchor.exact);
      }),
      RUNS,
    );
  });

  it('keeps every diagnostic span inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const diagnostic of analyze({ text }).diagnostics) {
          if (diagnostic.span === undefined) continue;
          const { start, end } = diagnostic.span;
          expect(0 <= start && start <= end && end <= text.length).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('returns the same output on a second run, deep-equal and JSON-equal', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = analyze({ text });
        const second = analyze({ text });
        expect(second).toStrictEqual(first);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      RUNS,
    );
  });

  it('gives every quote an id of its own', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const ids = analyze({ text }).quotes.map((quote) => quote.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      RUNS,
    );
  });

  it('gives every quote one of the four modes and a confidence between 0 and 1', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const quote of analyze({ text }).quotes) {
          expect(QuoteMode.options).toContain(quote.mode);
          expect(quote.confidence >= 0 && quote.confidence <= 1).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('gives every claim an id of its own, a core tag first, and links only to quotes and entities of the analysis', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const analysis = analyze({ text });
        const quotes = new Set(analysis.quotes.map((quote) => quote.id));
        const entities = new Set(analysis.entities.map((entity) => entity.id));
        const ids = analysis.claims.map((claim) => claim.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const claim of analysis.claims) {
          expect(['threat', 'assessment', 'position', 'none']).toContain(claim.tags[0]?.tag);
          expect(claim.text).toBe(claim.anchor.exact);
          for (const id of claim.quoteIds) expect(quotes.has(id)).toBe(true);
          if (claim.speakerId !== undefined) expect(entities.has(claim.speakerId)).toBe(true);
          for (const id of claim.targetIds) expect(entities.has(id)).toBe(true);
          for (const reference of claim.references) if (reference.entityId !== undefined) expect(entities.has(reference.entityId)).toBe(true);
          expect(claim.polarity === 'negative').toBe(claim.negation !== undefined);
        }
      }),
      RUNS,
    );
  });

  it('returns an analysis that fits its own schema', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = Analysis.safeParse(analyze({ text }));
        expect(result.success, result.success ? '' : result.error.message).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('analyze stays linear on hostile input', { timeout: 60_000 }, () => {
  // Each text is one long sentence full of cues; a pass quadratic in the sentence's length would
  // take minutes here, a linear one well under a second.
  it.each([
    ['repeated cues', 'He said '.repeat(20000)],
    ['repeated headline colons', 'Putin: '.repeat(10000)],
    ['repeated split quotes', '“a b c,” he said '.repeat(10000)],
    ['repeated that-clauses', 'they say that '.repeat(10000)],
    ['repeated conditions', 'he warned that if they come, we will strike back '.repeat(4000)],
    ['repeated numbers and dates', 'nearly five hours, 19-point, into the millions, on Tuesday, '.repeat(4000)],
  ])('%s', (_name, text) => {
    const started = performance.now();
    const analysis = analyze({ text });
    // (Room for a loaded machine; a quadratic pass would still take far longer.)
    expect(performance.now() - started).toBeLessThan(15_000);
    for (const quote of analysis.quotes) expect(text.slice(quote.content.span.start, quote.content.span.end)).toBe(quote.content.exact);
  });
});
