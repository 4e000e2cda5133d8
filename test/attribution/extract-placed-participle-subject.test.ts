/**
 * A subject may carry a reduced relative whose participle takes a place or a party ("a lawsuit
 * filed against the city", "a complaint filed Monday with the board", "two people hurt in the
 * blast", "workers interviewed outside the plant"): the speaker is the phrase from its head, not
 * the noun after the preposition.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a reduced relative with a preposition in the subject', () => {
  it('takes the phrase from its head as the speaker', () => {
    expect(quotesIn('A lawsuit filed against the town of Orsk alleges that deputies seized the boats unlawfully.')).toEqual([
      { content: 'deputies seized the boats unlawfully', cue: 'alleges', speaker: 'A lawsuit filed against the town of Orsk' },
    ]);
    expect(quotesIn('A complaint filed Monday with the harbor board says the tolls were never approved.')).toEqual([
      { content: 'the tolls were never approved', cue: 'says', speaker: 'A complaint filed Monday with the harbor board' },
    ]);
    expect(quotesIn('Two ferry workers injured in the blast said the alarm never sounded.')).toEqual([
      { content: 'the alarm never sounded', cue: 'said', speaker: 'Two ferry workers injured in the blast' },
    ]);
  });

  it('takes the people met at a place as the speaker, not the place', () => {
    expect(quotesIn('Dockers interviewed outside the shipyard said they would accept the offer.')).toEqual([
      { content: 'they would accept the offer', cue: 'said', speaker: 'Dockers interviewed outside the shipyard' },
    ]);
    expect(quotesIn('Shoppers stopped near the market hall said prices had doubled.')).toEqual([
      { content: 'prices had doubled', cue: 'said', speaker: 'Shoppers stopped near the market hall' },
    ]);
    expect(quotesIn('Growers polled across the valley said the frost had spared the vines.')).toEqual([
      { content: 'the frost had spared the vines', cue: 'said', speaker: 'Growers polled across the valley' },
    ]);
  });

  it('takes the head before a participle with a count as the speaker', () => {
    expect(quotesIn('A post shared more than 6,000 times on Chirper claims that the ferry will be sold.')).toEqual([
      { content: 'the ferry will be sold', cue: 'claims', speaker: 'A post shared more than 6,000 times on Chirper' },
    ]);
    expect(quotesIn('A clip watched 80,000 times says the count was rigged.')).toEqual([
      { content: 'the count was rigged', cue: 'says', speaker: 'A clip watched 80,000 times' },
    ]);
  });

  it('leaves a relative clause with its own verb to its pronoun', () => {
    expect(quotesIn('Pell Dorran, who was jailed in March, said the charges were false.')).toEqual([
      { content: 'the charges were false', cue: 'said', speaker: 'Pell Dorran, who was jailed in March' },
    ]);
  });
});
