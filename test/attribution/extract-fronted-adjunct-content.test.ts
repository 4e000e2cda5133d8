/**
 * What was said may open with an adjunct of its own, right after "that" ("said that during the
 * visit, ..."): the comma that closes the adjunct does not end the content, even when a verb of
 * speech follows in its main clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an adjunct fronted in what was said', () => {
  it('reads on past a fronted time adjunct into the main clause', () => {
    expect(quotesIn('Lind said that during the mayor\'s visit to Lima this week, President Ana Maria Ruiz reiterated her request for a port.')).toEqual([
      { content: 'during the mayor\'s visit to Lima this week, President Ana Maria Ruiz reiterated her request for a port', cue: 'said', speaker: 'Lind' },
    ]);
  });

  it('reads on past a fronted condition after a second "that"', () => {
    const said = quotesIn('Lind said that a swap was hard but that if the mayor chose to strike one, he ought to have pressed for freeing every crew member.').find((q) => q.cue === 'said');
    expect(said).toEqual({
      content: 'a swap was hard but that if the mayor chose to strike one, he ought to have pressed for freeing every crew member',
      cue: 'said',
      speaker: 'Lind',
    });
  });

  it('reads on past a participle set off by commas after "that"', () => {
    expect(quotesIn('Lind said it was only fitting that, having lost twice before, she now faces a rival eager to attack her record.')).toEqual([
      { content: 'it was only fitting that, having lost twice before, she now faces a rival eager to attack her record', cue: 'said', speaker: 'Lind' },
    ]);
  });

  it('leaves a question after "asked if" to its own reply', () => {
    expect(quotesIn('Asked if he thought the levy went too far, Kell replied: “I guess so.”')).toEqual([
      { content: 'if he thought the levy went too far', cue: 'Asked', speaker: undefined },
      { content: '“I guess so.”', cue: 'replied', speaker: 'Kell' },
    ]);
  });
});
