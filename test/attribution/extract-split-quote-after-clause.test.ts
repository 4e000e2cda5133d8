/**
 * A quotation split by its attribution goes on after a short subordinate clause of the writer's
 * that follows the cue ("she said before the news broke, “...”"): the two halves are one
 * statement. A clause that ends the sentence without a quotation after it changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a split quotation resumed after a subordinate clause', () => {
  it('joins the halves around "said before ..."', () => {
    expect(quotesIn('\u201cNobody likes losing a keeper,\u201d Ulla Marsk said before the draw was made, \u201cbut we have two good ones.\u201d')).toEqual([
      {
        content: '\u201cNobody likes losing a keeper,\u201d Ulla Marsk said before the draw was made, \u201cbut we have two good ones.\u201d',
        cue: 'said',
        speaker: 'Ulla Marsk',
      },
    ]);
  });

  it('joins the halves around "said as ..."', () => {
    expect(quotesIn('"The roof will hold," the foreman said as the wind picked up, "and so will the walls."')).toEqual([
      { content: '"The roof will hold," the foreman said as the wind picked up, "and so will the walls."', cue: 'said', speaker: 'the foreman' },
    ]);
  });

  it('keeps the first half alone when no quotation follows the clause', () => {
    expect(quotesIn('"The roof will hold," the foreman said as the wind picked up, and the crew went home.')).toEqual([
      { content: '"The roof will hold,"', cue: 'said', speaker: 'the foreman' },
    ]);
  });
});
