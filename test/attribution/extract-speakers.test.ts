/**
 * Who speaks in constructions where the nearest noun phrase is not the speaker: participles and
 * verbs after "and" that continue a clause opened after fronted adjuncts, and subjects separated
 * from their cue by a time adjunct.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('the speaker of a participle after a comma', () => {
  it('skips a fronted place with commas: At X in Brill, Kent, on Friday, Pike did Y, saying Z', () => {
    expect(quotesIn('At the harvest fair in Brill, Kent, on Friday, Mara Pike tried to calm the growers, saying that the fund would run dry.')).toEqual([
      { content: 'the fund would run dry', cue: 'saying', speaker: 'Mara Pike' },
    ]);
  });

  it('skips a fronted participle phrase that ends in a place: Standing in Orm, Tyrol, Ortiz ..., calling', () => {
    expect(quotesIn('Standing outside the ferry office in Orm, Tyrol, Lena Ortiz waved at the cameras, calling the timetable "pure fiction."')).toEqual([
      { content: 'the timetable "pure fiction."', cue: 'calling', speaker: 'Lena Ortiz' },
    ]);
  });

  it('takes the main clause after a subordinate one: while X did Y, Vance did Z, noting', () => {
    expect(quotesIn('While the other bakers raised their prices, Tom Vance lowered his, noting that flour had become cheaper.')).toEqual([
      { content: 'flour had become cheaper', cue: 'noting', speaker: 'Tom Vance' },
    ]);
  });
});

describe('the speaker of a verb joined by "and"', () => {
  it('skips a fronted participle phrase: Waiting in Orm, Tyrol, Diaz did X and offered to Y', () => {
    expect(quotesIn('Waiting at the pier in Orm, Tyrol, Rosa Diaz folded the map into her coat and offered to guide the hikers.')).toEqual([
      { content: 'to guide the hikers', cue: 'offered', speaker: 'Rosa Diaz' },
    ]);
  });

  it('takes the subject of the second of two clauses: X did Y, and Z criticized W and said V', () => {
    expect(quotesIn('Two fishermen called for a ban on night trawling, and the Gull Bay Guild sharply criticized the harbor board and said it would stop paying dues.')).toEqual([
      { content: 'a ban on night trawling', cue: 'called for', speaker: 'Two fishermen' },
      { content: 'the harbor board', cue: 'criticized', speaker: 'the Gull Bay Guild' },
      { content: 'it would stop paying dues', cue: 'said', speaker: 'the Gull Bay Guild' },
    ]);
  });
});

describe('the speaker before a time adjunct', () => {
  it('passes over "earlier in the day" between the subject and the cue', () => {
    expect(quotesIn('Warden Ed Moss earlier in the day praised the new fence around the reserve.')).toEqual([
      { content: 'the new fence around the reserve', cue: 'praised', speaker: 'Warden Ed Moss' },
    ]);
  });

  it('passes over "for years" after a relative pronoun', () => {
    expect(quotesIn('The tunnel was opposed by Al Ruiz, who for years had argued that the hill would collapse.')).toEqual([
      { content: 'The tunnel', cue: 'opposed', speaker: 'Al Ruiz' },
      { content: 'the hill would collapse', cue: 'argued', speaker: 'who' },
    ]);
  });

  it('takes the quantifier before "in": Many in the hall said X', () => {
    expect(quotesIn('Many in the hall said the choir had never sung better.')).toEqual([
      { content: 'the choir had never sung better', cue: 'said', speaker: 'Many' },
    ]);
  });
});

describe('the speaker before a time phrase', () => {
  it('passes over "this past month" between the subject and the cue', () => {
    expect(quotesIn('Ann Vale this past month announced a second bus line for the valley.')).toEqual([
      { content: 'a second bus line for the valley', cue: 'announced', speaker: 'Ann Vale' },
    ]);
  });
});

describe('the speaker of a participle: the clause right before it', () => {
  it('takes a pronoun after a fronted time phrase with no comma: By Monday afternoon he had X, citing Y', () => {
    expect(quotesIn('By Monday afternoon he had closed the bakery on Pine Street, citing a broken oven.')).toEqual([
      { content: 'a broken oven', cue: 'citing', speaker: 'he' },
    ]);
  });

  it('takes the main clause after a fronted "when" clause: when X asked Y, it refused, citing Z', () => {
    expect(quotesIn('When the guild asked the printer to add a second run, it refused, citing a paper shortage.')).toEqual([
      { content: 'the printer to add a second run', cue: 'asked', speaker: 'the guild' },
      { content: 'a paper shortage', cue: 'citing', speaker: 'it' },
    ]);
  });

  it('takes a pronoun after "later" before a verb joined by "and"', () => {
    expect(quotesIn('Two days later they changed their minds, repainted the sign and said the shop would stay open.')).toEqual([
      { content: 'the shop would stay open', cue: 'said', speaker: 'they' },
    ]);
  });
});

describe('the speaker of a verb joined by "and" inside a relative clause', () => {
  it('shares the relative pronoun: X, who did Y and said Z', () => {
    expect(quotesIn('The tour was led by Ana Ruiz, who opened the gate at noon and said the trail was safe.')).toEqual([
      { content: 'the trail was safe', cue: 'said', speaker: 'who' },
    ]);
  });
});

describe('the speaker of a participle after a dateline with a dash', () => {
  it('takes the subject after "Orm (AP) –": the dash opens the clause', () => {
    expect(quotesIn('Orm (AP) – Mayor Ida Brand has turned down the new tunnel, calling it "a hole for money."')).toEqual([
      { content: 'it "a hole for money."', cue: 'calling', speaker: 'Mayor Ida Brand' },
    ]);
  });
});

describe('the speaker of a participle after a relative clause', () => {
  it('passes over the relative pronoun of an earlier statement: X, who praised Y, spoke, adding Z', () => {
    expect(quotesIn('Mayor Jo Lind, who had praised the dam, spoke next, adding that the lake would rise.')).toEqual([
      { content: 'the dam', cue: 'praised', speaker: 'who' },
      { content: 'the lake would rise', cue: 'adding', speaker: 'Mayor Jo Lind' },
    ]);
  });
});

describe('the source of "according to" with an author after "by"', () => {
  it('keeps the author in the source: according to calculations by X of Y', () => {
    expect(quotesIn('A fair rent in Vale County is about $900 a month, according to estimates by Ana Pike of Dunmore College.')).toEqual([
      { content: 'A fair rent in Vale County is about $900 a month', cue: 'according to', speaker: 'estimates by Ana Pike of Dunmore College' },
    ]);
  });

  it('keeps a named author after a participle: according to a report released by X', () => {
    expect(quotesIn('The ferry lost money for six years, according to a report released by the Gull Bay Harbor Board.')).toEqual([
      { content: 'The ferry lost money for six years', cue: 'according to', speaker: 'a report released by the Gull Bay Harbor Board' },
    ]);
  });
});

describe('a dateline set with a horizontal bar', () => {
  it('skips "ORM ―" before the subject, as it skips "ORM —"', () => {
    expect(quotesIn('ORM ― Mayor Ida Brand opened the season on Tuesday by praising the new ferry.')).toEqual([
      { content: 'the new ferry', cue: 'praising', speaker: 'Mayor Ida Brand' },
    ]);
  });
});

describe('an agency credit alone before the dash', () => {
  it('leaves "(Wire) —" out of what was said', () => {
    expect(quotesIn('(Wire) — Brandt Foods is closing its Orm plant, the company said on Monday.')).toEqual([
      { content: 'Brandt Foods is closing its Orm plant', cue: 'said', speaker: 'the company' },
    ]);
    expect(quotesIn('(Orm Daily Wire) - Brandt Foods is closing its Orm plant, the company said on Monday.')).toEqual([
      { content: 'Brandt Foods is closing its Orm plant', cue: 'said', speaker: 'the company' },
    ]);
  });
});
