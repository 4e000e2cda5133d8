/**
 * "Brelland Marine, a firm owned by ...": an appositive too long to be a role still says what the
 * name is when its head, a few words after the article, is followed by a relative pronoun or a
 * participle; a body's head makes the name an organization, and "the company" later finds it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kindOf(text: string, name: string): string | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.kind;
}

describe('the head of an appositive with a clause after it', () => {
  it('makes a name described as a firm an organization', () => {
    const text = 'Brelland Marine, a firm owned by a cousin of the harbor master, said it had followed every rule. The company said it would appeal.';
    expect(kindOf(text, 'Brelland Marine')).toBe('organization');
    const analysis = analyze({ text });
    expect(new Set(analysis.quotes.map((quote) => quote.speaker?.entityId)).size).toBe(1);
  });

  it('reads a relative pronoun after the head as a participle', () => {
    expect(kindOf('Ostra Velk, a company that builds ferries, said orders had doubled.', 'Ostra Velk')).toBe('organization');
  });

  it('leaves a person described by a role with a clause a person', () => {
    expect(kindOf('Tamsin Rolle, a lawyer based in Varn, said the port was unsafe.', 'Tamsin Rolle')).toBe('person');
  });
});
