import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/claims/dates.js';
import { extractNumbersAndDates } from '../../src/claims/numbers-and-dates.js';
import { DateMention } from '../../src/model/claim.js';

/** Published on Thursday 4 December 2025 (ISO week 2025-W49). */
const PUB = '2025-12-04';

/** The dates of a whole sentence as [text, value, granularity, relative, resolved]; `null` for no publication date. */
function d(text: string, publishedAt: string | null = PUB): Array<[string, string | undefined, string, boolean, boolean]> {
  return extractDates(text, 0, text.length, publishedAt ?? undefined).map((x) => [x.text, x.value, x.granularity, x.relative, x.resolved]);
}

describe('extractDates: absolute dates', () => {
  it('reads month-day dates with and without a year', () => {
    expect(d('The envoys landed Dec. 3 in the capital.')).toEqual([['Dec. 3', '2025-12-03', 'day', false, true]]);
    expect(d('The envoys landed on December 3, 2025.')).toEqual([['December 3, 2025', '2025-12-03', 'day', false, true]]);
    expect(d('The envoys landed on 3 December 2025.')).toEqual([['3 December 2025', '2025-12-03', 'day', false, true]]);
    expect(d('The envoys landed on 2025-12-03.')).toEqual([['2025-12-03', '2025-12-03', 'day', false, true]]);
    expect(d('The memorial marks Sept. 11 each year.')).toEqual([['Sept. 11', '2025-09-11', 'day', false, true]]);
    expect(d('Talks resume Jan. 14, officials said.')).toEqual([['Jan. 14', '2026-01-14', 'day', false, true]]);
  });

  it('reads a yearless date as less than a year back, or at most two months ahead', () => {
    expect(d('It ends Feb. 2.', '2025-12-04')).toEqual([['Feb. 2', '2026-02-02', 'day', false, true]]);
    expect(d('It ended Nov. 2.', '2025-12-04')).toEqual([['Nov. 2', '2025-11-02', 'day', false, true]]);
    expect(d('It ended Dec. 20.', '2026-01-05')).toEqual([['Dec. 20', '2025-12-20', 'day', false, true]]);
    // News mostly looks back: a January written in September is this year's, though next January is nearer.
    expect(d('There were 2,500 incidents between January 3 and August 21.', '2016-09-20').map((x) => x[1])).toEqual(['2016-01-03', '2016-08-21']);
    expect(d('The vote is set for Nov. 15.', '2016-09-20')).toEqual([['Nov. 15', '2016-11-15', 'day', false, true]]);
  });

  it('reads months and years with context', () => {
    expect(d('The war widened in February 2022.')).toEqual([['February 2022', '2022-02', 'month', false, true]]);
    expect(d('Sales fell in 2022.')).toEqual([['2022', '2022', 'year', false, true]]);
    expect(d('Sanctions have held since 2014.')).toEqual([['2014', '2014', 'year', false, true]]);
    expect(d('Prices rose in October.')).toEqual([['October', '2025-10', 'month', false, true]]);
    expect(d('It was signed last March.')).toEqual([['last March', '2025-03', 'month', true, true]]);
    expect(d('Polls open in mid-January.')).toEqual([['mid-January', '2026-01', 'month', false, true]]);
    expect(d('Rates held between 2014 and 2016.')).toEqual([
      ['2014', '2014', 'year', false, true],
      ['2016', '2016', 'year', false, true],
    ]);
    expect(d('The 2016 election was close.')).toEqual([['2016', '2016', 'year', false, true]]);
    expect(d('In his 2002 book, she found the figure.')).toEqual([['2002', '2002', 'year', false, true]]);
    // A plural noun after it makes it a count, whatever the determiner.
    expect(d('They recounted his 2000 votes.')).toEqual([]);
  });

  it('avoids the modal "may", the verb "march" and bare month names', () => {
    expect(d('Officials may march to the square. May I ask? March forward.')).toEqual([]);
    expect(d('Theresa May spoke; April Ryan asked.')).toEqual([]);
    expect(d('A crowd of 2000 marchers came.')).toEqual([]);
  });
});

