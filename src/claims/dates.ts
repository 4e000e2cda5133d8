import type { DateGranularity, DateMention } from '../model/claim.js';
import { makeAnchor } from '../text/anchor.js';
import { tokenize, type Token } from '../text/tokens.js';
import { mayHaveNorm, wordFilter } from '../text/word-filter.js';

/** The month names, lower case, with their numbers (January is 1). They count only when capitalised. */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
]);

/**
 * Month abbreviations, lower case and without their period ("Dec." is `dec`). They count only
 * when capitalised, and without a period only right before a day number ("Sept 11").
 */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** The weekday names, lower case, numbered as `Date.getUTCDay` numbers them (Sunday is 0). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/**
 * Words that show a bare month name ("in May", "since March", "last December") or a bare
 * four-digit number ("in 2022", "since 2014") is a date. Without one of these (or a day or a
 * year next to it) "May" is taken for the modal verb and "2022" for a number.
 */
export const DATE_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'through', 'throughout', 'during', 'from', 'before', 'after', 'early', 'late',
  'mid', 'last', 'next', 'this', 'between', 'around', 'circa', 'of',
]);

/**
 * Capitalised words after a weekday that make it part of a name rather than a date
 * ("Sunday Times", "Saturday Night Live", "Monday Night Football").
 */
export const WEEKDAY_NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'times', 'telegraph', 'express', 'mirror', 'herald', 'post', 'night', 'morning', 'mail', 'independent', 'review',
  'observer', 'today', 'show', 'football', 'edition', 'school', 'service', 'special', 'sport', 'people', 'tribune',
]);

/**
 * Words that mark a clause as future, so a bare weekday in it ("the council will vote on
 * Tuesday") resolves to the next such day rather than the last one.
 */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  // "would" too: in reported speech ("said the port would reopen on Friday") it looks forward.
  'will', "won't", 'would', 'shall', 'going', 'scheduled', 'upcoming', 'plans', 'plan', 'planned', 'expected', 'set', 'due',
]);

/**
 * Words that end the look-around for `FUTURE_MARKERS`: a speech verb right before the
 * weekday ("said on Tuesday") dates the saying, which is past.
 */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'announced', 'reported', 'added', 'stated', 'wrote', 'tweeted', 'that', 'was', 'were', 'had',
  'did', 'met', 'spoke', 'signed', 'held',
]);

/** Capitalised words before a weekday that leave it a date ("On Tuesday", "By Friday"); any other makes it a name ("Super Tuesday"). */
const WEEKDAY_OPENERS: ReadonlySet<string> = new Set(['on', 'and', 'or', 'coming', 'until', 'till', 'as', 'but', 'then', 'so', 'that', 'also']);

/** Parts of a day that may follow a weekday or a relative day and stay part of it ("Monday night"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Time-zone abbreviations after a time ("3 p.m. GMT"), with the UTC offset they give the
 * resolved value; `ET`/`PT` (which change with the season) are kept in the text but give none.
 */
export const TIME_ZONES: ReadonlyMap<string, string | undefined> = new Map<string, string | undefined>([
  ['gmt', 'Z'], ['utc', 'Z'], ['z', 'Z'], ['est', '-05:00'], ['edt', '-04:00'], ['cst', '-06:00'], ['cdt', '-05:00'],
  ['mst', '-07:00'], ['mdt', '-06:00'], ['pst', '-08:00'], ['pdt', '-07:00'], ['bst', '+01:00'], ['cet', '+01:00'],
  ['cest', '+02:00'], ['eet', '+02:00'], ['eest', '+03:00'], ['msk', '+03:00'], ['et', undefined], ['pt', undefined],
  ['ct', undefined],
]);

/** Small counts for "two days ago", "a week ago". */
const SMALL_COUNTS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30],
]);

/** The units of "N days ago", singular, with the granularity of the date they give. */
const AGO_UNITS: ReadonlyMap<string, DateGranularity> = new Map<string, DateGranularity>([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'],
]);

/** Month and weekday abbreviations that start a date hint, capitalised only ("Dec", "December", "Tuesday"). */
const DATE_HINT_CAPITALISED = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Day and time words that start a date hint, lower case or capitalised. */
const DATE_HINT_WORDS = ['yesterday', 'today', 'tonight', 'tomorrow', 'noon', 'midday', 'midnight', 'mid-'];
/** "last week", "this morning": a shift word, lower case or capitalised, then white space and a period word. */
const DATE_HINT_SHIFTS = ['last', 'this', 'next', 'past', 'coming'];
const DATE_HINT_PERIODS = ['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening'];

