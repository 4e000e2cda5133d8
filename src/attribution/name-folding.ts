/**
 * Folding of names for matching: "Zelenskyy", "Zelenskiy" and "Zelensky" are one key, and so
 * are "Yuri", "Yury" and "Yuriy", or "José" and "Jose". Folding only decides whether two names
 * match; names are always reported as written.
 */

import { mayHave, wordFilter, type WordFilter } from '../text/word-filter.js';

/** One spelling rule of name folding, applied to a lower-case word without diacritics. */
export interface FoldingRule {
  /** Where the rule applies: the whole word, its end or its start. */
  readonly at: 'word' | 'end' | 'start';
  /** The spelling to replace. */
  readonly from: string;
  /** What replaces it. */
  readonly to: string;
}

/**
 * Transliteration variants of names, as data. Rules apply in order: first the whole-word
 * equivalents, then the first matching ending rule, then the first matching start rule. Both
 * sides of a comparison are folded, so a rule only has to map variants onto one spelling.
 */
export const NAME_FOLDING_RULES: readonly FoldingRule[] = [
  // Whole words whose variants the ending rules do not reach.
  { at: 'word', from: 'aleksei', to: 'alexey' },
  { at: 'word', from: 'aleksey', to: 'alexey' },
  { at: 'word', from: 'alexei', to: 'alexey' },
  { at: 'word', from: 'alexander', to: 'aleksandr' },
  { at: 'word', from: 'alexandr', to: 'aleksandr' },
  { at: 'word', from: 'volodimir', to: 'volodymyr' },
  { at: 'word', from: 'wolodymyr', to: 'volodymyr' },
  { at: 'word', from: 'evgeny', to: 'yevgeny' },
  { at: 'word', from: 'evgeniy', to: 'yevgeny' },
  { at: 'word', from: 'yevgeniy', to: 'yevgeny' },
  { at: 'word', from: 'mohammed', to: 'muhammad' },
  { at: 'word', from: 'mohammad', to: 'muhammad' },
  { at: 'word', from: 'mohamed', to: 'muhammad' },
  { at: 'word', from: 'muhammed', to: 'muhammad' },
  { at: 'word', from: 'qaddafi', to: 'gaddafi' },
  { at: 'word', from: 'qadhafi', to: 'gaddafi' },
  { at: 'word', from: 'kadhafi', to: 'gaddafi' },
  { at: 'word', from: 'peskow', to: 'peskov' },
  // Slavic endings: Zelenskyy, Zelenskiy, Zelenskyi, Zelenski -> zelensky.
  { at: 'end', from: 'skyy', to: 'sky' },
  { at: 'end', from: 'skyi', to: 'sky' },
  { at: 'end', from: 'skiy', to: 'sky' },
  { at: 'end', from: 'skii', to: 'sky' },
  { at: 'end', from: 'ski', to: 'sky' },
  // Yuriy, Iurii, Dmitriy -> yury, iury, dmitry.
  { at: 'end', from: 'iy', to: 'y' },
  { at: 'end', from: 'ii', to: 'y' },
  { at: 'end', from: 'yy', to: 'y' },
  // Sergei/Sergey, Andrei/Andrey, Nikolai/Nikolay.
  { at: 'end', from: 'ei', to: 'ey' },
  { at: 'end', from: 'ai', to: 'ay' },
  { at: 'end', from: 'oi', to: 'oy' },
  // Yuri/Yury, Dmitri/Dmitry: a final "i" after a consonant.
  { at: 'end', from: 'ri', to: 'ry' },
  { at: 'end', from: 'ti', to: 'ty' },
  { at: 'end', from: 'li', to: 'ly' },
  { at: 'end', from: 'ni', to: 'ny' },
  // Iury/Yury, Iulia/Yulia, Evgeny/Yevgeny.
  { at: 'start', from: 'iu', to: 'yu' },
  { at: 'start', from: 'ia', to: 'ya' },
];

/** {@link NAME_FOLDING_RULES}, compiled once for every name of every text. */
export const NAME_FOLDING: CompiledFolding = compileFolding(NAME_FOLDING_RULES);

