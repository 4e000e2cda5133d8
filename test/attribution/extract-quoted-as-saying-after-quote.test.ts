/**
 * "“We are ready,” Kell was quoted as saying." and "..., Kell was quoted as saying by the Post.":
 * a passive "quoted as saying" with nothing after the participle but an adjunct attributes the
 * quotation that closes right before the one quoted; a "by" after the participle names the
 * quoting source, which is no speaker of the subject's clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"was quoted as saying" after a quotation', () => {
  it('gives the quotation before it to the one quoted', () => {
    expect(spokenQuotes('“The pumps will hold,” the engineer was quoted as saying.')).toEqual([{ content: '“The pumps will hold,”', cue: 'saying', speaker: 'the engineer' }]);
    expect(spokenQuotes('"We never left the table," Vera Holm was quoted by the Tarn Courier as saying.')).toEqual([{ content: '"We never left the table,"', cue: 'saying', speaker: 'Vera Holm' }]);
  });

  it('passes over a source named after the participle', () => {
    expect(spokenQuotes('„The pumps will hold“, the engineer was quoted as saying by the Tarn Courier.')).toEqual([{ content: '„The pumps will hold“', cue: 'saying', speaker: 'the engineer' }]);
    expect(spokenQuotes('The engineer was quoted as saying by the Tarn Courier that the pumps would hold.')).toEqual([{ content: 'the pumps would hold', cue: 'saying', speaker: 'The engineer' }]);
  });

  it('still reads what follows the participle', () => {
    expect(spokenQuotes('Holm was quoted as saying that the talks had stalled.')).toEqual([{ content: 'the talks had stalled', cue: 'saying', speaker: 'Holm' }]);
  });
});
