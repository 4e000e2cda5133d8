/**
 * A quotation after a colon or a dash that closes on a comma and is followed by an attribution of
 * its own ("“...,” he wrote") is a statement of its own: the reported clause before it ends at the
 * colon or the dash.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quotation with its own attribution after a colon', () => {
  it('ends the reported clause at the colon', () => {
    expect(quotesIn('Kell said the ledger search could wait a week: "My desk is full today, sorry," he wrote.')).toEqual([
      { content: 'the ledger search could wait a week', cue: 'said', speaker: 'Kell' },
      { content: '"My desk is full today, sorry,"', cue: 'wrote', speaker: 'he' },
    ]);
  });

  it('ends it at a dash too', () => {
    expect(quotesIn('Kell said the plan was dead — "We cannot wait any longer," he added.')).toEqual([
      { content: 'the plan was dead', cue: 'said', speaker: 'Kell' },
      { content: '"We cannot wait any longer,"', cue: 'added', speaker: 'he' },
    ]);
  });

  it('keeps a quotation without an attribution of its own in the clause', () => {
    expect(quotesIn('Kell said the ledger could wait: "My desk is full today."')).toEqual([
      { content: 'the ledger could wait: "My desk is full today."', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
