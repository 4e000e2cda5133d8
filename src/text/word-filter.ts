import type { Token } from './tokens.js';

/**
 * A quick test that a word is not one of a fixed set of words, from its first and last
 * characters and its length, without hashing it. Looking a word up in a `Set` or `Map` hashes
 * it; claims test every word against several small lexicons, and nearly every word is in none,
 * so a test that rules most of them out first pays for itself. It may say yes for a word not in
 * the set, never no for one in it.
 * @internal
 */
export type WordFilter = Uint32Array;

/** The slot of a word in a {@link WordFilter}: five bits of its first and of its last character. */
function slotOf(word: string): number {
  return word.length === 0 ? 0 : ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
}

/** Builds the filter of some words. @internal */
export function wordFilter(words: Iterable<string>): WordFilter {
  const bits = new Uint32Array(1024);
  for (const word of words) bits[slotOf(word)] = (bits[slotOf(word)] ?? 0) | (1 << Math.min(word.length, 31));
  return bits;
}

/** Whether `word` may be one of the filter's words; `false` means it surely is not. @internal */
export function mayHave(filter: WordFilter, word: string): boolean {
  return (((filter[slotOf(word)] ?? 0) >>> Math.min(word.length, 31)) & 1) === 1;
}

/**
 * {@link mayHave} for a token's norm. When the norm is the token as written (the tokenizer gives
 * the same string for lower-case ASCII), the characters are read from `text`, the text the token
 * comes from: reading along one string costs less than visiting the string of every token.
 * @internal
 */
export function mayHaveNorm(filter: WordFilter, token: Token, text: string | undefined): boolean {
  if (text === undefined || token.norm !== token.text) return mayHave(filter, token.norm);
  const length = token.end - token.start;
  const slot = ((text.charCodeAt(token.start) & 31) << 5) | (text.charCodeAt(token.end - 1) & 31);
  return (((filter[slot] ?? 0) >>> Math.min(length, 31)) & 1) === 1;
}
