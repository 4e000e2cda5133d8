/**
 * "pressed the minister on why ...", "grilled her about whether ...": a question put to someone,
 * named by its topic after the one questioned; the wh-clause is what was asked, as after a
 * passive "asked" ("was pressed on why ...", "Pressed by a reporter on whether ..."). Without a
 * question after it, "pressed" is no cue ("pressed the button", "pressed on with the work").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a question put with "press", "grill" or "quiz"', () => {
  it('reads the wh-clause after "on"', () => {
    expect(quotesIn('Senator Moya Brandt pressed the port chief on why the cranes had stood idle.')).toEqual([
      { content: 'why the cranes had stood idle', cue: 'pressed', speaker: 'Senator Moya Brandt' },
    ]);
  });

  it('reads it after an object pronoun and "about"', () => {
    expect(quotesIn('Brandt grilled him about whether the tender had been rigged.')).toEqual([
      { content: 'whether the tender had been rigged', cue: 'grilled', speaker: 'Brandt' },
    ]);
  });

  it('reads a passive question, with its asker after "by"', () => {
    expect(quotesIn('Pressed by a reporter on whether the ferry would run, Dunmore shrugged.')).toEqual([
      { content: 'whether the ferry would run', cue: 'Pressed', speaker: 'a reporter' },
    ]);
  });

  it('reads a passive question with no asker', () => {
    expect(quotesIn('The port chief was pressed on why the cranes had stood idle for a month.')).toEqual([
      { content: 'why the cranes had stood idle for a month', cue: 'pressed' },
    ]);
  });

  it('is no cue without a question', () => {
    expect(quotesIn('The dockers pressed on with the repairs despite the rain.')).toEqual([]);
    expect(quotesIn('The olives were pressed on the estate in November.')).toEqual([]);
  });
});
