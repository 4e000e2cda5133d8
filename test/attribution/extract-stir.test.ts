/**
 * Verbs of a stir in an audience ("The ad angered farmers", "Her pitch resonated with voters"):
 * the subject is the content and the ones stirred are the speaker; and nouns of saying that
 * report speech with no one named ("complaints that ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a stir in an audience', () => {
  it('reads "X had angered Y" with the whole subject as the content', () => {
    expect(quotesIn("The mayor's remarks about the harbor during the budget debate had angered local fishermen.")).toEqual([
      { content: "The mayor's remarks about the harbor during the budget debate", cue: 'angered', speaker: 'local fishermen' },
    ]);
  });

  it('reads "X resonated with Y"', () => {
    expect(quotesIn("Ruiz's pledge to cut bus fares resonated with commuters in Dunmore.")).toEqual([
      { content: "Ruiz's pledge to cut bus fares", cue: 'resonated with', speaker: 'commuters in Dunmore' },
    ]);
  });

  it('reads a demonstrative subject: "That rattled Lind"', () => {
    expect(quotesIn('That rattled Lind before the second debate in Dunmore.')).toEqual([
      { content: 'That', cue: 'rattled', speaker: 'Lind' },
    ]);
  });

  it('reads a relative pronoun as the phrase before it', () => {
    expect(quotesIn('It was a fare rise by the transit board that rattled commuters.')).toEqual([
      { content: 'a fare rise by the transit board', cue: 'rattled', speaker: 'commuters' },
    ]);
  });

  it('reads "will resonate with" but not "to resonate with"', () => {
    expect(quotesIn('The toll plan will resonate with most drivers.')).toEqual([
      { content: 'The toll plan', cue: 'resonate with', speaker: 'most drivers' },
    ]);
    // ("seems" has a reading of its own; the infinitive is no stir cue.)
    expect(quotesIn('The toll plan seems to resonate with most drivers.').some((q) => q.cue === 'resonate with')).toBe(false);
  });

  it('reads a quotation that opens the clause as the subject, and an object pronoun as the audience', () => {
    expect(quotesIn('“Fix the Roads” resonated with him from the first rally.')).toEqual([
      { content: '“Fix the Roads”', cue: 'resonated with', speaker: 'him' },
    ]);
  });

  it('reads "her" before a noun as a possessive', () => {
    expect(quotesIn('The toll angered her neighbors in Dunmore.')).toEqual([
      { content: 'The toll', cue: 'angered', speaker: 'her neighbors in Dunmore' },
    ]);
  });

  it('leaves a particle, a passive and a person out', () => {
    expect(quotesIn('Lind rattled off the same figures again.')).toEqual([]);
    expect(quotesIn('Farmers were angered by the toll.')).toEqual([]);
    expect(quotesIn('Lind lost the vote, and he angered farmers on the way out.')).toEqual([]);
  });
});

describe('a noun of saying with no one named', () => {
  it('reads "complaints that ..." with no speaker', () => {
    expect(quotesIn('Despite complaints that the fees are too high, the board in Dunmore kept them.')).toEqual([
      { content: 'the fees are too high', cue: 'complaints' },
    ]);
  });

  it('reads "rumors that ..." with no speaker', () => {
    expect(quotesIn('There were rumors that the plant in Dunmore would close.')).toEqual([
      { content: 'the plant in Dunmore would close', cue: 'rumors' },
    ]);
  });

  it('leaves other nouns without an owner alone', () => {
    expect(quotesIn('There was a message that Lind would run for mayor.')).toEqual([]);
    expect(quotesIn('It ended the needless speculation that the mayor had stirred for months.')).toEqual([]);
  });
});