describe('extractDates: weekdays', () => {
  it('resolves a bare weekday to the last one on or before publication', () => {
    expect(d('The council met on Tuesday.')).toEqual([['Tuesday', '2025-12-02', 'day', true, true]]);
    expect(d('The council met Thursday.')).toEqual([['Thursday', '2025-12-04', 'day', true, true]]);
    expect(d('Lawmakers argued Monday night.')).toEqual([['Monday night', '2025-12-01', 'day', true, true]]);
    expect(d("Friday's vote split the party.")).toEqual([['Friday', '2025-11-28', 'day', true, true]]);
  });

  it('resolves a weekday in a future clause, and "next", forward', () => {
    expect(d('The council will vote on Tuesday.')).toEqual([['Tuesday', '2025-12-09', 'day', true, true]]);
    expect(d('On Saturday, the leaders will meet.')).toEqual([['Saturday', '2025-12-06', 'day', true, true]]);
    expect(d('They meet next Tuesday.')).toEqual([['next Tuesday', '2025-12-09', 'day', true, true]]);
    expect(d('They met last Thursday.')).toEqual([['last Thursday', '2025-11-27', 'day', true, true]]);
    expect(d('He said Tuesday that he will resign.')).toEqual([['Tuesday', '2025-12-02', 'day', true, true]]);
  });

  it('merges a weekday with the date after it', () => {
    expect(d('Voting ends Tuesday, Dec. 9.')).toEqual([['Tuesday, Dec. 9', '2025-12-09', 'day', false, true]]);
  });

  it('does not take weekdays inside names', () => {
    expect(d('Results on Super Tuesday; the Sunday Times; Saturday Night Live.')).toEqual([]);
  });
});

describe('extractDates: relative dates', () => {
  it('resolves relative days', () => {
    expect(d('The minister spoke yesterday.')).toEqual([['yesterday', '2025-12-03', 'day', true, true]]);
    expect(d('Today the talks end.')).toEqual([['Today', '2025-12-04', 'day', true, true]]);
    expect(d('He speaks tonight.')).toEqual([['tonight', '2025-12-04', 'day', true, true]]);
    expect(d('Votes are due tomorrow morning.')).toEqual([['tomorrow morning', '2025-12-05', 'day', true, true]]);
    expect(d('Shelling resumed last night.')).toEqual([['last night', '2025-12-03', 'day', true, true]]);
    expect(d("Yesterday's vote failed.")).toEqual([['Yesterday', '2025-12-03', 'day', true, true]]);
    expect(d('They left two days ago.')).toEqual([['two days ago', '2025-12-02', 'day', true, true]]);
  });

  it('works from a date-time publication with an offset, by its own calendar day', () => {
    expect(d('The minister spoke yesterday.', '2025-12-04T23:30:00-05:00')).toEqual([['yesterday', '2025-12-03', 'day', true, true]]);
    expect(d('The minister spoke yesterday.', '2025-12-04T01:00:00Z')).toEqual([['yesterday', '2025-12-03', 'day', true, true]]);
  });

  it('resolves weeks to ISO weeks, and months and years', () => {
    expect(d('Prices fell last week.')).toEqual([['last week', '2025-W48', 'week', true, true]]);
    expect(d('Talks continue this week.')).toEqual([['this week', '2025-W49', 'week', true, true]]);
    expect(d('Talks continue next week.')).toEqual([['next week', '2025-W50', 'week', true, true]]);
    expect(d('Prices fell last month.')).toEqual([['last month', '2025-11', 'month', true, true]]);
    expect(d('Prices fell earlier this month.')).toEqual([['earlier this month', '2025-12', 'month', true, true]]);
    expect(d('Prices fell this year.')).toEqual([['this year', '2025', 'year', true, true]]);
    expect(d('Prices fell last year.')).toEqual([['last year', '2024', 'year', true, true]]);
    expect(d('It shipped last week.', '2026-01-02')).toEqual([['last week', '2025-W52', 'week', true, true]]);
    expect(d('It ships next week.', '2025-12-29')).toEqual([['next week', '2026-W02', 'week', true, true]]);
    expect(d('It shipped last month.', '2026-01-15')).toEqual([['last month', '2025-12', 'month', true, true]]);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    expect(d('He spoke yesterday and meets Tuesday, and prices fell last week.', null)).toEqual([
      ['yesterday', undefined, 'day', true, false],
      ['Tuesday', undefined, 'day', true, false],
      ['last week', undefined, 'week', true, false],
    ]);
    expect(d('It ended Dec. 3, not December 3, 2024.', null)).toEqual([
      ['Dec. 3', undefined, 'day', false, false],
      ['December 3, 2024', '2024-12-03', 'day', false, true],
    ]);
  });
});

