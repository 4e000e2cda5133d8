import type { Quantity, QuantityQualifier } from '../model/claim.js';
import { makeAnchor } from '../text/anchor.js';
import { tokenize, type Token } from '../text/tokens.js';
import { bothCases, clampRange, eitherCase } from './dates.js';
import { mayHaveNorm, wordFilter } from '../text/word-filter.js';

/** A stretch of text that `extractQuantities` leaves alone (a date, for instance). */
export interface ExcludedSpan {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/** Options of `extractQuantities`. */
export interface ExtractQuantitiesOptions {
  /** Spans to skip: no quantity overlaps one (pass the spans of the dates found first). */
  readonly exclude?: readonly ExcludedSpan[];
}

/** The cardinal number words below a hundred that stand alone ("five", "nineteen", "ninety"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words and what they multiply by ("1.2 million" is 1200000). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/**
 * Plural scale words that give a lower bound ("thousands of people" is at least 1000; "tens of
 * thousands" at least 10000; "into the millions" at least 1000000; "dozens" at least 12).
 */
export const PLURAL_SCALES: ReadonlyMap<string, number> = new Map([
  ['tens', 10], ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
  ['trillions', 1e12],
]);

/** Fractions written as words; `thirds`, `quarters`, `fifths` take the numerator before them ("two-thirds"). */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5],
]);

/**
 * The words before a number that bound it, longest phrase first when they overlap. "nearly" and
 * "almost" are `approximate` (they say the number is close, not that it is a ceiling).
 */
export const QUANTITY_QUALIFIERS: ReadonlyArray<readonly [phrase: string, qualifier: QuantityQualifier]> = [
  ['about', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'], ['nearly', 'approximate'],
  ['almost', 'approximate'], ['approximately', 'approximate'], ['approx.', 'approximate'], ['some', 'approximate'],
  ['close to', 'approximate'], ['an estimated', 'approximate'], ['estimated', 'approximate'], ['circa', 'approximate'],
  ['just about', 'approximate'], ['nearly as many as', 'approximate'],
  ['more than', 'at-least'], ['over', 'at-least'], ['at least', 'at-least'], ['upwards of', 'at-least'],
  ['in excess of', 'at-least'], ['greater than', 'at-least'], ['higher than', 'at-least'], ['above', 'at-least'],
  ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['not less than', 'at-least'], ['not fewer than', 'at-least'],
  ['a minimum of', 'at-least'], ['into the', 'at-least'], ['well over', 'at-least'], ['just over', 'at-least'],
  ['well above', 'at-least'], ['exceeding', 'at-least'], ['north of', 'at-least'],
  ['at most', 'at-most'], ['up to', 'at-most'], ['fewer than', 'at-most'], ['less than', 'at-most'], ['under', 'at-most'],
  ['below', 'at-most'], ['no more than', 'at-most'], ['not more than', 'at-most'], ['as many as', 'at-most'],
  ['as much as', 'at-most'], ['a maximum of', 'at-most'], ['just under', 'at-most'], ['lower than', 'at-most'],
  ['well under', 'at-most'], ['well below', 'at-most'],
];

/** `QUANTITY_QUALIFIERS` by their last word, longest first, for matching backwards. */
const QUALIFIERS_BY_LAST: ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], QuantityQualifier]>> = (() => {
  const map = new Map<string, Array<readonly [readonly string[], QuantityQualifier]>>();
  for (const [phrase, qualifier] of QUANTITY_QUALIFIERS) {
    const words = phrase.split(' ');
    const last = words[words.length - 1] ?? phrase;
    const list = map.get(last) ?? [];
    list.push([words, qualifier]);
    list.sort((a, b) => b[0].length - a[0].length);
    map.set(last, list);
  }
  return map;
})();

/**
 * Measurement units, by the lower-case word (singular or plural) or symbol, with their
 * normalised singular name. A quantity in one of these has this `unit` and, as `noun`, the head
 * noun after it if any ("19-point draft": unit `point`, noun `draft`). Any other counted noun
 * becomes the unit in the singular and, as written, the noun ("100,000 people": unit `person`,
 * noun `people`).
 */
export const UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['sec', 'second'], ['secs', 'second'],
  ['minute', 'minute'], ['minutes', 'minute'], ['min', 'minute'], ['mins', 'minute'],
  ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'],
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'], ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'],
  ['percent', 'percent'], ['pct', 'percent'], ['pct.', 'percent'], ['%', 'percent'],
  ['point', 'point'], ['points', 'point'], ['pts', 'point'],
  ['dollar', 'USD'], ['dollars', 'USD'], ['usd', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['rub', 'RUB'], ['yuan', 'CNY'], ['yen', 'JPY'],
  ['gbp', 'GBP'], ['sterling', 'GBP'], ['cent', 'cent'], ['cents', 'cent'], ['pound', 'pound'], ['pounds', 'pound'],
  ['mile', 'mile'], ['miles', 'mile'], ['kilometer', 'kilometer'], ['kilometers', 'kilometer'], ['kilometre', 'kilometer'],
  ['kilometres', 'kilometer'], ['km', 'kilometer'], ['meter', 'meter'], ['meters', 'meter'], ['metre', 'meter'],
  ['metres', 'meter'], ['foot', 'foot'], ['feet', 'foot'], ['ft', 'foot'], ['inch', 'inch'], ['inches', 'inch'],
  ['ton', 'ton'], ['tons', 'ton'], ['tonne', 'ton'], ['tonnes', 'ton'], ['kilogram', 'kilogram'], ['kilograms', 'kilogram'],
  ['kg', 'kilogram'], ['mph', 'mph'], ['times', 'time'], ['fold', 'fold'],
]);

/** Currency signs before a number, with the unit they give ("$350 million" is 350000000 USD). */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₹', 'INR'], ['₴', 'UAH'],
]);

