/**
 * A clause said inside a relative clause on the sentence's subject ends where the main clause's
 * verb of saying follows its own subject and verb: "A porter who insisted that his name be
 * withheld | said the ferry had sunk". With no conjunction, a second verb of saying after the
 * clause's verb group (and its object) can only be the main clause's.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('a clause said inside a relative clause on the subject', () => {
  it('ends a that-clause at the main verb of saying, which reports the rest', () => {
    expect(quotesIn('A porter who insisted that his name be withheld said the ferry had sunk.')).toEqual([
      { content: 'his name be withheld', cue: 'insisted', speaker: 'who', mode: 'indirect' },
      { content: 'the ferry had sunk', cue: 'said', speaker: 'A porter who insisted that his name be withheld', mode: 'indirect' },
    ]);
  });

  it('ends a bare clause with a modal before a main "told"', () => {
    expect(quotesIn('A ranger who says the pass will reopen told the council the snow was melting.')).toEqual([
      { content: 'the pass will reopen', cue: 'says', speaker: 'who', mode: 'indirect' },
      { content: 'the snow was melting', cue: 'told', speaker: 'A ranger who says the pass will reopen', mode: 'indirect' },
    ]);
  });

  it('ends a clause in the perfect before the main verb', () => {
    expect(quotesIn('A ranger who said the bridge had collapsed told reporters the trail was closed.')[0]).toEqual(
      { content: 'the bridge had collapsed', cue: 'said', speaker: 'who', mode: 'indirect' },
    );
  });

  it('reads the main statement when the clause said ends in a participle', () => {
    expect(quotesIn('A farmer who asked that his name not be printed said the guards had kept his papers.')).toEqual([
      { content: 'his name not be printed', cue: 'asked', speaker: 'who', mode: 'indirect' },
      { content: 'the guards had kept his papers', cue: 'said', speaker: 'A farmer who asked that his name not be printed', mode: 'indirect' },
    ]);
  });

  it('reads the main statement after a clause said in the perfect', () => {
    expect(quotesIn('A ranger who said the bridge had collapsed told reporters the trail was closed.')).toEqual([
      { content: 'the bridge had collapsed', cue: 'said', speaker: 'who', mode: 'indirect' },
      { content: 'the trail was closed', cue: 'told', speaker: 'A ranger who said the bridge had collapsed', mode: 'indirect' },
    ]);
  });

  it('does not end the clause at its own verb of saying', () => {
    const [first] = quotesIn('A ranger who said the mayor warned hikers about the ice was fined.');
    expect(first?.content.startsWith('the mayor warned hikers about the ice')).toBe(true);
  });
});
