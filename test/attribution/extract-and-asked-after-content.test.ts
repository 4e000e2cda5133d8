/**
 * "The utility said repairs could take weeks and asked customers to be patient": "and" before
 * "asked" with a listener (or a question) starts the speaker's next statement, as "and urged" or
 * "and added that" do, so what was said ends before it and the request is read on its own. When a
 * personal pronoun opens the clause before "and" ("says he called the governor and asked him to
 * act"), the speaker reports what he did, and the request stays in what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"and asked" after what was said', () => {
  it('ends what was said and reads the request on its own', () => {
    expect(spokenQuotes('The water board said the pumps had failed overnight and asked residents to boil their water.')).toEqual([
      { content: 'the pumps had failed overnight', cue: 'said', speaker: 'The water board' },
      { content: 'residents to boil their water', cue: 'asked', speaker: 'The water board' },
    ]);
    expect(spokenQuotes('Tarrow noted that the fund was nearly empty and asked whether the council could refill it.')).toEqual([
      { content: 'the fund was nearly empty', cue: 'noted', speaker: 'Tarrow' },
      { content: 'whether the council could refill it', cue: 'asked', speaker: 'Tarrow' },
    ]);
  });

  it('keeps the request in what was said after a pronoun subject of its own', () => {
    expect(spokenQuotes('The senator says he phoned the governor and asked her to send the guard.')).toEqual([
      { content: 'he phoned the governor and asked her to send the guard', cue: 'says', speaker: 'The senator' },
    ]);
  });
});
