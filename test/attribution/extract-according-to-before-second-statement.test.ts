/**
 * "According to the audit, costs rose in May, and engineers said the spillway leaks": a fronted
 * "according to" sources the whole clause after it, and a clause after a comma and "and" or "but"
 * with a subject and a cue of its own is read as well, a second statement inside the sourced one.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a fronted "according to" before a second statement joined by "and"', () => {
  it('reads the second statement inside the sourced clause', () => {
    expect(spokenQuotes('According to the audit, costs rose by a third in May, and engineers at the utility said the spillway leaks.')).toEqual([
      { content: 'costs rose by a third in May, and engineers at the utility said the spillway leaks', cue: 'According to', speaker: 'the audit' },
      { content: 'the spillway leaks', cue: 'said', speaker: 'engineers at the utility' },
    ]);
  });

  it('reads nothing more after "and" without a cue of its own', () => {
    expect(spokenQuotes('According to the audit, costs rose by a third in May, and the board ignored the warning.')).toEqual([
      { content: 'costs rose by a third in May, and the board ignored the warning', cue: 'According to', speaker: 'the audit' },
    ]);
  });
});
