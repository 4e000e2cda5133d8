/**
 * "“We are ready,” was all Lind would say.": a quotation, then "was all" (or "is all"), the
 * speaker and the cue at the sentence's end; the quotation is what the speaker said.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes, spokenQuotes } from './found-quotes.js';

describe('a quotation that "was all" someone said', () => {
  it('gives the quotation to the speaker after "was all"', () => {
    expect(spokenQuotes('"We are ready," was all Lind would say.')).toEqual([{ content: '"We are ready,"', cue: 'say', speaker: 'Lind' }]);
    expect(spokenQuotes('“Not today,” was all the minister would say.')).toEqual([{ content: '“Not today,”', cue: 'say', speaker: 'the minister' }]);
  });

  it('resolves a pronoun speaker', () => {
    const found = resolvedQuotes('Mayor Ana Ruiz left the hall early. "No," is all she said.');
    expect(found).toEqual([{ content: '"No,"', cue: 'said', speaker: 'she', entity: 'Ana Ruiz', mode: 'direct' }]);
  });

  it('reads nothing without a quotation', () => {
    expect(spokenQuotes('That was all Lind would say.')).toEqual([]);
  });
});
