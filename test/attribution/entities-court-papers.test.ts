/**
 * Court papers ("the indictment", "the affidavit", "the motion", "the opinion", "the dissent") are things that state, not
 * people: a description headed by one is of unknown kind, and in "According to the indictment,
 * Delmar told ..." it gives the name after it no role.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function entity(text: string, name: string) {
  return analyze({ text }).entities.find((e) => e.name === name);
}

describe('court papers as sources', () => {
  it('reads "the indictment" as a thing', () => {
    expect(entity('According to the indictment, the clerk deleted the ledger.', 'the indictment')?.kind).toBe('unknown');
    expect(entity('The affidavit says the clerk hid two boxes.', 'The affidavit')?.kind).toBe('unknown');
    expect(entity('According to the majority opinion, the map split the town.', 'the majority opinion')?.kind).toBe('unknown');
    expect(entity('The dissent warned that the ruling would invite more suits.', 'The dissent')?.kind).toBe('unknown');
    expect(entity('The brief argues that the statute is void.', 'The brief')?.kind).toBe('unknown');
  });

  it('gives a name after "According to the indictment," no role', () => {
    const text = 'Odile Brask denied the charges.\n\nAccording to the indictment, Brask told an aide to burn the ledger.';
    expect(entity(text, 'Odile Brask')?.roles).toEqual([]);
    const analysis = analyze({ text });
    const quote = analysis.quotes.find((q) => q.cue?.exact === 'According to');
    expect(quote?.content.exact).toBe('Brask told an aide to burn the ledger');
    expect(analysis.entities.find((e) => e.id === quote?.speaker?.entityId)?.name).toBe('the indictment');
  });
});
