/**
 * "Sheikh", "Sultan" and "Ayatollah" are titles before a name, as "Prince" and "Emir" are: the
 * title is the role, not part of the name, and a later "Sheikh Faris" finds the person named in
 * full before.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function speakersOf(text: string): (string | undefined)[] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => analysis.entities.find((entity) => entity.id === quote.speaker?.entityId)?.name);
}

describe('Gulf and clerical titles before a name', () => {
  it('are roles, and the title with the given name finds the person', () => {
    expect(speakersOf('Sheikh Faris bin Nasser Al Marzan said the port would reopen. Sheikh Faris said he was hopeful.')).toEqual([
      'Faris bin Nasser Al Marzan',
      'Faris bin Nasser Al Marzan',
    ]);
  });

  it('leave the name alone after a clerical title', () => {
    expect(speakersOf('Ayatollah Hossein Tabari said the shrine would stay closed. Tabari said pilgrims should wait.')).toEqual([
      'Hossein Tabari',
      'Hossein Tabari',
    ]);
  });
});
