/**
 * What an object cue names ends at a comma when a clause with its own subject and verb follows:
 * an expletive "there is", a negated auxiliary ("aren't"), or a bare name and its past form.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a new clause after an object', () => {
  it('ends the object before "there is"', () => {
    expect(quotesIn('Should the council keep rejecting any nominee, there is also a chance that Mayor Kell might act alone.')).toEqual([
      { content: 'any nominee', cue: 'rejecting', speaker: 'the council' },
    ]);
  });

  it('ends the object before a subject and a negated auxiliary', () => {
    expect(quotesIn('Ana Lind praised the ban on river barges, the growers aren\'t keen on one.')).toEqual([
      { content: 'the ban on river barges', cue: 'praised', speaker: 'Ana Lind' },
    ]);
  });

  it('ends the object before a bare name and its past form', () => {
    expect(quotesIn('Ruiz praised the ferry plan, Lind backed the toll.')).toEqual([
      { content: 'the ferry plan', cue: 'praised', speaker: 'Ruiz' },
    ]);
  });

  it('keeps a phrase with a clause on it inside the object', () => {
    expect(quotesIn('Kell urged the navy to turn the reef, an islet Lima seized from Peru, into a park.')).toEqual([
      { content: 'the navy to turn the reef, an islet Lima seized from Peru, into a park', cue: 'urged', speaker: 'Kell' },
    ]);
  });
});
