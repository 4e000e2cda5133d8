/**
 * "Her nephew confirmed the sale in a post on the parish website": after a cue that takes an
 * object, a noun phrase with no verb before a channel adjunct is what was named, and the channel
 * is how it was named, however long the two are together.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a channel after the object of a cue', () => {
  it('is left out of a long object', () => {
    expect(spokenQuotes('Her nephew confirmed the sale of the orchard in a post on the parish website.')).toEqual([
      { content: 'the sale of the orchard', cue: 'confirmed', speaker: 'Her nephew' },
    ]);
  });

  it('is left out after an announcement', () => {
    expect(spokenQuotes('The ferry cooperative announced the new winter timetable in a statement on Monday.')).toEqual([
      { content: 'the new winter timetable', cue: 'announced', speaker: 'The ferry cooperative' },
    ]);
  });

  it('stays inside a clause with a verb of its own', () => {
    expect(spokenQuotes('The ferry cooperative announced the timetable in its newsletter would change.')).toEqual([
      { content: 'the timetable in its newsletter would change', cue: 'announced', speaker: 'The ferry cooperative' },
    ]);
  });
});
