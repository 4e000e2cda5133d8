/**
 * In a title-case headline every word is capitalised, the cue too: "Port Chief Insists Delays
 * Will Be Short". A capitalised cue is no word of a name, so the description before it ("Port
 * Chief") is not read as the title of a person named "Insists Delays Will".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a capitalised cue in a title-case headline', () => {
  const analysis = analyze({ text: 'Port Chief Insists Delays Will Be Short\n\nThe dockers walked out on Monday, the union said.' });

  it('stays out of every name', () => {
    expect(analysis.mentions.filter((m) => m.text.includes('Insists'))).toEqual([]);
    expect(analysis.entities.map((e) => e.name)).not.toContain('Insists Delays Will');
  });

  it('leaves the headline statement with the description as its speaker', () => {
    const quote = analysis.quotes.find((q) => q.cue?.exact === 'Insists');
    expect(quote?.content.exact).toBe('Delays Will Be Short');
    expect(analysis.entities.find((e) => e.id === quote?.speaker?.entityId)?.name).toBe('Port Chief');
  });
});