/** A regular-expression alternative for a word whose first letter may be a capital: `[Tt]oday`. @internal */
export function eitherCase(word: string): string {
  return `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;
}

/** A word as written and with a capital first letter. @internal */
export function bothCases(word: string): string[] {
  return [word.charAt(0).toUpperCase() + word.slice(1), word];
}

/**
 * A cheap test for text that may hold a date: a digit, a capitalised month or weekday start, a
 * relative day word, or "last/this/next week" and the like. Text without one is skipped before
 * tokenizing. It matches a superset of what the extractor finds; it cannot backtrack beyond one
 * run of white space.
 */
export const DATE_HINT = new RegExp(
  `[0-9]|\\b(?:${[
    ...DATE_HINT_CAPITALISED,
    ...DATE_HINT_WORDS.map(eitherCase),
    'ago\\b',
    `(?:${DATE_HINT_SHIFTS.map(eitherCase).join('|')})\\s+(?:${DATE_HINT_PERIODS.join('|')})`,
  ].join('|')})`,
);

/**
 * The words {@link DATE_HINT} finds at the start of a word, written in every case it accepts
 * (white space and a period word follow the shift words). A scan for hints passes over the
 * words that start otherwise.
 * @internal
 */
export const DATE_HINT_OPENINGS: readonly string[] = [
  ...DATE_HINT_CAPITALISED,
  ...DATE_HINT_WORDS.flatMap(bothCases),
  'ago',
  ...DATE_HINT_SHIFTS.flatMap(bothCases),
];

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date (UTC). */
function epochDay(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

function ymd(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatYear(y: number): string {
  return pad(y, 4);
}
function formatMonth(y: number, m: number): string {
  return `${formatYear(y)}-${pad(m)}`;
}
function formatDay(day: number): string {
  const { y, m, d } = ymd(day);
  return `${formatMonth(y, m)}-${pad(d)}`;
}

/** The ISO 8601 week (`2025-W49`) of a day. */
function formatWeek(day: number): string {
  const weekday = (((day + 3) % 7) + 7) % 7; // Monday 0 … Sunday 6 (1970-01-01 was a Thursday)
  const thursday = day - weekday + 3;
  const year = ymd(thursday).y;
  const week = Math.floor((thursday - epochDay(year, 1, 1)) / 7) + 1;
  return `${formatYear(year)}-W${pad(week)}`;
}

/** 0 (Sunday) to 6 (Saturday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The publication day as days since 1970-01-01, from the date part of `publishedAt` as written
 * (the publisher's own calendar day; a date-time's offset is not applied), or undefined.
 */
let lastPublishedAt: string | undefined;
let lastPublicationDay: number | undefined;

function publicationDay(publishedAt: string | undefined): number | undefined {
  if (publishedAt === undefined) return undefined;
  // Every sentence of an article has the same date: remember the last one.
  if (publishedAt === lastPublishedAt) return lastPublicationDay;
  lastPublishedAt = publishedAt;
  lastPublicationDay = parsePublicationDay(publishedAt);
  return lastPublicationDay;
}

function parsePublicationDay(publishedAt: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (match === null) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return epochDay(y, m, d);
}

/** A date found, before it becomes a {@link DateMention}. */
interface Found {
  start: number;
  end: number;
  granularity: DateGranularity;
  relative: boolean;
  value?: string;
  /** The epoch day of a day-granular date whose day is known: times next to it take it. */
  day?: number;
  /** For a time: hours, minutes and the offset of its zone. */
  time?: { hour: number; minute: number; offset: string | undefined };
}

function isCapitalised(text: string, token: Token): boolean {
  const c = text.charCodeAt(token.start);
  return c >= 0x41 && c <= 0x5a;
}

/** The norm without a trailing period ("dec." is "dec"). */
function bare(norm: string): string {
  return norm.endsWith('.') ? norm.slice(0, -1) : norm;
}

/** A month name or abbreviation at `token`, or undefined. */
function monthAt(text: string, token: Token | undefined): { month: number; needsDay: boolean } | undefined {
  if (token === undefined || token.kind !== 'word' || !isCapitalised(text, token)) return undefined;
  const norm = token.norm;
  const full = MONTH_NAMES.get(norm);
  if (full !== undefined) return { month: full, needsDay: false };
  const abbreviation = MONTH_ABBREVIATIONS.get(bare(norm));
  if (abbreviation !== undefined) return { month: abbreviation, needsDay: !norm.endsWith('.') };
  return undefined;
}

function isDigits(s: string, from = 0, to = s.length): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A day number (1–31, "3" or "3rd") at `token`. */
function dayAt(token: Token | undefined): number | undefined {
  if (token === undefined || token.kind !== 'number') return undefined;
  const norm = token.norm;
  let digits = norm.length;
  if (norm.endsWith('st') || norm.endsWith('nd') || norm.endsWith('rd') || norm.endsWith('th')) digits -= 2;
  if (digits < 1 || digits > 2 || !isDigits(norm, 0, digits)) return undefined;
  const d = Number(norm.slice(0, digits));
  return d >= 1 && d <= 31 ? d : undefined;
}

/** A four-digit year between `lo` and `hi` at `token`. */
function yearAt(token: Token | undefined, lo = 1000, hi = 2999): number | undefined {
  if (token === undefined || token.kind !== 'number' || token.norm.length !== 4 || !isDigits(token.norm)) return undefined;
  const y = Number(token.norm);
  return y >= lo && y <= hi ? y : undefined;
}

/**
 * How far ahead of the publication day a date without a year may lie and still be read as
 * upcoming. News without a year mostly looks back ("between January 3 and August 21" in a
 * September article is this year's January); only dates a few weeks ahead are events to come.
 */
export const UPCOMING_DATE_WINDOW_DAYS = 61;
/** The same window for a month without a day, in months ("in November", written in September). */
const UPCOMING_MONTH_WINDOW = 2;

/**
 * The year for month `m` (and day `d`) written without one: the date falls at most
 * {@link UPCOMING_DATE_WINDOW_DAYS} after the publication day and less than a year before it.
 */
function nearestYear(pub: number, m: number, d: number | undefined): number | undefined {
  const { y: py, m: pm } = ymd(pub);
  for (const y of [py + 1, py, py - 1]) {
    if (d === undefined) {
      const ahead = y * 12 + m - (py * 12 + pm);
      if (ahead <= UPCOMING_MONTH_WINDOW && ahead > UPCOMING_MONTH_WINDOW - 12) return y;
      continue;
    }
    if (d > daysInMonth(y, m)) continue;
    const ahead = epochDay(y, m, d) - pub;
    if (ahead <= UPCOMING_DATE_WINDOW_DAYS && ahead > UPCOMING_DATE_WINDOW_DAYS - 366) return y;
  }
  // February 29 outside a leap year's window: the nearest leap year before.
  for (let y = py; y > py - 8; y--) if (d === undefined || d <= daysInMonth(y, m)) return y;
  return undefined;
}

/** The calendar date at the tokens from `i`: "Dec. 3", "December 3, 2025", "3 December 2025", "December 2025". */
function absoluteAt(
  text: string,
  tokens: readonly Token[],
  i: number,
): { end: number; y: number | undefined; m: number; d: number | undefined } | undefined {
  const month = monthAt(text, tokens[i]);
  if (month !== undefined) {
    const d = dayAt(tokens[i + 1]);
    if (d !== undefined && d <= daysInMonth(2000, month.month)) {
      let end = i + 2;
      let y: number | undefined;
      if (tokens[end]?.norm === ',' && (y = yearAt(tokens[end + 1])) !== undefined) end += 2;
      else if ((y = yearAt(tokens[end])) !== undefined) end += 1;
      if (y !== undefined && d > daysInMonth(y, month.month)) return undefined;
      return { end, y, m: month.month, d };
    }
    if (month.needsDay) return undefined;
    const y = yearAt(tokens[i + 1]);
    if (y !== undefined) return { end: i + 2, y, m: month.month, d: undefined };
    return undefined;
  }
  const d = dayAt(tokens[i]);
  if (d !== undefined) {
    const after = monthAt(text, tokens[i + 1]);
    if (after === undefined || d > daysInMonth(2000, after.month)) return undefined;
    const y = yearAt(tokens[i + 2]);
    if (y !== undefined && d > daysInMonth(y, after.month)) return undefined;
    return { end: y === undefined ? i + 2 : i + 3, y, m: after.month, d };
  }
  return undefined;
}

/** Makes the found date of an absolute (perhaps yearless) calendar date. */
function calendarFound(
  start: number,
  end: number,
  date: { y: number | undefined; m: number; d: number | undefined },
  pub: number | undefined,
): Found {
  const y = date.y ?? (pub === undefined ? undefined : nearestYear(pub, date.m, date.d));
  if (date.d === undefined) {
    return { start, end, granularity: 'month', relative: false, ...(y === undefined ? {} : { value: formatMonth(y, date.m) }) };
  }
  if (y === undefined) return { start, end, granularity: 'day', relative: false };
  const day = epochDay(y, date.m, date.d);
  return { start, end, granularity: 'day', relative: false, value: formatDay(day), day };
}

/**
 * Whether the clause around token `i` speaks of the future: a future marker before it in the
 * clause ("will meet on Tuesday") or after it when nothing past comes first ("On Tuesday, the
 * council will vote"). A speech verb just before ("said Tuesday") makes it past.
 */
function futureClause(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 8); k--) {
    const t = tokens[k];
    if (t === undefined) break;
    const norm = t.norm;
    if (t.kind !== 'word') {
      if (norm === ',' && k < i - 2) break;
      if (norm !== ',') break;
      continue;
    }
    if (FUTURE_MARKERS.has(norm) || norm.endsWith("'ll")) return true;
    if (CLAUSE_BREAKS.has(norm)) return false;
  }
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k];
    if (t === undefined) break;
    const norm = t.norm;
    if (t.kind !== 'word') {
      if (norm === ',') continue;
      break;
    }
    if (FUTURE_MARKERS.has(norm) || norm.endsWith("'ll")) return true;
    if (CLAUSE_BREAKS.has(norm)) return false;
  }
  return false;
}

/** The relative modifier ("last", "next", "this", "coming") right before token `i`, with its index. */
function modifierBefore(tokens: readonly Token[], i: number, first: number): { word: string; index: number } | undefined {
  if (i - 1 < first) return undefined;
  const t = tokens[i - 1];
  if (t === undefined || t.kind !== 'word') return undefined;
  if (t.norm === 'coming') {
    const before = tokens[i - 2];
    if (i - 2 >= first && before?.norm === 'this') return { word: 'next', index: i - 2 };
    return { word: 'next', index: i - 1 };
  }
  if (t.norm === 'last' || t.norm === 'next' || t.norm === 'this' || t.norm === 'past') {
    return { word: t.norm === 'past' ? 'last' : t.norm, index: i - 1 };
  }
  return undefined;
}

/** Token `i` extended over a following day part ("Monday night"): the index just past it. */
function withDayPart(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'word' && DAY_PARTS.has(next.norm) ? i + 2 : i + 1;
}

/** A weekday at token `i` ("Tuesday", "last Tuesday", "Monday night", "Tuesday, Dec. 3"). */
function weekdayAt(text: string, tokens: readonly Token[], i: number, first: number, pub: number | undefined): [Found, number] | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || !isCapitalised(text, t)) return undefined;
  let norm = t.norm;
  let end = t.end;
  const possessive = norm.endsWith("'s");
  if (possessive) {
    norm = norm.slice(0, -2);
    end = t.end - 2;
  }
  const weekday = WEEKDAYS.get(norm);
  if (weekday === undefined) return undefined;
  // "Super Tuesday", "Bloody Sunday": a capitalised word that is no sentence opener before it.
  const prev = i - 1 >= first ? tokens[i - 1] : undefined;
  if (prev !== undefined && prev.kind === 'word' && isCapitalised(text, prev) && !DATE_CONTEXT_WORDS.has(prev.norm) &&
    !WEEKDAY_OPENERS.has(prev.norm)) {
    return undefined;
  }
  const next = tokens[i + 1];
  if (!possessive && next !== undefined && next.kind === 'word' && isCapitalised(text, next) && WEEKDAY_NAME_FOLLOWERS.has(next.norm)) {
    return undefined;
  }
  // "Tuesday, Dec. 3" and "Tuesday 3 December": the calendar date decides.
  if (!possessive) {
    const at = next?.norm === ',' ? i + 2 : i + 1;
    const date = absoluteAt(text, tokens, at);
    if (date !== undefined && date.d !== undefined) {
      const last = tokens[date.end - 1];
      if (last !== undefined) return [calendarFound(t.start, last.end, date, pub), date.end];
    }
  }
  const modifier = modifierBefore(tokens, i, first);
  const start = modifier === undefined ? t.start : (tokens[modifier.index]?.start ?? t.start);
  let after = i + 1;
  if (!possessive) {
    after = withDayPart(tokens, i);
    const part = tokens[after - 1];
    if (part !== undefined) end = part.end;
  }
  const found: Found = { start, end, granularity: 'day', relative: true };
  if (pub !== undefined) {
    const pubWeekday = weekdayOf(pub);
    const back = (pubWeekday - weekday + 7) % 7; // days back to the last such day, 0 if today
    const ahead = (weekday - pubWeekday + 7) % 7;
    let day: number;
    const mode = modifier?.word;
    if (mode === 'last') day = pub - (back === 0 ? 7 : back);
    else if (mode === 'next') day = pub + (ahead === 0 ? 7 : ahead);
    else if (futureClause(tokens, i, first)) day = pub + ahead;
    else day = pub - back;
    found.value = formatDay(day);
    found.day = day;
  }
  return [found, after];
}

/** Resolves "last/this/next week|month|year|weekend" against the publication day. */
function relativePeriod(unit: string, shift: number, pub: number): { value: string; granularity: DateGranularity } {
  const { y, m } = ymd(pub);
  if (unit === 'week' || unit === 'weekend') return { value: formatWeek(pub + 7 * shift), granularity: 'week' };
  if (unit === 'month') {
    const index = y * 12 + (m - 1) + shift;
    return { value: formatMonth(Math.floor(index / 12), (index % 12) + 1), granularity: 'month' };
  }
  return { value: formatYear(y + shift), granularity: 'year' };
}

const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([['yesterday', -1], ['today', 0], ['tonight', 0], ['tomorrow', 1]]);
const SHIFTS: ReadonlyMap<string, number> = new Map([['last', -1], ['past', -1], ['this', 0], ['next', 1]]);
const PERIOD_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend']);
const PERIOD_EDGES: ReadonlySet<string> = new Set(['earlier', 'later', 'early', 'late']);

/** "yesterday", "last week", "earlier this month", "this morning", "last night", "two days ago" at token `i`. */
function relativeAt(tokens: readonly Token[], i: number, pub: number | undefined): [Found, number] | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return undefined;
  const norm = t.norm;
  const possessive = norm.endsWith("'s");
  const offset = RELATIVE_DAYS.get(possessive ? norm.slice(0, -2) : norm);
  if (offset !== undefined) {
    const after = norm === 'tonight' || possessive ? i + 1 : withDayPart(tokens, i);
    const last = tokens[after - 1] ?? t;
    const found: Found = { start: t.start, end: possessive ? t.end - 2 : last.end, granularity: 'day', relative: true };
    if (pub !== undefined) Object.assign(found, { value: formatDay(pub + offset), day: pub + offset });
    return [found, after];
  }
  let j = i;
  if (PERIOD_EDGES.has(norm)) j++;
  const shiftWord = tokens[j];
  const unitToken = tokens[j + 1];
  if (shiftWord === undefined || unitToken === undefined || unitToken.kind !== 'word') return undefined;
  const shift = SHIFTS.get(shiftWord.norm);
  if (shift === undefined) return undefined;
  const unitPossessive = unitToken.norm.endsWith("'s");
  const unit = unitPossessive ? unitToken.norm.slice(0, -2) : unitToken.norm;
  if (PERIOD_UNITS.has(unit) && !(shiftWord.norm === 'past' && unit !== 'weekend')) {
    const found: Found = { start: t.start, end: unitPossessive ? unitToken.end - 2 : unitToken.end, granularity: unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'week', relative: true };
    if (pub !== undefined) Object.assign(found, relativePeriod(unit, shift, pub));
    return [found, j + 2];
  }
  if (j === i && DAY_PARTS.has(unit) && (shift === 0 || (shift === -1 && shiftWord.norm === 'last' && unit === 'night'))) {
    const found: Found = { start: t.start, end: unitToken.end, granularity: 'day', relative: true };
    if (pub !== undefined) Object.assign(found, { value: formatDay(pub + shift), day: pub + shift });
    return [found, j + 2];
  }
  return undefined;
}

/** "two days ago", "3 weeks ago", "a year ago" at token `i`. */
function agoAt(tokens: readonly Token[], i: number, pub: number | undefined): [Found, number] | undefined {
  const t = tokens[i];
  const unitToken = tokens[i + 1];
  const ago = tokens[i + 2];
  if (t === undefined || unitToken === undefined || ago?.norm !== 'ago') return undefined;
  const granularity = AGO_UNITS.get(unitToken.norm);
  if (granularity === undefined) return undefined;
  const n = t.kind === 'number' ? (isDigits(t.norm) && t.norm.length <= 4 ? Number(t.norm) : undefined) : SMALL_COUNTS.get(t.norm);
  if (n === undefined) return undefined;
  const found: Found = { start: t.start, end: ago.end, granularity, relative: true };
  if (pub !== undefined) {
    const { y, m } = ymd(pub);
    if (granularity === 'day') Object.assign(found, { value: formatDay(pub - n), day: pub - n });
    else if (granularity === 'week') found.value = formatWeek(pub - 7 * n);
    else if (granularity === 'month') {
      const index = y * 12 + (m - 1) - n;
      found.value = formatMonth(Math.floor(index / 12), (index % 12) + 1);
    } else found.value = formatYear(y - n);
  }
  return [found, i + 3];
}

/** Whether a token is a.m./p.m. in any common spelling; returns 'am', 'pm' or undefined. */
function meridiem(norm: string): 'am' | 'pm' | undefined {
  const compact = norm.replace(/\./g, '');
  return compact === 'am' ? 'am' : compact === 'pm' ? 'pm' : undefined;
}

/** A clock time at token `i`: "3 p.m.", "3:30 pm", "3pm", "15:00", "noon", with a zone after it. */
function timeAt(tokens: readonly Token[], i: number): [Found, number] | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  let hour: number;
  let minute = 0;
  let j = i + 1;
  if (t.kind === 'word') {
    if (t.norm === 'noon' || t.norm === 'midday') hour = 12;
    else if (t.norm === 'midnight') hour = 0;
    else return undefined;
  } else if (t.kind === 'number') {
    const norm = t.norm;
    let k = 0;
    while (k < norm.length && k < 3 && isDigits(norm, k, k + 1)) k++;
    if (k < 1 || k > 2) return undefined;
    hour = Number(norm.slice(0, k));
    let hasMinutes = false;
    if (norm.charCodeAt(k) === 0x3a /* : */) {
      if (!isDigits(norm, k + 1, k + 3)) return undefined;
      minute = Number(norm.slice(k + 1, k + 3));
      k += 3;
      hasMinutes = true;
    }
    let half = k < norm.length ? meridiem(norm.slice(k)) : undefined;
    if (k < norm.length && half === undefined) return undefined;
    if (half === undefined) {
      const next = tokens[i + 1];
      if (next !== undefined && next.kind === 'word') half = meridiem(next.norm);
      if (half !== undefined) j = i + 2;
    }
    if (minute > 59) return undefined;
    if (half !== undefined) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (half === 'pm' ? 12 : 0);
    } else if (!hasMinutes || hour > 23) return undefined;
  } else return undefined;
  let offset: string | undefined;
  const zone = tokens[j];
  if (zone !== undefined && zone.kind === 'word' && TIME_ZONES.has(zone.norm) && zone.text === zone.text.toUpperCase()) {
    offset = TIME_ZONES.get(zone.norm);
    j++;
  }
  const last = tokens[j - 1] ?? t;
  return [{ start: t.start, end: last.end, granularity: 'time', relative: false, time: { hour, minute, offset } }, j];
}

/** Determiners before a year that modifies a noun: "the 2016 election", "his 2002 book". */
const YEAR_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'a']);

/** Words that join two years into a range: "between 2014 and 2016", "2014–2016". */
const YEAR_RANGE_LINKS: ReadonlySet<string> = new Set(['and', 'to', 'or', '-', '–', '—', 'through']);

/** A year with a context word before it ("in 2022", "since 2014", "the 2016 election"). */
function contextYearAt(text: string, tokens: readonly Token[], i: number, first: number, found: readonly Found[]): [Found, number] | undefined {
  const t = tokens[i];
  const y = yearAt(t, 1800, 2199);
  if (t === undefined || y === undefined) return undefined;
  const next = tokens[i + 1];
  // "in 2000 cases": a plural noun after it makes it a count.
  if (next !== undefined && next.kind === 'word' && next.norm.length > 3 && next.norm.endsWith('s') && !next.norm.endsWith('ss') && !isCapitalised(text, next)) {
    return undefined;
  }
  const prev = i - 1 >= first ? tokens[i - 1] : undefined;
  let ok = false;
  if (prev !== undefined) {
    if (prev.kind === 'word' && (DATE_CONTEXT_WORDS.has(prev.norm) || YEAR_DETERMINERS.has(prev.norm))) ok = true;
    // "between 2014 and 2016", "2014 to 2016", "2014–2016": a year right after a year.
    else if (YEAR_RANGE_LINKS.has(prev.norm)) {
      const previous = found[found.length - 1];
      const beforePrev = tokens[i - 2];
      ok = previous !== undefined && previous.granularity === 'year' && beforePrev !== undefined && previous.end === beforePrev.end;
    }
  }
  if (!ok) return undefined;
  if (prev !== undefined && YEAR_DETERMINERS.has(prev.norm) && (next === undefined || next.kind !== 'word' || isCapitalised(text, next))) return undefined;
  return [{ start: t.start, end: t.end, granularity: 'year', relative: false, value: formatYear(y) }, i + 1];
}

/** Every word that can start a date, so the others are passed over with one look-up. */
const DATE_TRIGGERS: ReadonlySet<string> = (() => {
  const words = new Set<string>(['noon', 'midday', 'midnight', ...RELATIVE_DAYS.keys(), ...PERIOD_EDGES, ...SHIFTS.keys(), ...SMALL_COUNTS.keys()]);
  for (const day of RELATIVE_DAYS.keys()) words.add(`${day}'s`);
  for (const month of MONTH_NAMES.keys()) words.add(month);
  for (const month of MONTH_ABBREVIATIONS.keys()) {
    words.add(month);
    words.add(`${month}.`);
  }
  for (const day of WEEKDAYS.keys()) {
    words.add(day);
    words.add(`${day}'s`);
  }
  return words;
})();
const DATE_TRIGGER_FILTER = wordFilter(DATE_TRIGGERS);

