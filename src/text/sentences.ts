import type { Quotation } from './quote-marks.js';
import { ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS, type Token } from './tokens.js';

/** A sentence, with the range of its tokens in the document's token list. */
export interface Sentence {
  /** Offset of the sentence's first character. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
  /** Index of the paragraph the sentence is in. */
  readonly paragraph: number;
  /** Index of the sentence's first token. */
  readonly firstToken: number;
  /** Index just past its last token. */
  readonly endToken: number;
}


/**
 * Marks that end a sentence.
 * @internal
 */
export const TERMINALS: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...', '?!', '!?']);

/** Whether a mark starting with this character may be one of {@link TERMINALS}: spares a look-up for commas and the like. */
function isTerminalStart(c: number): boolean {
  return c === 0x2e /* . */ || c === 0x21 /* ! */ || c === 0x3f /* ? */ || c === 0x2026 /* … */;
}

/**
 * Speech verbs that, right after a quotation ending in ? or !, show that the sentence goes on:
 * “Who is here?” Sanders asked.
 */
const SPEECH_AFTER_QUOTE: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'told', 'wrote', 'replied', 'continued', 'tweeted', 'explained', 'recalled',
  'noted', 'shouted', 'exclaimed', 'insisted', 'argued', 'answered', 'responded', 'joked', 'quipped', 'yelled', 'wondered',
  'demanded', 'declared', 'cried', 'screamed', 'chanted', 'laughed', 'warned', 'posted', 'writes', 'tells', 'adds',
]);

/** Whether a speech verb follows within the next few tokens: “Why?” the senator asked. */
function attributionFollows(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 6); k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'punct' || t.kind === 'quote') return false;
    if (SPEECH_AFTER_QUOTE.has(t.norm)) return true;
  }
  return false;
}
const CLOSERS: ReadonlySet<string> = new Set([')', ']', '}']);

/** Titles (and "vs.") that stand before a name and so never end a sentence: "Gov. Ann Lee", "Lee vs. The State". */
const NEVER_FINAL: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'reps', 'sens', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'pres', 'sec', 'atty', 'supt', 'rev', 'hon', 'fr', 'messrs', 'mmes', 'gens', 'vs', 'brig', 'cpl', 'pvt', 'pfc', 'spc', 'det', 'msgr',
]);

/** Abbreviations that stand before a number: "No. 2", "Vol. 3". Before anything else they are words. */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'vol']);

function startsSentence(token: Token | undefined): boolean {
  if (token === undefined) return true;
  const c = token.text.charCodeAt(0);
  if (token.kind === 'quote' || c === 0x28 /* ( */ || c === 0x5b /* [ */) return true;
  if (token.kind === 'number') return true;
  // ASCII decides without a new string: only A-Z change when lower-cased.
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = token.text.charAt(0);
  return ch !== ch.toLowerCase();
}

function byOpening(a: Quotation, b: Quotation): number {
  return a.open - b.open;
}

/** Whether quotations are in the order {@link byOpening} sorts them into. */
function isSortedByOpening(quotations: readonly Quotation[]): boolean {
  for (let k = 1; k < quotations.length; k++) if ((quotations[k - 1] as Quotation).open > (quotations[k] as Quotation).open) return false;
  return true;
}

/** The close offsets and outer quotations of a paragraph without quotations. */
const NO_OFFSETS: ReadonlySet<number> = new Set();
const NO_QUOTATIONS: readonly Quotation[] = [];

