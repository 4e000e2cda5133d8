/**
 * "Sims said her son lived in the unit, where, she said, it was hot.": "where" or "when" set off
 * before a parenthetical attribution opens what that attribution reports, as "which" does; the
 * statement before it ends at the comma before the relative word. Before, the parenthetical
 * statement ran back over the whole sentence, and the first ended on "where".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"where" or "when" before a parenthetical attribution', () => {
  it('opens the parenthetical statement after "where"', () => {
    expect(spokenQuotes('Osei said the guards slept in the tower, where, he said, the heaters had failed.')).toEqual([
      { content: 'the guards slept in the tower', cue: 'said', speaker: 'Osei' },
      { content: 'where, he said, the heaters had failed', cue: 'said', speaker: 'he' },
    ]);
  });

  it('opens the parenthetical statement after "when"', () => {
    expect(spokenQuotes('Osei said the fence went up in 2019, when, she said, the thefts began.')).toEqual([
      { content: 'the fence went up in 2019', cue: 'said', speaker: 'Osei' },
      { content: 'when, she said, the thefts began', cue: 'said', speaker: 'she' },
    ]);
  });

  it('leaves a relative clause with no attribution in the content', () => {
    expect(spokenQuotes('Osei said the guards slept in the tower, where the heaters had failed.')).toEqual([
      { content: 'the guards slept in the tower, where the heaters had failed', cue: 'said', speaker: 'Osei' },
    ]);
  });
});
