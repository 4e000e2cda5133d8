/**
 * A verb that reports speech only after its content ("..., she continued") attributes in a plain
 * past or present; after a modal or a "to" ("the strike would continue", "is likely to
 * continue") it keeps its own sense, and the clause before its subject is no statement of it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a verb of saying only after its content, with a modal or "to" before it', () => {
  it('is no cue after a modal', () => {
    expect(quotesIn('The dockers warned that without a pay deal, the walkout would continue.')).toEqual([
      { content: 'without a pay deal, the walkout would continue', cue: 'warned', speaker: 'The dockers' },
    ]);
  });

  it('is no cue after an adjective and "to"', () => {
    expect(quotesIn('Corla Fenn argued that after the thaw, the floods were likely to continue.')).toEqual([
      { content: 'after the thaw, the floods were likely to continue', cue: 'argued', speaker: 'Corla Fenn' },
    ]);
  });

  it('still attributes in a plain past', () => {
    expect(quotesIn('The ferry fares were too high, Corla Fenn continued.')).toEqual([
      { content: 'The ferry fares were too high', cue: 'continued', speaker: 'Corla Fenn' },
    ]);
  });
});
