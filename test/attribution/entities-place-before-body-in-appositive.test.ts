/**
 * "Tarn Cyber, a Paris firm hired by the hospitals, said ...": a place's name right after "a" in
 * an appositive is a modifier of its head, so the head ("firm") before the reduced relative still
 * says the name is an organization's. A person's given name keeps the person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function kindOf(text: string, name: string): string | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.kind;
}

describe('a place before the head of an appositive', () => {
  it('leaves the head to say what the name is', () => {
    expect(kindOf('Tarn Cyber, a Paris firm hired by the hospitals, said the backups were intact.', 'Tarn Cyber')).toBe('organization');
    expect(kindOf('Ana Lind, a Paris lawyer hired by the club, said the backups were intact.', 'Ana Lind')).toBe('person');
  });
});
