import type { CompiledCueLexicon } from '../attribution/cues.js';
import { initialsOf } from '../attribution/entities.js';
import { isUpper } from '../attribution/name-mentions.js';
import type { Claim, DateMention } from '../model/claim.js';
import type { Entity, Mention } from '../model/entity.js';
import type { Quote } from '../model/quote.js';
import type { Source } from '../model/source.js';
import { makeAnchor } from '../text/anchor.js';
import { mayHaveNorm, wordFilter } from '../text/word-filter.js';
import type { TextDocument } from '../text/document.js';
import type { Token } from '../text/tokens.js';
import { NO_SPEAKER, tagSpeaker, tagStatement, type TagInput, type TagSpeaker } from '../tagging/tagger.js';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../tagging/taxonomy.js';
import { mayNameSide, SIDE_NAMES, sideOfWords } from '../tagging/sides.js';

import { numbersAndDatesOfTokens } from './numbers-and-dates.js';
import { FIRST_PERSON_REFERENCES, readProposition, type OffsetSpan, type PropositionParts } from './proposition.js';
import { cueLemmaOf, frameOf } from './statement.js';

/** What {@link buildClaims} needs besides the quotes. */
export interface BuildClaimsInput {
  readonly source: Source;
  readonly doc: TextDocument;
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly lexicon: CompiledCueLexicon;
  readonly taxonomy?: Taxonomy;
}

/** What {@link buildClaims} returns: the claims, and the entities it had to add (the outlet, targets). */
export interface BuiltClaims {
  readonly claims: Claim[];
  /** The entities, those given first, then new ones (the outlet, places and blocs that claims aim at). */
  readonly entities: Entity[];
}

/** A sentence is the outlet's own assertion only when it has at least this many words. */
export const OUTLET_CLAIM_MIN_WORDS = 3;

/** Words that open a wire story's credit line before "by": "(Reporting by ...; Editing by ...)". */
const CREDIT_WORDS: ReadonlySet<string> = new Set(['reporting', 'additional', 'editing', 'writing', 'compiled', 'produced', 'edited', 'written']);

/**
 * First words of a line that credits a picture or points to another page, before a colon: "(Photo:
 * ...)", "Read more: ...", "See also: ...", "RELATED: ...", "Watch: ...".
 */
const PAGE_LEADS: ReadonlySet<string> = new Set(['photo', 'photos', 'photograph', 'image', 'images', 'video', 'credit', 'file', 'related', 'read', 'see', 'watch', 'listen', 'more', 'also', 'advertisement', 'sponsored']);

/** First words of a line that tells how to reach the writer, with an address in it. */
const CONTACT_LEADS: ReadonlySet<string> = new Set(['contact', 'email', 'e-mail', 'follow', 'reach', 'write']);

/** Lower-case words of a byline: "By a staff reporter", "By our correspondent in Orm". */
const BYLINE_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'our', 'staff', 'reporter', 'reporters', 'writer', 'writers', 'correspondent', 'correspondents', 'editor', 'editors', 'in', 'with',
]);

/** The most tokens a byline takes: "By" and a few names with their places. */
const BYLINE_MAX_TOKENS = 16;

/** Capitalised words that end the name of a sea, a gulf or another place after a country's word: "the Indian Ocean". */
const GEOGRAPHIC_FEATURES: ReadonlySet<string> = new Set(['ocean', 'sea', 'gulf', 'peninsula', 'subcontinent', 'strait', 'straits', 'basin', 'desert', 'plateau']);

/**
 * Whether tokens [from, to) are a byline, a credit line or a line about the page rather than the
 * news, which assert nothing: "By Ana Pike and Tom Reyes", "(Reporting by Ana Pike; Editing by Tom
 * Reyes)", "KESTREL POST/Jan Holt", "(Photo: ...)", "Read more: ...", "Contact Ana Pike at ...".
 */