/** Letters that Unicode decomposition does not split into a base letter and a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŧ: 't',
};

const NO_RULES: readonly FoldingRule[] = [];
const MARKS = /\p{M}+/gu;
const SPECIAL = /[łøđðþßæœıħŧ]/g;

/** Rules grouped by where they apply, so that folding a word costs a few string comparisons. */
export interface CompiledFolding {
  /** Whole-word equivalents. */
  readonly words: ReadonlyMap<string, string>;
  /** The words of `words`, to rule out nearly every name without hashing it. */
  readonly wordFilter: WordFilter;
  /** Ending rules, in order, by the code of the last letter they end in. */
  readonly ends: ReadonlyMap<number, readonly FoldingRule[]>;
  /** Start rules, in order, by the code of the first letter they start with. */
  readonly starts: ReadonlyMap<number, readonly FoldingRule[]>;
}

function byLetter(rules: readonly FoldingRule[], letterOf: (rule: FoldingRule) => number): Map<number, FoldingRule[]> {
  const out = new Map<number, FoldingRule[]>();
  for (const rule of rules) {
    const letter = letterOf(rule);
    const list = out.get(letter);
    if (list === undefined) out.set(letter, [rule]);
    else list.push(rule);
  }
  return out;
}

/** Groups folding rules for {@link foldWord}. */
export function compileFolding(rules: readonly FoldingRule[]): CompiledFolding {
  const words = new Map<string, string>();
  for (const rule of rules) if (rule.at === 'word' && !words.has(rule.from)) words.set(rule.from, rule.to);
  return {
    words,
    wordFilter: wordFilter(words.keys()),
    ends: byLetter(rules.filter((rule) => rule.at === 'end' && rule.from !== ''), (rule) => rule.from.charCodeAt(rule.from.length - 1)),
    starts: byLetter(rules.filter((rule) => rule.at === 'start' && rule.from !== ''), (rule) => rule.from.charCodeAt(0)),
  };
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Words outside ASCII without their diacritics, shared by every analysis: the same names recur
 * across texts, and Unicode decomposition costs far more than a look-up. Bounded, so odd texts
 * cannot grow it without end.
 */
const UNMARKED = new Map<string, string>();
const UNMARKED_LIMIT = 50_000;

function stripMarks(word: string): string {
  if (isAscii(word)) return word;
  let plain = UNMARKED.get(word);
  if (plain === undefined) {
    plain = word.normalize('NFD').replace(MARKS, '').replace(SPECIAL, (ch) => SPECIAL_LETTERS[ch] ?? ch);
    if (UNMARKED.size < UNMARKED_LIMIT) UNMARKED.set(word, plain);
  }
  return plain;
}

/** Lower case with straight apostrophes; most words have no curly one to replace. */
function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** Lower case, no diacritics, straight apostrophes: "José’s" becomes "jose's". */
export function plainWord(word: string): string {
  return stripMarks(lowerWord(word));
}

/**
 * The matching key of one word of a name: lower case, diacritics removed, then the
 * transliteration rules. `foldWord("Zelenskyy") === foldWord("Zelensky")`.
 */
export function foldWord(word: string, folding: CompiledFolding): string {
  return foldNorm(lowerWord(word), folding);
}

/** {@link foldWord} for a word already in lower case with straight apostrophes, such as a token's `norm`. */
export function foldNorm(norm: string, folding: CompiledFolding): string {
  const plain = stripMarks(norm);
  const whole = mayHave(folding.wordFilter, plain) ? folding.words.get(plain) : undefined;
  if (whole !== undefined) return whole;
  // Short words ("Li", "Ai") are left alone: their endings are not transliteration.
  if (plain.length <= 3) return plain;
  let w = plain;
  for (const rule of folding.ends.get(w.charCodeAt(w.length - 1)) ?? NO_RULES) {
    if (w.endsWith(rule.from)) {
      w = w.slice(0, w.length - rule.from.length) + rule.to;
      break;
    }
  }
  for (const rule of folding.starts.get(w.charCodeAt(0)) ?? NO_RULES) {
    if (w.startsWith(rule.from)) {
      w = rule.to + w.slice(rule.from.length);
      break;
    }
  }
  // Most words meet no rule and are their own key, already looked up above.
  return w === plain ? w : (folding.words.get(w) ?? w);
}
