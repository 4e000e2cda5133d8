/**
 * A description with a possessive owner ("Linden's lawyer") names the one who holds the role for
 * that owner: it is not taken for someone introduced with the bare role for another ("his
 * attorney, Paul Vesey"), but still for someone whose role names the same owner.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function speakersOf(text: string): (string | undefined)[] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => analysis.entities.find((entity) => entity.id === quote.speaker?.entityId)?.name);
}

describe('a role with a possessive owner', () => {
  it('does not resolve "Linden\'s lawyer" to another defendant\'s attorney', () => {
    expect(
      speakersOf('His attorney, Paul Vesey, said his client would fight the charges.\n\nIn another case, a jury convicted Gary Linden of arson. Linden\'s lawyer said he would appeal.'),
    ).toEqual(['Paul Vesey', "Linden's lawyer"]);
  });

  it('resolves it to one whose role names the same owner', () => {
    expect(speakersOf("Carrow's attorney, Paul Vesey, said his client would fight. Carrow's attorney later said the trial should move.")).toEqual([
      'Paul Vesey',
      'Paul Vesey',
    ]);
  });

  it('still resolves a bare role to its holder', () => {
    expect(speakersOf('His attorney, Paul Vesey, said his client would fight. The attorney later said the trial should move.')).toEqual([
      'Paul Vesey',
      'Paul Vesey',
    ]);
  });
});
