/**
 * "Kell said not all growers agree with the plan.": "not" before a quantifier ("all", "every",
 * "everyone", "one") opens the subject of the clause said. Before, the cue found no content and
 * only the inner "agree with" was read, with "all growers" for its speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a clause said whose subject opens with "not"', () => {
  it('is the content of the cue', () => {
    expect(spokenQuotes('Osei said not all wardens agree with the new rota.')).toEqual([{ content: 'not all wardens agree with the new rota', cue: 'said', speaker: 'Osei' }]);
    expect(spokenQuotes('Osei said not one guard had been hurt.')).toEqual([{ content: 'not one guard had been hurt', cue: 'said', speaker: 'Osei' }]);
  });

  it('leaves a negated intention as it was', () => {
    expect(spokenQuotes('Osei vowed not to close the wing.')).toEqual([{ content: 'not to close the wing', cue: 'vowed', speaker: 'Osei' }]);
  });
});
