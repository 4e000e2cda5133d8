/**
 * "the regulator", "the watchdog" or "the charity" stands for a body that oversees others or
 * serves the public, never for a company: it passes over a company named since ("Orvel Foods"),
 * and it may be a body whose name ends in "Authority" or "Commission", which "the company" passes over.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes as statementsOf } from './found-quotes.js';

describe('"the regulator" or "the watchdog" after a company', () => {
  it('is the body named before the company', () => {
    const text = 'The Coastal Water Authority said Orvel Foods had polluted the bay. The regulator said the fine would be paid in June.';
    expect(statementsOf(text).map((statement) => statement.entity)).toEqual(['Coastal Water Authority', 'Coastal Water Authority']);
  });

  it('is an advocacy group named before the company', () => {
    const text = 'Bay Watch said Orvel Foods had hidden the spill. The watchdog said more tests were needed.';
    expect(statementsOf(text).map((statement) => statement.entity)).toEqual(['Bay Watch', 'Bay Watch']);
  });

  it('is not the company when no such body was named', () => {
    const text = 'Orvel Foods said the spill was small. The watchdog said more tests were needed.';
    expect(statementsOf(text).map((statement) => statement.entity)).toEqual(['Orvel Foods', 'The watchdog']);
  });

  it('is not a company that a title-case headline seems to give the title', () => {
    const text = 'Watchdog Fines Orvel Foods Over Spill\n\nThe watchdog said more tests were needed.';
    expect(statementsOf(text).map((statement) => statement.entity)).toEqual(['The watchdog']);
  });

  it('leaves "the company" to the company', () => {
    const text = 'The Coastal Water Authority said Orvel Foods had polluted the bay. The company said it would appeal.';
    expect(statementsOf(text).map((statement) => statement.entity)).toEqual(['Coastal Water Authority', 'Orvel Foods']);
  });
});
