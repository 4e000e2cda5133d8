/**
 * A poll or survey named at the end of a clause ("... in a new Courier poll") is the source of
 * that clause, as a fronted one ("In a new Courier poll, ...") already was; a poll that "has",
 * "puts" or "gives" a candidate somewhere reports where.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a poll named after its clause', () => {
  it('gives the clause before "in a ... poll" to the poll', () => {
    expect(quotesIn('In March, Kell drew 41 percent support in a Vale Courier poll.')).toEqual([
      { content: 'Kell drew 41 percent support', cue: 'in', speaker: 'a Vale Courier poll' },
    ]);
  });

  it('keeps a figure after a comma with its clause', () => {
    expect(quotesIn('Kell leads Mora among growers by 8 points, 52% to 44%, in the survey, taken in early May.')).toEqual([
      { content: 'Kell leads Mora among growers by 8 points, 52% to 44%', cue: 'in', speaker: 'the survey' },
    ]);
  });

  it('starts after a subordinator', () => {
    expect(quotesIn('Kell heads to Vale, where he has had a wide lead in the latest county poll.')).toEqual([
      { content: 'he has had a wide lead', cue: 'in', speaker: 'the latest county poll' },
    ]);
  });

  it('reads no source in polls in general or in a poll inside the subject', () => {
    expect(quotesIn('Kell is still leading in the polls.')).toEqual([]);
    expect(quotesIn('Kell is ahead in national polls.')).toEqual([]);
    expect(quotesIn('Nine percent of growers in the poll had not decided.')).toEqual([]);
    expect(quotesIn('Few of the growers surveyed in a poll released Monday favor the levy.')).toEqual([]);
  });

  it('reads where a poll places a candidate', () => {
    expect(quotesIn("Monday's Vale poll has Kell leading Mora by six points.")).toEqual([
      { content: 'Kell leading Mora by six points', cue: 'has', speaker: "Monday's Vale poll" },
    ]);
    expect(quotesIn('A Courier survey out on Monday had her at 7 percent.')).toEqual([
      { content: 'her at 7 percent', cue: 'had', speaker: 'A Courier survey out on Monday' },
    ]);
  });

  it('reads nothing a poll merely has', () => {
    expect(quotesIn('The poll has an error margin of four points.')).toEqual([]);
  });
});
