/**
 * "The mayor and the council said", "Dockers for the port and the ferry line said", "Ana Lind and
 * her aides said": when "and" joins a phrase that opens with a determiner to one that fills the
 * clause from its start, no verb can stand between them, so the subject is the whole coordination
 * (a group), not its last member. After a verb the first phrase is an object, and the clause after
 * "and" has its own subject.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a subject of two phrases joined by "and" before a determiner', () => {
  it('speaks as a whole', () => {
    expect(quotesIn('The harbor master and the pilots’ guild said the channel would be dredged in June.')).toEqual([
      { content: 'the channel would be dredged in June', cue: 'said', speaker: 'The harbor master and the pilots’ guild' },
    ]);
    expect(quotesIn('Dockers for the Orrin Line and the ferry cooperative said the strike would end on Friday.')).toEqual([
      { content: 'the strike would end on Friday', cue: 'said', speaker: 'Dockers for the Orrin Line and the ferry cooperative' },
    ]);
    expect(quotesIn('Both the Tidewater Ledger and the Kessel Gazette reported that the toll bridge had been sold.')).toEqual([
      { content: 'the toll bridge had been sold', cue: 'reported', speaker: 'Both the Tidewater Ledger and the Kessel Gazette' },
    ]);
  });

  it('resolves to a group, not to the body or person named last', () => {
    const analysis = analyze({ text: 'Mirela Vost and the canal board said the locks were unsafe.' });
    const [quote] = analysis.quotes;
    expect(quote?.speaker?.text).toBe('Mirela Vost and the canal board');
    const entity = analysis.entities.find((e) => e.id === quote?.speaker?.entityId);
    expect(entity?.kind).toBe('group');
  });

  it('leaves the first phrase to a verb before it', () => {
    expect(quotesIn('Orla Brand met the rowers and the club said the regatta would go ahead.')).toEqual([
      { content: 'the regatta would go ahead', cue: 'said', speaker: 'the club' },
    ]);
  });
});
