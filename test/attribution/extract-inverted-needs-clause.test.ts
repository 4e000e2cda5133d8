/**
 * A verb after a comma reads as an inverted attribution ("The dam will close, said Reed") only
 * when a clause stands before the comma. A subject with an appositive or a relative clause on it
 * and no verb of its own ("Another delegate, Tom Reed of Dover, Del., explained ...") is the
 * subject of that verb, which is read forwards.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a verb after a subject set off by commas', () => {
  it('is the subject’s own verb, not an inverted attribution', () => {
    expect(quotesIn('Another delegate, Tom Reed of Dover, Del., explained the cause of his sudden support for the mayor.')).toEqual([
      { content: 'the cause of his sudden support for the mayor', cue: 'explained', speaker: 'Tom Reed of Dover, Del.' },
    ]);
    expect(
      quotesIn('Aides to Gov. Tom Reed of Dover, a former prosecutor, and Gov. Ana Lind of Kent, who served for years on the council, said their speeches would focus on the harbor.'),
    ).toEqual([
      {
        content: 'their speeches would focus on the harbor',
        cue: 'said',
        speaker: 'Aides to Gov. Tom Reed of Dover, a former prosecutor, and Gov. Ana Lind of Kent, who served for years on the council',
      },
    ]);
    expect(quotesIn('Tom Reed, who has starred in two films, posted the clip to his page.')).toEqual([]);
  });

  it('still reads an inverted attribution after a clause', () => {
    expect(quotesIn('The mayor, who is from Dover, will resign, wrote the critic.')).toEqual([
      { content: 'The mayor, who is from Dover, will resign', cue: 'wrote', speaker: 'the critic' },
    ]);
    expect(quotesIn('The harbor will close in May, said Tom Reed, a planner.')).toEqual([
      { content: 'The harbor will close in May', cue: 'said', speaker: 'Tom Reed, a planner' },
    ]);
    // (A fragment with no appositive set off in it is still what was said.)
    expect(quotesIn('More money for the harbor and the ferry, said Tom Reed, a planner.')).toEqual([
      { content: 'More money for the harbor and the ferry', cue: 'said', speaker: 'Tom Reed, a planner' },
    ]);
  });
});
