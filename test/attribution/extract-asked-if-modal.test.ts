/**
 * "Asked if the board would declare an emergency, ...", "asked reporters if the mayor would
 * announce a run": "if" after a verb of asking opens an indirect question as "whether" does; a cue
 * after a modal inside it is someone else's question about a future act, not a statement of the
 * subject before it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"if" after a verb of asking, with a modal before the cue', () => {
  it('opens a question, not a statement of its subject', () => {
    expect(spokenQuotes('Asked if the council would declare a state of emergency, the mayor said talks were going on.')).toEqual([
      { content: 'if the council would declare a state of emergency', cue: 'Asked' },
      { content: 'talks were going on', cue: 'said', speaker: 'the mayor' },
    ]);
    expect(spokenQuotes('Reed wondered if the board would admit that the rules had changed.')).toEqual([
      { content: 'if the board would admit that the rules had changed', cue: 'wondered', speaker: 'Reed' },
    ]);
  });
});
