/**
 * ", drawing ..." after what was said reports how the audience or a rival took the words (", drawing
 * jeers", ", drawing a sharp reply"): the writer's report, which ends the content as ", prompting"
 * does. "Drawing on" and "drawing up" use or make something and go on with what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a reaction drawn after what was said', () => {
  it('ends a clause before ", drawing jeers"', () => {
    expect(quotesIn('The mayor said the levy would pass in May, drawing jeers from the crowd.')).toEqual([
      { content: 'the levy would pass in May', cue: 'said', speaker: 'The mayor' },
    ]);
  });

  it('ends a clause before ", drawing a sharp reply"', () => {
    expect(quotesIn('Kell said she would back the ferry plan, drawing a sharp reply from Pell.')).toEqual([
      { content: 'she would back the ferry plan', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('ends a quotation before the comma and "drawing" after its closing mark', () => {
    expect(quotesIn('Kell joked, “Growers, you are being stubborn,” drawing loud boos from the back of the hall.')).toEqual([
      { content: '“Growers, you are being stubborn,”', cue: 'joked', speaker: 'Kell' },
    ]);
  });

  it('keeps "drawing on" as part of what was said', () => {
    expect(quotesIn('Kell said the harbor plan was sound, drawing on her years as an engineer.')).toEqual([
      { content: 'the harbor plan was sound, drawing on her years as an engineer', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
