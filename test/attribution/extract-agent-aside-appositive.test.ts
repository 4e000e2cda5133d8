/**
 * "The notice, signed by the editor, Mara Voss, said ...": a participle's "by" phrase set off in
 * commas before the cue, with an appositive of its own, is an aside on the subject; the agent
 * and its appositive are no speaker, and the subject before the first comma speaks.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an agent with an appositive in an aside on the subject', () => {
  it('leaves the subject the speaker', () => {
    expect(spokenQuotes('The notice, signed by the editor, Mara Voss, said the images had been altered.')).toEqual([
      { content: 'the images had been altered', cue: 'said', speaker: 'The notice' },
    ]);
    expect(spokenQuotes('The memo, written by the treasurer, Olu Banjo, said the fund was empty.')).toEqual([
      { content: 'the fund was empty', cue: 'said', speaker: 'The memo' },
    ]);
  });

  it('leaves a plain appositive the speaker', () => {
    expect(spokenQuotes('Olu Banjo, the treasurer, said the fund was empty.')).toEqual([
      { content: 'the fund was empty', cue: 'said', speaker: 'Olu Banjo, the treasurer' },
    ]);
  });
});