function isCreditLine(tokens: readonly Token[], from: number, to: number): boolean {
  let i = from;
  if (tokens[i]?.text === '(') i++;
  const first = tokens[i];
  if (first === undefined) return false;
  if (CREDIT_WORDS.has(first.norm)) return tokens[i + 1]?.norm === 'by' || tokens[i + 2]?.norm === 'by';
  if (first.norm === 'by') {
    // A byline is "By" and names only: capitalised words, "and", commas; or a staff credit, "By
    // a staff reporter", "By Ana Pike in Orm". ("By Ana Pike | Updated 6:40 p.m.": a bar ends it.)
    let k = i + 1;
    for (; k < to && tokens[k]?.text !== '|'; k++) {
      const t = tokens[k] as Token;
      if (!(isUpper(t) || t.norm === 'and' || t.text === ',' || t.text === '.' || BYLINE_WORDS.has(t.norm))) return false;
    }
    return k - i <= BYLINE_MAX_TOKENS;
  }
  // "Contact Ana Pike at apike@example.com.", "Follow her @apike": how to reach the writer.
  if (CONTACT_LEADS.has(first.norm)) {
    for (let k = i + 1; k < to; k++) if ((tokens[k] as Token).text.includes('@')) return true;
  }
  // "(Photo: Lia Brann/Valley Times)", "Read more: ...", "RELATED: ...": a credit or a link to
  // another page, a word or two before a colon.
  const lead = first.text === '(' ? tokens[i + 1] : first;
  if (lead !== undefined && PAGE_LEADS.has(lead.norm)) {
    for (let k = i + 1; k <= i + 3; k++) if (tokens[k]?.text === ':') return true;
  }
  // A photo credit: an agency in capitals, a slash, the photographer.
  let k = i;
  while (k < to && isUpper(tokens[k]) && (tokens[k] as Token).text === (tokens[k] as Token).text.toUpperCase()) k++;
  return k > i && tokens[k]?.text === '/';
}

/** Words of a day-precise date: a weekday, a month, or a day relative to today. Months and weekdays count capitalised. */
const DAY_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'yesterday', 'today', 'tonight', 'tomorrow',
]);

/** The day words as they may be written: bare, with a period ("Dec."), or possessive ("Tuesday's"). */
const DAY_WORD_FILTER = wordFilter([...DAY_WORDS].flatMap((word) => [word, `${word}.`, `${word}'s`]));

/** Whether tokens [from, to) may name a day: a numeral, or a day word ("Tuesday", "Dec.", "yesterday"). A cheap test before the date reader. */
function mayHoldDay(tokens: readonly Token[], from: number, to: number, text: string): boolean {
  for (let i = from; i < to; i++) {
    const tok = tokens[i];
    if (tok === undefined) continue;
    if (tok.kind === 'number') return true;
    // Most words are no day word: the filter rules them out before any string is made or looked up.
    if (tok.kind !== 'word' || !mayHaveNorm(DAY_WORD_FILTER, tok, text)) continue;
    const n = tok.norm.endsWith('.') || tok.norm.endsWith("'s") ? tok.norm.replace(/(?:\.|'s)$/, '') : tok.norm;
    if (DAY_WORDS.has(n)) return true;
  }
  return false;
}

/** How many words on either side of a cue a date may stand and still say when the statement was made. */
export const SAID_AT_WINDOW = 6;
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';']);

/** Whether a token is a mark in {@link SENTENCE_ENDS} (each is punctuation: other tokens need no look-up). */
function endsSentence(tok: Token | undefined): boolean {
  return tok !== undefined && tok.kind === 'punct' && SENTENCE_ENDS.has(tok.text);
}

/** How many cue spellings the lemma cache of one lexicon holds at most. */
const LEMMA_CACHE_LIMIT = 10_000;

/** The name of the outlet entity that speaks the outlet's own claims when `Source.publisher` is not given. */
export const OUTLET_SPEAKER_NAME = 'unnamed outlet';

/** The first index whose token ends after `offset` (binary search, no closure: this runs per claim). */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose token starts at or after `offset`. */
function firstStartingFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indexes [first, last) of the tokens that overlap [start, end). */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  const from = firstEndingAfter(tokens, start);
  return [from, Math.max(from, firstStartingFrom(tokens, end))];
}

