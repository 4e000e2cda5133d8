/**
 * A verb in -ed that the lexicon lacks (or has only with an object) reports a quotation that
 * opens the sentence and closes on a comma, "!" or "?" when it stands right after it with its
 * speaker: "“Quiet,” he demanded.", "“This is fantastic!” beamed Ana Reyes.".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an unlisted verb right after a quotation', () => {
  it('reads a subject and a verb in -ed after the quotation', () => {
    expect(quotesIn('“The levy is a win for the valley,” I confessed.')).toEqual([
      { content: '“The levy is a win for the valley,”', cue: 'confessed', speaker: 'I' },
    ]);
  });

  it('reads a listed object verb up to a comma', () => {
    expect(quotesIn('“Quiet,” he demanded, as Mora kept talking.')).toEqual([{ content: '“Quiet,”', cue: 'demanded', speaker: 'he' }]);
  });

  it('reads a verb in -s after "he" or "she"', () => {
    expect(quotesIn('“The market has not failed the growers,” she mocks.')).toEqual([
      { content: '“The market has not failed the growers,”', cue: 'mocks', speaker: 'she' },
    ]);
  });

  it('reads the inverted order with a name or a determiner after the verb', () => {
    expect(quotesIn('“This is fantastic!” beamed Dan Hart of Dell.')).toEqual([{ content: '“This is fantastic!”', cue: 'beamed', speaker: 'Dan Hart of Dell' }]);
    expect(quotesIn('“It is about time,” exhorted the mayor of Dell.')).toEqual([
      { content: '“It is about time,”', cue: 'exhorted', speaker: 'the mayor of Dell' },
    ]);
  });

  it('reads a particle after the verb', () => {
    expect(quotesIn('“Go home!” the crowd jeered back.')).toEqual([{ content: '“Go home!”', cue: 'jeered back', speaker: 'the crowd' }]);
  });

  it('reads no title inside the writer’s sentence', () => {
    expect(quotesIn('And Lind, after a new video about the “harbor tax,” revamped his plans for the vote.')).toEqual([]);
  });

  it('reads nothing when the sentence goes on after the verb', () => {
    expect(quotesIn('“Go back to Dell,” Kell barked and a guard walked Mora out.')).toEqual([]);
  });
});
