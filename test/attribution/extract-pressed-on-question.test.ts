/**
 * "pressed the minister on why ...", "grilled her about whether ...": a question put to someone,
 * named by its topic after the one questioned; the wh-clause is what was asked. Without a
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

  it('is no cue without a question', () => {
    expect(quotesIn('The dockers pressed on with the repairs despite the rain.')).toEqual([]);
  });
});
