/**
 * "Police said the driver, identified as Rob Keel, 45, was taken to a hospital": an age or a home
 * town set off by commas after the name in a participle's aside goes on with the name, so the
 * reported clause resumes after them with its verb.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an age or a home town after the name in an aside on the subject', () => {
  it('keeps the reported clause whole after an age', () => {
    expect(spokenQuotes('Deputies said the driver, identified as Rob Keel, 45, was taken to a hospital.')).toEqual([
      { content: 'the driver, identified as Rob Keel, 45, was taken to a hospital', cue: 'said', speaker: 'Deputies' },
    ]);
  });

  it('keeps it whole after an age and a home town', () => {
    expect(spokenQuotes('Police said the victim, identified as Dana Pruitt, 29, of Lorrin Falls, died at the scene.')).toEqual([
      { content: 'the victim, identified as Dana Pruitt, 29, of Lorrin Falls, died at the scene', cue: 'said', speaker: 'Police' },
    ]);
  });

});
