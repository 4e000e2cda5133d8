/**
 * "The treasurer (who asked that her name be withheld) said the fund was solvent.": the content of
 * a cue inside a parenthesis ends at the closing mark, so the words after it are no part of what
 * was asked, and the sentence's own cue after the parenthesis is read with the subject before it.
 * A relative pronoun that opens the parenthesis stands for the phrase before it.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes, spokenQuotes } from './found-quotes.js';

describe('a cue inside a parenthesis', () => {
  it('ends the content at the closing parenthesis and reads the main clause', () => {
    expect(resolvedQuotes('The treasurer (who asked that her name be withheld) said the fund was solvent.')).toEqual([
      { content: 'her name be withheld', cue: 'asked', speaker: 'who', entity: 'The treasurer', mode: 'indirect' },
      { content: 'the fund was solvent', cue: 'said', speaker: 'The treasurer (who asked that her name be withheld)', entity: 'The treasurer', mode: 'indirect' },
    ]);
  });

  it('ends a whole aside in parentheses before its closing mark', () => {
    expect(spokenQuotes('The ferry was late again. (The operator said a crane had failed.)')).toEqual([{ content: 'a crane had failed', cue: 'said', speaker: 'The operator' }]);
  });
});
