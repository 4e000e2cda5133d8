import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbersAndDates } from '../../src/claims/numbers-and-dates.js';
import { extractQuantities, singular } from '../../src/claims/numbers.js';
import { Quantity } from '../../src/model/claim.js';

/** The quantities of a whole sentence as [text, value, unit, noun, qualifier]. */
function q(text: string): Array<[string, number, string | undefined, string | undefined, string]> {
  return extractQuantities(text, 0, text.length).map((x) => [x.text, x.value, x.unit, x.noun, x.qualifier]);
}

describe('extractQuantities: values and units', () => {
  it('normalises "five hours" and "5 hours" alike', () => {
    expect(q('The hearing ran five hours.')).toEqual([['five hours', 5, 'hour', undefined, 'exact']]);
    expect(q('The hearing ran 5 hours.')).toEqual([['5 hours', 5, 'hour', undefined, 'exact']]);
  });

  it('reads approximate qualifiers', () => {
    expect(q('The vote took nearly five hours.')).toEqual([['nearly five hours', 5, 'hour', undefined, 'approximate']]);
    const words = ['about', 'around', 'roughly', 'almost', 'some', 'close to', 'an estimated'];
    for (const word of words) {
      const [first] = extractQuantities(`Crews cleared ${word} 40 miles of road.`, 0, 60);
      expect(first?.qualifier, word).toBe('approximate');
      expect(first?.value, word).toBe(40);
      expect(first?.unit, word).toBe('mile');
      expect(first?.text.startsWith(word), word).toBe(true);
    }
  });

  it('reads at-least and at-most qualifiers', () => {
    expect(q('Police said more than 100,000 people rallied.')).toEqual([['more than 100,000 people', 100000, 'person', 'people', 'at-least']]);
    expect(q('At least 12 villages flooded.')).toEqual([['At least 12 villages', 12, 'village', 'villages', 'at-least']]);
    expect(q('It holds at most 30 seats.')).toEqual([['at most 30 seats', 30, 'seat', 'seats', 'at-most']]);
    expect(q('It may cost up to 8 percent.')).toEqual([['up to 8 percent', 8, 'percent', undefined, 'at-most']]);
    expect(q('Fewer than 20 ships docked.')).toEqual([['Fewer than 20 ships', 20, 'ship', 'ships', 'at-most']]);
    expect(q('Turnout was less than 45%.')).toEqual([['less than 45%', 45, 'percent', undefined, 'at-most']]);
  });

  it('takes a hyphenated unit and the head noun after it', () => {
    expect(q('Envoys traded a 19-point cease-fire draft.')).toEqual([['19-point cease-fire draft', 19, 'point', 'draft', 'exact']]);
    expect(q('They backed a 12-point plan to reopen ports.')).toEqual([['12-point plan', 12, 'point', 'plan', 'exact']]);
    expect(q('She signed a two-year deal.')).toEqual([['two-year deal', 2, 'year', 'deal', 'exact']]);
    expect(q('The lead grew to 27 points.')).toEqual([['27 points', 27, 'point', undefined, 'exact']]);
  });

  it('reads scales, money and plural scales', () => {
    expect(q('Damage ran into the millions.')).toEqual([['into the millions', 1000000, undefined, undefined, 'at-least']]);
    expect(q('Some 1.2 million voters stayed home.')).toEqual([['Some 1.2 million voters', 1200000, 'voter', 'voters', 'approximate']]);
    expect(q('The state pledged $350 million.')).toEqual([['$350 million', 350000000, 'USD', undefined, 'exact']]);
    expect(q('The state pledged 350 million dollars.')).toEqual([['350 million dollars', 350000000, 'USD', undefined, 'exact']]);
    expect(q('A $2 billion aid package passed.')).toEqual([['$2 billion aid package', 2000000000, 'USD', 'package', 'exact']]);
    expect(q('It cost €5bn.')).toEqual([['€5bn', 5000000000, 'EUR', undefined, 'exact']]);
    expect(q('Tens of thousands of farmers marched.')).toEqual([
      ['Tens of thousands of farmers', 10000, 'farmer', 'farmers', 'at-least'],
    ]);
    expect(q('Thousands fled.')).toEqual([['Thousands', 1000, undefined, undefined, 'at-least']]);
    expect(q('Hundreds of thousands signed.')).toEqual([['Hundreds of thousands', 100000, undefined, undefined, 'at-least']]);
  });

  it('reads percentages and percentage points', () => {
    expect(q('Support stood at 40% in polls.')).toEqual([['40%', 40, 'percent', undefined, 'exact']]);
    expect(q('Support stood at 40 percent.')).toEqual([['40 percent', 40, 'percent', undefined, 'exact']]);
    expect(q('Support stood at 40 per cent.')).toEqual([['40 per cent', 40, 'percent', undefined, 'exact']]);
    expect(q('Prices rose 4.2 percent.')).toEqual([['4.2 percent', 4.2, 'percent', undefined, 'exact']]);
    expect(q('The rate fell 0.1 percentage points.')).toEqual([['0.1 percentage points', 0.1, 'percentage point', undefined, 'exact']]);
    expect(q('Only 40 percent of voters agreed.')).toEqual([['40 percent of voters', 40, 'percent', 'voters', 'exact']]);
  });

  it('reads number words, dozens and fractions', () => {
    expect(q('Ninety-nine boats left.')).toEqual([['Ninety-nine boats', 99, 'boat', 'boats', 'exact']]);
    expect(q('They hired twenty five clerks.')).toEqual([['twenty five clerks', 25, 'clerk', 'clerks', 'exact']]);
    expect(q('Three hundred and fifty thousand dollars vanished.')).toEqual([
      ['Three hundred and fifty thousand dollars', 350000, 'USD', undefined, 'exact'],
    ]);
    expect(q('A thousand troops moved.')).toEqual([['A thousand troops', 1000, 'troop', 'troops', 'exact']]);
    expect(q('Two billion doses shipped.')).toEqual([['Two billion doses', 2000000000, 'dose', 'doses', 'exact']]);
    expect(q('The trillion mark held.')).toEqual([]);
    expect(q('A dozen envoys came.')).toEqual([['A dozen envoys', 12, 'envoy', 'envoys', 'exact']]);
    expect(q('Dozens of envoys came.')).toEqual([['Dozens of envoys', 12, 'envoy', 'envoys', 'at-least']]);
    expect(q('Half of the seats changed.')).toEqual([['Half of the seats', 0.5, 'seat', 'seats', 'exact']]);
    expect(q('It needs two-thirds of senators.')).toEqual([['two-thirds of senators', 0.666666666667, 'senator', 'senators', 'exact']]);
    expect(q('A third of the budget went.')).toEqual([['A third of the budget', 0.333333333333, 'budget', 'budget', 'exact']]);
  });

  it('shares a unit across a range and bounds "between"', () => {
    expect(q('It lasts two or three days.')).toEqual([
      ['two', 2, 'day', undefined, 'exact'],
      ['three days', 3, 'day', undefined, 'exact'],
    ]);
    expect(q('Between 10 and 15 percent agreed.')).toEqual([
      ['10', 10, 'percent', undefined, 'at-least'],
      ['15 percent', 15, 'percent', undefined, 'at-most'],
    ]);
  });

  it('counts nouns with modifiers and stops at verbs', () => {
    expect(q('Three senior officials resigned.')).toEqual([['Three senior officials', 3, 'official', 'officials', 'exact']]);
    expect(q('About 30 casualties were reported.')).toEqual([['About 30 casualties', 30, 'casualty', 'casualties', 'approximate']]);
    expect(q('The panel heard 12 witnesses say so.')).toEqual([['12 witnesses', 12, 'witness', 'witnesses', 'exact']]);
  });

  it('singularises units', () => {
    expect(['people', 'casualties', 'churches', 'taxes', 'hours', 'crisis', 'bus', 'series'].map(singular)).toEqual([
      'person', 'casualty', 'church', 'tax', 'hour', 'crisis', 'bus', 'series',
    ]);
  });
});