/**
 * Words directly before a number that make it a label or an identifier, not a quantity
 * ("No. 2", "page 3", "Article 5", "Flight 370"). A capitalised word that is not a function word
 * does the same ("Windows 10", "Boeing 737") unless a percent or point unit follows ("Trump 45
 * percent").
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'no.', 'nos.', 'no', 'number', 'page', 'pages', 'chapter', 'section', 'article', 'room', 'flight', 'route', 'highway',
  'interstate', 'item', 'rank', 'ranked', 'vol.', 'volume', 'episode', 'season', 'district', 'precinct', 'ward', 'gate',
  'level', 'grade', 'category', 'phase', 'version', 'line', 'row', 'table', 'figure', 'exhibit', 'model', 'proposition',
  'prop', 'resolution', 'amendment', 'code', 'title', 'step', 'stage', 'tier', 'class', 'type', 'zone', 'channel', 'apt.',
  'suite', 'unit', 'box', '#', 'fig.', 'sec.', 'art.', 'p.', 'pp.', 'ch.', 'ed.', 'u.s.c.',
]);

/** Words that never belong to the noun after a number: function words, pronouns, common verbs. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without',
  'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'since', 'during', 'between', 'among', 'against', 'across',
  'through', 'per', 'than', 'as', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'because', 'while', 'when', 'where', 'who',
  'whom', 'whose', 'which', 'what', 'how', 'why', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have',
  'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', 'no',
  'it', 'its', 'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'our', 'your', 'my', 'them', 'him', 'us',
  'me', 'there', 'here', 'then', 'now', 'ago', 'later', 'earlier', 'each', 'every', 'all', 'both', 'either', 'neither',
  'said', 'say', 'says', 'told', 'tell', 'tells', 'according', 'also', 'only', 'just', 'even', 'still', 'already', 'again',
  'too', 'very', 'back', 'away', 'out', 'up', 'down', 'off', 'including', 'plus', 'minus', 'versus', 'vs', 'vs.', 'like',
  'near', 'around', 'almost', 'nearly', 'another', 'a.m.', 'p.m.', 'pm', 'ahead', 'behind', 'apart', 'long', 'old',
  'calls', 'includes', 'shows', 'suggests', 'remains', 'seems', 'appears', 'needs', 'wants', 'gets', 'makes', 'takes',
  'gives', 'goes', 'comes', 'means', 'leads', 'trails', 'holds', 'faces', 'sees', 'knows', 'thinks', 'believes',
  'expects', 'continues', 'runs', 'argues', 'adds', 'asks', 'writes', 'becomes', 'helps', 'keeps', 'lets', 'puts',
  'stands', 'sits', 'falls', 'rises', 'grows', 'drops', 'jumps', 'costs', 'pays', 'wins', 'loses', 'meets', 'allows',
  'requires', 'provides', 'contains', 'covers', 'reaches', 'represents', 'marks', 'sets', 'remain', 'were', 'say', 'think',
  'more', 'less', 'fewer', 'most', 'other', 'others', 'such', 'same', 'own', 'later', 'straight', 'apiece', 'each', 'total',
  'percentage', 'basis', 'per', 'cent', 'o\'clock', 'or', 'so-called', 'hundred', 'thousand', 'million', 'billion', 'trillion',
  'dozen', 'went', 'came', 'got', 'made', 'took', 'gave', 'saw', 'left', 'won', 'lost', 'held', 'met', 'ran', 'fell',
  'rose', 'grew', 'paid', 'sold', 'spent', 'led', 'began', 'became', 'fled', 'found', 'kept', 'brought', 'thought', 'stood',
  'sat', 'set', 'put', 'cut', 'hit', 'hurt', 'let', 'felt', 'knew', 'wrote', 'spoke', 'chose', 'drove', 'flew', 'threw',
  'broke', 'built', 'sent', 'meant', 'struck', 'sought', 'fought', 'bought', 'taught', 'caught', 'died', 'go', 'come',
  'get', 'make', 'take', 'give', 'see', 'know', 'want', 'need', 'remain', 'stay', 'live', 'work', 'vote', 'face', 'hold',
]);

/** Words that modify a counted noun but are not one ("five more days", "three senior officials"). */
const MODIFIERS: ReadonlySet<string> = new Set([
  'additional', 'extra', 'new', 'consecutive', 'full', 'whole', 'entire', 'top', 'senior', 'junior', 'key', 'major',
  'minor', 'small', 'large', 'big', 'separate', 'different', 'last', 'first', 'next', 'previous', 'past', 'recent',
  'further', 'many', 'few', 'young', 'former', 'current', 'possible', 'potential', 'alleged', 'suspected', 'unidentified',
  'unnamed', 'local', 'foreign', 'federal', 'national', 'international', 'military', 'civilian', 'several', 'main',
  'high', 'low', 'long-range', 'short', 'free', 'fellow', 'other', 'key', 'leading', 'remaining', 'armed', 'unarmed',
]);

/** Nouns ending in -ly or -ed that are nouns all the same ("family", "rally"). */
const NOUN_EXCEPTIONS: ReadonlySet<string> = new Set([
  'family', 'ally', 'rally', 'supply', 'assembly', 'reply', 'anomaly', 'monopoly', 'belly', 'bully', 'lily', 'italy',
  'bed', 'seed', 'need', 'speed', 'feed', 'creed', 'shed', 'breed', 'greed', 'weed', 'reed', 'steed', 'deed',
]);

/** -ing words that are nouns ("two meetings" needs no entry; "one meeting" does). */
const ING_NOUNS: ReadonlySet<string> = new Set([
  'meeting', 'building', 'hearing', 'briefing', 'shooting', 'killing', 'bombing', 'recording', 'warning', 'wedding',
  'ceiling', 'ruling', 'offering', 'filing', 'opening', 'uprising', 'setting', 'booking', 'painting', 'reading', 'sibling',
  'spring', 'thing', 'king', 'ring', 'wing', 'evening', 'morning', 'funding', 'spending', 'polling', 'training', 'housing',
]);

