/**
 * Stands taken on a plan ("agreed on a plan", "signed off on the deal"), assertions in a noun
 * phrase ("proclaimed her innocence") and attacks ("trashed the deal").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"agreed on", "signed off on", "proclaimed" and "trashed"', () => {
  it('reads the plan agreed on or signed off on', () => {
    expect(quotesIn('The growers agreed on a plan for the harbor.')).toEqual([
      { content: 'a plan for the harbor', cue: 'agreed on', speaker: 'The growers' },
    ]);
    expect(quotesIn('Ruiz signed off on the ferry deal.')).toEqual([{ content: 'the ferry deal', cue: 'signed off on', speaker: 'Ruiz' }]);
  });

  it('reads what is proclaimed or attacked', () => {
    expect(quotesIn('Lind proclaimed her innocence.')).toEqual([{ content: 'her innocence', cue: 'proclaimed', speaker: 'Lind' }]);
    expect(quotesIn('Kell trashed the barge deal.')).toEqual([{ content: 'the barge deal', cue: 'trashed', speaker: 'Kell' }]);
  });
});
