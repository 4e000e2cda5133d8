/**
 * Statements whose cue is in the lexicon but that come in a less common frame: a question or a
 * doubt that something raises, an adjunct between a verb of saying and a clause without "that".
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes as quotesIn } from './found-quotes.js';

describe('a question or a doubt that something raises', () => {
  it('reads the wh-clause after "raised questions about" with no speaker', () => {
    expect(quotesIn('The vote in Dunmore raised new questions about how long the old dam will hold.')).toEqual([
      { content: 'how long the old dam will hold', cue: 'raised new questions', mode: 'indirect' },
    ]);
  });

  it('reads "begged the question of how ..."', () => {
    expect(quotesIn('The flood begged the question of how the town of Perrin would pay for the repairs.')).toEqual([
      { content: 'how the town of Perrin would pay for the repairs', cue: 'begged the question', mode: 'indirect' },
    ]);
  });

  it('reads "questions as to why ..."', () => {
    expect(quotesIn('Mayor Ana Ruiz faced questions as to why the levee failed twice in one spring.')).toEqual([
      { content: 'why the levee failed twice in one spring', cue: 'faced questions', mode: 'indirect' },
    ]);
  });

  it('leaves a question that is only answered or declined alone', () => {
    expect(quotesIn('The engineer declined a question about whether the pumps were tested.')).toEqual([]);
  });
});

describe('a wh-clause after a verb of explaining or describing', () => {
  it('reads "explained why ..."', () => {
    expect(quotesIn('Tomas Kell explained why he voted against the levy.')).toEqual([
      { content: 'why he voted against the levy', cue: 'explained', speaker: 'Tomas Kell', entity: 'Tomas Kell', mode: 'indirect' },
    ]);
  });

  it('reads "discussed how ..."', () => {
    expect(quotesIn('The planners discussed how the canal could be widened.')).toEqual([
      { content: 'how the canal could be widened', cue: 'discussed', speaker: 'The planners', entity: 'The planners', mode: 'indirect' },
    ]);
  });

  it('reads "described what ..." after a chained "went on to"', () => {
    expect(quotesIn('Mara Voss then went on to describe what she saw at the mill.')).toEqual([
      { content: 'what she saw at the mill', cue: 'describe', speaker: 'Mara Voss', entity: 'Mara Voss', mode: 'indirect' },
    ]);
  });
});

describe('an infinitive after "claim"', () => {
  it('reads what someone claims of themselves: claimed to have Y', () => {
    expect(quotesIn('Ivo Brandt claimed to have met the mayor of Perrin twice.')).toEqual([
      { content: 'to have met the mayor of Perrin twice', cue: 'claimed', speaker: 'Ivo Brandt', entity: 'Ivo Brandt', mode: 'indirect' },
    ]);
  });

  it('keeps "claimed" with a plain object unread', () => {
    expect(quotesIn('Ivo Brandt claimed the seat in March.')).toEqual([]);
  });
});

describe('a study by an author as the source of a finding', () => {
  it('reads "A study by X found Y" with the study and its author as the speaker, resolved to the author', () => {
    expect(quotesIn('A study by the Perrin Valley Institute found turnout fell in the hill towns.')).toEqual([
      {
        content: 'turnout fell in the hill towns',
        cue: 'found',
        speaker: 'A study by the Perrin Valley Institute',
        entity: 'Perrin Valley Institute',
        mode: 'indirect',
      },
    ]);
  });
});

describe('a clause without "that" after an adjunct naming a document', () => {
  it('reads "said in a letter on Monday they ..."', () => {
    expect(quotesIn('The Perrin Boat Club said in a letter on Monday they closed the ferry.')).toEqual([
      { content: 'they closed the ferry', cue: 'said', speaker: 'The Perrin Boat Club', entity: 'Perrin Boat Club', mode: 'indirect' },
    ]);
  });

  it('reads "said in an interview he was ..."', () => {
    expect(quotesIn('Tomas Kell said in an interview he was leaving the council.')).toEqual([
      { content: 'he was leaving the council', cue: 'said', speaker: 'Tomas Kell', entity: 'Tomas Kell', mode: 'indirect' },
    ]);
  });

  it('keeps a relative clause on the document out of the content', () => {
    expect(quotesIn('Tomas Kell said in a letter he sent Monday the dam leaks.')).toEqual([]);
  });
});

describe('a clause without "that" after "wrote"', () => {
  it('reads a subject pronoun with its verb: wrote they may have Y', () => {
    expect(quotesIn('Auditor Mara Voss wrote they may have erred in the count.')).toEqual([
      { content: 'they may have erred in the count', cue: 'wrote', speaker: 'Auditor Mara Voss', entity: 'Mara Voss', mode: 'indirect' },
    ]);
  });

  it('reads a name with its verb: writes Ruiz is Y', () => {
    expect(quotesIn('Ivo Brandt writes Ruiz is ahead among farmers.')).toEqual([
      { content: 'Ruiz is ahead among farmers', cue: 'writes', speaker: 'Ivo Brandt', entity: 'Ivo Brandt', mode: 'indirect' },
    ]);
  });

  it('keeps a written object unread: wrote the book', () => {
    expect(quotesIn('Ivo Brandt wrote the book in March.')).toEqual([]);
  });
});
