/**
 * "Tom Reyes, its director of research, said ...", "Ana Lind, his spokeswoman, said ...": a
 * possessive pronoun opens an appositive role as an article does and is no part of the title,
 * which is "director" or "spokeswoman", not "its director"; "the spokeswoman" still finds her.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { attributedQuotes } from './found-quotes.js';

function rolesOf(text: string, name: string): string[] | undefined {
  return analyze({ text }).entities.find((entity) => entity.name === name)?.roles.map((role) => role.title);
}

describe('a possessive pronoun before an appositive role', () => {
  it('is left out of the title', () => {
    expect(rolesOf('The trust published its report. Tom Reyes, its director of research, said the rules were weak.', 'Tom Reyes')).toEqual(['director']);
    expect(rolesOf('Kell was away. Ana Lind, his spokeswoman, said he would return.', 'Ana Lind')).toEqual(['spokeswoman']);
  });

  it('still lets the role find the person', () => {
    expect(attributedQuotes('Kell was away. Ana Lind, his spokeswoman, said he was ill. The spokeswoman said he would return.').at(-1)).toEqual({
      content: 'he would return',
      cue: 'said',
      speaker: 'The spokeswoman',
      entity: 'Ana Lind',
    });
  });
});
