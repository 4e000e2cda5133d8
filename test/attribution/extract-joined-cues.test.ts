/**
 * "Peskov would neither confirm nor deny that ...", "did not confirm or deny the report": two cues
 * joined by "or" or "nor" are one cue, and what follows the second is what both report (before,
 * the second cue and its clause were read as the object of the first).
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('two cues joined by "or" or "nor"', () => {
  it('reads them as one cue with the clause after the second', () => {
    expect(spokenQuotes('Vetrov would neither confirm nor deny that the letter had been sent.')).toEqual([
      { content: 'the letter had been sent', cue: 'confirm nor deny', speaker: 'Vetrov' },
    ]);
    expect(spokenQuotes('The ministry did not confirm or deny the report.')).toEqual([{ content: 'the report', cue: 'confirm or deny', speaker: 'The ministry' }]);
    expect(spokenQuotes('Lind said or implied that the vote was rigged.')).toEqual([{ content: 'the vote was rigged', cue: 'said or implied', speaker: 'Lind' }]);
  });
});