/**
 * Whether a word's norm starts with "mid-" ("mid-December"). Like `mayHaveNorm`, it reads the
 * text when the norm is the token as written, rather than visiting the word's own string.
 */
function opensWithMid(t: Token, text: string): boolean {
  if (t.norm !== t.text) return t.norm.startsWith('mid-');
  return t.end - t.start >= 4 && text.startsWith('mid-', t.start);
}

/** A date at token `i`, if one starts there, with the index of the token after it. */
function dateAt(text: string, tokens: readonly Token[], i: number, first: number, pub: number | undefined, found: readonly Found[]): [Found, number] | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.kind === 'number') {
    const norm = t.norm;
    // 2025-12-03
    if (norm.length === 10 && norm.charCodeAt(4) === 0x2d && norm.charCodeAt(7) === 0x2d && isDigits(norm, 0, 4) && isDigits(norm, 5, 7) && isDigits(norm, 8, 10)) {
      const y = Number(norm.slice(0, 4));
      const m = Number(norm.slice(5, 7));
      const d = Number(norm.slice(8, 10));
      if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
      const day = epochDay(y, m, d);
      return [{ start: t.start, end: t.end, granularity: 'day', relative: false, value: formatDay(day), day }, i + 1];
    }
    const absolute = absoluteAt(text, tokens, i);
    if (absolute !== undefined) {
      const last = tokens[absolute.end - 1] ?? t;
      return [calendarFound(t.start, last.end, absolute, pub), absolute.end];
    }
    return agoAt(tokens, i, pub) ?? timeAt(tokens, i) ?? contextYearAt(text, tokens, i, first, found);
  }
  if (t.kind !== 'word') return undefined;
  const month = monthAt(text, t);
  if (month !== undefined) {
    const absolute = absoluteAt(text, tokens, i);
    if (absolute !== undefined) {
      const last = tokens[absolute.end - 1] ?? t;
      return [calendarFound(t.start, last.end, absolute, pub), absolute.end];
    }
    if (month.needsDay) return undefined;
    // A bare month name needs a context word: "in May", "since March", "last December", "early June".
    const prev = i - 1 >= first ? tokens[i - 1] : undefined;
    if (prev === undefined || prev.kind !== 'word' || !DATE_CONTEXT_WORDS.has(prev.norm) || prev.norm === 'of') return undefined;
    const modifier = modifierBefore(tokens, i, first);
    const start = modifier === undefined ? t.start : (tokens[modifier.index]?.start ?? t.start);
    const result: Found = { start, end: t.end, granularity: 'month', relative: modifier !== undefined };
    if (pub !== undefined) {
      const { y: py, m: pm } = ymd(pub);
      let y: number | undefined;
      if (modifier?.word === 'last') y = month.month < pm ? py : py - 1;
      else if (modifier?.word === 'next') y = month.month > pm ? py : py + 1;
      else if (modifier?.word === 'this') y = py;
      else y = nearestYear(pub, month.month, undefined);
      if (y !== undefined) result.value = formatMonth(y, month.month);
    }
    return [result, i + 1];
  }
  // "mid-December", "mid-2025"
  if (t.norm.startsWith('mid-')) {
    const rest = t.norm.slice(4);
    const m = MONTH_NAMES.get(rest);
    const cap = text.charCodeAt(t.start + 4);
    if (m !== undefined && cap >= 0x41 && cap <= 0x5a) {
      const y = pub === undefined ? undefined : nearestYear(pub, m, undefined);
      return [{ start: t.start, end: t.end, granularity: 'month', relative: false, ...(y === undefined ? {} : { value: formatMonth(y, m) }) }, i + 1];
    }
    if (rest.length === 4 && isDigits(rest)) return [{ start: t.start, end: t.end, granularity: 'year', relative: false, value: rest }, i + 1];
    return undefined;
  }
  return weekdayAt(text, tokens, i, first, pub) ?? relativeAt(tokens, i, pub) ?? agoAt(tokens, i, pub) ?? timeAt(tokens, i);
}

