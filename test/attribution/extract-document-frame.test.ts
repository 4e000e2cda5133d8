/**
 * A document that frames a clause after "in" ("In a statement praising the crew, the council
 * said ...") is the source of what its participle reports; a document the subject issues
 * ("issued a statement praising ...") still speaks for the subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a document after "in" that opens the clause', () => {
  it('gives the document as the speaker of its participle at the start of a sentence', () => {
    expect(quotesIn('In a statement praising the crew, the council said the ferry would run.')).toEqual([
      { content: 'the crew', cue: 'praising', speaker: 'a statement' },
      { content: 'the ferry would run', cue: 'said', speaker: 'the council' },
    ]);
  });

  it('gives the document, with its possessor, after a comma', () => {
    expect(quotesIn('Later, in her letter urging calm, Kell wrote that the port was safe.')).toEqual([
      { content: 'calm', cue: 'urging', speaker: 'her letter' },
      { content: 'the port was safe', cue: 'wrote', speaker: 'Kell' },
    ]);
  });

  it('keeps the subject for a document it issues', () => {
    expect(quotesIn('The council issued a statement praising the crew.')).toEqual([
      { content: 'the crew', cue: 'praising', speaker: 'The council' },
    ]);
  });

  it('keeps the subject for a document after "in" inside the clause', () => {
    expect(quotesIn('Kell spelled it out in a memo to dockhands saying the port was safe.')).toEqual([
      { content: 'the port was safe', cue: 'saying', speaker: 'Kell' },
    ]);
  });
});
