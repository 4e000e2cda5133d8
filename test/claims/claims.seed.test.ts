/**
 * The seed article's claims against its gold: the primary tag of each of the 18 gold statements
 * (gold `tags[0]`), and the facts a later comparison depends on: the condition of Putin's
 * warning, the "19-point" and "five hours" quantities, and "yesterday" resolved against the
 * publication date.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/index.js';
import { quoteMatching, seedAnalysis as analysis, seedGold as gold, type GoldQuote } from '../fixtures/seed.js';

/** The claim built from the quote that matches a gold statement at the scorer's 0.8. */
function claimFor(quote: GoldQuote): Claim | undefined {
  const found = quoteMatching(quote);
  return found === undefined ? undefined : analysis.claims.find((c) => c.quoteIds.includes(found.id));
}

describe('seed article: the tags of the 18 gold statements', () => {
  it('has 18 gold statements, each with a tag', () => {
    expect(gold.quotes).toHaveLength(18);
    for (const quote of gold.quotes) expect(quote.tags.length).toBeGreaterThan(0);
  });

  it.each(gold.quotes.map((quote, index) => [index + 1, quote.tags[0], quote.quoteText.slice(0, 50), quote] as const))('#%i is %s: “%s”', (_i, tag, _words, quote) => {
    const claim = claimFor(quote);
    expect(claim, 'a claim for the statement').toBeDefined();
    expect(claim?.tags[0]?.tag).toBe(tag);
  });
});

describe('seed article: conditions, numbers and dates', () => {
  const claimWith = (words: string) => analysis.claims.find((c) => c.text.includes(words));

  it("keeps the condition of Putin's warning apart, and tags the warning a conditional threat", () => {
    const claim = claimWith('will end very quickly for Europe');
    expect(claim?.condition?.text).toBe('if European nations choose to go to war with Russia');
    expect(claim?.tags.map((t) => t.tag).slice(0, 2)).toEqual(['threat', 'threat/conditional']);
    expect(claim?.speakerId).toBe(analysis.entities.find((e) => e.name === 'Vladimir Putin')?.id);
    // The warning is aimed at Europe.
    const europe = analysis.entities.find((e) => e.name === 'Europe');
    expect(europe).toBeDefined();
    expect(claim?.targetIds).toContain(europe?.id);
  });

  it('reads the 19-point draft as 19 points counting a draft', () => {
    const claim = claimWith('19-point');
    expect(claim?.numbers).toEqual(expect.arrayContaining([expect.objectContaining({ value: 19, unit: 'point', noun: 'draft', qualifier: 'exact' })]));
  });

  it("reads the outlet's own 'five hours' as 5 hours", () => {
    const claim = claimWith('five hours');
    expect(claim?.quoteIds).toEqual([]);
    expect(claim?.numbers).toEqual([expect.objectContaining({ text: expect.stringContaining('five hours'), value: 5, unit: 'hour' })]);
  });

  it('resolves "yesterday" against the publication date', () => {
    const claim = claimWith('held yesterday');
    expect(claim?.dates).toEqual([expect.objectContaining({ text: 'yesterday', value: '2025-12-03', relative: true, resolved: true })]);
  });

  it("marks the negation of Ushakov's answer", () => {
    const claim = claimWith('hasn’t moved further away');
    expect(claim?.polarity).toBe('negative');
    expect(claim?.negation?.exact).toBe('hasn’t');
  });

  it("resolves Zelensky's 'he' to Zelensky without changing the text", () => {
    const claim = claimWith('he was prepared to receive');
    const zelensky = analysis.entities.find((e) => e.name === 'Volodymyr Zelensky');
    expect(claim?.references[0]).toMatchObject({ text: 'he', kind: 'pronoun', entityId: zelensky?.id });
    expect(claim?.text.startsWith('he was prepared')).toBe(true);
  });

  it("gives the outlet's own claims an outlet entity as speaker", () => {
    const own = analysis.claims.filter((c) => c.quoteIds.length === 0);
    expect(own.length).toBeGreaterThan(3);
    const outlet = analysis.entities.find((e) => e.id === own[0]?.speakerId);
    expect(outlet).toMatchObject({ kind: 'outlet', name: 'unnamed outlet' });
    for (const claim of own) expect(claim.speakerId).toBe(outlet?.id);
  });
});
