import type { ModalVerb } from '../model/claim.js';
import type { Token } from '../text/tokens.js';
import { mayHaveNorm, wordFilter } from '../text/word-filter.js';

/** A stretch of the text by offsets, end exclusive. */
export interface OffsetSpan {
  readonly start: number;
  readonly end: number;
}

/** What {@link readProposition} finds in a claim's words. */
export interface PropositionParts {
  /** Where the proposition starts: the content without a leading "that" or opening quote marks. */
  readonly start: number;
  /** Where it ends: the content without trailing commas, closing quote marks or white space. */
  readonly end: number;
  /** The explicit condition, from its conjunction ("if", "unless", "should he ...") to the end of its clause. */
  readonly condition: OffsetSpan | undefined;
  /** Index of the condition's first token, or -1. */
  readonly conditionFirst: number;
  /** Index just past the condition's last token, or -1. */
  readonly conditionLast: number;
  /** The first negation outside the condition ("not", "won't", "never", "no"). */
  readonly negation: OffsetSpan | undefined;
  /** The first modal verb outside the condition, normalised. */
  readonly modality: { readonly verb: ModalVerb; readonly span: OffsetSpan } | undefined;
  /** The indexes of the personal pronouns and first-person words among the tokens, in order. */
  readonly pronouns: readonly number[];
  /** The indexes of the proposition's tokens in the token array given: [first, last]. */
  readonly first: number;
  /** Index just past the proposition's last token. */
  readonly last: number;
}

/** Words that open a condition. `should` opens one only when a subject follows it ("should he fail"). */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'provided', 'providing']);

/** Negating words. Contractions ending in n't ("won't", "isn't") negate too. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'cannot', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nowhere']);

/** Modal verbs and their contracted and negated forms, each mapped to its plain form. */
export const MODAL_FORMS: ReadonlyMap<string, ModalVerb> = new Map<string, ModalVerb>([
  ['will', 'will'], ["won't", 'will'], ['would', 'would'], ["wouldn't", 'would'], ['shall', 'shall'], ["shan't", 'shall'],
  ['should', 'should'], ["shouldn't", 'should'], ['can', 'can'], ["can't", 'can'], ['cannot', 'can'], ['could', 'could'],
  ["couldn't", 'could'], ['may', 'may'], ['might', 'might'], ["mightn't", 'might'], ['must', 'must'], ["mustn't", 'must'],
]);

const SUBJECTS_AFTER_SHOULD: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'that', 'this', 'any', 'either']);
/** Marks that end a condition clause that opens a sentence or follows its main clause. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(', ')']);

const OPENS_CONDITION = 1;
const NEGATES = 2;
const MODAL = 4;
const PRONOUN = 8;

/** First-person words, which in a statement stand for its speaker. */
export const FIRST_PERSON_REFERENCES: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);

/** Personal pronouns and first-person words, which a claim's `references` resolve. */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  ...FIRST_PERSON_REFERENCES,
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'they', 'them', 'their', 'theirs', 'themselves',
]);

/** What a word may do in a proposition: open a condition, negate, or qualify as a modal (bit flags). */
const WORD_CLASS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (word: string, flag: number) => map.set(word, (map.get(word) ?? 0) | flag);
  for (const w of CONDITION_OPENERS) add(w, OPENS_CONDITION);
  add('should', OPENS_CONDITION);
  add('as', OPENS_CONDITION);
  for (const w of NEGATIONS) add(w, NEGATES);
  for (const w of REFERENCE_WORDS) add(w, PRONOUN);
  for (const w of MODAL_FORMS.keys()) {
    add(w, MODAL);
    if (w.endsWith("n't") || w === 'cannot') add(w, NEGATES);
  }
  return map;
})();
const WORD_CLASS_FILTER = wordFilter(WORD_CLASS.keys());

/** The class of a contraction the table does not list: "isn't" negates, "we'll" is a modal. */
function contractionClass(norm: string): number {
  if (norm.length > 3 && norm.endsWith("n't")) return NEGATES;
  if (norm.length > 3 && norm.endsWith("'ll")) return MODAL;
  return 0;
}

/**
 * Whether a word has an apostrophe second or third from its end ("isn't", "we'll"), so that it
 * may be a contraction. Like `mayHaveNorm`, it reads the characters from `text` when the norm is
 * the token as written: most words are, and reading along the text costs less than visiting
 * each word's own string.
 */
function mayBeContraction(tok: Token, text: string | undefined): boolean {
  if (text === undefined || tok.norm !== tok.text) {
    const norm = tok.norm;
    return norm.length > 3 && (norm.charCodeAt(norm.length - 3) === 39 || norm.charCodeAt(norm.length - 2) === 39);
  }
  const end = tok.end;
  return end - tok.start > 3 && (text.charCodeAt(end - 3) === 39 || text.charCodeAt(end - 2) === 39);
}

/** Whether the word at `i` (known to be a possible opener) opens a condition here. */
function opensCondition(tokens: readonly Token[], i: number, first: number): boolean {
  const norm = tokens[i]?.norm ?? '';
  if (CONDITION_OPENERS.has(norm)) {
    const before = tokens[i - 1]?.norm;
    return !(norm === 'provided' && tokens[i + 1]?.norm !== 'that') && !(norm === 'providing' && tokens[i + 1]?.norm !== 'that') && before !== 'as' && before !== 'what';
  }
  if (norm === 'should') return (i === first || tokens[i - 1]?.text === ',') && SUBJECTS_AFTER_SHOULD.has(tokens[i + 1]?.norm ?? '');
  return norm === 'as' && tokens[i + 1]?.norm === 'long' && tokens[i + 2]?.norm === 'as';
}

