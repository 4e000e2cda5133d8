import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AttributionDocument,
  type AttributionRecord,
  type AttributionScores,
  ClaimtrailError,
  formatAttributionScores,
  scoreAttributions,
  toAttributionDocument,
} from '../../src/index.js';
import { analysis, quote, text as fixtureText } from '../fixtures/models.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'eval');
const goldPath = join(fixtures, 'gold.json');
const predPath = join(fixtures, 'pred.json');
const load = (path: string) => AttributionDocument.array().parse(JSON.parse(readFileSync(path, 'utf8')));

// The fixture, case by case (gold → prediction):
// - council: "that the bridge would reopen in May" → "the bridge would reopen in May." (the same
//   span once "that " and the full stop are trimmed) with the wrong speaker; a quoted sentence
//   matched exactly with the right speaker; an exact match whose predicted speaker is missing.
// - storm: a gold quote nobody predicted; a prediction covering 0.89 of its gold span (a match
//   at 0.8); a quoted prediction covering 0.68 of its gold span (a match at 0.3 only).
// - count: no speaker on either side (right); two predictions of one gold span (the exact one
//   wins one to one, the other is a false positive); two predictions with equal overlap of one
//   gold span, where Python's reverse sort takes the later one, whose speaker is missing.
// - strike: gold only, no predicted document (one quoted quote, one unquoted).
// - elsewhere: predicted only, ignored.
const gold = load(goldPath);
const predicted = load(predPath);

