/**
 * "Police said two men were held; a third was freed, officials added": the clause before the
 * semicolon has a source of its own, so the statement of the cue after the second clause is that
 * clause alone, and the first statement is kept.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a clause after a semicolon that follows another statement', () => {
  it('gives each clause its own source', () => {
    const quotes = resolvedQuotes('Police said two drivers were held at the depot on Friday; a third was later freed, officials added.');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({ content: 'two drivers were held at the depot on Friday', cue: 'said', speaker: 'Police' });
    expect(quotes[1]).toMatchObject({ content: 'a third was later freed', cue: 'added', speaker: 'officials' });
  });

  it('keeps both clauses when no source stands before the semicolon', () => {
    const quotes = resolvedQuotes('Two drivers were held at the depot; a third was later freed, officials added.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ content: 'Two drivers were held at the depot; a third was later freed', cue: 'added', speaker: 'officials' });
  });
});