describe('extractDates: times', () => {
  it('gives a time a value only when its day is known', () => {
    expect(d('The vote is at 3 p.m.')).toEqual([['3 p.m.', undefined, 'time', false, false]]);
    expect(d('The vote is Tuesday at 3 p.m.')).toEqual([
      ['Tuesday', '2025-12-02', 'day', true, true],
      ['3 p.m.', '2025-12-02T15:00', 'time', true, true],
    ]);
    expect(d('Doors open at 9:30 a.m. GMT on Dec. 5.')).toEqual([
      ['9:30 a.m. GMT', '2025-12-05T09:30Z', 'time', false, true],
      ['Dec. 5', '2025-12-05', 'day', false, true],
    ]);
    expect(d('It starts at noon tomorrow.')).toEqual([
      ['noon', '2025-12-05T12:00', 'time', true, true],
      ['tomorrow', '2025-12-05', 'day', true, true],
    ]);
    expect(d('Curfew from 22:00 yesterday.')).toEqual([
      ['22:00', '2025-12-03T22:00', 'time', true, true],
      ['yesterday', '2025-12-03', 'day', true, true],
    ]);
    expect(d('It was 12 a.m. and then 12 p.m. on 2025-12-01.')[1]).toEqual(['12 p.m.', '2025-12-01T12:00', 'time', false, true]);
  });
});

describe('extractDates: robustness', () => {
  it('only looks inside [start, end) and anchors into the whole text', () => {
    const text = 'Yesterday it rained. Today it snowed.';
    const found = extractDates(text, 21, text.length, PUB);
    expect(found.map((x) => [x.text, x.anchor.span.start, x.anchor.span.end, x.value])).toEqual([['Today', 21, 26, '2025-12-04']]);
  });

  it('ignores an invalid publication date', () => {
    expect(d('He left yesterday.', 'not a date')).toEqual([['yesterday', undefined, 'day', true, false]]);
    expect(d('He left yesterday.', '2025-02-30')).toEqual([['yesterday', undefined, 'day', true, false]]);
  });

  it('rejects impossible calendar dates', () => {
    expect(d('It was Feb. 30, 2025 or 2025-13-01.')).toEqual([]);
  });

  const vocabulary = [
    'Dec.', 'December', '3', '3rd', ',', '2025', '2025-12-03', '2014-2016', 'in', 'since', 'May', 'March', 'Tuesday',
    "Tuesday's", 'Monday', 'night', 'last', 'next', 'this', 'earlier', 'week', 'month', 'year', 'yesterday', 'today',
    'tonight', 'tomorrow', 'at', '3', 'p.m.', 'pm', '3pm', '15:00', 'GMT', 'noon', 'two', 'days', 'ago', 'will', 'said',
    'mid-December', 'Sept', '11', 'the', 'Super', '.', '\u00e9', '\ud83d\ude00', '\n',
  ];
  const sentence = fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }).map((words) => words.join(' '));
  const anyText = fc.oneof(fc.string({ maxLength: 60 }), sentence);
  const publication = fc.oneof(
    fc.constant(undefined),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((x) => x.toISOString().slice(0, 10)),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((x) => x.toISOString()),
  );

  it('anchors every date exactly, inside the range, with valid fields (property)', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), publication, (text, a, b, publishedAt) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = text.length === 0 ? 0 : start + (b % (text.length - start + 1));
        for (const found of [extractDates(text, start, end, publishedAt), extractNumbersAndDates(text, start, end, publishedAt).dates]) {
          for (const date of found) {
            expect(DateMention.safeParse(date).success).toBe(true);
            expect(text.slice(date.anchor.span.start, date.anchor.span.end)).toBe(date.anchor.exact);
            expect(date.text).toBe(date.anchor.exact);
            expect(date.anchor.span.start).toBeGreaterThanOrEqual(start);
            expect(date.anchor.span.end).toBeLessThanOrEqual(end);
            expect(date.resolved).toBe(date.value !== undefined);
            if (publishedAt === undefined && date.relative) expect(date.value).toBeUndefined();
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
      '2025-12-03'.repeat(20_000),
      'Dec. 3, '.repeat(25_000),
      'Tuesday '.repeat(25_000),
      'last '.repeat(40_000),
      '3 p.m. '.repeat(30_000),
      '1'.repeat(200_000),
      'in 2022 '.repeat(25_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      extractDates(input, 0, input.length, PUB);
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(3000);
    }
  });
});
