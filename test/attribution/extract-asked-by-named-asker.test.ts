/**
 * "Asked by a farmer, Ana Ruiz, whether ...": a name set off by commas after the asker of a fronted
 * "asked by", with the question right after its comma, is the asker too; the question is read with
 * the asker as its speaker, resolved to the name.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a named asker in apposition after "asked by"', () => {
  it('reads the question with the asker and the name', () => {
    expect(resolvedQuotes('Asked by a retired welder, Otto Brandt, whether the plant would reopen, Veldt said it would not.')[0]).toEqual({
      content: 'whether the plant would reopen',
      cue: 'Asked',
      speaker: 'a retired welder, Otto Brandt',
      entity: 'Otto Brandt',
      mode: 'indirect',
    });
  });
});