/** "2014-2016": two years, each its own date. */
function yearRangeAt(t: Token | undefined): Found[] | undefined {
  if (t === undefined || t.kind !== 'number' || t.norm.length !== 9) return undefined;
  const dash = t.norm.charCodeAt(4);
  if ((dash !== 0x2d && dash !== 0x2011) || !isDigits(t.norm, 0, 4) || !isDigits(t.norm, 5, 9)) return undefined;
  const a = Number(t.norm.slice(0, 4));
  const b = Number(t.norm.slice(5, 9));
  if (a < 1800 || b > 2199 || b <= a) return undefined;
  return [
    { start: t.start, end: t.start + 4, granularity: 'year', relative: false, value: formatYear(a) },
    { start: t.start + 5, end: t.end, granularity: 'year', relative: false, value: formatYear(b) },
  ];
}

/** Gives a time the date of a day-granular date right next to it ("Tuesday at 3 p.m.", "3 p.m. on Dec. 3"). */
function linkTimes(text: string, found: Found[]): void {
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (f === undefined || f.time === undefined) continue;
    let best: Found | undefined;
    let bestGap = Infinity;
    for (let n = Math.max(0, k - 2); n <= Math.min(found.length - 1, k + 2); n++) {
      const other = found[n];
      if (other === undefined || other.granularity !== 'day') continue;
      const gapStart = other.end <= f.start ? other.end : f.end;
      const gapEnd = other.end <= f.start ? f.start : other.start;
      const gap = gapEnd - gapStart;
      if (gap < 0 || gap > 24 || gap >= bestGap) continue;
      let clean = true;
      for (let c = gapStart; c < gapEnd; c++) {
        const ch = text.charCodeAt(c);
        if (ch === 0x2e || ch === 0x3b || ch === 0x21 || ch === 0x3f || ch === 0x0a) {
          clean = false;
          break;
        }
      }
      if (!clean) continue;
      best = other;
      bestGap = gap;
    }
    if (best === undefined) continue;
    f.relative = best.relative;
    if (best.day !== undefined) {
      const { hour, minute, offset } = f.time;
      f.value = `${formatDay(best.day)}T${pad(hour)}:${pad(minute)}${offset ?? ''}`;
    }
  }
}

