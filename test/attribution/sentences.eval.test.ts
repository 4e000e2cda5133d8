/**
 * A regression set of 200 invented sentences in the style of US political news
 * (`test/fixtures/attribution-sentences.txt`), each with the attributions an annotator following
 * the PolNeAR conventions would mark: appositives on speakers, several statements in a sentence,
 * "according to" in every position, passives, modals, negation, questions, particles, quoted
 * fragments, polls and anonymous sources. The library's own scorer grades `analyze` on it; an
 * attribution that annotators may or may not mark (a statement nested in another, a topic) is
 * optional: finding it costs nothing, missing it costs nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, scoreAttributions, toAttributionDocument, type AttributionDocument, type AttributionRecord } from '../../src/index.js';

/** The floor for attribution F1 on the set: the figure reached, less 0.02. */
const ATTRIBUTION_F1_FLOOR = 0.85;

interface Expected {
  readonly required: boolean;
  readonly record: AttributionRecord;
}

/** The record for "content || cue || speaker" in `text`; "A ... B" is one span from A through B. */
function recordOf(text: string, fields: string): AttributionRecord {
  const [content = '', cue = '', speaker = ''] = fields.split(' || ');
  const parts = content.split(' ... ');
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const start = text.indexOf(first);
  const end = parts.length > 1 ? text.indexOf(last, start) + last.length : start + content.length;
  const speakerStart = text.indexOf(speaker);
  const cueWord = cue.split(' ')[0] ?? cue;
  const cueStart = text.indexOf(cueWord);
  if (start < 0 || end < start || speakerStart < 0) throw new Error(`expectation not found in "${text}": ${fields}`);
  return {
    start,
    end,
    speakerStart,
    speakerEnd: speakerStart + speaker.length,
    cueStart: cueStart < 0 ? null : cueStart,
    cueEnd: cueStart < 0 ? null : cueStart + cueWord.length,
  };
}

/** The sentences of the fixture, each with its expected attributions. */
function readCases(): { text: string; expected: Expected[] }[] {
  const lines = readFileSync(new URL('../fixtures/attribution-sentences.txt', import.meta.url), 'utf8').split('\n');
  const cases: { text: string; expected: Expected[] }[] = [];
  for (const line of lines) {
    if (line.startsWith('S ')) cases.push({ text: line.slice(2).replace(/⏎/g, '\n'), expected: [] });
    else if (line.startsWith('E ') || line.startsWith('O ')) {
      const current = cases[cases.length - 1];
      if (current === undefined) throw new Error(`an expectation before any sentence: ${line}`);
      current.expected.push({ required: line.startsWith('E '), record: recordOf(current.text, line.slice(2).replace(/⏎/g, '\n')) });
    }
  }
  return cases;
}

function overlaps(a: AttributionRecord, b: AttributionRecord): boolean {
  return a.start < b.end && b.start < a.end;
}

describe('invented political-news sentences', () => {
  const cases = readCases();
  const gold: AttributionDocument[] = [];
  const predicted: AttributionDocument[] = [];
  cases.forEach((c, index) => {
    const id = `s${index + 1}`;
    const required = c.expected.filter((e) => e.required).map((e) => e.record);
    const optional = c.expected.filter((e) => !e.required).map((e) => e.record);
    const prediction = toAttributionDocument(analyze({ id, text: c.text }));
    // A prediction of an optional attribution, and nothing required, is left out of the scoring.
    const quotes = prediction.quotes.filter((q) => required.some((r) => overlaps(q, r)) || !optional.some((o) => overlaps(q, o)));
    gold.push({ id, text: c.text, quotes: required });
    predicted.push({ ...prediction, quotes });
  });

  it('holds 200 sentences, every expectation found in its sentence', () => {
    expect(cases).toHaveLength(200);
    expect(gold.reduce((n, d) => n + d.quotes.length, 0)).toBeGreaterThan(200);
  });

  it(`reaches attribution F1 ${ATTRIBUTION_F1_FLOOR} or more`, () => {
    const scores = scoreAttributions(gold, predicted);
    console.log(`invented sentences: attribution F1 ${scores.attribution.f1.toFixed(3)} (P ${scores.attribution.p.toFixed(3)}, R ${scores.attribution.r.toFixed(3)})`);
    expect(scores.attribution.f1).toBeGreaterThanOrEqual(ATTRIBUTION_F1_FLOOR);
  });
});