describe('extractQuantities: what is not a quantity', () => {
  it('skips ordinals', () => {
    expect(q('It was his fourth year and the first vote; the 21st round.')).toEqual([]);
  });

  it('skips names and codes with digits', () => {
    expect(q('After World War II the G7, COVID-19 and F-16 jets came up.')).toEqual([]);
  });

  it('skips labels, ids and phone-like numbers', () => {
    expect(q('Call 555-0142 about No. 2 under Article 5 on page 7.')).toEqual([]);
    expect(q('The 9/11 panel met 24/7 and won 3-2 at 10:30.')).toEqual([]);
    expect(q('Flight 370 and Boeing 737 jets; agent 007; version 1.2.3.')).toEqual([]);
    expect(q('No one came; one of them left; the one he chose.')).toEqual([]);
  });

  it('skips years and decades but keeps four-digit counts', () => {
    expect(q('The 2016 race echoed the 1990s.')).toEqual([]);
    expect(q('Organisers counted 2000 marchers.')).toEqual([['2000 marchers', 2000, 'marcher', 'marchers', 'exact']]);
    expect(q('Polls put Lee at 45 percent, Cruz 40 percent.')).toEqual([
      ['45 percent', 45, 'percent', undefined, 'exact'],
      ['40 percent', 40, 'percent', undefined, 'exact'],
    ]);
  });

  it('skips the spans it is told to exclude', () => {
    const text = 'Some 40 ships and 7 boats sailed.';
    expect(extractQuantities(text, 0, text.length).map((x) => x.value)).toEqual([40, 7]);
    const none = extractQuantities(text, 0, text.length, { exclude: [{ start: 18, end: 19 }, { start: 5, end: 7 }] });
    expect(none).toEqual([]);
    const unqualified = extractQuantities(text, 0, text.length, { exclude: [{ start: 0, end: 4 }] });
    expect(unqualified.map((x) => [x.text, x.qualifier])).toEqual([['40 ships', 'exact'], ['7 boats', 'exact']]);
    const other = extractQuantities(text, 0, text.length, { exclude: [{ start: 16, end: 25 }] });
    expect(other.map((x) => x.text)).toEqual(['Some 40 ships']);
  });

  it('finds dates first in extractNumbersAndDates, so their numbers are not quantities', () => {
    const text = 'On Dec. 3, 2025, at 3 p.m., about 5,000 people gathered for two days.';
    const { numbers, dates } = extractNumbersAndDates(text, 0, text.length, '2025-12-04');
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Dec. 3, 2025', '2025-12-03'],
      ['3 p.m.', '2025-12-03T15:00'],
    ]);
    expect(numbers.map((x) => [x.text, x.value, x.unit, x.qualifier])).toEqual([
      ['about 5,000 people', 5000, 'person', 'approximate'],
      ['two days', 2, 'day', 'exact'],
    ]);
  });
});