/**
 * Finds the dates in the tokens of `text[first token, …)`; the token-level work of
 * `extractDates`, for callers that already have the tokens.
 * @internal
 */
export function extractDatesFromTokens(text: string, tokens: readonly Token[], publishedAt?: string): DateMention[] {
  const pub = publicationDay(publishedAt);
  const found: Found[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (t === undefined) break;
    // Most tokens start no date: pass them over with one look-up.
    if (t.kind !== 'number' && (t.kind !== 'word' || !((mayHaveNorm(DATE_TRIGGER_FILTER, t, text) && DATE_TRIGGERS.has(t.norm)) || opensWithMid(t, text)))) {
      i++;
      continue;
    }
    const range = yearRangeAt(t);
    if (range !== undefined) {
      found.push(...range);
      i++;
      continue;
    }
    const hit = dateAt(text, tokens, i, 0, pub, found);
    if (hit === undefined) {
      i++;
      continue;
    }
    const [f, next] = hit;
    // A date may start before token i ("last Tuesday"); never overlap the one before it.
    const previous = found[found.length - 1];
    if (previous !== undefined && f.start < previous.end) f.start = Math.max(f.start, previous.end);
    if (f.start < f.end) found.push(f);
    i = Math.max(next, i + 1);
  }
  linkTimes(text, found);
  return found.map((f) => {
    const anchor = makeAnchor(text, f.start, f.end);
    const mention: DateMention = {
      anchor,
      text: anchor.exact,
      granularity: f.granularity,
      relative: f.relative,
      resolved: f.value !== undefined,
    };
    if (f.value !== undefined) mention.value = f.value;
    return mention;
  });
}

