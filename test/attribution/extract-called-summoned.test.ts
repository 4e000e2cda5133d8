/**
 * "Called a witness" is summoning and "called a foul" or "called a penalty" is a referee's ruling:
 * like "called a rally", the object is not named by the verb, so nothing is said. A second phrase
 * after it still names it ("called a foul a joke").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"called" with something summoned or ruled', () => {
  it('reads no statement', () => {
    expect(quotesIn('The referee called a foul on Dorran late in the second half.')).toEqual([]);
    expect(quotesIn('The line judge called a penalty in the final minute.')).toEqual([]);
    expect(quotesIn('The defense called a witness from the ferry office on Tuesday.')).toEqual([]);
  });

  it('reads no statement after a count either: "no witnesses", "14 witnesses", "two strikes"', () => {
    expect(quotesIn('The defense called no witnesses at the ferry trial.')).toEqual([]);
    expect(quotesIn('Prosecutors called 14 witnesses over two weeks.')).toEqual([]);
    expect(quotesIn('The dock union called two strikes last year.')).toEqual([]);
    // A count before people named as something is still a naming.
    expect(quotesIn('Mayor Dana Kell called two critics liars.')).toEqual([{ content: 'two critics liars', cue: 'called', speaker: 'Mayor Dana Kell' }]);
  });

  it('still reads a naming with a second phrase', () => {
    expect(quotesIn('Coach Ilse Varga called a foul a joke.')).toEqual([
      { content: 'a foul a joke', cue: 'called', speaker: 'Coach Ilse Varga' },
    ]);
  });

  it('reads a naming when the object stands before the subject, even an event: "what she called a rushed vote"', () => {
    expect(quotesIn('Senator Ada Ruiz condemned what she called a rushed vote.')).toEqual([
      { content: 'what she called a rushed vote', cue: 'called', speaker: 'Senator Ada Ruiz' },
    ]);
    // With the event after the verb and nothing before the subject, the vote is convened.
    expect(quotesIn('Senator Ada Ruiz called a vote for Friday.')).toEqual([]);
  });
});
