/**
 * A fronted question put to the speaker ("Asked what he will do next, he laughs.") is no content
 * of the verb after it; and a county, a city or a town that speaks is a government, so that "it"
 * after it can stand for it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a fronted question put to the speaker', () => {
  it('is read as the question, not as what a verb of manner reports', () => {
    const quotes = analyze({ text: 'Asked what he will do next, he laughs.' }).quotes;
    expect(quotes.map((quote) => [quote.content.exact, quote.cue?.exact, quote.rules[0]])).toEqual([['what he will do next', 'Asked', 'asked']]);
  });

  it('leaves a statement whose content only starts with it whole', () => {
    const quotes = analyze({ text: 'Asked about the levy, Lind said it was fair — no better, he said, than the old toll.' }).quotes;
    expect(quotes.map((quote) => quote.content.exact)).toContain('no better, he said, than the old toll');
  });
});

describe('a local government that speaks', () => {
  it('is a government, by its head word or its name', () => {
    const kinds = (text: string) => analyze({ text }).entities.map((entity) => [entity.name, entity.kind]);
    expect(kinds('The county said the bridge would cost $84 million.')).toEqual([['The county', 'government']]);
    expect(kinds('Harris County said the bridge would open in May.')).toEqual([['Harris County', 'government']]);
  });

  it('is what "it" stands for after it', () => {
    const analysis = analyze({ text: 'The city of Port Alder is suing the ferry line. The city sent a letter on Thursday. It says the line broke its contract.' });
    const says = analysis.quotes.find((quote) => quote.cue?.exact === 'says');
    expect(analysis.entities.find((entity) => entity.id === says?.speaker?.entityId)?.kind).toBe('government');
  });
});