/** The modal a token carries: a modal word or a contraction such as "we'll" (will). */
function modalOf(token: Token): ModalVerb | undefined {
  const direct = MODAL_FORMS.get(token.norm);
  if (direct !== undefined) {
    // "May" with a capital and a number after it is the month.
    if (token.norm === 'may' && token.text === 'May') return undefined;
    return direct;
  }
  if (token.norm.endsWith("'ll") && token.norm.length > 3) return 'will';
  return undefined;
}

/**
 * Reads the parts of a proposition that later comparison depends on: its trimmed extent, an
 * explicit condition, the first negation and modal verb of its main clause. One pass over the
 * tokens in [from, to), so linear in the claim.
 *
 * @param tokens The text's tokens, in order.
 * @param from Index of the first token of the content.
 * @param to Index just past the content's last token.
 * @param text The text the tokens come from, when known: the word filter then reads its characters rather than each token's string.
 * @internal
 */
export function readProposition(tokens: readonly Token[], from: number, to: number, contentStart: number, contentEnd: number, text?: string): PropositionParts {
  let first = from;
  while (first < to && tokens[first]?.kind === 'quote') first++;
  // (A lower-case "that" is the complementizer; "That is true." opens with a demonstrative subject.)
  if (first + 1 < to && tokens[first]?.text === 'that') first++;
  while (first < to && tokens[first]?.kind === 'quote') first++;
  let last = to;
  while (last > first) {
    const tok = tokens[last - 1];
    if (tok === undefined || !(tok.kind === 'quote' || tok.text === ',' || tok.text === ';' || tok.text === ':')) break;
    last--;
  }
  if (first >= last) return { start: contentStart, end: contentEnd, first: from, last: to, condition: undefined, conditionFirst: -1, conditionLast: -1, negation: undefined, modality: undefined, pronouns: [] };
  const start = tokens[first]?.start ?? contentStart;
  const end = tokens[last - 1]?.end ?? contentEnd;

  let condFirst = -1;
  let condLast = -1;
  let negation: OffsetSpan | undefined;
  let modality: { verb: ModalVerb; span: OffsetSpan } | undefined;
  const pronouns: number[] = [];
  // One pass: a condition's tokens are skipped as soon as its opener is met, so the negation and
  // modal found are those of the main clause.
  for (let i = first; i < last; i++) {
    const tok = tokens[i];
    if (tok === undefined || tok.kind !== 'word') continue;
    const norm = tok.norm;
    const cls = (mayHaveNorm(WORD_CLASS_FILTER, tok, text) ? WORD_CLASS.get(norm) : undefined) ?? (mayBeContraction(tok, text) ? contractionClass(norm) : 0);
    if (cls === 0) continue;
    if ((cls & PRONOUN) !== 0) pronouns.push(i);
    if (condFirst < 0 && (cls & OPENS_CONDITION) !== 0 && opensCondition(tokens, i, first)) {
      let j = i + 1;
      const before = pronouns.length;
      while (j < last && !CLAUSE_BREAKS.has(tokens[j]?.text ?? '') && tokens[j]?.norm !== 'then') {
        if (REFERENCE_WORDS.has(tokens[j]?.norm ?? '')) pronouns.push(j);
        j++;
      }
      // Trailing quote marks and periods stay outside the condition.
      let k = j;
      while (k > i + 1 && (tokens[k - 1]?.kind === 'quote' || tokens[k - 1]?.text === '.' || tokens[k - 1]?.text === '?' || tokens[k - 1]?.text === '!')) k--;
      if (k - i >= 2) {
        condFirst = i;
        condLast = k;
        // Pronouns past the condition's end are met again by the main loop.
        while (pronouns.length > before && (pronouns[pronouns.length - 1] ?? 0) >= k) pronouns.pop();
        i = k - 1;
        continue;
      }
      pronouns.length = before;
    }
    if (negation === undefined && (cls & NEGATES) !== 0) {
      // "no" as an answer ("No, we ...") is not a negation of the proposition.
      if (!(norm === 'no' && tokens[i + 1]?.text === ',')) negation = { start: tok.start, end: tok.end };
    }
    if (modality === undefined && (cls & MODAL) !== 0) {
      const verb = modalOf(tok);
      if (verb !== undefined) modality = { verb, span: { start: tok.start, end: tok.end } };
    }
  }
  // (No read at index -1 when there is no condition: an array read below zero is slow.)
  const condTokenFirst = condFirst < 0 ? undefined : tokens[condFirst];
  const condTokenLast = condLast < 1 ? undefined : tokens[condLast - 1];
  const found = condTokenFirst !== undefined && condTokenLast !== undefined;
  return {
    start,
    end,
    first,
    last,
    condition: found ? { start: condTokenFirst.start, end: condTokenLast.end } : undefined,
    conditionFirst: found ? condFirst : -1,
    conditionLast: found ? condLast : -1,
    negation,
    modality,
    pronouns,
  };
}
