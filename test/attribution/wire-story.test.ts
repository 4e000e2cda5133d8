/**
 * An invented wire story in the style of international news rather than of US political news: a
 * headline with a present-tense "says", a dateline, a channel after the content ("in comments
 * carried by ..."), "was quoted by ... as saying", a video address, a readout, "citing", a claim
 * the writer qualifies, "told a news conference" and an answer after "Asked whether". Every
 * statement, its speaker as written and the entity it resolves to.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes as quotesIn } from './found-quotes.js';

const STORY = [
  'Orlov says ceasefire talks "not dead yet"',
  '',
  'VARNA, Nov 26 (Reuters) - Foreign Minister Pavel Orlov said on Wednesday that ceasefire talks with Kestria were "not dead yet", in comments carried by state television.',
  'Orlov was quoted by the Interlink news agency as saying that a new round could begin next month.',
  'In a video address posted on Telegram late on Tuesday, President Ana Sorel accused Kestria of stalling.',
  '"They are buying time," she said.',
  'Kestrian officials have repeatedly denied the charge.',
  "According to a readout of the call released by Sorel's office, the two leaders discussed prisoner exchanges.",
  'The Tide newspaper, citing two people familiar with the matter, reported that the plan had 27 points, not 19.',
  "Kestria's defence ministry said its forces had shot down 40 drones overnight, a claim that could not be independently verified.",
  'Sorel told a news conference in Varna that she would travel to Brussels next week.',
  'Asked whether she trusted Orlov, Sorel replied: "Trust is earned."',
  'Markets rallied after the remarks.',
].join('\n');

describe('a wire story about ceasefire talks', () => {
  it('finds every statement with its speaker and entity', () => {
    expect(quotesIn(STORY)).toEqual([
      { content: 'ceasefire talks "not dead yet"', cue: 'says', speaker: 'Orlov', entity: 'Pavel Orlov', mode: 'mixed' },
      { content: 'ceasefire talks with Kestria were "not dead yet"', cue: 'said', speaker: 'Foreign Minister Pavel Orlov', entity: 'Pavel Orlov', mode: 'mixed' },
      { content: 'a new round could begin next month', cue: 'saying', speaker: 'Orlov', entity: 'Pavel Orlov', mode: 'indirect' },
      { content: 'Kestria of stalling', cue: 'accused', speaker: 'President Ana Sorel', entity: 'Ana Sorel', mode: 'indirect' },
      { content: '"They are buying time,"', cue: 'said', speaker: 'she', entity: 'Ana Sorel', mode: 'direct' },
      { content: 'the charge', cue: 'denied', speaker: 'Kestrian officials', entity: 'Kestrian officials', mode: 'indirect' },
      { content: 'the two leaders discussed prisoner exchanges', cue: 'According to', speaker: "a readout of the call released by Sorel's office", entity: 'a readout of the call', mode: 'indirect' },
      { content: 'two people familiar with the matter', cue: 'citing', speaker: 'The Tide newspaper', entity: 'The Tide', mode: 'indirect' },
      { content: 'the plan had 27 points, not 19', cue: 'reported', speaker: 'The Tide newspaper', entity: 'The Tide', mode: 'indirect' },
      { content: 'its forces had shot down 40 drones overnight', cue: 'said', speaker: "Kestria's defence ministry", entity: "Kestria's defence ministry", mode: 'indirect' },
      { content: 'she would travel to Brussels next week', cue: 'told', speaker: 'Sorel', entity: 'Ana Sorel', mode: 'indirect' },
      { content: 'whether she trusted Orlov', cue: 'Asked', mode: 'indirect' },
      { content: '"Trust is earned."', cue: 'replied', speaker: 'Sorel', entity: 'Ana Sorel', mode: 'direct' },
    ]);
  });
});
