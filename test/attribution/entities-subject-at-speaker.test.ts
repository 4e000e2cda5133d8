/**
 * A sentence's subject that opens where its speaker does is that speaker, however far the scan of
 * subjects reads it: with a participle after it ("A spokesman for Kenya's fisheries ministry,
 * reached by phone, said"), a pronoun after the sentence still goes to the speaker, not to a
 * shorter phrase of the same words made an entity of its own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

const TEXT = "A spokeswoman for Norway's fisheries ministry, reached by phone, said the search would resume at dawn. She declined to say how many boats were out.";

describe('a subject that opens where the speaker does', () => {
  it('gives the pronoun after it to the speaker', () => {
    expect(resolvedQuotes(TEXT).map(({ speaker, entity }) => ({ speaker, entity }))).toEqual([
      { speaker: "A spokeswoman for Norway's fisheries ministry, reached by phone", entity: "A spokeswoman for Norway's fisheries ministry" },
      { speaker: 'She', entity: "A spokeswoman for Norway's fisheries ministry" },
    ]);
  });

  it('makes no second entity of the subject', () => {
    expect(analyze({ text: TEXT }).entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name)).toEqual([
      "A spokeswoman for Norway's fisheries ministry",
    ]);
  });
});
