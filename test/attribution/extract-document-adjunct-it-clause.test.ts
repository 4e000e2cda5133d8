/**
 * "The union said in a statement it would strike": after a document or an occasion named in an
 * adjunct ("in a statement", "in an interview"), "it" with a modal or "is"/"was" opens the clause
 * said, as "he" and "they" already do. "It" with a verb of issuing ("in a statement it issued")
 * is a relative clause on the document and opens nothing.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"it" after a document adjunct', () => {
  it('opens the clause before a modal or "is"/"was"', () => {
    expect(spokenQuotes('The dockers union said in a statement it would walk out on Friday.')).toEqual([
      { content: 'it would walk out on Friday', cue: 'said', speaker: 'The dockers union' },
    ]);
    expect(spokenQuotes('The ferry company said in an interview it was reviewing the timetable.')).toEqual([
      { content: 'it was reviewing the timetable', cue: 'said', speaker: 'The ferry company' },
    ]);
  });

  it('opens no clause when it starts a relative clause on the document', () => {
    expect(spokenQuotes('The mill said in a letter it sent to growers that prices would fall.').some((quote) => quote.content.startsWith('it sent'))).toBe(false);
  });
});