describe('extractQuantities: ranges, anchors and robustness', () => {
  it('only looks inside [start, end) and anchors into the whole text', () => {
    const text = 'First 10 boats. Then 20 boats.';
    const found = extractQuantities(text, 16, text.length);
    expect(found.map((x) => [x.text, x.anchor.span.start, x.anchor.span.end])).toEqual([['20 boats', 21, 29]]);
    expect(found[0]?.anchor.prefix).toBe('First 10 boats. Then ');
  });

  it('never throws on odd offsets', () => {
    expect(extractQuantities('5 hours', -3, 99)).toHaveLength(1);
    expect(extractQuantities('5 hours', 5, 2)).toEqual([]);
    expect(extractQuantities('5 hours', Number.NaN, Number.NaN)).toHaveLength(1);
    expect(extractQuantities('On Dec. 3 the fleet sailed.', 0, 99)).toEqual([]);
  });

  const vocabulary = [
    '5', '19-point', 'five', 'twenty-five', 'hundred', 'million', 'millions', 'tens', 'of', 'thousands', 'a', 'dozen',
    'half', 'two-thirds', '$', '€', '350', '1,200.5', '1,2', '%', 'percent', 'per', 'cent', 'percentage', 'points', 'more',
    'than', 'nearly', 'up', 'to', 'between', 'and', 'or', 'people', 'draft', 'cease-fire', 'hours', 'the', 'into', 'No.',
    'Article', '9/11', '555-1234', '2016', 'one', '-', '–', ',', '.', 'G7', 'Dec.', '3', 'Tuesday', 'yesterday', 'at',
    'p.m.', '0', '007', '1990s', '4th', '\u00e9t\u00e9', '\ud83d\ude00', '\n',
  ];
  const sentence = fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }).map((words) => words.join(' '));
  const anyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }), sentence);

  it('anchors every quantity exactly, inside the range, with valid fields (property)', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = text.length === 0 ? 0 : start + (b % (text.length - start + 1));
        for (const found of [extractQuantities(text, start, end), extractNumbersAndDates(text, start, end, '2025-12-04').numbers]) {
          for (const quantity of found) {
            expect(Quantity.safeParse(quantity).success).toBe(true);
            expect(text.slice(quantity.anchor.span.start, quantity.anchor.span.end)).toBe(quantity.anchor.exact);
            expect(quantity.text).toBe(quantity.anchor.exact);
            expect(quantity.anchor.span.start).toBeGreaterThanOrEqual(start);
            expect(quantity.anchor.span.end).toBeLessThanOrEqual(end);
            expect(Number.isFinite(quantity.value)).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  // A scan quadratic in 200 KB takes tens of seconds; a linear one well under a second when the machine is
  // idle. The bound leaves room for a loaded machine without letting a quadratic scan through.
  it('handles 200 KB of hostile input in linear time', () => {
    const inputs = [
      '9'.repeat(200_000),
      '1,'.repeat(100_000),
      'million '.repeat(25_000),
      'a million '.repeat(20_000),
      'one '.repeat(50_000),
      'twenty '.repeat(30_000),
      '1-'.repeat(100_000),
      'more than '.repeat(20_000),
      '5 '.repeat(100_000),
      'tens of '.repeat(25_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      extractQuantities(input, 0, input.length);
      extractNumbersAndDates(input, 0, input.length, '2025-12-04');
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(3000);
    }
  });
});

describe('extractQuantities: corner cases from news text', () => {
  it('keeps foreign dollars apart from USD', () => {
    expect(q('The levy was 30 Canadian dollars.')).toEqual([['30 Canadian dollars', 30, 'dollar', undefined, 'exact']]);
    expect(q('The levy was 30 U.S. dollars.')).toEqual([['30 U.S. dollars', 30, 'USD', undefined, 'exact']]);
  });

  it('skips "one of", score-like hyphens, names and list numbers', () => {
    expect(q('It was one of her ads.')).toEqual([]);
    expect(q('A 5-to-4 majority ruled.')).toEqual([]);
    expect(q('The Gang of Eight met.')).toEqual([]);
    expect(q('1. The plan')).toEqual([]);
  });
});
