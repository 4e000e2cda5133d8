/**
 * "Will" with a capital before a word in lower case is a name, not the modal: inside running text
 * the modal is written in lower case, and in a title the verb after it has a capital too.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"Will" as a name before the cue', () => {
  it('reads "Will" alone as the speaker of a postposed quotation', () => {
    expect(quotesIn('"The dam must go," Will wrote.')).toEqual([{ content: '"The dam must go,"', cue: 'wrote', speaker: 'Will' }]);
  });

  it('reads "Will" as the speaker after a fronted phrase', () => {
    expect(quotesIn('With the storm coming, Will believes the mayor has a chance to lead.')).toEqual([
      { content: 'the mayor has a chance to lead', cue: 'believes', speaker: 'Will' },
    ]);
  });

  it('keeps "Will" as the last word of a full name', () => {
    expect(quotesIn('Columnist Gregor Will wrote that the plan was doomed.')).toEqual([
      { content: 'the plan was doomed', cue: 'wrote', speaker: 'Columnist Gregor Will' },
    ]);
  });

  it('still reads a capitalised modal in a title as the modal', () => {
    expect(quotesIn('Harbor Board Will Welcome Boats Fleeing the Storm.')).toEqual([
      { content: 'Boats Fleeing the Storm', cue: 'Welcome', speaker: 'Harbor Board' },
    ]);
  });
});
