/**
 * "The presiding judge, Ana Weller, opened the hearing. ... The judge said ...": a word in "-ing"
 * or "-ed" right after the article of a description in apposition to a name ("presiding",
 * "acting", "retired") modifies the noun after it, so the description is still a plain one and
 * becomes the name's role, and "the judge" later takes up the name. Before, the participle was
 * read as a verb and the description gave no role.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a participle adjective in a description in apposition to a name', () => {
  it('gives the role to the name, so the description later takes it up', () => {
    expect(resolvedQuotes('The presiding judge, Ana Weller, opened the hearing at nine. The judge said the ruling would come in June.')).toEqual([
      { content: 'the ruling would come in June', cue: 'said', speaker: 'The judge', entity: 'Ana Weller', mode: 'indirect' },
    ]);
  });

  it('does so for an "-ed" adjective too', () => {
    expect(resolvedQuotes('The retired nurse, Ines Vall, led the march. The nurse said the clinic was unsafe.')).toEqual([
      { content: 'the clinic was unsafe', cue: 'said', speaker: 'The nurse', entity: 'Ines Vall', mode: 'indirect' },
    ]);
  });
});
