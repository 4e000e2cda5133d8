/**
 * "“...,” said Tom Hale in a statement.", "..., said the mayor at a news conference": after an
 * inverted cue, the channel or the occasion that follows the speaker's name is the cue's adjunct,
 * not part of the speaker; a participle on the channel ("in a statement issued by his lawyers")
 * no longer leaves the attribution unread.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes, spokenQuotes } from './found-quotes.js';

describe('a channel or an occasion after an inverted speaker', () => {
  it('leaves "in a statement" out of the speaker', () => {
    expect(attributedQuotes("'The ferry will run again,' said Nora Brandt in a statement.")).toEqual([{ content: "'The ferry will run again,'", cue: 'said', speaker: 'Nora Brandt', entity: 'Nora Brandt' }]);
  });

  it('leaves an occasion out of the speaker', () => {
    expect(spokenQuotes("'We have the money,' said the harbour board at a news conference.")).toEqual([{ content: "'We have the money,'", cue: 'said', speaker: 'the harbour board' }]);
  });

  it('does not name the outlet of an interview as the speaker', () => {
    expect(attributedQuotes('The ferry will run again by May, said Nora Brandt in an interview with the Coastal Herald.')).toEqual([{ content: 'The ferry will run again by May', cue: 'said', speaker: 'Nora Brandt', entity: 'Nora Brandt' }]);
  });

  it('reads the attribution when a participle follows the channel', () => {
    expect(spokenQuotes("Nora Brandt denied that she had hidden the losses.\n\n'Every figure was checked,' said Ms Brandt in a statement released by her lawyers. 'I have nothing to hide.'")).toEqual([
      { content: 'she had hidden the losses', cue: 'denied', speaker: 'Nora Brandt' },
      { content: "'Every figure was checked,' said Ms Brandt in a statement released by her lawyers. 'I have nothing to hide.'", cue: 'said', speaker: 'Ms Brandt' },
    ]);
  });

  it('keeps a place that describes the speaker', () => {
    expect(spokenQuotes("'It is over,' said a nurse at the hospital.")).toEqual([{ content: "'It is over,'", cue: 'said', speaker: 'a nurse at the hospital' }]);
  });
});
