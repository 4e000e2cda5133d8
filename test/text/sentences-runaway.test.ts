/**
 * A run of text without a sentence end is cut into pieces of at most MAX_SENTENCE_TOKENS tokens,
 * at the last sentence mark or pause of each piece's second half, so that analysis of a list, a
 * transcript or a scrape without punctuation takes time in proportion to its length.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { segmentText } from '../../src/text/document.js';
import { MAX_SENTENCE_TOKENS } from '../../src/text/sentences.js';

/** Checks that the sentences cover every token once, in order, and that none is too long. */
function expectTiled(text: string): ReturnType<typeof segmentText> {
  const doc = segmentText(text);
  let next = 0;
  for (const sentence of doc.sentences) {
    expect(sentence.firstToken).toBe(next);
    expect(sentence.endToken - sentence.firstToken).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    next = sentence.endToken;
  }
  expect(next).toBe(doc.tokens.length);
  return doc;
}

describe('runaway sentences', () => {
  it('leaves ordinary sentences whole', () => {
    const doc = expectTiled('The council met on Monday. It voted, after a long debate, to close the pool.');
    expect(doc.sentences).toHaveLength(2);
  });

  it('cuts a list without a period after a comma, into pieces no longer than the limit', () => {
    const text = Array.from({ length: 900 }, (_, i) => `item ${i} was sold`).join(', ');
    const doc = expectTiled(text);
    expect(doc.sentences.length).toBeGreaterThan(3);
    for (const sentence of doc.sentences.slice(0, -1)) expect(doc.tokens[sentence.endToken - 1]?.text).toBe(',');
  });

  it('cuts a long quotation of many sentences after one of its own sentence ends', () => {
    const quoted = Array.from({ length: 300 }, (_, i) => `Point ${i} stands.`).join(' ');
    const doc = expectTiled(`“${quoted}” the mayor said.`);
    expect(doc.sentences.length).toBeGreaterThan(1);
    expect(doc.tokens[(doc.sentences[0]?.endToken ?? 0) - 1]?.text).toBe('.');
  });

  it('cuts a run of words without any mark at the limit itself', () => {
    const doc = expectTiled(Array.from({ length: 2500 }, () => 'word').join(' '));
    expect(doc.sentences.map((sentence) => sentence.endToken - sentence.firstToken)).toEqual([1000, 1000, 500]);
  });

  it('still finds the statements of a runaway sentence', () => {
    const text = Array.from({ length: 3000 }, () => 'Ana Lind said the vote passed').join(', ');
    const { quotes } = analyze({ text });
    // One statement per clause but at most one per cut, where a clause may lose its speaker.
    expect(quotes.length).toBeGreaterThanOrEqual(3000 - Math.ceil(text.length / 5 / MAX_SENTENCE_TOKENS));
    for (const quote of quotes) expect(quote.content.exact).toBe('the vote passed');
  });
});
