/**
 * "..., after a clerk, Ana Roth, wrote to the board with what she described as ...": a subject
 * with its appositive that opens a clause after a subordinator is that clause's subject; the
 * pronoun of a free relative, or a participle, inside the clause stands for it, not for the
 * subject of the main clause before the subordinator.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes, spokenQuotes } from './found-quotes.js';

describe('a subject with an appositive after a subordinator', () => {
  it('owns the free relative after its verb', () => {
    const quotes = resolvedQuotes('The audit started after a cashier, Lena Voss, went to the police with what she described as proof of theft.');
    expect(quotes.map((q) => ({ content: q.content, cue: q.cue, speaker: q.speaker, entity: q.entity }))).toEqual([
      { content: 'what she described as proof of theft', cue: 'described', speaker: 'a cashier, Lena Voss', entity: 'Lena Voss' },
    ]);
  });

  it('says the participle after its clause', () => {
    expect(spokenQuotes('The mayor backed the levy, while his rival, Tomas Brell, has gained ground by saying that the levy is unfair.')).toEqual([
      { content: 'the levy is unfair', cue: 'saying', speaker: 'his rival, Tomas Brell' },
    ]);
  });
});
