import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  Analysis,
  Anchor,
  Claim,
  ClaimtrailError,
  ConsistencyReport,
  createSource,
  Diagnostic,
  Entity,
  Finding,
  jsonSchemas,
  Mention,
  Quote,
  RATING_VALUES,
  Rating,
  safeCreateSource,
  Source,
  Span,
  Verdict,
  type ModelName,
} from '../../src/index.js';
import * as fixtures from '../fixtures/models.js';

const cases = [
  ['Source', Source, fixtures.source],
  ['Span', Span, { start: 3, end: 9 }],
  ['Anchor', Anchor, fixtures.quote.content],
  ['Entity', Entity, fixtures.entity],
  ['Mention', Mention, fixtures.mention],
  ['Quote', Quote, fixtures.quote],
  ['Claim', Claim, fixtures.claim],
  ['Analysis', Analysis, fixtures.analysis],
  ['Finding', Finding, fixtures.finding],
  ['Verdict', Verdict, fixtures.verdict],
  ['ConsistencyReport', ConsistencyReport, fixtures.report],
  ['Diagnostic', Diagnostic, fixtures.diagnostic],
] as const;

describe('schema round trips', () => {
  it.each(cases)('%s survives parse and a JSON round trip unchanged', (_name, schema, value) => {
    const parsed = schema.parse(value);
    expect(parsed).toEqual(value);
    expect(schema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(value);
  });

  it('covers every model jsonSchemas() describes', () => {
    expect(cases.map(([name]) => name).sort()).toEqual(Object.keys(jsonSchemas()).sort());
  });

  it('rejects unknown properties instead of dropping them', () => {
    const result = Quote.safeParse({ ...fixtures.quote, speker: 'typo' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('readable errors', () => {
  const messageOf = (fn: () => unknown): ClaimtrailError => {
    try {
      fn();
    } catch (error) {
      if (error instanceof ClaimtrailError) return error;
      throw error;
    }
    throw new Error('expected a ClaimtrailError');
  };

  it('names the path of a Source without text', () => {
    const error = messageOf(() => createSource({ title: 'Headline only' } as never));
    expect(error.name).toBe('ClaimtrailError');
    expect(error.subject).toBe('Source');
    expect(error.issues.map((i) => i.path)).toEqual([['text']]);
    expect(error.message).toMatch(/^Invalid Source \(1 problem\):\n {2}- text: /);
  });

  it('names `end` for a Span with end < start', () => {
    const result = Span.safeParse({ start: 9, end: 3 });
    expect(result.success).toBe(false);
    const error = new ClaimtrailError('Span', result.error?.issues ?? []);
    expect(error.issues[0]?.path).toEqual(['end']);
    expect(error.message).toContain('end: end must not be less than start');
  });

  it('names the nested path of a negative offset', () => {
    const bad = { ...fixtures.quote, content: { ...fixtures.quote.content, span: { start: -1, end: 4 } } };
    const result = Quote.safeParse(bad);
    expect(result.success).toBe(false);
    const error = new ClaimtrailError('Quote', result.error?.issues ?? []);
    expect(error.issues[0]?.path).toEqual(['content', 'span', 'start']);
    expect(error.message).toContain('content.span.start: ');
  });

  it('rejects an unknown finding kind, listing the allowed ones', () => {
    const result = Finding.safeParse({ ...fixtures.finding, kind: 'fake-news' });
    expect(result.success).toBe(false);
    const error = new ClaimtrailError('Finding', result.error?.issues ?? []);
    expect(error.issues[0]?.path).toEqual(['kind']);
    expect(error.message).toContain('kind: ');
    expect(error.message).toContain('"number-conflict"');
  });

  it('formats array indices in paths', () => {
    const bad = { ...fixtures.analysis, quotes: [fixtures.quote, { ...fixtures.quote, confidence: 2 }] };
    const result = Analysis.safeParse(bad);
    const error = new ClaimtrailError('Analysis', result.error?.issues ?? []);
    expect(error.message).toContain('quotes[1].confidence: ');
  });
});

describe('createSource', () => {
  it('fills a stable id from the text and kind "article"', () => {
    const a = createSource({ text: 'He said yes.' });
    const b = createSource({ text: 'He said yes.' });
    const c = createSource({ text: 'He said no.' });
    expect(a.kind).toBe('article');
    expect(a.id).toMatch(/^src-[0-9a-f]{16}$/);
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
  });

  it('keeps a given id and kind', () => {
    expect(createSource({ id: 'mine', kind: 'transcript', text: 'x' })).toMatchObject({ id: 'mine', kind: 'transcript' });
  });

  it('never changes the text, whatever its white space, line ends or Unicode form', () => {
    const text = '  Caf\u0065\u0301 \r\n\u201cquote\u201d\u00a0\u200f\u05e9\u05dc\u05d5\u05dd 😀\t';
    expect(createSource({ text }).text).toBe(text);
  });

  it('validates publishedAt and url', () => {
    expect(() => createSource({ text: 'x', publishedAt: 'yesterday' })).toThrow(/publishedAt/);
    expect(() => createSource({ text: 'x', url: 'not a url' })).toThrow(/url/);
    expect(createSource({ text: 'x', publishedAt: '2025-12-04T10:00:00+01:00' }).publishedAt).toBe('2025-12-04T10:00:00+01:00');
  });

  it('has a safe variant that returns the error', () => {
    const bad = safeCreateSource({ text: 42 });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.path).toEqual(['text']);
    const good = safeCreateSource({ text: 'ok' });
    expect(good.success && good.data.kind).toBe('article');
  });
});

describe('ratings and JSON Schema', () => {
  it('maps every rating to its ClaimReview value', () => {
    expect(Object.keys(RATING_VALUES).sort()).toEqual([...Rating.options].sort());
    expect(RATING_VALUES).toMatchObject({ supported: 5, mixed: 3, misquoted: 2, misattributed: 2, disputed: 1, unverified: null });
  });

  it('describes every model with its required fields and the fixed vocabularies', () => {
    const schemas = jsonSchemas();
    expect(schemas.Quote).toMatchObject({ title: 'Quote', type: 'object' });
    expect(schemas.Quote.required).toEqual(['id', 'sourceId', 'content', 'mode', 'confidence', 'rules']);
    const kind = (schemas.Finding.properties as Record<string, { enum?: string[] }>).kind;
    expect(kind?.enum).toContain('role-conflict');
    expect(kind?.enum).toHaveLength(10);
    expect(jsonSchemas().Quote).not.toBe(schemas.Quote);
  });

  it('infers types that carry the schema names', () => {
    expectTypeOf<Quote['mode']>().toEqualTypeOf<'direct' | 'mixed' | 'indirect' | 'headline'>();
    expectTypeOf<Finding['kind']>().toEqualTypeOf<
      | 'corroborated'
      | 'quote-altered'
      | 'context-dropped'
      | 'misattributed'
      | 'number-conflict'
      | 'date-conflict'
      | 'name-conflict'
      | 'role-conflict'
      | 'negation-conflict'
      | 'not-found'
    >();
    expectTypeOf<Source['publishedAt']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(jsonSchemas).returns.toEqualTypeOf<Record<ModelName, Record<string, unknown>>>();
  });
});