/**
 * Clamps a range to the text (NaN start is 0, NaN end the text's length): never throws on odd offsets.
 * @internal
 */
export function clampRange(text: string, start: number, end: number): [number, number] {
  const s = Number.isFinite(start) ? Math.min(Math.max(0, Math.trunc(start)), text.length) : 0;
  const e = Number.isFinite(end) ? Math.min(Math.max(0, Math.trunc(end)), text.length) : text.length;
  return [s, Math.max(s, e)];
}

/**
 * Finds every date and time in `text[start, end)`, with anchors into the whole `text`.
 *
 * Forms: calendar dates ("Dec. 3", "December 3, 2025", "3 December 2025", "2025-12-03",
 * "Sept. 11"); months ("December 2025", "in February", "last March", "mid-December"); years
 * after a context word ("in 2022", "since 2014", "between 2014 and 2016", "the 2016 election");
 * weekdays ("Tuesday", "last Tuesday", "Monday night", "Tuesday, Dec. 3"); relative days and
 * periods ("yesterday", "today", "tonight", "tomorrow", "this morning", "last night", "last week",
 * "this month", "earlier this month", "next year", "two days ago"); clock times ("3 p.m.", "3:30 pm",
 * "15:00 GMT", "noon"). `text` is the original wording, without a leading preposition ("on",
 * "in", "at") but with "last"/"next"/"this"/"earlier" when they are there.
 *
 * Resolution against `publishedAt` (its date part as written; UTC calendar arithmetic only):
 * - relative days and periods count from the publication day; weeks are ISO weeks (`2025-W49`);
 * - a bare weekday is the most recent such day on or before the publication day, or the first
 *   on or after it when its clause is future ("will meet on Tuesday"); "last Tuesday" is strictly
 *   before, "next Tuesday" strictly after;
 * - a date without a year takes the year that puts it less than a year before the publication day
 *   or at most two months after it ("last March" and
 *   "next March" take the one before and after);
 * - a time takes the date of a day-granular date right next to it ("Tuesday at 3 p.m."), and has no
 *   value without one.
 *
 * Relative wording has `relative: true`; a yearless calendar date is absolute (`relative: false`)
 * but, like relative wording, has a value only when `publishedAt` is given. `resolved` is true
 * exactly when `value` is set. Never throws; offsets are clamped to the text.
 *
 * @param text - the whole text; anchors refer to it.
 * @param start - offset where the stretch to search starts.
 * @param end - offset just past the stretch to search.
 * @param publishedAt - the publication date (`2025-12-04` or an ISO date-time).
 * @example
 * ```ts
 * const text = 'The envoy arrived yesterday and will leave on Tuesday.';
 * extractDates(text, 0, text.length, '2025-12-04').map((d) => d.value); // ['2025-12-03', '2025-12-09']
 * ```
 */
export function extractDates(text: string, start: number, end: number, publishedAt?: string): DateMention[] {
  const [s, e] = clampRange(text, start, end);
  if (s === e || !DATE_HINT.test(text.slice(s, e))) return [];
  return extractDatesFromTokens(text, tokenize(text, s, e), publishedAt);
}
