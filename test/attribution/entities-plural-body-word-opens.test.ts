/**
 * A sentence's first word that is the plural of a kind of body ("Unions", "Lenders", "Charities")
 * names such bodies, a group, not a person called so; a surname of that form named in full before
 * ("Ola Banks ... Banks said") is still that person.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes, typedQuotes } from './found-quotes.js';

describe('the plural of a body word opening a sentence', () => {
  it('is a group of unions', () => {
    expect(typedQuotes('Unions, for their part, said the pay offer was an insult to nurses.')).toEqual([
      { content: 'the pay offer was an insult to nurses', cue: 'said', speaker: 'Unions', kind: 'group' },
    ]);
  });

  it('is a group of lenders or charities', () => {
    expect(typedQuotes('Lenders warned that mortgage rates would stay high.')).toEqual([
      { content: 'mortgage rates would stay high', cue: 'warned', speaker: 'Lenders', kind: 'group' },
    ]);
    expect(typedQuotes('Charities welcomed the new grants for food banks.')).toEqual([
      { content: 'the new grants for food banks', cue: 'welcomed', speaker: 'Charities', kind: 'group' },
    ]);
  });

  it('leaves a surname named in full before to its person', () => {
    expect(resolvedQuotes('The striker Ola Banks scored twice. Banks said the pitch was poor.').at(-1)).toMatchObject({ speaker: 'Banks', entity: 'Ola Banks' });
  });
});
