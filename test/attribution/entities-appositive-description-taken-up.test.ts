/**
 * "One of the tenants, a retired welder, said ... The welder added ...": an indefinite description
 * set off after an unnamed speaker introduces that same person, so a later definite description
 * with its head resolves to the speaker instead of becoming an entity of its own.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a description in apposition to an unnamed speaker', () => {
  it('lets a later definite description with its head take the speaker up', () => {
    expect(attributedQuotes('Several tenants came to the hearing. One of them, a retired welder, said the boiler had failed twice. The welder added that the landlord never called back.')).toEqual([
      { content: 'the boiler had failed twice', cue: 'said', speaker: 'One of them, a retired welder', entity: 'One of them' },
      { content: 'the landlord never called back', cue: 'added', speaker: 'The welder', entity: 'One of them' },
    ]);
  });

  it('leaves a definite description with another head to itself', () => {
    expect(attributedQuotes('One of them, a retired welder, said the boiler had failed twice. The nurse added that the landlord never called back.')).toEqual([
      { content: 'the boiler had failed twice', cue: 'said', speaker: 'One of them, a retired welder', entity: 'One of them' },
      { content: 'the landlord never called back', cue: 'added', speaker: 'The nurse', entity: 'The nurse' },
    ]);
  });
});
