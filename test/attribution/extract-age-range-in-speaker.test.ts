/**
 * "Eleven pupils aged 12 to 17 said ...", "Two climbers aged 28 and 35 said ...": a range or a
 * pair of ages after "aged" belongs to the speaker's phrase; before, the last number was read as
 * the head of a phrase of its own and was the speaker. The head before "aged" gives the kind, so
 * the pupils are a group.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { spokenQuotes } from './found-quotes.js';

describe('an age range after "aged" in a speaker\'s phrase', () => {
  it('keeps a range with "to" in the phrase', () => {
    expect(spokenQuotes('Eleven pupils aged 12 to 17 said the new bus route was unsafe.')).toEqual([{ content: 'the new bus route was unsafe', cue: 'said', speaker: 'Eleven pupils aged 12 to 17' }]);
  });

  it('keeps a pair of ages with "and" in the phrase', () => {
    expect(spokenQuotes('Two climbers aged 28 and 35 said the ridge had collapsed.')).toEqual([{ content: 'the ridge had collapsed', cue: 'said', speaker: 'Two climbers aged 28 and 35' }]);
  });

  it('reads the plural head before "aged" as a group', () => {
    const kinds = analyze({ text: 'Eleven pupils aged 12 to 17 said the new bus route was unsafe.' }).entities.map((entity) => `${entity.name} (${entity.kind})`);
    expect(kinds).toContain('Eleven pupils aged 12 to 17 (group)');
  });

  it('leaves a range of figures in what was said alone', () => {
    expect(spokenQuotes('The fare rose from 12 to 17 dollars, officials said.')).toEqual([{ content: 'The fare rose from 12 to 17 dollars', cue: 'said', speaker: 'officials' }]);
  });
});
