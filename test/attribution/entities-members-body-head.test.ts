/**
 * "The Tarley Dockers Union said ... the union said": a body of members named in full is then
 * named by its head alone, so "the union" (or "the association", "the federation") is the latest
 * such body whose name ends in that very word, and no other body ("the Kestrel Labour Ministry").
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes as statementsOf } from './found-quotes.js';


describe('"the union" after a union named in full', () => {
  it('is that union', () => {
    const text = 'The Tarley Dockers Union said the walkout would go on. Later the union said its members had rejected the pay deal.';
    expect(statementsOf(text)).toEqual([
      { content: 'the walkout would go on', cue: 'said', speaker: 'The Tarley Dockers Union', entity: 'Tarley Dockers Union' },
      { content: 'its members had rejected the pay deal', cue: 'said', speaker: 'the union', entity: 'Tarley Dockers Union' },
    ]);
  });

  it('reaches past a company named in between, for "the association"', () => {
    const text = 'The Orrin Pilots Association said the runway was unsafe. Vellum Air said it had cancelled flights. The association said it would meet on Friday.';
    expect(statementsOf(text).map((statement) => statement.entity)).toEqual(['Orrin Pilots Association', 'Vellum Air', 'Orrin Pilots Association']);
  });

  it('is no body whose name ends in another word', () => {
    const text = 'The Kestrel Labour Ministry said the strike was unlawful. The union said it would appeal.';
    expect(statementsOf(text)).toEqual([
      { content: 'the strike was unlawful', cue: 'said', speaker: 'The Kestrel Labour Ministry', entity: 'The Kestrel Labour Ministry' },
      { content: 'it would appeal', cue: 'said', speaker: 'The union', entity: 'The union' },
    ]);
  });
});
