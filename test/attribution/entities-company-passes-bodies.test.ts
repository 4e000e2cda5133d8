/**
 * "Kell Foods said ... The Dockers Union said ... The company said": "the company" (or "the
 * firm", "the carmaker") stands for the latest company, passing over bodies named since that are
 * no company: a union, a council, a party, "Management".
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes as statementsOf } from './found-quotes.js';


describe('"the company" after a union or a council', () => {
  it('is the company named before them', () => {
    const text = 'Orvel Foods said the plant would stay shut. The Tarley Dockers Union said its members would picket. The company said talks would resume on Monday.';
    expect(statementsOf(text)).toEqual([
      { content: 'the plant would stay shut', cue: 'said', speaker: 'Orvel Foods', entity: 'Orvel Foods' },
      { content: 'its members would picket', cue: 'said', speaker: 'The Tarley Dockers Union', entity: 'Tarley Dockers Union' },
      { content: 'talks would resume on Monday', cue: 'said', speaker: 'The company', entity: 'Orvel Foods' },
    ]);
  });

  it('passes over "Management" too', () => {
    const text = 'Brantley Textiles said wages were fair. Management countered that overtime was paid. The firm said the offer stood.';
    expect(statementsOf(text).map((statement) => statement.entity)).toEqual(['Brantley Textiles', 'Management', 'Brantley Textiles']);
  });

  it('is still the company named last when no other body comes between', () => {
    const text = 'Orvel Foods said the plant would stay shut. The company said talks would resume.';
    expect(statementsOf(text).map((statement) => statement.entity)).toEqual(['Orvel Foods', 'Orvel Foods']);
  });
});