describe('scoreAttributions', () => {
  const scores = scoreAttributions(gold, predicted);

  it('counts documents and attributions as the reference scorer does', () => {
    expect(scores).toMatchObject({ docs: 4, missingDocs: 1, gold: 11, predicted: 10 });
  });

  it('matches content spans one to one after trimming, at 0.3, 0.8 and exactly', () => {
    // 8 of 10 predictions match at 0.3, 7 at 0.8 (not the 0.68 one), 6 exactly (not the 0.89 one).
    expect(scores.content03).toEqual({ p: 0.8, r: 0.7273, f1: 0.7619 });
    expect(scores.content08).toEqual({ p: 0.7, r: 0.6364, f1: 0.6667 });
    expect(scores.contentExact).toEqual({ p: 0.6, r: 0.5455, f1: 0.5714 });
  });

  it('judges speakers and cues among the matches at 0.8', () => {
    // Right speakers: "Park", the agency, both absent, "Officials" = 4 of 7; wrong cues: the
    // missing one in "count" = 6 of 7 right.
    expect(scores.speakerAccuracy).toBe(0.5714);
    expect(scores.cueAccuracy).toBe(0.8571);
    expect(scores.attribution).toEqual({ p: 0.4, r: 0.3636, f1: 0.381 });
    // Quoted: 1 right of 2 predicted, 3 gold; unquoted: 3 right of 8 predicted, 8 gold.
    expect(scores.attributionQuoted).toEqual({ p: 0.5, r: 0.3333, f1: 0.4 });
    expect(scores.attributionUnquoted).toEqual({ p: 0.375, r: 0.375, f1: 0.375 });
  });

  it('prints the reference scorer\'s summary line', () => {
    expect(formatAttributionScores(scores)).toBe(
      'attribution F1 0.381 (quoted 0.400, unquoted 0.375); content F1@0.8 0.667; speaker acc 0.571',
    );
  });

  it('judges speaker, cue and attribution at another threshold when asked, leaving content scores alone', () => {
    // At 0.3 the 0.68 quoted prediction matches too, with the right speaker and cue.
    const loose = scoreAttributions(gold, predicted, { threshold: 0.3 });
    expect(loose.content08).toEqual(scores.content08);
    expect(loose.speakerAccuracy).toBe(0.625);
    expect(loose.cueAccuracy).toBe(0.875);
    expect(loose.attribution).toEqual({ p: 0.5, r: 0.4545, f1: 0.4762 });
    expect(loose.attributionQuoted).toEqual({ p: 1, r: 0.6667, f1: 0.8 });
  });

  it('breaks ties as Python\'s reverse sort does: the later prediction first', () => {
    const text = 'Ana said the vote was fair.';
    const content = { start: 9, end: 26 };
    const right: AttributionRecord = { ...content, speakerStart: 0, speakerEnd: 3, cueStart: 4, cueEnd: 8 };
    const wrong: AttributionRecord = { ...right, speakerStart: null, speakerEnd: null };
    const doc = (quotes: AttributionRecord[]) => [{ id: 'tie', text, quotes }];
    expect(scoreAttributions(doc([right]), doc([right, wrong])).speakerAccuracy).toBe(0);
    expect(scoreAttributions(doc([right]), doc([wrong, right])).speakerAccuracy).toBe(1);
    // Two equal gold spans, one prediction: the later gold span takes it.
    expect(scoreAttributions(doc([right, wrong]), doc([right])).speakerAccuracy).toBe(0);
  });

  it('rounds exact ties to the even digit, as Python does', () => {
    // Precision 1/32 = 0.03125 exactly: Python's round gives 0.0312 where toFixed gives 0.0313.
    const text = 'a'.repeat(64);
    const none = { speakerStart: null, speakerEnd: null, cueStart: null, cueEnd: null };
    const predictedQuotes = Array.from({ length: 32 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1, ...none }));
    const result = scoreAttributions([{ id: 'd', text, quotes: [{ start: 0, end: 1, ...none }] }], [{ id: 'd', text, quotes: predictedQuotes }]);
    expect(result.content08.p).toBe(0.0312);
    expect(formatAttributionScores({ ...result, attribution: { p: 0, r: 0, f1: 0.0625 } })).toMatch(/^attribution F1 0\.062 /);
  });

  it('counts a missing document as predicting nothing, and scores nothing as 0', () => {
    const empty = scoreAttributions(gold, []);
    expect(empty).toMatchObject({ docs: 4, missingDocs: 4, gold: 11, predicted: 0, speakerAccuracy: 0 });
    expect(empty.attribution).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('throws a ClaimtrailError naming the prediction whose span is out of range', () => {
    const broken = structuredClone(predicted);
    const record = broken[1]?.quotes[0];
    if (record === undefined) throw new Error('fixture changed');
    record.end = 10_000;
    expect(() => scoreAttributions(gold, broken)).toThrow(ClaimtrailError);
    expect(() => scoreAttributions(gold, broken)).toThrow(/\[1\]\.quotes\[0\]: span \d+\.\.10000 of document "storm" is out of range/);
    expect(() => scoreAttributions(gold, predicted, { threshold: 1.5 })).toThrow(/threshold must be a number from 0 to 1/);
  });

  const scorer = join(root, '..', 'shared', 'eval', 'score.py');
  const hasPython = existsSync(scorer) && spawnSync('python3', ['--version']).status === 0;

  it.skipIf(!hasPython)('agrees with the reference scorer on every metric', () => {
    const reference = JSON.parse(execFileSync('python3', [scorer, goldPath, predPath, '--json'], { encoding: 'utf8' })) as Record<string, unknown>;
    const ours: Record<keyof AttributionScores, unknown> = {
      docs: reference['docs'],
      missingDocs: reference['missing_docs'],
      gold: reference['gold'],
      predicted: reference['predicted'],
      content03: reference['content@0.3'],
      content08: reference['content@0.8'],
      contentExact: reference['content@exact'],
      speakerAccuracy: reference['speaker_acc@0.8'],
      cueAccuracy: reference['cue_acc@0.8'],
      attribution: reference['attribution'],
      attributionQuoted: reference['attribution_quoted'],
      attributionUnquoted: reference['attribution_unquoted'],
    };
    for (const [name, expected] of Object.entries(ours)) {
      const actual = scores[name as keyof AttributionScores];
      if (typeof actual === 'number') expect(actual, name).toBeCloseTo(expected as number, 3);
      else for (const key of ['p', 'r', 'f1'] as const) expect(actual[key], `${name}.${key}`).toBeCloseTo((expected as Record<string, number>)[key] ?? NaN, 3);
    }
  });
});

describe('AttributionDocument', () => {
  it('accepts and drops fields it does not know, such as a gold file\'s notes and tags', () => {
    expect(gold[0]).not.toHaveProperty('note');
    expect(gold[2]?.quotes[0]).not.toHaveProperty('tags');
    const seeds = readFileSync(join(root, 'seeds', '2025-12-04-us-russia-talks.gold.json'), 'utf8');
    expect(AttributionDocument.array().safeParse(JSON.parse(seeds)).success).toBe(true);
  });

  it('rejects a content span outside the text, naming its path', () => {
    const result = AttributionDocument.safeParse({ id: 'd', text: 'short', quotes: [{ start: 0, end: 9, speakerStart: null, speakerEnd: null, cueStart: null, cueEnd: null }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['quotes', 0, 'end']);
  });
});

describe('toAttributionDocument', () => {
  it('writes each quote\'s content, speaker and cue spans in the evaluation format', () => {
    const document = toAttributionDocument(analysis);
    expect(document).toEqual({
      id: 'src-fixture',
      text: fixtureText,
      publishedAt: '2025-03-04',
      quotes: [
        {
          quoteText: 'the port would reopen "within 48 hours" if the storm passed',
          start: quote.content.span.start,
          end: quote.content.span.end,
          mode: 'mixed',
          speaker: 'Minister Ana Ortiz',
          speakerStart: 0,
          speakerEnd: 18,
          cue: 'said',
          cueStart: 19,
          cueEnd: 23,
        },
      ],
    });
    expect(AttributionDocument.parse(document)).toEqual(document);
  });

  it('writes null for a missing speaker and cue, and scores a perfect copy as perfect', () => {
    const { speaker: _speaker, cue: _cue, ...bare } = quote;
    const document = toAttributionDocument({ ...analysis, quotes: [bare] });
    expect(document.quotes[0]).toMatchObject({ speaker: null, speakerStart: null, speakerEnd: null, cue: null, cueStart: null, cueEnd: null });
    expect(scoreAttributions([document], [document]).attribution).toEqual({ p: 1, r: 1, f1: 1 });
  });
});
