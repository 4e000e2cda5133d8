import type { Token } from '../text/tokens.js';
import { mayHaveNorm, wordFilter, type WordFilter } from '../text/word-filter.js';

/** Where a phrase matched: the index of its first token and how many tokens it covers. */
export interface PhraseHit {
  readonly index: number;
  readonly length: number;
}

interface PhraseEntry {
  readonly list: number;
  readonly parts: readonly string[];
}
interface PrefixEntry {
  readonly list: number;
  readonly stem: string;
}

/**
 * Several word lists compiled together, so that one pass over a statement's tokens finds the
 * first match of every list. A phrase is lower-case words separated by spaces; a single word
 * ending in `*` (at least three letters before it) matches every word it begins.
 * @internal
 */
export interface PhraseLists {
  /** How many lists there are. */
  readonly count: number;
  readonly phrases: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Prefix entries by the code of their first three letters ({@link prefixKey}). */
  readonly prefixes: ReadonlyMap<number, readonly PrefixEntry[]>;
}

/** A number for a word's first three UTF-16 units, so that lookups by prefix make no strings. */
function prefixKey(word: string): number {
  // Ten bits of each unit keep the key a small integer; a rare collision only costs a startsWith.
  return ((word.charCodeAt(0) & 0x3ff) << 20) | ((word.charCodeAt(1) & 0x3ff) << 10) | (word.charCodeAt(2) & 0x3ff);
}

/**
 * Filters that rule out most words before any map lookup: a {@link WordFilter} of the phrases'
 * first words, and one bit for each combination of first three letters a prefix has. Most words
 * of a text start no phrase and begin no prefix, and testing a bit costs far less than hashing
 * the word.
 */
interface WordFilters {
  readonly heads: WordFilter;
  readonly stems: Uint32Array;
}

const FILTER_WORDS = 1024;

function stemBit(word: string): number {
  return ((word.charCodeAt(0) & 31) << 10) | ((word.charCodeAt(1) & 31) << 5) | (word.charCodeAt(2) & 31);
}

/** {@link stemBit} of the word that starts at `at` in `text`. */
function stemBitAt(text: string, at: number): number {
  return ((text.charCodeAt(at) & 31) << 10) | ((text.charCodeAt(at + 1) & 31) << 5) | (text.charCodeAt(at + 2) & 31);
}

function hasBit(filter: Uint32Array, bit: number): boolean {
  return ((filter[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}

function setBit(filter: Uint32Array, bit: number): void {
  filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
}

const wordFilters = new WeakMap<PhraseLists, WordFilters>();

function filtersOf(lists: PhraseLists): WordFilters {
  const known = wordFilters.get(lists);
  if (known !== undefined) return known;
  const heads = wordFilter(lists.phrases.keys());
  const stems = new Uint32Array(FILTER_WORDS);
  for (const entries of lists.prefixes.values()) for (const { stem } of entries) setBit(stems, stemBit(stem));
  const filters: WordFilters = { heads, stems };
  wordFilters.set(lists, filters);
  return filters;
}

/** Compiles word lists; list `k` of the result is `lists[k]`. @internal */
export function compilePhraseLists(lists: readonly (readonly string[])[]): PhraseLists {
  const phrases = new Map<string, PhraseEntry[]>();
  const prefixes = new Map<number, PrefixEntry[]>();
  lists.forEach((words, list) => {
    for (const raw of words) {
      const word = raw.trim().toLowerCase();
      if (word.length === 0) continue;
      if (word.endsWith('*') && !word.includes(' ') && word.length > 3) {
        const stem = word.slice(0, -1);
        const key = prefixKey(stem);
        prefixes.set(key, [...(prefixes.get(key) ?? []), { list, stem }]);
        continue;
      }
      const parts = word.split(/\s+/);
      const head = parts[0] ?? '';
      const entries = phrases.get(head) ?? [];
      entries.push({ list, parts });
      phrases.set(head, entries);
    }
  });
  for (const entries of phrases.values()) entries.sort((a, b) => b.parts.length - a.parts.length);
  return { count: lists.length, phrases, prefixes };
}

/**
 * One pass over tokens [from, to), skipping [skipFrom, skipTo): the first hit of each list, or
 * undefined. `text`, the text the tokens come from, when given, lets most words be tested from its
 * characters. `refuse(list, tokens, hit)` may refuse a hit (a harm word right after "lift"); the
 * scan then goes on looking for that list's next one. Linear in the tokens.
 * @internal
 */
export function scanPhraseLists(
  lists: PhraseLists,
  tokens: readonly Token[],
  from: number,
  to: number,
  skipFrom = -1,
  skipTo = -1,
  refuse?: (list: number, tokens: readonly Token[], hit: PhraseHit) => boolean,
  into?: (PhraseHit | undefined)[],
  text?: string,
): (PhraseHit | undefined)[] {
  // A caller that reads the hits before its next call may hand in the same array every time.
  const hits: (PhraseHit | undefined)[] = into ?? [];
  hits.length = 0;
  for (let k = 0; k < lists.count; k++) hits.push(undefined);
  const filters = filtersOf(lists);
  let open = lists.count;
  for (let i = from; i < to && open > 0; i++) {
    if (i >= skipFrom && i < skipTo) continue;
    const tok = tokens[i];
    if (tok === undefined || tok.kind !== 'word') continue;
    const norm = tok.norm;
    // As in `mayHaveNorm`, a norm that is the token as written is read from the text, not from its own string.
    const written = text !== undefined && norm === tok.text;
    const length = written ? tok.end - tok.start : norm.length;
    const entries = length > 0 && mayHaveNorm(filters.heads, tok, text) ? lists.phrases.get(norm) : undefined;
    if (entries !== undefined) {
      for (const { list, parts } of entries) {
        if (hits[list] !== undefined || i + parts.length > to) continue;
        let ok = true;
        for (let k = 1; k < parts.length && ok; k++) ok = tokens[i + k]?.norm === parts[k];
        if (!ok) continue;
        const hit = { index: i, length: parts.length };
        if (refuse !== undefined && refuse(list, tokens, hit)) continue;
        hits[list] = hit;
        open--;
      }
    }
    if (length < 3 || !hasBit(filters.stems, written ? stemBitAt(text, tok.start) : stemBit(norm))) continue;
    const stems = lists.prefixes.get(prefixKey(norm));
    if (stems === undefined) continue;
    for (const { list, stem } of stems) {
      if (hits[list] !== undefined || !norm.startsWith(stem)) continue;
      const hit = { index: i, length: 1 };
      if (refuse !== undefined && refuse(list, tokens, hit)) continue;
      hits[list] = hit;
      open--;
    }
  }
  return hits;
}
