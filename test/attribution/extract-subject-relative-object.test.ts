/**
 * An object cue inside a relative clause on the subject ("Growers who praised the mayor say ...")
 * names only its own object: what it names ends where the main clause's verb of saying follows.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an object cue in a relative clause on the subject', () => {
  it('ends the object before a plural verb of saying', () => {
    expect(quotesIn('Growers who praised the mayor say the ferry board should decide.')).toEqual([
      { content: 'the mayor', cue: 'praised', speaker: 'who' },
      { content: 'the ferry board should decide', cue: 'say', speaker: 'Growers who praised the mayor' },
    ]);
  });

  it('ends the object before a past verb of saying with an adjunct', () => {
    expect(quotesIn('A grower who accused the mayor of fraud said on Sunday that the levy was illegal.')).toEqual([
      { content: 'the mayor of fraud', cue: 'accused', speaker: 'who' },
      { content: 'the levy was illegal', cue: 'said', speaker: 'A grower who accused the mayor of fraud' },
    ]);
  });

  it('keeps a name that holds a cue form inside the object', () => {
    expect(quotesIn('Critics who praised the United States Navy argue that the port should stay open.')).toEqual([
      { content: 'the United States Navy', cue: 'praised', speaker: 'who' },
      { content: 'the port should stay open', cue: 'argue', speaker: 'Critics who praised the United States Navy' },
    ]);
  });
});