/** Irregular plurals and words the singular rules would spoil. */
const SINGULARS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['persons', 'person'], ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['feet', 'foot'],
  ['teeth', 'tooth'], ['mice', 'mouse'], ['geese', 'goose'], ['lives', 'life'], ['wives', 'wife'], ['knives', 'knife'],
  ['halves', 'half'], ['thieves', 'thief'], ['leaves', 'leaf'], ['series', 'series'], ['species', 'species'],
  ['news', 'news'], ['police', 'police'], ['data', 'data'], ['media', 'media'], ['criteria', 'criterion'],
  ['movies', 'movie'], ['cookies', 'cookie'], ['calories', 'calorie'], ['rookies', 'rookie'], ['ties', 'tie'],
  ['lies', 'lie'], ['heroes', 'hero'], ['vetoes', 'veto'], ['potatoes', 'potato'], ['tomatoes', 'tomato'],
  ['echoes', 'echo'], ['crises', 'crisis'], ['analyses', 'analysis'], ['theses', 'thesis'], ['personnel', 'personnel'],
  ['aircraft', 'aircraft'], ['sheep', 'sheep'], ['fish', 'fish'], ['troops', 'troop'], ['dies', 'die'],
]);

const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children', 'feet', 'teeth', 'mice', 'geese', 'police', 'personnel', 'data', 'media', 'criteria']);

/** The number words of {@link NUMBER_HINT}, lower case or capitalised; `s?` is an optional plural ending. */
const NUMBER_HINT_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundreds?', 'thousands?', 'millions?', 'billions?', 'trillions?', 'dozens?', 'half',
  'thirds?', 'quarters?', 'fifths?', 'tens', 'scores',
];

/**
 * A cheap test for text that may hold a quantity: a digit or a number word, lower case or
 * capitalised. Text without one is skipped before tokenizing; it matches a superset of what the
 * extractor finds.
 */
export const NUMBER_HINT = new RegExp(`[0-9]|\\b(?:${NUMBER_HINT_WORDS.map(eitherCase).join('|')})\\b`);

/**
 * The words {@link NUMBER_HINT} finds, lower case and capitalised (a plural starts as its singular).
 * @internal
 */
export const NUMBER_HINT_OPENINGS: readonly string[] = NUMBER_HINT_WORDS.flatMap((word) => bothCases(word.replace(/s\?$/, '')));

/** The singular of a lower-case noun, by rule and a short list of irregular words. */
export function singular(word: string): string {
  const known = SINGULARS.get(word);
  if (known !== undefined) return known;
  const n = word.length;
  if (n <= 3 || !word.endsWith('s')) return word;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is') || word.endsWith("'s")) return word;
  if (word.endsWith('ies') && n > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || word.endsWith('xes') || word.endsWith('ches') || word.endsWith('shes') || word.endsWith('zzes')) {
    return word.slice(0, -2);
  }
  return word.slice(0, -1);
}

function isPlural(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  const n = word.length;
  return n > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is') && !word.endsWith("'s");
}

function isCapitalised(text: string, token: Token): boolean {
  const c = text.charCodeAt(token.start);
  return c >= 0x41 && c <= 0x5a;
}

function isLetters(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x2011)) return false;
  }
  return word.length > 0;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Cleans floating-point noise ("4.35 million" is 4350000, not 4349999.999999999). */
function clean(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}

/** A numeral token split into its number, its glued suffix and its hyphenated rest. */
interface Numeral {
  value: number;
  /** Letters glued to the number ("bn" in "5bn"), lower case. */
  suffix: string;
  /** The words after a hyphen ("point" in "19-point"), lower case. */
  hyphenated: string[];
  /** Whether it is an integer of four digits without separators (a possible year). */
  yearLike: boolean;
}

/** Scale suffixes glued to a number ("5bn", "$3m", "20k"). `m` and `b` count only after a currency sign. */
const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/**
 * Reads a numeral token. Rejected (undefined): ordinals (4th), decades (1990s), times (10:30),
 * versions and ids (1.2.3, 007, runs of more than 15 digits), badly grouped commas (1,23),
 * numeric hyphen runs (scores, ranges and phone numbers: 3-2, 555-1234).
 */
