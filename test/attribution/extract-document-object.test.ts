/**
 * A participle with an object after a document ("issued a statement condemning X", "aired an ad
 * calling X a disaster") reports its author's stand; a book or a memoir that praises someone is
 * only described. A named possessor of the document is its author.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a document with a participle and its object', () => {
  it('reads what a statement condemns as its author\'s', () => {
    expect(quotesIn('The council issued a statement condemning the attack on the mill.')).toEqual([
      { content: 'the attack on the mill', cue: 'condemning', speaker: 'The council' },
    ]);
  });

  it('reads what an ad calls something', () => {
    expect(quotesIn('Ruiz aired an ad calling the levy a disaster.')).toEqual([
      { content: 'the levy a disaster', cue: 'calling', speaker: 'Ruiz' },
    ]);
  });

  it('names a possessor of the document as its author', () => {
    expect(quotesIn("In the union's letter praising the levy, the growers asked for more.")).toEqual([
      { content: 'the levy', cue: 'praising', speaker: "the union's" },
      { content: 'more', cue: 'asked for', speaker: 'the growers' },
    ]);
  });

  it('leaves a book that praises someone unread', () => {
    expect(quotesIn('Lind wrote a book praising the governor.')).toEqual([]);
  });

  it('gives a document of the subject\'s own its subject', () => {
    expect(quotesIn('She amended her letter explaining that the levy was never approved.')).toEqual([
      { content: 'the levy was never approved', cue: 'explaining', speaker: 'She' },
    ]);
  });

  it('names a relative pronoun as the author of a document in its clause', () => {
    expect(quotesIn("Kell thanked the growers' union, which released a statement questioning whether the levy was legal.")).toEqual([
      { content: "the growers' union", cue: 'thanked', speaker: 'Kell' },
      { content: 'whether the levy was legal', cue: 'questioning', speaker: 'which' },
    ]);
  });
});
