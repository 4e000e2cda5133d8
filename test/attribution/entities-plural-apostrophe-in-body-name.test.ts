/**
 * "the Independent Teachers' Federation", "the National Growers' Union": a plural possessive written
 * with a bare apostrophe, before a word that ends a body's name, is inside that name, so the whole
 * name speaks (also in apposition: "A second union, the Dock Workers' Federation, said") and a
 * later "the union" finds it. After a given name or a title ("Sen. Ada Rhodes' College Fund") the
 * possessive is the person's.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe("a plural possessive inside a body's name", () => {
  it('keeps the possessive word in the name', () => {
    const text = "The National Growers' Union said prices had collapsed. The union said it would march on Friday.";
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(["National Growers' Union", "National Growers' Union"]);
  });

  it('reads such a name in apposition to a description', () => {
    const text = "A second union, the Dock Workers' Federation, said it would join the strike.";
    expect(resolvedQuotes(text)).toEqual([
      { content: 'it would join the strike', cue: 'said', speaker: "A second union, the Dock Workers' Federation", entity: "Dock Workers' Federation", mode: 'indirect' },
    ]);
  });

  it("leaves a person's possessive after a given name out of a body's name", () => {
    const names = analyze({ text: "Kell praised Sen. Ada Rhodes' College Fund, she said." }).entities.map((entity) => entity.name);
    expect(names).toContain('Ada Rhodes');
  });
});