/** Whether `offset` lies inside one of `outer` (sorted, never overlapping): a binary search. */
function insideAny(outer: readonly Quotation[], offset: number): boolean {
  let lo = 0;
  let hi = outer.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((outer[mid]?.open ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  // (Never read index -1: an array read out of bounds below zero is slow.)
  if (lo === 0) return false;
  const q = outer[lo - 1];
  return q !== undefined && offset < q.close;
}

/**
 * Splits one paragraph's tokens into sentences. A sentence ends at ., ! or ? (with any closing
 * quote marks and brackets after it) before a capital, a digit or an opening mark; not after a
 * title or an initial (Gov. Smith, J. Doe); after "No." only before anything but a number (No. 2);
 * after other abbreviations (U.S., a.m., Sept., St.) only before a word that usually starts a
 * sentence. Boundaries inside a quotation are not
 * sentence ends, so a quote of several sentences stays one unit with its attribution.
 */
export function splitSentences(
  tokens: readonly Token[],
  firstToken: number,
  endToken: number,
  paragraph: number,
  quotations: readonly Quotation[],
): Sentence[] {
  const out: Sentence[] = [];
  appendSentences(out, tokens, firstToken, endToken, paragraph, quotations, undefined);
  return out;
}

/**
 * {@link splitSentences} that adds the sentences to `out`, the list of a whole text, instead of
 * returning a list of their own. Given the text the tokens come from, it reads the characters
 * it tests there: one string read sequentially costs less than a visit to every token's string.
 * @internal
 */
export function appendSentences(
  out: Sentence[],
  tokens: readonly Token[],
  firstToken: number,
  endToken: number,
  paragraph: number,
  quotations: readonly Quotation[],
  text: string | undefined,
): void {
  // Most paragraphs hold no quotation: they share empty tables rather than make a set and a list each.
  let closeAt: ReadonlySet<number> = NO_OFFSETS;
  let outer: readonly Quotation[] = NO_QUOTATIONS;
  if (quotations.length > 0) {
    const closes = new Set<number>();
    for (const q of quotations) closes.add(q.close);
    closeAt = closes;
    // Outer quotations never overlap, so sorted by position a binary search finds the one around an
    // offset; testing them all at every boundary was quadratic in a long paragraph of quotes.
    const outers: Quotation[] = [];
    for (const q of quotations) if (q.depth === 0) outers.push(q);
    // (A document's quotations come in text order: the sort is needed only when they do not.)
    if (!isSortedByOpening(outers)) outers.sort(byOpening);
    outer = outers;
  }
  let begin = firstToken;
  for (let i = firstToken; i < endToken; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    let ends = false;
    // (Every terminal is a punctuation token: testing the kind first spares a lookup per word.)
    if (token.kind === 'punct') ends = isTerminalStart(text === undefined ? token.text.charCodeAt(0) : text.charCodeAt(token.start)) && TERMINALS.has(token.text);
    else if (token.kind === 'word' && (text === undefined ? token.text.charCodeAt(token.text.length - 1) : text.charCodeAt(token.end - 1)) === 0x2e /* . */) {
      const bare = token.norm.slice(0, -1);
      const next = i + 1 < endToken ? tokens[i + 1] : undefined;
      if (bare.length === 1 || NEVER_FINAL.has(bare)) ends = false;
      // "No. 2" goes on, but "He said no. The vote failed." ends.
      else if (NUMBER_ABBREVIATIONS.has(bare)) ends = next?.kind !== 'number';
      else if (ABBREVIATIONS.has(bare) || TITLE_ABBREVIATIONS.has(bare) || bare.includes('.')) {
        // "in the U.S. The talks", "on Elm St. The house", "in Sept. He" end; "U.S. Embassy", "St. Louis", "Sept. 11" do not.
        // An opening mark before a lower-case word quotes a fragment inside the sentence: "said the U.S. “clearly” erred" goes on.
        ends =
          next === undefined ||
          (next.kind === 'quote' && (closeAt.has(next.end) || i + 2 >= endToken || tokens[i + 2]?.kind !== 'word' || startsSentence(tokens[i + 2]))) ||
          (SENTENCE_STARTERS.has(next.norm) && startsSentence(next));
      }
    }
    if (!ends) continue;
    let j = i + 1;
    while (j < endToken) {
      const t = tokens[j];
      if (t === undefined || !((t.kind === 'quote' && closeAt.has(t.end)) || CLOSERS.has(t.text))) break;
      j++;
    }
    if (j >= endToken) break;
    const last = tokens[j - 1];
    if (last === undefined || !startsSentence(tokens[j]) || insideAny(outer, last.end)) continue;
    if ((token.text === '?' || token.text === '!') && j > i + 1 && attributionFollows(tokens, j, endToken)) continue;
    pushSentence(out, tokens, begin, j, paragraph);
    begin = j;
    i = j - 1;
  }
  if (begin < endToken) pushSentence(out, tokens, begin, endToken, paragraph);
}

/**
 * The most tokens a sentence has. News sentences stay far below it (a quotation of several
 * sentences is one unit, and even those rarely pass 400); a longer run without a sentence end
 * (a list, a transcript or a scrape without punctuation) is cut into pieces of at most this many
 * tokens, so that the rules that read a sentence back and forth take time in proportion to the
 * text, never to the square of a runaway sentence.
 */
export const MAX_SENTENCE_TOKENS = 1000;

/** Adds the sentence of tokens [from, to), cut into pieces of at most {@link MAX_SENTENCE_TOKENS} tokens. */
function pushSentence(out: Sentence[], tokens: readonly Token[], from: number, to: number, paragraph: number): void {
  while (to - from > MAX_SENTENCE_TOKENS) {
    const cut = pieceEnd(tokens, from, from + MAX_SENTENCE_TOKENS);
    out.push(sentenceOf(tokens, from, cut, paragraph));
    from = cut;
  }
  out.push(sentenceOf(tokens, from, to, paragraph));
}

/**
 * Where a piece of an overlong sentence that starts at `from` ends, at `limit` at the latest: after
 * the last ., ! or ? (inside a quotation, where they end no sentence) in the piece's second half,
 * else after its last ; : or comma there, else at the limit.
 */
function pieceEnd(tokens: readonly Token[], from: number, limit: number): number {
  const half = from + (limit - from) / 2;
  let pause = -1;
  for (let k = limit - 1; k >= half; k--) {
    const text = tokens[k]?.text ?? '';
    if (TERMINALS.has(text)) return k + 1;
    if (pause < 0 && (text === ';' || text === ':' || text === ',')) pause = k + 1;
  }
  return pause > 0 ? pause : limit;
}

function sentenceOf(tokens: readonly Token[], from: number, to: number, paragraph: number): Sentence {
  return { start: tokens[from]?.start ?? 0, end: tokens[to - 1]?.end ?? 0, paragraph, firstToken: from, endToken: to };
}
