/**
 * A deadline fronted in the clause after a cue ("said by Friday the dock would reopen") belongs
 * to what was said; the means of saying it ("said by phone") does not; and a relative clause on
 * the subject ends at the comma before the main clause's verb, also when that verb ends the
 * sentence ("Osei, who opposes the closure, resigned.").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function found(text: string): [string, string | undefined, string | undefined][] {
  return analyze({ text }).quotes.map((quote) => [quote.content.exact, quote.cue?.exact, quote.speaker?.anchor.exact]);
}

describe('a deadline after a cue', () => {
  it('opens the clause said', () => {
    expect(found('Kell said by Friday the city would reopen the dock.')).toEqual([['by Friday the city would reopen the dock', 'said', 'Kell']]);
  });

  it('may be a season, a year or the end of a period', () => {
    expect(found('Kell said by next summer the city can reopen the dock.')).toEqual([['by next summer the city can reopen the dock', 'said', 'Kell']]);
    expect(found('Kell expects by 2030 the city will need two ferries.')).toEqual([['by 2030 the city will need two ferries', 'expects', 'Kell']]);
    expect(found('Kell thinks by the end of next year, the port will close.')).toEqual([['by the end of next year, the port will close', 'thinks', 'Kell']]);
  });

  it('does not make a passive agent a statement', () => {
    expect(found('The dock was described by Kell as unsafe.').map(([content]) => content)).not.toContain('by Kell as unsafe');
  });
});

describe('the means of a statement', () => {
  it('is passed over before the clause', () => {
    expect(found('Kell said by phone the port was closed.')).toEqual([['the port was closed', 'said', 'Kell']]);
    expect(found('Kell said by text message she would resign.')).toEqual([['she would resign', 'said', 'Kell']]);
  });

  it('is passed over with a time after it and before "that"', () => {
    expect(found('Kell said by phone on Friday that the port was closed.')).toEqual([['the port was closed', 'said', 'Kell']]);
  });
});

describe('a relative clause on the subject', () => {
  it('ends before a verb that closes the sentence', () => {
    expect(found('Rita Osei, who opposes the closure, resigned.')).toEqual([['the closure', 'opposes', 'who']]);
    expect(found('Rita Osei, who said the closure was wrong, disagreed.')).toEqual([['the closure was wrong', 'said', 'who']]);
  });

  it('still leaves a postposed cue its whole clause', () => {
    expect(found('The dock, which opened in 1952, is unsafe, officials said.')).toEqual([['The dock, which opened in 1952, is unsafe', 'said', 'officials']]);
  });
});
