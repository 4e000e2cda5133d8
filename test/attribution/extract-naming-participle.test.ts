/**
 * "named" or "called" right after an indefinite noun ("a cleric named Ana Pike", "a contest called
 * the Dock Prize") gives a thing its name: no statement is read, while "one grower called Kell
 * ..." and a name before the verb still speak.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"named" and "called" after an indefinite noun', () => {
  it('reads no statement from a name given to someone or something', () => {
    expect(quotesIn('Most of the growers have ties to a harbor group led by a cleric named Ana Pike.')).toEqual([]);
    expect(quotesIn('The union is sponsoring a contest called the Dock Prize this spring.')).toEqual([]);
  });

  it('still reads "one" and a noun as the speaker', () => {
    expect(quotesIn('One grower called Kell “a fraud.”')).toEqual([{ content: 'Kell “a fraud.”', cue: 'called', speaker: 'One grower' }]);
  });

  it('still reads a named speaker', () => {
    expect(quotesIn('Ana Lind called the levy a tax on farmers.')).toEqual([
      { content: 'the levy a tax on farmers', cue: 'called', speaker: 'Ana Lind' },
    ]);
  });
});
