/**
 * A participle after a document ("issued a statement calling on ...", "a letter vowing to ..."):
 * the author of the document speaks, with an infinitive as well as a clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle after a document', () => {
  it('reads a listener and an infinitive after "a statement calling on"', () => {
    expect(quotesIn('The mayor of Dunmore issued a statement calling on residents to stay home.')).toEqual([
      { content: 'residents to stay home', cue: 'calling on', speaker: 'The mayor of Dunmore' },
    ]);
  });

  it('reads an infinitive after "a letter vowing"', () => {
    expect(quotesIn('The ferry union released a letter vowing to appeal the ruling.')).toEqual([
      { content: 'to appeal the ruling', cue: 'vowing', speaker: 'The ferry union' },
    ]);
  });

  it('still reads a clause after "a statement saying"', () => {
    expect(quotesIn('The council issued a statement saying the bridge would close.')).toEqual([
      { content: 'the bridge would close', cue: 'saying', speaker: 'The council' },
    ]);
  });

  it('leaves a bare object after a document unread', () => {
    expect(quotesIn('Kell wrote a book praising the harbor pilots.')).toEqual([]);
  });
});
