/**
 * "The mayor angered farmers by announcing that the levy would rise": after a verb of stirring
 * ("angered", "rattled") those stirred stand right before "by"; the participle of saying after it
 * is said by the one who stirred them, the subject of the clause, not by the ones stirred.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a "by" participle after a verb of stirring', () => {
  it('is said by the one who stirred', () => {
    expect(spokenQuotes('The harbor master angered fishermen by announcing that the quay would close.')).toContainEqual({
      content: 'the quay would close',
      cue: 'announcing',
      speaker: 'The harbor master',
    });
    expect(spokenQuotes('Ana Lind rattled the board by saying she would run again.')).toContainEqual({ content: 'she would run again', cue: 'saying', speaker: 'Ana Lind' });
  });
});
