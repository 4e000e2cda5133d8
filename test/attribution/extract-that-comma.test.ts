/**
 * An adjunct set off by commas right after "that" belongs to what was said, but the comma that
 * opens it does not.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a comma right after "that"', () => {
  it('is left out of what was said', () => {
    expect(quotesIn('Kell said that, after the storm, the dam would hold.')).toEqual([
      { content: 'after the storm, the dam would hold', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('is left out before an aside of view too', () => {
    expect(quotesIn('Ana Lind argued that, in her view, the ferry should run all year.')).toEqual([
      { content: 'in her view, the ferry should run all year', cue: 'argued', speaker: 'Ana Lind' },
    ]);
  });
});
