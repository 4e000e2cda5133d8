/**
 * A finding that follows what was found ("..., the Courier found."): the content before the comma
 * is attributed to the source after it, as with "..., the poll shows".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"found" after its content', () => {
  it('reads "..., SOURCE found." at the end of the sentence', () => {
    expect(quotesIn('Ferry use fell by a third after the fare rise, the Dunmore Gazette found.')).toEqual([
      { content: 'Ferry use fell by a third after the fare rise', cue: 'found', speaker: 'the Dunmore Gazette' },
    ]);
  });

  it('still reads no statement from "found" with a plain object', () => {
    expect(quotesIn('Soon the growers found a new market for their pears.')).toEqual([]);
  });

  it('reads no finding from a participle on a noun', () => {
    expect(quotesIn('The deal covers the salts used on the roads, harsh minerals found in the river.')).toEqual([]);
  });
});
