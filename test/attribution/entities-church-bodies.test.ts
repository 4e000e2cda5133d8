/**
 * "The diocese said ...", "the parish said", "the synod voted": the bodies of a church are
 * organizations, not people.
 */
import { describe, expect, it } from 'vitest';
import { typedQuotes } from './found-quotes.js';

describe('the bodies of a church', () => {
  it('are organizations', () => {
    expect(typedQuotes('The diocese said the homily had been misread.')).toEqual([{ content: 'the homily had been misread', cue: 'said', speaker: 'The diocese', kind: 'organization' }]);
    expect(typedQuotes('The parish said the roof would be mended by spring.')).toEqual([{ content: 'the roof would be mended by spring', cue: 'said', speaker: 'The parish', kind: 'organization' }]);
    expect(typedQuotes('The synod said it would meet again in May.')).toEqual([{ content: 'it would meet again in May', cue: 'said', speaker: 'The synod', kind: 'organization' }]);
  });
});