/** Whether a lower-case character belongs to a word: letters, digits, periods and apostrophes (straight or curly). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c >= 0xc0;
}

/** The lower-case words of some phrases, curly apostrophes made straight and a final period dropped ("u.s."  is "u.s"). */
function lowerWords(phrases: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const phrase of phrases) {
    if (phrase === undefined) continue;
    const lower = phrase.toLowerCase();
    let start = -1;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 32;
      if (isWordChar(c)) {
        if (start < 0) start = i;
        continue;
      }
      if (start >= 0) {
        let word = lower.slice(start, i);
        if (word.includes('\u2019')) word = word.replace(/\u2019/g, "'");
        if (word.endsWith('.')) word = word.slice(0, -1);
        if (word.length > 0) out.push(word);
        start = -1;
      }
    }
  }
  return out;
}

/**
 * The tagger's view of a speaker, made from the phrases that name them only when the tagger first
 * reads it: most statements are tagged without a look at who speaks.
 */
class SpeakerOfPhrases implements TagSpeaker {
  private known: TagSpeaker | undefined;

  constructor(private readonly phrases: readonly (string | undefined)[]) {}

  private get tagged(): TagSpeaker {
    this.known ??= tagSpeaker(lowerWords(this.phrases));
    return this.known;
  }

  get words(): ReadonlySet<string> {
    return this.tagged.words;
  }

  get sides(): ReadonlySet<string> {
    return this.tagged.sides;
  }
}

function byStart(a: OffsetSpan, b: OffsetSpan): number {
  return a.start - b.start;
}

/** Cue lemmas by the cue's words as written, for each compiled lexicon. */
const lemmaCaches = new WeakMap<CompiledCueLexicon, Map<string, string>>();

class ClaimBuilder {
  private readonly claims: Claim[] = [];
  private readonly entities: Entity[];
  private readonly sideEntity = new Map<string, string>();
  private readonly entityById: Map<string, Entity>;
  private readonly taxonomy: Taxonomy;
  /** The tagger's view of each speaker, by entity id and mention words. */
  private readonly speakers = new Map<string, TagSpeaker>();
  private nextEntity: number;
  /** Cue lemmas by the cue's words as written, shared by every analysis with the same lexicon. */
  private readonly lemmas: Map<string, string>;

  constructor(private readonly input: BuildClaimsInput) {
    this.entities = [...input.entities];
    this.entityById = new Map();
    for (const entity of this.entities) this.entityById.set(entity.id, entity);
    this.taxonomy = input.taxonomy ?? DEFAULT_TAXONOMY;
    this.nextEntity = this.entities.length + 1;
    let lemmas = lemmaCaches.get(input.lexicon);
    if (lemmas === undefined) {
      lemmas = new Map();
      lemmaCaches.set(input.lexicon, lemmas);
    }
    this.lemmas = lemmas;
  }

  private newEntity(entity: Omit<Entity, 'id'>): string {
    let id = `e${this.nextEntity++}`;
    while (this.entityById.has(id)) id = `e${this.nextEntity++}`;
    const made: Entity = { id, ...entity };
    this.entities.push(made);
    this.entityById.set(id, made);
    return id;
  }

  private sideTarget(side: string, written: string): string {
    const known = this.sideEntity.get(side);
    if (known !== undefined) {
      const entity = this.entityById.get(known);
      if (entity !== undefined && entity.name !== written && !entity.aliases.includes(written)) entity.aliases.push(written);
      return known;
    }
    const name = SIDE_NAMES[side] ?? written;
    // "The European Union called for calm ... join the EU": a body already met under the side's
    // name, the words written or the name the written acronym stands for is that side.
    const met = this.input.entities.find((entity) => entity.kind !== 'person' && (entity.name === name || entity.name === written || entity.aliases.includes(written) || initialsOf(entity.name) === written));
    if (met !== undefined) {
      if (met.name !== written && !met.aliases.includes(written)) met.aliases.push(written);
      this.sideEntity.set(side, met.id);
      return met.id;
    }
    const id = this.newEntity({ name, kind: side === 'nato' || side === 'europe' ? 'organization' : 'government', aliases: name === written ? [] : [written], roles: [] });
    this.sideEntity.set(side, id);
    return id;
  }

