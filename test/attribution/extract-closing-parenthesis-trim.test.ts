/**
 * "(On Friday she said she would shut the depot.)": a closing parenthesis whose opening one stands
 * before what was said is the writer's, and is trimmed from the content's end with the period
 * before it; one opened inside the content ("Ana Pike (D-Ore.)") closes part of it and stays.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a closing parenthesis at the end of what was said', () => {
  it('is trimmed when it was opened before the statement', () => {
    expect(spokenQuotes('The depot stayed open. (Later, the mayor said it would close in May.)')).toEqual([
      { content: 'it would close in May', cue: 'said', speaker: 'the mayor' },
    ]);
  });

  it('stays when it was opened inside the statement', () => {
    expect(spokenQuotes('Dorn said he would vote for Ana Pike (D-Ore.).')).toEqual([
      { content: 'he would vote for Ana Pike (D-Ore.)', cue: 'said', speaker: 'Dorn' },
    ]);
  });
});
