import { mayHave, wordFilter } from '../text/word-filter.js';

/**
 * Which side a word stands for: a country or bloc, reached through its name, people, capital or
 * seat of government ("Moscow", "Russian" and "Kremlin" are all Russia). The tagger uses it to
 * tell the speaker's own side from a third party: a Kremlin adviser's "Moscow will continue" is
 * his side's intention, not a forecast about someone else.
 */

const SIDES: Readonly<Record<string, readonly string[]>> = {
  russia: ['russia', 'russian', 'russians', 'moscow', 'kremlin'],
  'united-states': ['u.s', 'u.s.', 'america', 'american', 'americans', 'washington', 'pentagon', 'usa'],
  ukraine: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
  china: ['china', 'chinese', 'beijing'],
  europe: ['europe', 'european', 'europeans', 'eu', 'e.u', 'brussels'],
  'united-kingdom': ['britain', 'british', 'u.k', 'london', 'uk'],
  france: ['france', 'french', 'paris', 'elysee', 'élysée'],
  germany: ['germany', 'german', 'germans', 'berlin'],
  israel: ['israel', 'israeli', 'israelis', 'jerusalem'],
  iran: ['iran', 'iranian', 'iranians', 'tehran'],
  'north-korea': ['pyongyang'],
  'south-korea': ['seoul'],
  japan: ['japan', 'japanese', 'tokyo'],
  india: ['india', 'indian', 'delhi'],
  pakistan: ['pakistan', 'pakistani', 'islamabad'],
  turkey: ['turkey', 'turkish', 'ankara'],
  syria: ['syria', 'syrian', 'damascus'],
  mexico: ['mexico', 'mexican', 'mexicans'],
  canada: ['canada', 'canadian', 'canadians', 'ottawa'],
  taiwan: ['taiwan', 'taiwanese', 'taipei'],
  poland: ['poland', 'polish', 'warsaw'],
  'saudi-arabia': ['saudi', 'riyadh'],
  nato: ['nato'],
  palestine: ['palestinian', 'palestinians', 'ramallah'],
};

/** Every side word, mapped to the side's key. */
export const SIDE_OF_WORD: ReadonlyMap<string, string> = new Map(Object.entries(SIDES).flatMap(([side, words]) => words.map((w) => [w, side] as const)));

/** The sides named by a phrase's words (lower case), e.g. `Kremlin adviser` gives `russia`. */
export function sidesOf(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  let previous = '';
  for (const word of words) {
    const w = word.toLowerCase();
    const side = sideOfWords(previous, w);
    if (side !== undefined) out.add(side);
    previous = w;
  }
  return out;
}

/** The side a word names with the word before it ("United States", "North Korea") or alone ("Moscow"). */
export function sideOfWords(previous: string, word: string): string | undefined {
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  // Most words begin no pair: look the pair up only after a word that can begin one.
  if (PAIR_STARTS.has(previous)) {
    const paired = SIDE_OF_PAIR.get(`${previous} ${bare}`);
    if (paired !== undefined) return paired;
  }
  return SIDE_OF_WORD.get(bare);
}

/** Whether any of the words (lower case) names one of `sides`; no allocation, for per-statement use. */
export function namesSideOf(words: readonly string[], sides: ReadonlySet<string>): boolean {
  let previous = '';
  for (const w of words) {
    const side = sideOfWords(previous, w);
    if (side !== undefined && sides.has(side)) return true;
    previous = w;
  }
  return false;
}

/** Two-word names of sides: seats of government and countries with a two-word name. */
const SIDE_OF_PAIR: ReadonlyMap<string, string> = new Map([
  ['white house', 'united-states'], ['state department', 'united-states'], ['united states', 'united-states'], ['downing street', 'united-kingdom'],
  ['north korea', 'north-korea'], ['north korean', 'north-korea'], ['south korea', 'south-korea'], ['south korean', 'south-korea'],
  ['saudi arabia', 'saudi-arabia'], ['european union', 'europe'], ['united kingdom', 'united-kingdom'],
]);

/** The first words of the two-word names. */
const PAIR_STARTS: ReadonlySet<string> = new Set([...SIDE_OF_PAIR.keys()].map((pair) => pair.slice(0, pair.indexOf(' '))));

/**
 * Every word that can end a side's name, alone or after the first word of a pair, with and
 * without a possessive "'s": a word that passes no test of this filter names no side.
 */
const SIDE_WORD_FILTER = wordFilter(
  [...SIDE_OF_WORD.keys(), ...[...SIDE_OF_PAIR.keys()].map((pair) => pair.slice(pair.indexOf(' ') + 1))].flatMap((word) => [word, `${word}'s`]),
);

/**
 * Whether a word (lower case) may name a side, by itself or as the second word of a pair: a
 * cheap test that rules out most words before {@link sideOfWords} looks them up.
 */
export function mayNameSide(word: string): boolean {
  return mayHave(SIDE_WORD_FILTER, word);
}

/** The name an entity made for a side carries. */
export const SIDE_NAMES: Readonly<Record<string, string>> = {
  russia: 'Russia', 'united-states': 'United States', ukraine: 'Ukraine', china: 'China', europe: 'Europe', 'united-kingdom': 'United Kingdom',
  france: 'France', germany: 'Germany', israel: 'Israel', iran: 'Iran', 'north-korea': 'North Korea', 'south-korea': 'South Korea', japan: 'Japan',
  india: 'India', pakistan: 'Pakistan', turkey: 'Turkey', syria: 'Syria', mexico: 'Mexico', canada: 'Canada', taiwan: 'Taiwan', poland: 'Poland',
  'saudi-arabia': 'Saudi Arabia', nato: 'NATO', palestine: 'Palestine',
};
