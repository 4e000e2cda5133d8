/**
 * A passive with "by" ("X was faulted by Y") whose subject carries an aside between commas ("The
 * levies, which start in May, were ...", "Orla Benn, the port's treasurer, was ..."): the subject
 * is the phrase before the aside, and what the act is aimed at runs through the aside. The phrase
 * must open the clause; one that ends a longer subject ("calls to ... in Vale, where ...") is not it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a passive whose subject carries an aside', () => {
  it('reads a relative clause on the subject of "described by ... as"', () => {
    expect(quotesIn('The ferry levies, which start in May, were described by the harbor board as modest.')).toEqual([
      { content: 'The ferry levies, which start in May, were described by the harbor board as modest', cue: 'described', speaker: 'the harbor board' },
    ]);
  });

  it('keeps an appositive on the subject of "criticized by ... for"', () => {
    expect(quotesIn('Orla Benn, the port treasurer, was criticized by two dock unions for the delay.')).toEqual([
      { content: 'Orla Benn, the port treasurer', cue: 'criticized', speaker: 'two dock unions' },
    ]);
  });

  it('reads it after a conjunction that opens the sentence', () => {
    expect(quotesIn('But the new timetable, drafted in a hurry, was seen by many riders as a step back.')).toEqual([
      { content: 'the new timetable, drafted in a hurry, was seen by many riders as a step back', cue: 'seen', speaker: 'many riders' },
    ]);
  });

  it('does not take the end of a longer subject for the subject', () => {
    expect(quotesIn('Plans to widen the road through Vale, where crews are still at work, were rejected by the council.')).toEqual([]);
  });
});
