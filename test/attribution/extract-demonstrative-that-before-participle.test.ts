/**
 * "Voss denied that, saying ...": a "that" right after the cue, with a comma and a participle in
 * -ing after it, is the demonstrative the cue names (as "it" would be), not the conjunction of a
 * clause; the participle's clause is what was said. A comma after "that" before an aside still
 * opens the clause ("said that, if elected, ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a demonstrative "that" before a participle', () => {
  it('leaves the participle to carry what was said', () => {
    expect(spokenQuotes('Voss denied that, saying she had never met the buyer.')).toEqual([{ content: 'she had never met the buyer', cue: 'saying', speaker: 'Voss' }]);
    expect(spokenQuotes('The warden confirmed that, adding that two guards were suspended.')).toEqual([{ content: 'two guards were suspended', cue: 'adding', speaker: 'The warden' }]);
  });

  it('still opens a clause after an aside or a prepositional participle', () => {
    expect(spokenQuotes('Voss said that, if elected, she would close the depot.')).toEqual([{ content: 'if elected, she would close the depot', cue: 'said', speaker: 'Voss' }]);
    expect(spokenQuotes('Voss said that, including fees, the bill came to $900.')).toEqual([{ content: 'including fees, the bill came to $900', cue: 'said', speaker: 'Voss' }]);
    expect(spokenQuotes('Voss said that, during the audit, two ledgers went missing.')).toEqual([{ content: 'during the audit, two ledgers went missing', cue: 'said', speaker: 'Voss' }]);
  });
});
