/**
 * "the Harbour and Freight Workers Union", "the Orlan and Vesk Growers Federation": after "the", a
 * body's name may hold "and" (or "&") between capitalised words, when the words after it end in a
 * body's word. Two names each complete ("the Tarrow Institute and Kelm Foundation"), or a
 * person and a body without "the", stay apart.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes as statementsOf } from './found-quotes.js';


describe('a body\'s name joined by "and"', () => {
  it('is one name, which "the union" later stands for', () => {
    const text = 'The Harbour and Freight Workers Union said the stoppage would last a week. Later the union said it would ballot members.';
    expect(statementsOf(text)).toEqual([
      { content: 'the stoppage would last a week', cue: 'said', speaker: 'The Harbour and Freight Workers Union', entity: 'Harbour and Freight Workers Union' },
      { content: 'it would ballot members', cue: 'said', speaker: 'the union', entity: 'Harbour and Freight Workers Union' },
    ]);
  });

  it('reads "&" as "and"', () => {
    const text = 'The Orlan & Vesk Growers Federation said the frost had ruined the crop.';
    expect(statementsOf(text).map((statement) => statement.entity)).toEqual(['Orlan & Vesk Growers Federation']);
  });

  it('keeps two complete names apart', () => {
    const text = 'The Tarrow Institute and Kelm Foundation said the tax would raise little.';
    const [statement] = statementsOf(text);
    expect(statement?.speaker).toBe('The Tarrow Institute and Kelm Foundation');
    expect(statement?.entity).not.toContain(' and ');
  });
});
