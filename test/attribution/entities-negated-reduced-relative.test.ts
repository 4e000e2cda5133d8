/**
 * A source may be set apart by a negated reduced relative ("a geneticist not involved in the
 * study", "aides not briefed on the plan"): the phrase runs through it to the noun before "not",
 * as it does for "involved in" alone, and the entity is named by that noun.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a source "not involved in" a matter', () => {
  it('takes the whole description as the speaker and its head as the entity', () => {
    expect(resolvedQuotes('A geneticist not involved in the study said the sample was small.')).toEqual([
      { content: 'the sample was small', cue: 'said', speaker: 'A geneticist not involved in the study', entity: 'A geneticist', mode: 'indirect' },
    ]);
    expect(resolvedQuotes('Two aides not briefed on the plan said they were surprised.')[0]).toMatchObject({
      content: 'they were surprised',
      cue: 'said',
      speaker: 'Two aides not briefed on the plan',
    });
  });

  it('leaves a negated predicate in what is said alone', () => {
    expect(resolvedQuotes('Dr. Vesna Orrell said the clinic was not involved in the trial.')).toEqual([
      { content: 'the clinic was not involved in the trial', cue: 'said', speaker: 'Dr. Vesna Orrell', entity: 'Vesna Orrell', mode: 'indirect' },
    ]);
  });
});