  /** The index of the first mention that starts at or after `offset`. */
  private mentionFrom(offset: number): number {
    const { mentions } = this.input;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mentions[mid]?.anchor.span.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Entities the words between `from` and `to` aim at: entity mentions, and named countries and blocs. */
  private targets(from: number, to: number, tokenFrom: number, tokenTo: number, speakerId: string | undefined): string[] {
    const out: string[] = [];
    const { mentions } = this.input;
    let m = this.mentionFrom(from);
    for (; m < mentions.length && (mentions[m]?.anchor.span.start ?? Infinity) < to; m++) {
      const mention = mentions[m];
      const id = mention?.entityId;
      if (mention !== undefined && id !== undefined && mention.kind !== 'pronoun' && mention.anchor.span.end <= to && id !== speakerId && !out.includes(id)) out.push(id);
    }
    const { tokens } = this.input.doc;
    for (let i = tokenFrom; i < tokenTo; i++) {
      const tok = tokens[i];
      if (tok === undefined || tok.kind !== 'word' || tok.text === tok.norm || !mayNameSide(tok.norm)) continue;
      // ("the Indian Ocean", "the South China Sea": a word of a place's name names no side.)
      const next = tokens[i + 1];
      if (next !== undefined && next.text !== next.norm && GEOGRAPHIC_FEATURES.has(next.norm)) continue;
      const previous = tokens[i - 1];
      const paired = previous !== undefined && i > tokenFrom && previous.text !== previous.norm;
      const side = sideOfWords(paired ? previous.norm : '', tok.norm);
      if (side === undefined) continue;
      const word = tok.norm.endsWith("'s") ? tok.text.slice(0, -2) : tok.text;
      const written = paired && sideOfWords('', tok.norm) !== side ? `${previous.text} ${word}` : word;
      const id = this.sideTarget(side, written);
      if (id !== speakerId && !out.includes(id)) out.push(id);
    }
    return out;
  }

  /** Pronouns and first-person words in the proposition, resolved where the statement makes it clear. */
  private references(parts: PropositionParts, quote: Quote | undefined, speakerId: string | undefined): Mention[] {
    const { tokens } = this.input.doc;
    const { text } = this.input.source;
    const out: Mention[] = [];
    for (const i of parts.pronouns) {
      const tok = tokens[i];
      if (tok === undefined) continue;
      let entityId: string | undefined;
      if (FIRST_PERSON_REFERENCES.has(tok.norm)) {
        if (quote !== undefined) entityId = speakerId;
      } else if (i === parts.first && quote !== undefined && quote.mode !== 'direct' && quote.mode !== 'headline') {
        // In reported speech a third-person subject that opens the clause is the speaker ("she said she would run").
        entityId = speakerId;
      }
      const mention: Mention = { anchor: makeAnchor(text, tok.start, tok.end), text: tok.text, kind: 'pronoun' };
      if (entityId !== undefined) mention.entityId = entityId;
      out.push(mention);
    }
    return out;
  }

  private claim(parts: PropositionParts, statement: Pick<TagInput, 'mode' | 'frame' | 'cue' | 'speaker'>, quote: Quote | undefined, speakerId: string | undefined, aimedFrom: number): Claim {
    const { source, doc } = this.input;
    const { text } = source;
    const { numbers, dates } = numbersAndDatesOfTokens(text, doc.tokens, parts.first, parts.last, source.publishedAt);
    const input: TagInput = {
      text,
      tokens: doc.tokens,
      first: parts.first,
      last: parts.last,
      mode: statement.mode,
      frame: statement.frame,
      cue: statement.cue,
      condition: parts.condition,
      conditionFirst: parts.conditionFirst,
      conditionLast: parts.conditionLast,
      negation: parts.negation,
      modality: parts.modality,
      speaker: statement.speaker,
    };
    const tags = tagStatement(input, this.taxonomy);
    // Only a quote's claim aims at targets: the outlet's own need no search for where the aim starts.
    const targetIds = quote === undefined ? [] : this.targets(aimedFrom, parts.end, firstEndingAfter(doc.tokens, aimedFrom), parts.last, speakerId);
    const anchor = makeAnchor(text, parts.start, parts.end);
    const claim: Claim = {
      id: `c${this.claims.length + 1}`,
      sourceId: source.id,
      quoteIds: quote === undefined ? [] : [quote.id],
      text: anchor.exact,
      anchor,
      tags,
      polarity: parts.negation === undefined ? 'positive' : 'negative',
      numbers,
      dates,
      targetIds,
      references: this.references(parts, quote, speakerId),
    };
    if (speakerId !== undefined) claim.speakerId = speakerId;
    if (parts.condition !== undefined) claim.condition = { anchor: makeAnchor(text, parts.condition.start, parts.condition.end), text: text.slice(parts.condition.start, parts.condition.end) };
    if (parts.negation !== undefined) claim.negation = makeAnchor(text, parts.negation.start, parts.negation.end);
    if (parts.modality !== undefined) claim.modality = { verb: parts.modality.verb, anchor: makeAnchor(text, parts.modality.span.start, parts.modality.span.end) };
    return claim;
  }

  private lemmaOf(cue: string): string {
    let lemma = this.lemmas.get(cue);
    if (lemma === undefined) {
      lemma = cueLemmaOf(cue, this.input.lexicon);
      // A lexicon's lemmas never change; a bounded cache keeps odd texts from growing it without end.
      if (this.lemmas.size < LEMMA_CACHE_LIMIT) this.lemmas.set(cue, lemma);
    }
    return lemma;
  }

  fromQuote(quote: Quote): void {
    const { tokens } = this.input.doc;
    const { start, end } = quote.content.span;
    const [from, to] = tokenRange(tokens, start, end);
    const parts = readProposition(tokens, from, to, start, end, this.input.source.text);
    const speakerId = quote.speaker?.entityId;
    const entity = speakerId === undefined ? undefined : this.entityById.get(speakerId);
    const speakerKey = speakerId ?? `|${quote.speaker?.text ?? ''}`;
    let speaker = this.speakers.get(speakerKey);
    if (speaker === undefined) {
      // The speaker as written, then the entity's name, aliases and roles (a loop, not spreads: this runs per speaker).
      const phrases: (string | undefined)[] = [quote.speaker?.text, entity?.name];
      if (entity !== undefined) {
        for (const alias of entity.aliases) phrases.push(alias);
        for (const role of entity.roles) phrases.push(role.title, role.affiliation);
      }
      speaker = new SpeakerOfPhrases(phrases);
      this.speakers.set(speakerKey, speaker);
    }
    const cue = quote.cue;
    const aimedFrom = cue !== undefined && cue.span.end <= start ? cue.span.end : start;
    const claim = this.claim(
      parts,
      {
        mode: quote.mode,
        frame: frameOf(quote),
        speaker,
        cue: cue === undefined ? undefined : { lemma: this.lemmaOf(cue.exact), span: cue.span },
      },
      quote,
      speakerId,
      aimedFrom,
    );
    if (cue !== undefined) {
      const saidAt = this.saidAt(cue.span, from, to);
      if (saidAt !== undefined) claim.saidAt = saidAt;
    }
    this.claims.push(claim);
  }

  /**
   * When a statement was made, from a day-precise date beside its cue and outside its content
   * ("said on Tuesday", "told reporters Dec. 3"): the nearest within {@link SAID_AT_WINDOW} words,
   * not past the end of the sentence.
   */
  private saidAt(cue: OffsetSpan, contentFirst: number, contentLast: number): string | undefined {
    const { tokens } = this.input.doc;
    const { source } = this.input;
    const [cueFirst, cueLast] = tokenRange(tokens, cue.start, cue.end);
    let after = cueLast;
    while (after < tokens.length && after - cueLast < SAID_AT_WINDOW && !(after >= contentFirst && after < contentLast) && !endsSentence(tokens[after])) after++;
    let before = cueFirst;
    while (before > 0 && cueFirst - before < SAID_AT_WINDOW && !(before - 1 >= contentFirst && before - 1 < contentLast) && !endsSentence(tokens[before - 1])) before--;
    let best: DateMention | undefined;
    let bestDistance = Infinity;
    // The words after the cue, then those before it (by index, not a list of pairs: this runs per quote).
    for (let side = 0; side < 2; side++) {
      const a = side === 0 ? cueLast : before;
      const b = side === 0 ? after : cueFirst;
      if (b <= a || !mayHoldDay(tokens, a, b, source.text)) continue;
      for (const date of numbersAndDatesOfTokens(source.text, tokens, a, b, source.publishedAt).dates) {
        if (date.granularity !== 'day' || date.value === undefined) continue;
        const distance = date.anchor.span.start >= cue.end ? date.anchor.span.start - cue.end : cue.start - date.anchor.span.end;
        if (distance < bestDistance) {
          best = date;
          bestDistance = distance;
        }
      }
    }
    return best?.value;
  }

  outletClaims(): void {
    const { doc, quotes, source } = this.input;
    const { tokens } = doc;
    // Offsets covered by attributions: a sentence that holds any of them is not the outlet's own voice.
    const covered: OffsetSpan[] = [];
    for (const q of quotes) {
      covered.push(q.content.span);
      if (q.cue !== undefined) covered.push(q.cue.span);
      if (q.speaker !== undefined) covered.push(q.speaker.anchor.span);
    }
    covered.sort(byStart);
    let c = 0;
    let outletId: string | undefined;
    for (const sentence of doc.sentences) {
      while (c < covered.length && (covered[c]?.end ?? 0) <= sentence.start) c++;
      // Spans sorted by start: any span that starts before the sentence ends and ends after it starts overlaps it.
      let overlaps = false;
      for (let k = c; k < covered.length && (covered[k]?.start ?? Infinity) < sentence.end; k++) {
        if ((covered[k]?.end ?? 0) > sentence.start) {
          overlaps = true;
          break;
        }
      }
      if (overlaps) continue;
      // A sentence's tokens are those that overlap it: no search needed.
      const from = sentence.firstToken;
      const to = sentence.endToken;
      let words = 0;
      for (let i = from; i < to && words < OUTLET_CLAIM_MIN_WORDS; i++) if (tokens[i]?.kind === 'word') words++;
      // ("What happens next?": a question asserts nothing.)
      if (words < OUTLET_CLAIM_MIN_WORDS || tokens[to - 1]?.text === '?' || isCreditLine(tokens, from, to)) continue;
      outletId ??= this.outletEntity(source);
      const parts = readProposition(tokens, from, to, sentence.start, sentence.end, source.text);
      this.claims.push(this.claim(parts, { mode: 'outlet', frame: 'none', cue: undefined, speaker: NO_SPEAKER }, undefined, outletId, sentence.start));
    }
  }

  private outletEntity(source: Source): string {
    const name = source.publisher ?? OUTLET_SPEAKER_NAME;
    const known = this.entities.find((e) => e.kind === 'outlet' && e.name === name);
    return known?.id ?? this.newEntity({ name, kind: 'outlet', aliases: [], roles: [] });
  }

  result(): BuiltClaims {
    return { claims: this.claims, entities: this.entities };
  }
}

/**
 * Builds the claims of one analysed text: one per attributed statement (its `quoteIds` point
 * back to the quote), then one per sentence the outlet asserts in its own voice (no quote,
 * cue or speaker in it, at least {@link OUTLET_CLAIM_MIN_WORDS} words, not a question, a byline,
 * a credit, a link to another page or a contact line), whose speaker is an
 * entity of kind `outlet` named after `Source.publisher` or {@link OUTLET_SPEAKER_NAME}. Each
 * claim carries its proposition, condition, polarity, modality, numbers, dates (relative ones
 * resolved against `Source.publishedAt`), targets, resolved references and tags.
 */
export function buildClaims(input: BuildClaimsInput): BuiltClaims {
  const builder = new ClaimBuilder(input);
  for (const quote of input.quotes) builder.fromQuote(quote);
  builder.outletClaims();
  return builder.result();
}
