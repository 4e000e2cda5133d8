/**
 * "Brelland Motors said ... The airport operator said": a description whose head is a kind of
 * company and whose modifier is itself a kind of body ("airport operator", "airline regulator")
 * names the body that runs or oversees that other one. It stands for the company named before only
 * when that company's name holds the modifier ("Kestrel Railways", then "the railway operator");
 * a bare or adjective-led kind ("the carmaker", "the troubled airline") still does.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes as statementsOf } from './found-quotes.js';


describe('a company kind led by another body word', () => {
  it('is a body of its own, not the company named before', () => {
    const text = 'Brelland Motors said its vans were safe. The airport operator said the car park would reopen.';
    expect(statementsOf(text)).toEqual([
      { content: 'its vans were safe', cue: 'said', speaker: 'Brelland Motors', entity: 'Brelland Motors' },
      { content: 'the car park would reopen', cue: 'said', speaker: 'The airport operator', entity: 'The airport operator' },
    ]);
  });

  it("is the company named before when the company's name holds the modifier", () => {
    const text = 'Kestrel Railways apologised for the delays. The railway operator said new trains would arrive in May.';
    expect(statementsOf(text).find((statement) => statement.cue === 'said')).toEqual({ content: 'new trains would arrive in May', cue: 'said', speaker: 'The railway operator', entity: 'Kestrel Railways' });
  });

  it('leaves a bare kind or one led by an adjective pointing back', () => {
    const text = 'Skyvale Airways said fares would rise. The troubled airline said it had cut flights. The carrier said refunds were due.';
    expect(statementsOf(text).map((statement) => statement.entity)).toEqual(['Skyvale Airways', 'Skyvale Airways', 'Skyvale Airways']);
  });
});
