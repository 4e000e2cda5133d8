/**
 * "a grant that tenants called too little, too late": after a relative "that" and "called", a
 * degree word and the word it grades, up to a comma or the sentence's end, say what the gap was
 * called, as a lone word does; the content keeps the noun and its clause, as after "described
 * as", and runs on through a phrase that repeats the degree word.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a relative clause with "called" and a graded word', () => {
  it('keeps the noun and its clause', () => {
    expect(spokenQuotes('The board passed a levy that growers called too little, too late.')).toEqual([
      { content: 'a levy that growers called too little, too late', cue: 'called', speaker: 'growers' },
    ]);
    expect(spokenQuotes('Kell signed a pact that rivals called deeply flawed.')).toEqual([
      { content: 'a pact that rivals called deeply flawed', cue: 'called', speaker: 'rivals' },
    ]);
  });
});
