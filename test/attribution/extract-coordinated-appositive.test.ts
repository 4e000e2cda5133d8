/**
 * A second clause after ", and" (", but", ", while") whose subject carries an appositive between
 * commas: the first statement ends before it, and the verb after the appositive has that subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a coordinated subject with an appositive', () => {
  it('ends the first content and gives the second cue its own speaker', () => {
    expect(quotesIn("The ferry board insists that the timetable is on track, and Tom Reed, the board's budget adviser, said his team was drafting new routes.")).toEqual([
      { content: 'the timetable is on track', cue: 'insists', speaker: 'The ferry board' },
      { content: 'his team was drafting new routes', cue: 'said', speaker: "Tom Reed, the board's budget adviser" },
    ]);
  });

  it('ends an object before a clause after ", but"', () => {
    expect(quotesIn('Mara Lind praised the new pier, but the harbor master, a longtime critic of the project, stayed silent.')).toEqual([
      { content: 'the new pier', cue: 'praised', speaker: 'Mara Lind' },
    ]);
  });

  it('keeps a verb after a plain comma with the subject before it', () => {
    expect(quotesIn('Mara Lind praised the new pier, urged the council to fund a second one and said the town would grow.')).toEqual([
      { content: 'the new pier', cue: 'praised', speaker: 'Mara Lind' },
      { content: 'the council to fund a second one', cue: 'urged', speaker: 'Mara Lind' },
      { content: 'the town would grow', cue: 'said', speaker: 'Mara Lind' },
    ]);
  });
});

describe('a subject with an appositive that holds a cue of its own', () => {
  it('gives the verb after the appositive the subject before it', () => {
    expect(quotesIn('Tom Reed, a radio host considered among the sharpest voices in the valley, recalled in 2008 that the mayor was not trusted.')).toEqual([
      { content: 'among the sharpest voices in the valley', cue: 'considered', speaker: 'a radio host' },
      { content: 'the mayor was not trusted', cue: 'recalled', speaker: 'Tom Reed, a radio host considered among the sharpest voices in the valley' },
    ]);
  });

  it('gives the verb after a relative clause the phrase the clause is on', () => {
    expect(quotesIn("The upset, which Lind conceded when the polls closed at eight, confirmed the strength of the growers' vote.")).toEqual([
      { content: 'which Lind conceded when the polls closed at eight', cue: 'conceded', speaker: 'Lind' },
      { content: "the strength of the growers' vote", cue: 'confirmed', speaker: 'The upset, which Lind conceded when the polls closed at eight' },
    ]);
  });

  it('keeps the bare subject when a participle stands between', () => {
    expect(quotesIn('Ortiz, later alleging that the mayor lied, said he would sue.')).toEqual([
      { content: 'the mayor lied', cue: 'alleging', speaker: 'Ortiz' },
      { content: 'he would sue', cue: 'said', speaker: 'Ortiz' },
    ]);
  });
});
