import { describe, expect, it } from 'vitest';
import { analyze, claimForSpan, ClaimtrailError, formatTagScores, MISSING_TAG, scoreTags, TagLabel } from '../../src/index.js';

describe('scoreTags', () => {
  const pairs = [
    { gold: 'threat', predicted: 'threat' },
    { gold: 'threat', predicted: 'assessment' },
    { gold: 'assessment', predicted: 'assessment' },
    { gold: 'assessment', predicted: 'assessment' },
    { gold: 'position', predicted: 'assessment' },
    { gold: 'position', predicted: undefined },
    { gold: 'none', predicted: 'position' },
  ];
  const scores = scoreTags(pairs);

  it('counts accuracy over every item, a missing prediction as wrong', () => {
    expect(scores).toMatchObject({ count: 7, correct: 3, missing: 1 });
    expect(scores.accuracy).toBeCloseTo(3 / 7, 12);
  });

  it('gives precision, recall and F1 per tag', () => {
    // assessment: 2 right of 4 predicted, 2 of 2 gold.
    expect(scores.perTag.assessment).toMatchObject({ precision: 0.5, recall: 1, support: 2, predicted: 4 });
    expect(scores.perTag.assessment?.f1).toBeCloseTo(2 / 3, 12);
    expect(scores.perTag.threat).toMatchObject({ precision: 1, recall: 0.5, support: 2, predicted: 1 });
    // position: never right, so F1 0 with no division by zero.
    expect(scores.perTag.position).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 2, predicted: 1 });
  });

  it('averages F1 over threat, assessment and position by default, or over the tags given', () => {
    const threatF1 = (2 * 1 * 0.5) / 1.5;
    expect(scores.macroF1).toBeCloseTo((threatF1 + 2 / 3 + 0) / 3, 12);
    expect(scoreTags(pairs, { macroTags: ['assessment'] }).macroF1).toBeCloseTo(2 / 3, 12);
    expect(() => scoreTags(pairs, { macroTags: [] })).toThrow(ClaimtrailError);
  });

  it('keeps the confusion matrix with missing predictions under their own label', () => {
    expect(scores.confusion).toEqual({
      threat: { threat: 1, assessment: 1 },
      assessment: { assessment: 2 },
      position: { assessment: 1, [MISSING_TAG]: 1 },
      none: { position: 1 },
    });
  });

  it('scores nothing as zero, not as an error', () => {
    expect(scoreTags([])).toMatchObject({ count: 0, accuracy: 0, macroF1: 0 });
  });

  it('formats accuracy, the per-tag table and the matrix', () => {
    const text = formatTagScores(scores);
    expect(text).toMatch(/^primary-tag accuracy 0\.429 \(3\/7, 1 with no claim\) {3}macro-F1 0\.444$/m);
    expect(text).toMatch(/^assessment +0\.500 +1\.000 +0\.667 +2 +4$/m);
    expect(text).toMatch(/^gold \\ predicted/m);
  });
});

describe('claimForSpan', () => {
  const text = 'The minister said the bridge would reopen in May. Traffic was light on Sunday.';
  const analysis = analyze({ text });

  it("takes the attributed claim whose quote's content covers the labelled span best", () => {
    const start = text.indexOf('the bridge');
    const claim = claimForSpan(analysis, start, text.indexOf('.'));
    expect(claim?.quoteIds.length).toBe(1);
    expect(claim?.text).toBe('the bridge would reopen in May');
  });

  it("falls back to the outlet's own claim of the sentence, and to nothing when nothing overlaps", () => {
    const start = text.indexOf('Traffic');
    expect(claimForSpan(analysis, start, start + 7)?.quoteIds).toEqual([]);
    expect(claimForSpan(analyze({ text: 'Hello.' }), 0, 5)).toBeUndefined();
  });
});

describe('TagLabel', () => {
  it('accepts a labelled item with extra fields and refuses one without a primary tag', () => {
    expect(TagLabel.safeParse({ doc: 'd1', start: 0, end: 4, primary: 'threat', tags: ['threat'], why: 'x' }).success).toBe(true);
    expect(TagLabel.safeParse({ doc: 'd1', start: 0, end: 4 }).success).toBe(false);
  });
});
