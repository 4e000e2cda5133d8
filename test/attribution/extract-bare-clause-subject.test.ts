/**
 * A verb of saying that needs "that" ("wrote", "stated") still takes a clause without it when
 * its subject and finite verb come at once: an existential "there" ("stating there was a
 * benefit") or a short subject phrase opened by an article or a name before a form of "be",
 * "have" or a modal ("stated Kell and her aides were careless"). A possessive opens what was
 * written, not a subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a bare clause after a verb that needs "that"', () => {
  it('reads an existential "there" after a participle', () => {
    expect(quotesIn('Mayor Kell welcomed the vote, stating there was real value in having the ferry back.').filter((q) => q.cue === 'stating')).toEqual([
      { content: 'there was real value in having the ferry back', cue: 'stating', speaker: 'Mayor Kell' },
    ]);
  });

  it('reads a subject of a name and a phrase joined by "and"', () => {
    expect(quotesIn('Auditor Ana Ruiz stated Kell and her aides were careless with the harbor files.')).toEqual([
      { content: 'Kell and her aides were careless with the harbor files', cue: 'stated', speaker: 'Auditor Ana Ruiz' },
    ]);
  });

  it('leaves a possessive phrase, what was written', () => {
    expect(quotesIn('That a rival town wrote its charter was never forgotten.')).toEqual([]);
  });
});
