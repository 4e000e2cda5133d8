/**
 * "A survey released in May found that ...": "May" with a capital after a word in lower case is
 * the month, not the modal, so the cue after it is a finite verb with the phrase for its subject
 * ("may found" would read a bare verb after a modal). At a sentence's start "May" may still be
 * the modal.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('the month "May" before a cue', () => {
  it('leaves the cue a finite verb', () => {
    expect(spokenQuotes('A survey released in May found that most tenants paid more.')).toEqual([
      { content: 'most tenants paid more', cue: 'found', speaker: 'A survey released in May' },
    ]);
  });

  it('leaves the cue a finite verb after a body named before the month', () => {
    expect(spokenQuotes('A study by Orlin College in May found that ferries ran late.')).toEqual([
      { content: 'ferries ran late', cue: 'found', speaker: 'A study by Orlin College in May' },
    ]);
  });
});
