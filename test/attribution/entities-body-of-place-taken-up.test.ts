/**
 * "The Legal Aid Society of Norvale said ... The group said ...": a body's name with "of" and a
 * place is a proper name, so "the group" after it takes it up as it does a body named without
 * "of" ("Harbor Rights Union said ... The group said").
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a body named with "of" and a place', () => {
  it('is taken up by "the group"', () => {
    expect(attributedQuotes('On Monday, the Civil Rights Union of Norvale announced that it would sue. The group said the ban was illegal.')).toEqual([
      { content: 'it would sue', cue: 'announced', speaker: 'the Civil Rights Union of Norvale', entity: 'the Civil Rights Union of Norvale' },
      { content: 'the ban was illegal', cue: 'said', speaker: 'The group', entity: 'the Civil Rights Union of Norvale' },
    ]);
  });
});