function readNumeral(norm: string): Numeral | undefined {
  const n = norm.length;
  let k = 0;
  let digits = 0;
  let groups = 0;
  let firstGroup = 0;
  while (k < n && isDigit(norm.charCodeAt(k))) k++;
  firstGroup = k;
  digits = k;
  while (k < n && norm.charCodeAt(k) === 0x2c /* , */) {
    let g = k + 1;
    while (g < n && isDigit(norm.charCodeAt(g))) g++;
    if (g - k - 1 !== 3) return undefined;
    digits += 3;
    groups++;
    k = g;
  }
  if (groups > 0 && firstGroup > 3) return undefined;
  let fraction = '';
  if (k < n && norm.charCodeAt(k) === 0x2e /* . */) {
    let g = k + 1;
    while (g < n && isDigit(norm.charCodeAt(g))) g++;
    if (g === k + 1) return undefined;
    fraction = norm.slice(k + 1, g);
    k = g;
  }
  if (digits > 15 || fraction.length > 10) return undefined;
  if (firstGroup > 1 && norm.charCodeAt(0) === 0x30 && groups === 0) return undefined;
  const integer = groups > 0 ? norm.slice(0, k - (fraction.length > 0 ? fraction.length + 1 : 0)).replace(/,/g, '') : norm.slice(0, firstGroup);
  const value = Number(`${integer}${fraction.length > 0 ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return undefined;
  let suffix = '';
  let s = k;
  while (s < n) {
    const c = norm.charCodeAt(s);
    if (!(c >= 0x61 && c <= 0x7a)) break;
    s++;
  }
  suffix = norm.slice(k, s);
  if (suffix !== '' && !SCALE_SUFFIXES.has(suffix) && !UNITS.has(suffix)) return undefined;
  let hyphenated: string[] = [];
  if (s < n) {
    const c = norm.charCodeAt(s);
    if (c !== 0x2d && c !== 0x2011) return undefined;
    hyphenated = norm.slice(s + 1).split(/[-\u2011]/);
    const head = hyphenated[0] ?? '';
    if (head === '' || isDigit(head.charCodeAt(0)) || !isLetters(head) || STOP_WORDS.has(head)) return undefined;
  }
  return { value, suffix, hyphenated, yearLike: groups === 0 && fraction === '' && firstGroup === 4 && value >= 1900 && value <= 2099 };
}

/** A parsed number: its value, the tokens it covers and what it implies. */
interface ParsedNumber {
  value: number;
  /** Index just past its last token. */
  end: number;
  /** Whether a plural scale made it a lower bound. */
  atLeast: boolean;
  /** A unit glued or hyphenated to it ("19-point", "5km"). */
  unit: string | undefined;
  /** Whether the unit was hyphenated (then a head noun may follow: "19-point draft"). */
  hyphenUnit: boolean;
  /** Whether it was only "one" or "a" (which needs a unit to count). */
  bareOne: boolean;
  /** Whether it is a four-digit integer that may be a year. */
  yearLike: boolean;
}

/** The value of a hyphenated or plain number word ("twenty-five", "five"), with its leftover parts. */
function wordNumber(norm: string): { value: number; rest: string[] } | undefined {
  const direct = NUMBER_WORDS.get(norm);
  if (direct !== undefined) return { value: direct, rest: [] };
  if (!norm.includes('-') && !norm.includes('\u2011')) return undefined;
  const parts = norm.split(/[-\u2011]/);
  const first = NUMBER_WORDS.get(parts[0] ?? '');
  if (first === undefined) return undefined;
  let value = first;
  let used = 1;
  const second = parts[1] === undefined ? undefined : NUMBER_WORDS.get(parts[1]);
  if (first >= 20 && first % 10 === 0 && second !== undefined && second > 0 && second < 10) {
    value += second;
    used = 2;
  }
  return { value, rest: parts.slice(used) };
}

/**
 * Parses the number starting at token `i`: digits ("1,200.5", "5bn", "19-point"), words ("five",
 * "twenty-five", "two hundred and fifty", "a dozen"), digits with scale words ("1.2 million"),
 * plural scales ("thousands", "tens of thousands") and fractions ("half", "two-thirds").
 */
function parseNumber(tokens: readonly Token[], i: number, excluded: Uint8Array, currency: boolean): ParsedNumber | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const norm = t.norm;
  let value: number;
  let j = i + 1;
  let unit: string | undefined;
  let hyphenUnit = false;
  let bareOne = false;
  let yearLike = false;
  let small = true; // whether a unit word (one..ninety-nine) may still follow
  if (t.kind === 'number') {
    const numeral = readNumeral(norm);
    if (numeral === undefined) return undefined;
    value = numeral.value;
    yearLike = numeral.yearLike;
    small = false;
    if (numeral.suffix !== '') {
      const scale = SCALE_SUFFIXES.get(numeral.suffix);
      const symbolOnly = numeral.suffix === 'm' || numeral.suffix === 'b';
      if (scale !== undefined && (currency || !symbolOnly)) value = clean(value * scale);
      else {
        unit = UNITS.get(numeral.suffix);
        if (unit === undefined) return undefined;
      }
      yearLike = false;
    }
    if (numeral.hyphenated.length > 0) {
      const head = numeral.hyphenated[0] ?? '';
      const scale = SCALE_WORDS.get(head);
      if (scale !== undefined) value = clean(value * scale);
      else {
        unit = UNITS.get(head) ?? singular(head);
        hyphenUnit = true;
      }
      yearLike = false;
    }
  } else if (t.kind === 'word') {
    const plural = PLURAL_SCALES.get(norm);
    if (plural !== undefined) {
      // "tens of thousands", "hundreds of millions": the first multiplies the second.
      const of = tokens[j];
      const second = tokens[j + 1];
      const scale = second === undefined ? undefined : PLURAL_SCALES.get(second.norm);
      if (of?.norm === 'of' && scale !== undefined && scale > plural && excluded[j + 1] === 0) {
        return { value: clean(plural * scale), end: j + 2, atLeast: true, unit: undefined, hyphenUnit: false, bareOne: false, yearLike: false };
      }
      if (norm === 'tens' || norm === 'scores') return undefined;
      return { value: plural, end: j, atLeast: true, unit: undefined, hyphenUnit: false, bareOne: false, yearLike: false };
    }
    if (norm === 'a' || norm === 'an') {
      const next = tokens[j];
      if (next === undefined || excluded[j] === 1) return undefined;
      if (next.norm === 'dozen') return { value: 12, end: j + 1, atLeast: false, unit: undefined, hyphenUnit: false, bareOne: false, yearLike: false };
      if (next.norm === 'half' || (FRACTION_WORDS.has(next.norm) && tokens[j + 1]?.norm === 'of')) {
        const denominator = FRACTION_WORDS.get(next.norm) ?? 2;
        return { value: clean(1 / denominator), end: j + 1, atLeast: false, unit: undefined, hyphenUnit: false, bareOne: false, yearLike: false };
      }
      if (!SCALE_WORDS.has(next.norm)) return undefined;
      value = 1;
      small = false;
    } else if (norm === 'half') {
      const prev = tokens[i - 1];
      if (prev !== undefined && (prev.norm === 'first' || prev.norm === 'second' || prev.norm === 'other' || prev.norm === 'latter' || prev.norm === 'former' || prev.norm === 'better' || prev.norm === 'the')) {
        return undefined;
      }
      const next = tokens[j]?.norm;
      if (next !== 'of' && next !== 'the' && next !== 'a' && next !== 'an' && next !== 'its' && next !== 'their' && next !== 'his' && next !== 'her' && next !== 'all' && next !== 'our') {
        return undefined;
      }
      return { value: 0.5, end: j, atLeast: false, unit: undefined, hyphenUnit: false, bareOne: false, yearLike: false };
    } else {
      const word = wordNumber(norm);
      if (word === undefined) return undefined;
      value = word.value;
      const rest = word.rest;
      if (rest.length > 0) {
        const head = rest[0] ?? '';
        const denominator = FRACTION_WORDS.get(head);
        if (denominator !== undefined && word.value > 0 && word.value < denominator) {
          return { value: clean(word.value / denominator), end: j, atLeast: false, unit: undefined, hyphenUnit: false, bareOne: false, yearLike: false };
        }
        if (head === '' || STOP_WORDS.has(head) || !isLetters(head)) return undefined;
        const scale = SCALE_WORDS.get(head);
        if (scale !== undefined) value = value * scale;
        else {
          unit = UNITS.get(head) ?? singular(head);
          hyphenUnit = true;
          if (value === 1 && !UNITS.has(head)) return undefined;
          return { value, end: j, atLeast: false, unit, hyphenUnit, bareOne: false, yearLike: false };
        }
        small = false;
      } else {
        bareOne = value === 1 && norm === 'one';
        small = value < 100 && value % 10 === 0 && value >= 20;
        // "two thirds of", "three quarters of"
        const next = tokens[j];
        const denominator = next === undefined ? undefined : FRACTION_WORDS.get(next.norm);
        if (denominator !== undefined && value > 0 && value < denominator && excluded[j] === 0 && (value === 1 ? tokens[j + 1]?.norm === 'of' : next?.norm.endsWith('s'))) {
          return { value: clean(value / denominator), end: j + 1, atLeast: false, unit: undefined, hyphenUnit: false, bareOne: false, yearLike: false };
        }
      }
    }
  } else return undefined;
  // Scale words, further number words and "and" after "hundred": "two hundred and fifty thousand".
  if (unit === undefined) {
    let total = 0;
    let current = value;
    let lastScale = Infinity;
    let afterHundred = false;
    while (j < tokens.length && excluded[j] === 0) {
      const w = tokens[j];
      if (w === undefined || w.kind !== 'word') break;
      const scale = SCALE_WORDS.get(w.norm);
      if (scale !== undefined) {
        if (scale === 100) {
          if (current >= 100 || current === 0 || afterHundred) break;
          current = current * 100;
          afterHundred = true;
          small = true;
        } else {
          if (scale >= lastScale) break;
          total += clean(current * scale);
          current = 0;
          lastScale = scale;
          afterHundred = false;
          small = true;
        }
        bareOne = false;
        j++;
        continue;
      }
      if (!small) break;
      let k = j;
      if (w.norm === 'and' && afterHundred) k++;
      const next = tokens[k];
      if (next === undefined || excluded[k] === 1) break;
      const word = wordNumber(next.norm);
      if (word === undefined || word.rest.length > 0 || word.value === 0) break;
      const lastDigit = current % 100;
      if (lastDigit !== 0 && !(lastDigit % 10 === 0 && lastDigit >= 20 && word.value < 10)) break;
      if (lastDigit === 0 && !afterHundred && current !== 0 && lastScale === Infinity) break;
      current += word.value;
      small = word.value >= 20 && word.value % 10 === 0;
      j = k + 1;
      bareOne = false;
    }
    value = total + current;
    if (j > i + 1) yearLike = false;
  }
  if (!Number.isFinite(value)) return undefined;
  return { value: clean(value), end: j, atLeast: false, unit, hyphenUnit, bareOne, yearLike };
}

/** The qualifier phrase ending just before token `i`: its qualifier and first token. */
function qualifierBefore(tokens: readonly Token[], i: number, excluded: Uint8Array): { qualifier: QuantityQualifier; start: number } | undefined {
  const last = tokens[i - 1];
  if (last === undefined || excluded[i - 1] === 1) return undefined;
  const phrases = QUALIFIERS_BY_LAST.get(last.norm);
  if (phrases === undefined) return undefined;
  for (const [words, qualifier] of phrases) {
    const from = i - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (tokens[from + k]?.norm !== words[k] || excluded[from + k] === 1) {
        ok = false;
        break;
      }
    }
    if (ok) return { qualifier, start: from };
  }
  return undefined;
}

/**
 * The head noun of the words from token `j`: up to four words of a noun phrase, ending at the
 * first plural, a measurement unit, or a word that cannot be in it. Returns the head's index.
 */
function headNoun(text: string, tokens: readonly Token[], j: number, excluded: Uint8Array): number | undefined {
  let head: number | undefined;
  for (let k = j; k < Math.min(tokens.length, j + 4); k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || excluded[k] === 1) break;
    const w = t.norm;
    if (w.includes('.') && isCapitalised(text, t) && isPlural(tokens[k + 1]?.norm ?? '')) continue; // "U.S. dollars"
    if (STOP_WORDS.has(w) || w.includes("'") || w.includes('.')) break;
    if (!NOUN_EXCEPTIONS.has(w) && w.length > 4 && (w.endsWith('ly') || w.endsWith('ed'))) break;
    if (NUMBER_WORDS.has(w) || SCALE_WORDS.has(w) || PLURAL_SCALES.has(w)) break;
    if (!isLetters(w)) break;
    const capital = isCapitalised(text, t);
    if (capital) {
      if (isPlural(w)) return k;
      continue;
    }
    if (UNITS.has(w)) return k;
    if (MODIFIERS.has(w) || (w.endsWith('ing') && !ING_NOUNS.has(w))) continue;
    head = k;
    if (isPlural(w)) return k;
  }
  return head;
}

/** A word that begins a noun phrase after "of": "thousands of the people". */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'all']);

/** Pronouns after "of" that leave a quantity without a noun ("two of them"). */
const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'us', 'you', 'those', 'these', 'which', 'whom', 'it', 'this', 'that']);

/** The unit and noun of a quantity, the index past them, and whether the unit is a measurement unit. */
interface UnitInfo {
  unit: string | undefined;
  noun: string | undefined;
  end: number;
  measure: boolean;
  /** Whether the noun came after "of" ("one of her ads"). */
  partitive: boolean;
}

/** The unit and noun after a number ending before token `j`, and the index past them. */
function unitAfter(
  text: string,
  tokens: readonly Token[],
  j: number,
  excluded: Uint8Array,
  parsed: ParsedNumber,
): UnitInfo {
  let end = j;
  let unit = parsed.unit;
  let measure = unit !== undefined;
  let noun: string | undefined;
  let partitive = false;
  let singularUnit = parsed.hyphenUnit;
  const t = tokens[j];
  if (unit === undefined && t !== undefined && excluded[j] === 0) {
    const w = t.norm;
    const next = tokens[j + 1];
    const nextFree = next !== undefined && excluded[j + 1] === 0;
    if (w === '%') {
      unit = 'percent';
      end = j + 1;
      singularUnit = true;
    } else if (w === 'per' && nextFree && next?.norm === 'cent') {
      unit = 'percent';
      end = j + 2;
      singularUnit = true;
    } else if ((w === 'percentage' || w === 'basis') && nextFree && (next?.norm === 'point' || next?.norm === 'points')) {
      unit = `${w} point`;
      end = j + 2;
      singularUnit = next.norm === 'point';
    } else if (t.kind === 'word' && UNITS.has(w)) {
      unit = UNITS.get(w);
      end = j + 1;
      singularUnit = !isPlural(w) || w === 'percent';
    }
    if (unit !== undefined) measure = true;
  }
  // "19-point cease-fire draft", "a 5 percent tax": a head noun after a singular unit.
  if (unit !== undefined && singularUnit) {
    const head = headNoun(text, tokens, end, excluded);
    if (head !== undefined && !UNITS.has(tokens[head]?.norm ?? '')) {
      noun = tokens[head]?.norm;
      end = head + 1;
    }
  }
  // "40 percent of voters", "thousands of people", "millions of dollars"
  if (noun === undefined && tokens[end]?.norm === 'of' && excluded[end] === 0) {
    let k = end + 1;
    const det = tokens[k];
    const pronoun = det !== undefined && PARTITIVE_PRONOUNS.has(det.norm);
    if (det !== undefined && PARTITIVE_DETERMINERS.has(det.norm) && excluded[k] === 0) k++;
    const head = pronoun ? undefined : headNoun(text, tokens, k, excluded);
    if (head !== undefined) {
      const w = tokens[head]?.norm ?? '';
      const known = UNITS.get(w);
      if (unit === undefined && known !== undefined) {
        unit = known;
        measure = true;
      } else if (unit === undefined) {
        unit = singular(w);
        noun = w;
      } else noun = w;
      end = head + 1;
      partitive = true;
    }
  }
  if (unit === undefined && !parsed.atLeast) {
    const head = headNoun(text, tokens, j, excluded);
    if (head !== undefined) {
      const w = tokens[head]?.norm ?? '';
      const known = UNITS.get(w);
      if (known !== undefined) {
        unit = known;
        measure = true;
      } else {
        unit = singular(w);
        noun = w;
      }
      end = head + 1;
    }
  }
  return { unit: currencyOf(tokens, text, unit, end - 1), noun, end, measure, partitive };
}

/** Every word that can start a quantity but for hyphenated number words ("twenty-five", "two-thirds"). */
const NUMBER_TRIGGERS: ReadonlySet<string> = new Set(['a', 'an', 'half', ...NUMBER_WORDS.keys(), ...PLURAL_SCALES.keys()]);

const NUMBER_TRIGGER_FILTER = wordFilter(NUMBER_TRIGGERS);

/** The first letters of the number words, as flags by character code. */
const NUMBER_WORD_INITIALS: Uint8Array = (() => {
  const flags = new Uint8Array(128);
  for (const word of NUMBER_WORDS.keys()) flags[word.charCodeAt(0)] = 1;
  return flags;
})();

/** How long the number words are, at least and at most: where a hyphen after one can stand. */
const NUMBER_WORD_MIN_LENGTH = Math.min(...[...NUMBER_WORDS.keys()].map((word) => word.length));
const NUMBER_WORD_MAX_LENGTH = Math.max(...[...NUMBER_WORDS.keys()].map((word) => word.length));

/** Whether a word of `text` can start a quantity: no look-up at all for most words. */
function mayStartNumber(token: Token, text: string): boolean {
  const norm = token.norm;
  if (mayHaveNorm(NUMBER_TRIGGER_FILTER, token, text) && NUMBER_TRIGGERS.has(norm)) return true;
  // "twenty-five": only a word that starts like a number word can have one before a hyphen.
  const written = norm === token.text;
  const c = written ? text.charCodeAt(token.start) : norm.charCodeAt(0);
  if (!(c < 128) || NUMBER_WORD_INITIALS[c] !== 1) return false;
  // A word as written is searched for a hyphen where one can follow a number word, in the text
  // (which is read anyway) rather than in the word's own string; most words have none.
  if (written && !hasHyphen(text, token.start + NUMBER_WORD_MIN_LENGTH, Math.min(token.end, token.start + NUMBER_WORD_MAX_LENGTH + 1))) return false;
  const dash = norm.indexOf('-');
  return dash > 0 && NUMBER_WORDS.has(norm.slice(0, dash));
}

/** Whether `text[from, to)` holds a hyphen-minus. */
function hasHyphen(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 0x2d) return true;
  return false;
}

/** "Canadian dollars" are no `USD`: a capitalised word before "dollars" (but U.S. or American) makes the unit plain `dollar`. */
function currencyOf(tokens: readonly Token[], text: string, unit: string | undefined, last: number): string | undefined {
  if (unit !== 'USD') return unit;
  const word = tokens[last];
  const before = tokens[last - 1];
  if (word === undefined || before === undefined || !(word.norm === 'dollar' || word.norm === 'dollars')) return unit;
  if (before.kind !== 'word' || !isCapitalised(text, before) || before.norm === 'u.s.' || before.norm === 'us' || before.norm === 'american') return unit;
  return 'dollar';
}

/** Marks the tokens that overlap an excluded span (linear after sorting the spans). */
let flagBuffer = new Uint8Array(256);

function excludedTokens(tokens: readonly Token[], exclude: readonly ExcludedSpan[] | undefined): Uint8Array {
  // One buffer serves every call (allocating a typed array per sentence costs more than the scan).
  if (flagBuffer.length < tokens.length + 4) flagBuffer = new Uint8Array(Math.max(tokens.length + 4, flagBuffer.length * 2));
  const flags = flagBuffer;
  flags.fill(0, 0, tokens.length + 4);
  if (exclude === undefined || exclude.length === 0) return flags;
  const spans = [...exclude].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let p = 0;
  let maxEnd = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined) continue;
    while (p < spans.length && (spans[p]?.start ?? Infinity) < t.end) {
      maxEnd = Math.max(maxEnd, spans[p]?.end ?? -1);
      p++;
    }
    if (maxEnd > t.start) flags[k] = 1;
  }
  return flags;
}

/** Words before "one" that make it a pronoun or a name part rather than a count ("no one", "the one"). */
const ONE_BLOCKERS: ReadonlySet<string> = new Set(['the', 'no', 'any', 'every', 'each', 'which', 'this', 'that', 'on', 'some', 'someone', 'little']);

/** Capitalised function words that may stand before a number without making it a label ("In 2015", "About 40"). */
const CAPITAL_OK: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'by', 'for', 'of', 'to', 'from', 'with', 'about', 'some', 'nearly', 'almost', 'around', 'roughly',
  'over', 'under', 'more', 'fewer', 'less', 'only', 'just', 'the', 'and', 'but', 'or', 'all', 'those', 'these', 'another',
  'since', 'after', 'before', 'until', 'between', 'among', 'up', 'approximately', 'an', 'a', 'than', 'as', 'if', 'when',
  'while', 'then', 'exactly', 'precisely', 'least', 'most', 'we', 'they', 'he', 'she', 'it', 'i', 'estimated', 'every',
  'each', 'per', 'only', 'another', 'whereas', 'although', 'though', 'because', 'so', 'yet', 'nor', 'both', 'its', 'their',
  'his', 'her', 'our', 'my', 'your', 'these', 'those', 'many', 'with', 'without', 'during', 'despite',
]);

/** Whether the number at token `i` is a label or an identifier ("No. 2", "Article 5", "G 7", "#1", "9/11"). */
function isLabel(text: string, tokens: readonly Token[], i: number, unitFollows: boolean): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev !== undefined && prev.end === tokens[i]?.start && (prev.norm === '#' || prev.norm === '/' || prev.kind === 'word')) return true;
  if (next !== undefined && next.norm === '/' && tokens[i + 2]?.kind === 'number') return true;
  if (prev?.norm === '/' && tokens[i - 2]?.kind === 'number') return true;
  if (prev?.norm === '(' && next?.norm === ')' && tokens[i + 2]?.kind === 'number') return true;
  if (prev === undefined || prev.kind !== 'word') return false;
  if (LABEL_WORDS.has(prev.norm)) return true;
  if (isCapitalised(text, prev) && !CAPITAL_OK.has(prev.norm) && !QUALIFIERS_BY_LAST.has(prev.norm) && !unitFollows) {
    // A capitalised word that opens the sentence (or a quotation) may be anything ("Officials 5" is rare, "Killed 5" not).
    const before = tokens[i - 2];
    return !(before === undefined || before.kind === 'quote' || OPENERS.has(before.norm));
  }
  return false;
}

/**
 * Whether the number at token `i` names or numbers something: a capitalised number word inside a
 * sentence ("Gang of Eight", "Channel Four"), or a list number at the start ("1. The plan").
 */
function isNamePart(text: string, tokens: readonly Token[], i: number, unitFollows: boolean, excluded: Uint8Array): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const opens = prev === undefined || prev.kind === 'quote' || OPENERS.has(prev.norm);
  if (t === undefined) return false;
  if (t.kind === 'word') return !opens && !unitFollows && isCapitalised(text, t) && qualifierBefore(tokens, i, excluded) === undefined;
  const next = tokens[i + 1];
  return opens && (next?.norm === '.' || next?.norm === ')') && t.end === next.start;
}

/** Punctuation after which a capitalised word opens a sentence or a clause. */
const OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '(', '[', '—', '–', '...', '…']);

/** Whether the tokens from `j` are a percent or point unit ("Trump 45 percent"). */
function percentFollows(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]?.norm;
  return w === '%' || w === 'percent' || w === 'pct' || w === 'per' || w === 'points' || w === 'point' || w === 'percentage';
}

/** A quantity found, before it becomes a {@link Quantity}. */
interface Found {
  start: number;
  end: number;
  value: number;
  qualifier: QuantityQualifier;
  unit: string | undefined;
  noun: string | undefined;
  /** Index of its first token (a qualifier, a sign or the number). */
  startToken: number;
  /** Index just past its last token. */
  endToken: number;
}

/**
 * Finds the quantities in `tokens`; the token-level work of `extractQuantities`, for
 * callers that already have the tokens.
 * @internal
 */
export function extractQuantitiesFromTokens(text: string, tokens: readonly Token[], exclude?: readonly ExcludedSpan[]): Quantity[] {
  const excluded = excludedTokens(tokens, exclude);
  const out: Found[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (t === undefined || excluded[i] === 1 || (t.kind === 'word' ? !mayStartNumber(t, text) : t.kind !== 'number')) {
      i++;
      continue;
    }
    // A currency sign (and "US") before the number.
    let start = i;
    let currency: string | undefined;
    const sign = tokens[i - 1];
    if (sign !== undefined && excluded[i - 1] === 0 && sign.end === t.start && CURRENCY_SIGNS.has(sign.norm)) {
      currency = CURRENCY_SIGNS.get(sign.norm);
      start = i - 1;
      const us = tokens[i - 2];
      if (us !== undefined && us.end === sign.start && (us.text === 'US' || us.text === 'U.S.') && excluded[i - 2] === 0) start = i - 2;
    }
    const parsed = parseNumber(tokens, i, excluded, currency !== undefined);
    if (parsed === undefined) {
      i++;
      continue;
    }
    const unitFollows = percentFollows(tokens, parsed.end);
    if ((t.kind === 'number' || isCapitalised(text, t)) && currency === undefined && (isLabel(text, tokens, i, unitFollows) || isNamePart(text, tokens, i, unitFollows, excluded))) {
      i = parsed.end;
      continue;
    }
    const qualifier = qualifierBefore(tokens, start, excluded);
    if (qualifier !== undefined) start = qualifier.start;
    let unitInfo = unitAfter(text, tokens, parsed.end, excluded, parsed);
    if (currency !== undefined) {
      // "$350 million aid package": the sign is the unit; any unit-like word after it is the noun.
      const noun = unitInfo.noun ?? (unitInfo.measure ? undefined : unitInfo.unit === undefined ? undefined : tokens[unitInfo.end - 1]?.norm);
      unitInfo = { unit: currency, noun, end: unitInfo.measure ? parsed.end : unitInfo.end, measure: true, partitive: unitInfo.partitive };
    }
    // A bare "one" needs a unit or a qualifier, and no determiner before it ("no one", "the one");
    // a possible year needs a measurement unit or a plural noun after it.
    if (parsed.bareOne && qualifier === undefined && (unitInfo.unit === undefined || unitInfo.partitive || ONE_BLOCKERS.has(tokens[i - 1]?.norm ?? ''))) {
      i = parsed.end;
      continue;
    }
    if (parsed.yearLike && currency === undefined && qualifier === undefined && !unitInfo.measure && !isPlural(unitInfo.noun ?? '')) {
      i = parsed.end;
      continue;
    }
    const endToken = Math.max(parsed.end, unitInfo.end);
    const first = tokens[start];
    const last = tokens[endToken - 1];
    if (first === undefined || last === undefined) {
      i++;
      continue;
    }
    out.push({
      start: first.start,
      end: last.end,
      value: parsed.value,
      qualifier: qualifier?.qualifier ?? (parsed.atLeast ? 'at-least' : 'exact'),
      unit: unitInfo.unit === '' ? undefined : unitInfo.unit,
      noun: unitInfo.noun === '' ? undefined : unitInfo.noun,
      startToken: start,
      endToken,
    });
    i = endToken;
  }
  shareRanges(tokens, out);
  return out.map((f) => {
    const anchor = makeAnchor(text, f.start, f.end);
    const quantity: Quantity = { anchor, text: anchor.exact, value: f.value, qualifier: f.qualifier };
    if (f.unit !== undefined) quantity.unit = f.unit;
    if (f.noun !== undefined) quantity.noun = f.noun;
    return quantity;
  });
}

/** Range connectors: "two or three days", "5 to 10 percent", "between 10 and 15". */
const RANGE_CONNECTORS: ReadonlySet<string> = new Set(['to', 'or', 'and', '-', '–', '—']);

/**
 * In "two or three days" and "5 to 10 percent" the first number takes the unit of the second;
 * "between 10 and 15" and "from 10 to 15" make the first `at-least` and the second `at-most`.
 */
function shareRanges(tokens: readonly Token[], out: Found[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a === undefined || b === undefined) continue;
    if (b.startToken !== a.endToken + 1 || !RANGE_CONNECTORS.has(tokens[a.endToken]?.norm ?? '')) continue;
    if (a.unit === undefined && b.unit !== undefined) {
      a.unit = b.unit;
      if (b.noun !== undefined) a.noun = b.noun;
    }
    const before = tokens[a.startToken - 1]?.norm;
    const connector = tokens[a.endToken]?.norm;
    if (a.qualifier === 'exact' && b.qualifier === 'exact' && ((before === 'between' && connector === 'and') || (before === 'from' && connector === 'to'))) {
      a.qualifier = 'at-least';
      b.qualifier = 'at-most';
    }
  }
}

/**
 * Finds every quantity in `text[start, end)`, with anchors into the whole `text`, normalised so
 * that the same amount compares equal however it is written.
 *
 * - Values: digits ("100,000", "1.2", "5bn", "$3m"), words ("five", "twenty-five", "two hundred
 *   and fifty", "a dozen", "a million"), digits with scales ("1.2 million" is 1200000), plural
 *   scales as lower bounds ("thousands", "tens of thousands" is at least 10000, "into the
 *   millions" at least 1000000, "dozens" at least 12), fractions ("half of", "a third of",
 *   "two-thirds" is 2/3).
 * - Qualifiers: see `QUANTITY_QUALIFIERS` ("nearly five hours" is `approximate`, "more than"
 *   `at-least`, "up to" `at-most`); "between 10 and 15" gives `at-least` 10 and `at-most` 15.
 * - Units: the measurement units of `UNITS` in the singular (`hour`, `point`, `percent`,
 *   `percentage point`, `USD` for "$" and "dollars"); the head noun after a singular unit is the
 *   `noun` ("19-point cease-fire draft": unit `point`, noun `draft`). A counted noun is the unit in
 *   the singular and the noun as written, lower case ("more than 100,000 people": unit `person`,
 *   noun `people`; "30 casualties": unit `casualty`, noun `casualties`).
 *
 * Not quantities: ordinals ("fourth", "21st"); words with digits inside ("G7", "COVID-19",
 * "F-16", "World War II"); labels and ids ("No. 2", "Article 5", "Boeing 737", "#1", "9/11",
 * "24/7"); numeric hyphen runs (scores, ranges written "3-2", phone numbers "555-1234"); times
 * ("10:30"), versions ("1.2.3"), numbers with a leading zero ("007") or more than 15 digits;
 * decades ("1990s"); "one" without a measurement unit or qualifier ("one of them"); a four-digit
 * integer from 1900 to 2099 without a unit, qualifier or currency (a year: "the 2016 race"); and
 * anything overlapping `options.exclude` (pass the spans of dates). Never throws; offsets are
 * clamped to the text.
 *
 * @param text - the whole text; anchors refer to it.
 * @param start - offset where the stretch to search starts.
 * @param end - offset just past the stretch to search.
 * @param options - spans to skip.
 * @example
 * ```ts
 * const text = 'Talks lasted nearly five hours over a 19-point cease-fire draft.';
 * extractQuantities(text, 0, text.length).map((q) => [q.value, q.unit, q.noun, q.qualifier]);
 * // [[5, 'hour', undefined, 'approximate'], [19, 'point', 'draft', 'exact']]
 * ```
 */
export function extractQuantities(text: string, start: number, end: number, options?: ExtractQuantitiesOptions): Quantity[] {
  const [s, e] = clampRange(text, start, end);
  if (s === e || !NUMBER_HINT.test(text.slice(s, e))) return [];
  return extractQuantitiesFromTokens(text, tokenize(text, s, e), options?.exclude);
}
