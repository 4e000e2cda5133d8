import { AUXILIARIES, COMMON_VERBS, DETERMINERS, EVIDENCE_NOUNS } from '../attribution/word-classes.js';
import type { Evidence, Modality, TagAssignment } from '../model/claim.js';
import type { QuoteMode } from '../model/quote.js';
import { makeAnchor } from '../text/anchor.js';
import type { Token } from '../text/tokens.js';
import { hasPluralEnding, PERSONAL_SUBJECTS } from '../attribution/noun-phrases.js';
import type { OffsetSpan } from '../claims/proposition.js';
import { compilePhraseLists, scanPhraseLists, type PhraseHit, type PhraseLists } from './phrases.js';
import { namesSideOf, sidesOf } from './sides.js';
import { DEFAULT_TAXONOMY, TAG_WEIGHTS, type CoreTag, type TagFrame, type Taxonomy } from './taxonomy.js';

/** The speaker as the tagger sees it: the words of their name and roles, and the sides those name. */
export interface TagSpeaker {
  /** Lower-case words of the speaker's name and roles ("kremlin", "adviser", "ushakov"). */
  readonly words: ReadonlySet<string>;
  /** The sides the words name (`russia` for "Kremlin adviser"); see `sides.ts`. */
  readonly sides: ReadonlySet<string>;
}

/** A speaker known by these lower-case words. */
export function tagSpeaker(words: readonly string[]): TagSpeaker {
  return { words: new Set(words), sides: sidesOf(words) };
}

/** A speaker the tagger knows nothing about: the outlet itself, or an unattributed statement. */
export const NO_SPEAKER: TagSpeaker = Object.freeze({ words: new Set<string>(), sides: new Set<string>() });

/**
 * What the tagger reads about one statement. Offsets refer to `text`; token indexes to `tokens`.
 * Every property is always present (possibly `undefined`), so all inputs share one shape.
 */
export interface TagInput {
  /** The whole source text. */
  readonly text: string;
  /** The text's tokens, in order. */
  readonly tokens: readonly Token[];
  /** Index of the proposition's first token. */
  readonly first: number;
  /** Index just past the proposition's last token. */
  readonly last: number;
  /** How the statement is reported; `outlet` for the outlet's own assertion. */
  readonly mode: QuoteMode | 'outlet';
  /** The construction that brought the content. */
  readonly frame: TagFrame;
  /** The cue's lemma (`warn`, `call on`, `:`) and where it stands. */
  readonly cue: { readonly lemma: string; readonly span: OffsetSpan } | undefined;
  /** The statement's explicit condition. */
  readonly condition: OffsetSpan | undefined;
  /** Index of the condition's first token, or -1 when there is none. */
  readonly conditionFirst: number;
  /** Index just past the condition's last token, or -1. */
  readonly conditionLast: number;
  /** The first negation of the main clause. */
  readonly negation: OffsetSpan | undefined;
  /** The first modal verb of the main clause. */
  readonly modality: { readonly verb: Modality['verb']; readonly span: OffsetSpan } | undefined;
  /** Who speaks. */
  readonly speaker: TagSpeaker;
}

/** Whether the speaker is a body of evidence rather than someone who proposes. */
function speaksAsEvidence(speaker: TagSpeaker): boolean {
  for (const word of speaker.words) if (EVIDENCE_NOUNS.has(word)) return true;
  return false;
}

/** The core tags in the order the tagger prefers them when two are equally strong. */
export const TAG_PRECEDENCE: readonly CoreTag[] = ['threat', 'position', 'assessment', 'none'];

/** A secondary core tag is reported only when a rule speaks for it at least this strongly. */
export const SECONDARY_TAG_MIN_WEIGHT = 0.6;

const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'ours', 'myself', 'ourselves', "let's"]);
const THIRD_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its']);
/** "It" stands for the speaker (an organisation) only in reported speech; in a quotation it is something else. */
const NEUTER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its']);
const LEADING_ADVERBIALS: ReadonlySet<string> = new Set([
  'by', 'with', 'after', 'before', 'in', 'despite', 'since', 'while', 'when', 'although', 'though', 'as', 'for', 'during', 'without',
  'given', 'because', 'unlike', 'once', 'until', 'under', 'amid', 'following', 'at', 'on',
]);
const FUTURE_PHRASES: readonly string[] = ['going to', 'gonna', 'about to', 'plan to', 'plans to', 'intend to', 'intends to', 'ready to', 'prepared to', 'will'];
const LIKELIHOOD: readonly string[] = ['likely', 'unlikely', 'probably', 'expected to', 'poised to', 'bound to', 'set to', 'on track to', 'no chance', 'chance'];
/** The fixed word lists' places in the compiled lists; the data rules' word lists follow them. */
const LIST = Object.freeze({ harm: 0, consequences: 1, readiness: 2, desire: 3, stance: 4, obligation: 5, danger: 6, future: 7, likelihood: 8, harmNouns: 9 });
/** Words of a speaker's name or title that do not make a subject the speaker's own ("the", "President"). */
const SPEAKER_WORDS_IGNORED: ReadonlySet<string> = new Set(['the', 'president', 'minister', 'senator', 'governor', 'mr', 'mrs', 'ms', 'dr', 'former', 'state', 'new', 'national', 'united', 'house']);
/** How far the subject of a clause may run before its verb. */
const SUBJECT_WINDOW = 8;
/** How far a fronted adverbial ("By cutting off ..., ") may run before its comma. */
const ADVERBIAL_WINDOW = 25;

interface CompiledRule {
  readonly id: string;
  readonly tag: string;
  readonly weight: number;
  readonly cues?: ReadonlySet<string>;
  /** The index of the rule's word list among the compiled lists, or -1 when it has none. */
  readonly words: number;
  readonly frames?: ReadonlySet<TagFrame>;
}
interface CompiledTaxonomy {
  readonly rules: readonly CompiledRule[];
  /** The rules that need no cue. */
  readonly cuelessRules: readonly CompiledRule[];
  readonly core: ReadonlyMap<string, CoreTag>;
  readonly lists: PhraseLists;
  /** Which hits of the word lists do not count (a harm noun nothing imposes). */
  readonly refuse: (list: number, tokens: readonly Token[], hit: PhraseHit) => boolean;
  readonly imperative: ReadonlySet<string>;
  readonly proposalCues: ReadonlySet<string>;
  readonly topicCues: ReadonlySet<string>;
  readonly refusalCues: ReadonlySet<string>;
  readonly warningCues: ReadonlySet<string>;
  readonly agentCues: ReadonlySet<string>;
  /** The rules that can fire for a frame and cue lemma (or none), in rule order; filled as frames and cues are met. */
  readonly rulesFor: Map<TagFrame, Map<string | undefined, readonly CompiledRule[]>>;
}

const compiledTaxonomies = new WeakMap<Taxonomy, CompiledTaxonomy>();

function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const known = compiledTaxonomies.get(taxonomy);
  if (known !== undefined) return known;
  const core = new Map<string, CoreTag>();
  for (const tag of taxonomy.tags) core.set(tag.id, tag.parent ?? (tag.id as CoreTag));
  const lex = taxonomy.lexicon;
  const lists: (readonly string[])[] = [lex.harm, lex.consequences, lex.readiness, lex.desire, lex.stance, lex.obligation, lex.danger, FUTURE_PHRASES, LIKELIHOOD, lex.harmNouns];
  const imposing = compilePhraseLists([lex.imposing]);
  const rules: CompiledRule[] = taxonomy.rules.map((rule) => {
    let words = -1;
    if (rule.words !== undefined) {
      words = lists.length;
      lists.push(rule.words);
    }
    return {
      id: rule.id,
      tag: rule.tag,
      weight: rule.weight,
      words,
      ...(rule.cues === undefined ? {} : { cues: new Set(rule.cues) }),
      ...(rule.frames === undefined ? {} : { frames: new Set(rule.frames) }),
    };
  });
  const compiled: CompiledTaxonomy = {
    rules,
    cuelessRules: rules.filter((rule) => rule.cues === undefined),
    core,
    lists: compilePhraseLists(lists),
    // Made once per taxonomy, not per statement.
    refuse: (list: number, tokens: readonly Token[], hit: PhraseHit): boolean => {
      if (list === LIST.harm) return reversed(tokens, hit) || !usedAsVerb(tokens, hit);
      if (list === LIST.harmNouns) return reversed(tokens, hit) || !imposedBefore(imposing, tokens, hit);
      return false;
    },
    imperative: new Set(lex.imperative),
    proposalCues: new Set(lex.proposalCues),
    topicCues: new Set(lex.topicCues),
    refusalCues: new Set(lex.refusalCues),
    warningCues: new Set(lex.warningCues),
    agentCues: new Set(lex.agentCues),
    rulesFor: new Map(),
  };
  compiledTaxonomies.set(taxonomy, compiled);
  return compiled;
}

interface Hit {
  readonly tag: string;
  readonly weight: number;
  readonly ruleId: string;
  readonly span: OffsetSpan | undefined;
  readonly note: string | undefined;
}

function hit(tag: string, weight: number, ruleId: string, span: OffsetSpan | undefined, note?: string): Hit {
  return { tag, weight, ruleId, span, note };
}

/** Nouns of intention whose owner holds the stance ("our goal", "the plans of the council"). */
const INTENTION_NOUNS: ReadonlySet<string> = new Set(['goal', 'goals', 'plan', 'plans', 'priority', 'priorities', 'commitment', 'intention', 'agenda', 'aim', 'mission', 'pledge', 'proposal', 'policy']);
/** How far after an intention noun its owner may be named ("the original goals of the council"). */
const OWNER_WINDOW = 5;

/**
 * Whether the word at `index` is an intention noun the speaker owns: after "our" or "my", after
 * "his", "her", "their" or "its" in reported speech, or followed by "of" and a word of the
 * speaker's name.
 */
function ownedBySpeaker(input: TagInput, index: number): boolean {
  const { tokens } = input;
  if (!INTENTION_NOUNS.has(tokens[index]?.norm ?? '')) return false;
  const before = tokens[index - 1]?.norm ?? '';
  if (before === 'our' || before === 'my') return true;
  if ((input.mode === 'indirect' || input.mode === 'mixed') && (before === 'his' || before === 'her' || before === 'their' || before === 'its')) return true;
  if (tokens[index + 1]?.norm !== 'of') return false;
  for (let i = index + 2; i < Math.min(input.last, index + 2 + OWNER_WINDOW); i++) {
    const tok = tokens[i];
    if (tok !== undefined && tok.text !== tok.norm && input.speaker.words.has(tok.norm) && !SPEAKER_WORDS_IGNORED.has(tok.norm)) return true;
  }
  return false;
}

function isFirstPerson(norm: string): boolean {
  return FIRST_PERSON.has(norm) || norm.startsWith("we'") || norm.startsWith("i'");
}

/** Words in -ed that are no verbs. */
const ED_NOUNS: ReadonlySet<string> = new Set(['hundred', 'indeed', 'speed', 'creed', 'greed', 'breed', 'steed', 'tweed', 'naked', 'wicked', 'sacred', 'beloved', 'rugged']);

/**
 * Whether tokens [from, to) are a bare noun phrase: they open with a determiner or possessive
 * ("the", "a", "his") and hold no verb: no auxiliary, common verb, contraction, past form in -ed,
 * infinitive, or word in -s right after a word that is not a determiner or adjective-like ("the
 * plan reduces costs"). Cautious on purpose: a content that may hold a verb is not a fragment.
 */
function isBareNounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (!opensNounPhrase(tokens, from, to)) return false;
  let afterNoun = false;
  for (let i = from; i < to; i++) {
    const tok = tokens[i];
    if (tok === undefined || tok.kind !== 'word') continue;
    const n = tok.norm;
    // "to the stage" is a place; "to leave" an infinitive.
    if (n === 'to' && tokens[i + 1]?.kind === 'word' && !DETERMINERS.has(tokens[i + 1]?.norm ?? '')) return false;
    // "the deal a disaster", "Smith a liar": a second phrase straight after the first is a small
    // clause (what the first is called), not one noun phrase.
    if (afterNoun && (n === 'a' || n === 'an')) return false;
    afterNoun = !DETERMINERS.has(n) && !PHRASE_JOINERS.has(n) && !NOUN_FOLLOWERS.has(n);
    if (isVerbLike(tok) && !ED_NOUNS.has(n)) return false;
    // ("the mill closed and that he rebuilt it": a subject pronoun opens a clause.)
    if (i > from && PERSONAL_SUBJECTS.has(n)) return false;
    if (n.includes("'") && !n.endsWith("'s")) return false;
    // A word in -s after a noun may be a verb ("the plan reduces ..."); after "of" or a determiner it is a noun.
    if (i > from && n.length > 3 && n.endsWith('s') && !n.endsWith('ss') && !n.endsWith("'s")) {
      const before = tokens[i - 1]?.norm ?? '';
      const after = tokens[i + 1];
      if (!DETERMINERS.has(before) && before !== 'of' && after !== undefined && after.kind === 'word' && after.text === after.norm && !NOUN_FOLLOWERS.has(after.norm)) return false;
    }
  }
  return true;
}

/** Words that join the parts of one noun phrase, beside {@link NOUN_FOLLOWERS}. */
const PHRASE_JOINERS: ReadonlySet<string> = new Set(['to', 'into', 'after', 'before', 'than', 'like', 'as', 'via', 'per', 'amid', 'despite', 'near', 'toward', 'towards', 'without', 'within', 'including']);

/**
 * Whether a noun phrase opens at `from`: a determiner or possessive pronoun ("the", "his"), or a
 * name or names that end in a possessive ("Bill Smith's"), or a capitalised adjective before a
 * lower-case plural ("Democratic leaders").
 */
function opensNounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  const head = tokens[from];
  if (head === undefined) return false;
  if (DETERMINERS.has(head.norm)) return true;
  for (let i = from; i < Math.min(to, from + 4); i++) {
    const tok = tokens[i];
    if (tok === undefined || tok.kind !== 'word' || tok.text === tok.norm) return i === from + 1 && tok !== undefined && tok.kind === 'word' && hasPluralEnding(tok.norm) && /(?:ic|an|ese|ish|al)$/.test(head.norm);
    if (tok.norm.endsWith("'s") || tok.norm.endsWith("s'")) return true;
  }
  return false;
}

/** Words that follow a plural noun without making it a verb ("mothers with young children"). */
const NOUN_FOLLOWERS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'and', 'or', 'about', 'over', 'under', 'between', 'among', 'against', 'during']);

/** {@link AUXILIARIES} and {@link COMMON_VERBS} in one set: the subject scan tests every word against both. */
const VERB_WORDS: ReadonlySet<string> = new Set([...AUXILIARIES, ...COMMON_VERBS]);

function isVerbLike(token: Token): boolean {
  const n = token.norm;
  // (Four-letter pasts in -ied, "died", "lied", "tied", are verbs too; "seed" and "shed" are not.)
  return VERB_WORDS.has(n) || n.endsWith("n't") || n.endsWith("'ll") || n.endsWith("'re") || (n.endsWith('ed') && (n.length > 4 || n.endsWith('ied')) && token.text === n);
}

/** Who the main clause's subject is, relative to the speaker. */
type Agent = 'own' | 'third' | 'unknown';

interface Reading {
  /** Index of the main clause's first token. */
  readonly clause: number;
  /** Tokens of the subject window [clause, subjectEnd). */
  readonly subjectEnd: number;
  readonly agent: Agent;
  readonly agentWhy?: string;
}

function readSubject(input: TagInput, condFirst: number, condLast: number, agentCues: ReadonlySet<string>): Reading {
  const { tokens, first, last } = input;
  let clause = first;
  if (condFirst === first && condLast > first) {
    clause = condLast;
    while (clause < last && (tokens[clause]?.kind === 'punct' || tokens[clause]?.kind === 'quote' || tokens[clause]?.norm === 'then')) clause++;
  }
  if (LEADING_ADVERBIALS.has(tokens[clause]?.norm ?? '')) {
    for (let i = clause + 1; i < Math.min(last, clause + ADVERBIAL_WINDOW); i++) {
      if (tokens[i]?.text === ',') {
        clause = i + 1;
        break;
      }
    }
  }
  while (clause < last && tokens[clause]?.kind === 'quote') clause++;
  let subjectEnd = clause;
  while (subjectEnd < last && subjectEnd - clause < SUBJECT_WINDOW) {
    const tok = tokens[subjectEnd];
    if (tok === undefined || (tok.kind === 'word' && (isVerbLike(tok) || (subjectEnd > clause && CLAUSE_EMBEDDERS.has(tok.norm)))) || tok.text === ',') break;
    subjectEnd++;
  }
  const head = tokens[clause];
  if (input.frame === 'infinitive' && head?.norm === 'to' && input.cue !== undefined && agentCues.has(input.cue.lemma)) {
    return { clause, subjectEnd, agent: 'own', agentWhy: 'the speaker is the agent of the infinitive' };
  }
  const why = ownerWhy(input, clause, subjectEnd);
  if (why !== undefined) return { clause, subjectEnd, agent: 'own', agentWhy: why };
  return { clause, subjectEnd, agent: subjectEnd > clause ? 'third' : 'unknown' };
}

/**
 * Why the words [from, to) name the speaker's own side, or undefined when they do not: first
 * person; in reported speech a pronoun that opens the clause; the speaker's name; the speaker's
 * side ("Moscow" for a Kremlin adviser).
 */
function ownerWhy(input: TagInput, from: number, to: number): string | undefined {
  const { tokens } = input;
  const reported = input.mode === 'indirect' || input.mode === 'mixed';
  for (let i = from; i < to; i++) {
    const tok = tokens[i];
    if (tok === undefined || tok.kind !== 'word') continue;
    if (isFirstPerson(tok.norm) && input.mode !== 'outlet') return 'first person';
    if (i === from && reported && THIRD_PRONOUNS.has(tok.norm) && (input.mode === 'indirect' || !NEUTER_PRONOUNS.has(tok.norm))) return 'a pronoun for the speaker';
  }
  // The speaker's words are read only now: a speaker's view may be worked out when first read.
  const speakerNames = input.speaker.words;
  if (speakerNames.size === 0) return undefined;
  const subjectWords: string[] = [];
  for (let i = from; i < to; i++) {
    const tok = tokens[i];
    if (tok === undefined || tok.kind !== 'word') continue;
    subjectWords.push(tok.norm);
    if (tok.text !== tok.norm && speakerNames.has(tok.norm) && tok.norm.length > 2 && !SPEAKER_WORDS_IGNORED.has(tok.norm)) return 'the speaker by name';
  }
  const speakerSides = input.speaker.sides;
  if (speakerSides.size > 0 && namesSideOf(subjectWords, speakerSides)) return "the speaker's side";
  return undefined;
}

/**
 * Words that open an embedded clause with a subject of its own: conjunctions and wh-words ("we
 * know how the Kell vote will turn out"), and verbs of saying, thinking and hoping, which may drop
 * their "that" ("he believes the levy will pass").
 */
const CLAUSE_EMBEDDERS: ReadonlySet<string> = new Set([
  'that', 'how', 'what', 'whether', 'when', 'why', 'where', 'because', 'which', 'who', 'whom',
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'say', 'says', 'said', 'expect', 'expects', 'expected',
  'hope', 'hopes', 'hoped', 'know', 'knows', 'knew', 'feel', 'feels', 'felt', 'suspect', 'suspects', 'suspected', 'fear',
  'fears', 'feared', 'predict', 'predicts', 'predicted', 'insist', 'insists', 'insisted', 'argue', 'argues', 'argued', 'claim',
  'claims', 'claimed', 'doubt', 'doubts', 'doubted', 'guess', 'assume', 'assumes', 'assumed', 'worry', 'worries', 'worried',
]);

/**
 * Whether the modal at token `at` is the speaker's side's own: the subject of its clause is, and
 * that is the main subject unless a "that" after it opens an embedded clause ("our assumption is
 * that the levy will be repealed": the levy's, not ours).
 */
function modalIsOwn(input: TagInput, who: SubjectReader, at: number): boolean {
  const reading = who.reading();
  let embedded = -1;
  for (let i = reading.subjectEnd; i < at; i++) if (CLAUSE_EMBEDDERS.has(input.tokens[i]?.norm ?? '')) embedded = i;
  if (embedded < 0) return reading.agent === 'own';
  return ownerWhy(input, embedded + 1, at) !== undefined;
}

/** Words that undo a harm that follows them ("lift sanctions", "ease tariffs", "an end to the blockade"). */
export const HARM_REVERSERS: ReadonlySet<string> = new Set([
  'ease', 'eased', 'easing', 'eases', 'lift', 'lifted', 'lifting', 'lifts', 'end', 'ended', 'ending', 'ends', 'remove', 'removed', 'removing',
  'waive', 'waived', 'waiving', 'relax', 'relaxed', 'relaxing', 'suspend', 'suspended', 'suspending', 'drop', 'dropped', 'dropping', 'avoid',
  'avoided', 'avoiding', 'prevent', 'prevented', 'preventing', 'stop', 'stopped', 'stopping', 'escape', 'survive', 'survived', 'victims',
]);

/** Words after which a harm word is a verb: "to", modals, subject pronouns, "and", forms of "be". */
const VERB_CONTEXT: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'shall', 'should', 'must', 'cannot', 'we', 'i', 'they', 'you', 'he', 'she',
  'it', 'who', 'not', 'never', 'and', 'or', 'also', 'then', 'be', 'been', 'being', 'is', 'are', 'was', 'were', "let's", 'us', 'them',
]);

/** Whether a harm word is used as a verb: after a verb context, an adverb in -ly, a contraction, or at the start of its clause. */
function usedAsVerb(tokens: readonly Token[], hit: PhraseHit): boolean {
  const before = tokens[hit.index - 1];
  if (before === undefined || before.kind !== 'word') return true;
  const n = before.norm;
  return VERB_CONTEXT.has(n) || n.endsWith('ly') || n.endsWith("'ll") || n.endsWith("n't") || n.endsWith("'d");
}

/** How far before a harm noun the verb imposing it may stand ("hold X, a former aide, in contempt"). */
const IMPOSING_WINDOW = 14;

/** Whether a verb that imposes a harm noun stands before it, within {@link IMPOSING_WINDOW} tokens. */
function imposedBefore(imposing: PhraseLists, tokens: readonly Token[], hit: PhraseHit): boolean {
  const from = Math.max(0, hit.index - IMPOSING_WINDOW);
  return scanPhraseLists(imposing, tokens, from, hit.index)[0] !== undefined;
}

/** Whether a harm hit stands right after a word that undoes it ("lift sanctions"). */
function reversed(tokens: readonly Token[], hit: PhraseHit): boolean {
  return HARM_REVERSERS.has(tokens[hit.index - 1]?.norm ?? '') || HARM_REVERSERS.has(tokens[hit.index - 2]?.norm ?? '');
}

/** The index of the token that starts at `offset` among [from, to), or -1. */
function tokenAt(tokens: readonly Token[], from: number, to: number, offset: number): number {
  for (let i = from; i < to; i++) if (tokens[i]?.start === offset) return i;
  return -1;
}

function spanOf(tokens: readonly Token[], hit: { index: number; length: number }): OffsetSpan {
  return { start: tokens[hit.index]?.start ?? 0, end: tokens[hit.index + hit.length - 1]?.end ?? 0 };
}

/** The word-list hits of the statement being tagged; reused, since a statement's hits are read before the next one's are sought. */
const foundBuffer: (PhraseHit | undefined)[] = [];

/** Reads the subject of a statement once, when a rule first needs it. */
class SubjectReader {
  private known: Reading | undefined;

  constructor(
    private readonly input: TagInput,
    private readonly condFirst: number,
    private readonly condLast: number,
    private readonly agentCues: ReadonlySet<string>,
  ) {}

  reading(): Reading {
    this.known ??= readSubject(this.input, this.condFirst, this.condLast, this.agentCues);
    return this.known;
  }

  own(): boolean {
    return this.reading().agent === 'own';
  }

  private modalKnown: boolean | undefined;

  /** Whether the modal starting at offset `at` (or, for -1, the main clause) is the speaker's side's own. */
  modalOwn(at: number): boolean {
    if (this.modalKnown === undefined) {
      const index = at < 0 ? -1 : tokenAt(this.input.tokens, this.input.first, this.input.last, at);
      this.modalKnown = index >= 0 ? modalIsOwn(this.input, this, index) : this.own();
    }
    return this.modalKnown;
  }
}

/**
 * The data rules whose frame and cue conditions a statement with this frame and cue lemma meets,
 * in rule order. Without a cue, the rules that need one cannot fire; a rule with no condition at
 * all never fires. Frames and cue lemmas are few, so each combination is worked out once.
 */
function rulesFor(tax: CompiledTaxonomy, frame: TagFrame, cueLemma: string | undefined): readonly CompiledRule[] {
  let byCue = tax.rulesFor.get(frame);
  if (byCue === undefined) {
    byCue = new Map();
    tax.rulesFor.set(frame, byCue);
  }
  const known = byCue.get(cueLemma);
  if (known !== undefined) return known;
  const out: CompiledRule[] = [];
  for (const rule of cueLemma === undefined ? tax.cuelessRules : tax.rules) {
    if (rule.frames !== undefined && !rule.frames.has(frame)) continue;
    if (rule.cues !== undefined && (cueLemma === undefined || !rule.cues.has(cueLemma))) continue;
    if (rule.cues === undefined && rule.words < 0 && rule.frames === undefined) continue;
    out.push(rule);
  }
  byCue.set(cueLemma, out);
  return out;
}

/**
 * Tags one statement: a primary core tag first, then the sub-tags that fired for it, then any
 * further core tag a rule speaks for strongly ({@link SECONDARY_TAG_MIN_WEIGHT}). Each tag has a
 * confidence (the weight of its strongest rule) and evidence (rule ids and the words that
 * triggered them). Linear in the statement's length.
 *
 * @param taxonomy The tags and rules to use; {@link DEFAULT_TAXONOMY} unless given.
 */
export function tagStatement(input: TagInput, taxonomy: Taxonomy = DEFAULT_TAXONOMY): TagAssignment[] {
  const tax = compileTaxonomy(taxonomy);
  const { tokens, first, last, text } = input;
  const condFirst = input.conditionFirst;
  const condLast = input.conditionLast;
  const hits: Hit[] = [];
  const cue = input.cue;
  const cueLemma = cue?.lemma;

  // One pass finds the first match of every word list: the structural ones and the data rules'.
  const found = scanPhraseLists(tax.lists, tokens, first, last, condFirst, condLast, tax.refuse, foundBuffer, text);

  // Data rules: cue lemmas, words, frames. Only the word lists are left to test per statement.
  const rules = rulesFor(tax, input.frame, cueLemma);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as CompiledRule;
    let span: OffsetSpan | undefined = rule.cues !== undefined ? cue?.span : undefined;
    if (rule.words >= 0) {
      const hit = found[rule.words];
      if (hit === undefined) continue;
      span = spanOf(tokens, hit);
    }
    hits.push(hit(rule.tag, rule.weight, rule.id, span));
  }

  // Who the subject is costs a scan; most statements never need to know.
  const who = new SubjectReader(input, condFirst, condLast, tax.agentCues);

  if (cueLemma !== undefined && tax.refusalCues.has(cueLemma)) hits.push(hit('position', TAG_WEIGHTS.refusal, 'position.refusal', cue?.span));

  const harm = found[LIST.harm] ?? found[LIST.harmNouns];
  const negated = input.negation !== undefined && harm !== undefined && input.negation.start < (tokens[harm.index]?.start ?? 0) && input.negation.start >= (tokens[who.reading().clause]?.start ?? 0);
  const future =
    input.modality !== undefined ||
    input.condition !== undefined ||
    input.frame === 'infinitive' ||
    found[LIST.future] !== undefined ||
    (harm !== undefined && (tokens[harm.index]?.norm.endsWith('ing') ?? false));
  if (harm !== undefined && !negated && future && who.own()) {
    const why = who.reading().agentWhy;
    hits.push(hit('threat', TAG_WEIGHTS.ownSideHarm, 'threat.own-side-harm', spanOf(tokens, harm), why === undefined ? undefined : `agent: ${why}`));
    if (input.condition !== undefined) hits.push(hit('threat/conditional', TAG_WEIGHTS.ownSideHarm, 'threat.conditional', input.condition));
  }
  if (cueLemma !== undefined && tax.warningCues.has(cueLemma) && input.condition !== undefined) {
    let firstPerson: OffsetSpan | undefined;
    for (let i = first; i < last && firstPerson === undefined; i++) {
      const tok = tokens[i];
      if (tok !== undefined && !(i >= condFirst && i < condLast) && tok.kind === 'word' && isFirstPerson(tok.norm)) firstPerson = { start: tok.start, end: tok.end };
    }
    if (firstPerson !== undefined) {
      hits.push(hit('threat', TAG_WEIGHTS.conditionalWarning, 'threat.conditional-warning', firstPerson, 'a warning under a condition about what "we" will do'));
      hits.push(hit('threat/conditional', TAG_WEIGHTS.conditionalWarning, 'threat.conditional', input.condition));
    }
  }
  const consequences = found[LIST.consequences];
  if (consequences !== undefined && (input.modality !== undefined || input.negation !== undefined) && tokens[consequences.index + consequences.length]?.norm !== 'of') {
    hits.push(hit('threat', TAG_WEIGHTS.consequences, 'threat.consequences', spanOf(tokens, consequences)));
    if (input.condition !== undefined) hits.push(hit('threat/conditional', TAG_WEIGHTS.consequences, 'threat.conditional', input.condition));
  }

  const readiness = found[LIST.readiness];
  if (readiness !== undefined && who.reading().agent !== 'third') hits.push(hit('position/readiness', TAG_WEIGHTS.readiness, 'position.readiness', spanOf(tokens, readiness)));
  const desire = found[LIST.desire] ?? found[LIST.stance];
  if (desire !== undefined && (tokens[desire.index]?.norm === 'hopefully' || ownedBySpeaker(input, desire.index) || who.own())) hits.push(hit('position', TAG_WEIGHTS.desire, 'position.desire', spanOf(tokens, desire)));
  const obligation = found[LIST.obligation];
  if (obligation !== undefined && obligation.index >= who.reading().clause) {
    if (who.own()) hits.push(hit('position/intent', TAG_WEIGHTS.intent, 'position.own-obligation', spanOf(tokens, obligation)));
    else hits.push(hit('position/demand', TAG_WEIGHTS.demand, 'position.obligation', spanOf(tokens, obligation)));
  }
  if (input.mode === 'direct' || input.mode === 'mixed' || input.mode === 'headline') {
    let i = first;
    while (i < last && (tokens[i]?.kind === 'quote' || tokens[i]?.kind === 'punct')) i++;
    const head = tokens[i];
    const endsAsQuestion = tokens[last - 1]?.text === '?' || tokens[last - 2]?.text === '?';
    if (head !== undefined && tax.imperative.has(head.norm) && !endsAsQuestion && !isFirstPerson(tokens[i + 1]?.norm ?? '')) {
      hits.push(hit('position/demand', TAG_WEIGHTS.demand, 'position.imperative', { start: head.start, end: head.end }));
    }
  }
  const modal = input.modality;
  const futureWord = found[LIST.future];
  // Whose the modal (or "going to") is costs a subject reading: worked out only when a rule asks.
  const modalAt = modal !== undefined ? modal.span.start : (futureWord === undefined ? -1 : (tokens[futureWord.index]?.start ?? -1));
  if (harm === undefined && ((modal !== undefined && (modal.verb === 'will' || modal.verb === 'would' || modal.verb === 'shall')) || futureWord !== undefined) && who.modalOwn(modalAt)) {
    hits.push(hit('position/intent', TAG_WEIGHTS.intent, 'position.own-future', modal?.span ?? spanOf(tokens, futureWord ?? { index: first, length: 1 })));
  }
  const likely = found[LIST.likelihood];
  const danger = found[LIST.danger];
  const predicts = likely !== undefined || futureWord !== undefined || (modal !== undefined && modal.verb !== 'should' && modal.verb !== 'must' && modal.verb !== 'can');
  if ((predicts || danger !== undefined) && !who.modalOwn(modalAt)) {
    if (predicts) hits.push(hit('assessment/prediction', TAG_WEIGHTS.prediction, 'assessment.prediction', likely !== undefined ? spanOf(tokens, likely) : (modal?.span ?? (futureWord === undefined ? undefined : spanOf(tokens, futureWord)))));
    if (danger !== undefined) hits.push(hit('assessment/warning', TAG_WEIGHTS.prediction, 'assessment.danger', spanOf(tokens, danger)));
  }
  if (tokens[first]?.norm === 'whether' || (input.frame === 'question' && tokens[first]?.norm !== 'that')) hits.push(hit('none', TAG_WEIGHTS.question, 'none.question', undefined));
  // "Do you think the plan will work?": reported words inside a question are asked, not asserted.
  else if (input.mode === 'indirect' && (tokens[last - 1]?.text === '?' || tokens[last]?.text === '?')) {
    hits.push(hit('none', TAG_WEIGHTS.question, 'none.question', spanOf(tokens, { index: tokens[last - 1]?.text === '?' ? last - 1 : last, length: 1 }), 'the sentence asks it'));
  }
  if (input.mode === 'indirect' && input.frame !== 'infinitive' && input.frame !== 'question' && isBareNounPhrase(tokens, first, last)) {
    // A noun phrase put forward ("suggested a few questions") is a demand; one merely reported is a topic.
    // ("Polls suggest a close race": evidence that suggests something indicates it; it proposes nothing.)
    if (cueLemma !== undefined && tax.proposalCues.has(cueLemma) && !speaksAsEvidence(input.speaker)) hits.push(hit('position/demand', TAG_WEIGHTS.demandCue, 'position.proposal', cue?.span));
    // "noted the senator's remarks": a verb of topic before a noun phrase names what was talked about.
    else if (cueLemma !== undefined && tax.topicCues.has(cueLemma) && input.frame !== 'object') hits.push(hit('none', TAG_WEIGHTS.topic, 'none.topic-cue', cue?.span, 'a topic cue before a noun phrase'));
    else if (input.frame !== 'object') hits.push(hit('none', TAG_WEIGHTS.fragment, 'none.no-proposition', undefined, 'reported words with no verb'));
  }
  hits.push(hit('assessment', TAG_WEIGHTS.fallback, 'assessment.statement', undefined));

  return assemble(withoutThreatEchoes(hits, tax), tax, text);
}

/**
 * Rules that read the same words as a threat from the other side: the verb "warned" and the
 * modal of a threat the speaker's side makes are the threat itself, not a second, warning or
 * forecasting function of the statement.
 */
export const THREAT_ECHO_RULES: ReadonlySet<string> = new Set(['assessment.warning-cue', 'assessment.prediction', 'assessment.danger']);

/** The hits without the echoes of a threat, when a rule found one. */
function withoutThreatEchoes(hits: readonly Hit[], tax: CompiledTaxonomy): readonly Hit[] {
  let threat = false;
  for (const h of hits) if (tax.core.get(h.tag) === 'threat') threat = true;
  if (!threat) return hits;
  const out: Hit[] = [];
  for (const h of hits) if (!THREAT_ECHO_RULES.has(h.ruleId)) out.push(h);
  return out;
}

/** The evidence for a tag: the rules that gave it (or, for a core tag, any of its sub-tags), strongest first, each once. */
function evidenceFor(hits: readonly Hit[], tax: CompiledTaxonomy, text: string, tag: string, core: boolean): Evidence[] {
  // A statement has a handful of hits: an insertion sort (stable, like Array.prototype.sort; by
  // hand, since each splice makes an array) and a scan for repeated rules cost less here than a
  // sort call and a Set.
  const list: Hit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Hit;
    if (core ? tax.core.get(h.tag) !== tag : h.tag !== tag) continue;
    let at = list.length;
    list.push(h);
    for (; at > 0 && (list[at - 1] as Hit).weight < h.weight; at--) list[at] = list[at - 1] as Hit;
    list[at] = h;
  }
  const evidence: Evidence[] = [];
  for (let i = 0; i < list.length; i++) {
    const h = list[i] as Hit;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = (list[j] as Hit).ruleId === h.ruleId;
    if (seen) continue;
    const item: Evidence = { ruleId: h.ruleId };
    if (h.span !== undefined && h.span.end > h.span.start) item.anchor = makeAnchor(text, h.span.start, h.span.end);
    if (h.note !== undefined) item.note = h.note;
    evidence.push(item);
  }
  return evidence;
}

/** The order of two tags with their weights: stronger first, then by {@link TAG_PRECEDENCE}, then by name. */
function strengthOrder(tagA: string, weightA: number, tagB: string, weightB: number): number {
  return weightB - weightA || TAG_PRECEDENCE.indexOf(tagA as CoreTag) - TAG_PRECEDENCE.indexOf(tagB as CoreTag) || tagA.localeCompare(tagB);
}

/**
 * Adds `weight` for `tag` to the ranked tags and weights, keeping the tag's strongest weight, and
 * keeps the lists in {@link strengthOrder}; tags that compare equal stay in the order first met.
 */
function rank(tags: string[], weights: number[], tag: string, weight: number): void {
  // Elements move by hand, not by splice: a splice makes an array of what it removes.
  let at = tags.indexOf(tag);
  if (at < 0) {
    if (!(weight > -1)) return;
    at = tags.length;
    tags.push(tag);
    weights.push(weight);
  } else if (!(weight > (weights[at] as number))) return;
  // From its old place (or the end), the tag moves up past every tag it is stronger than.
  for (; at > 0 && strengthOrder(tags[at - 1] as string, weights[at - 1] as number, tag, weight) > 0; at--) {
    tags[at] = tags[at - 1] as string;
    weights[at] = weights[at - 1] as number;
  }
  tags[at] = tag;
  weights[at] = weight;
}

function assemble(hits: readonly Hit[], tax: CompiledTaxonomy, text: string): TagAssignment[] {
  const only = hits[0];
  // Most sentences meet no rule but the fallback: one tag, one piece of evidence.
  if (hits.length === 1 && only !== undefined && only.span === undefined && only.note === undefined && tax.core.get(only.tag) === only.tag) {
    return [{ tag: only.tag, confidence: only.weight, evidence: [{ ruleId: only.ruleId }] }];
  }
  const cores: string[] = [];
  const coreWeights: number[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as Hit;
    const core = tax.core.get(hit.tag);
    if (core !== undefined) rank(cores, coreWeights, core, hit.weight);
  }
  const out: TagAssignment[] = [];
  for (let r = 0; r < cores.length; r++) {
    const core = cores[r] as string;
    const weight = coreWeights[r] as number;
    if (r > 0 && (weight < SECONDARY_TAG_MIN_WEIGHT || core === 'none')) continue;
    out.push({ tag: core, confidence: weight, evidence: evidenceFor(hits, tax, text, core, true) });
    const subs: string[] = [];
    const subWeights: number[] = [];
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i] as Hit;
      if (h.tag !== core && tax.core.get(h.tag) === core) rank(subs, subWeights, h.tag, h.weight);
    }
    for (let k = 0; k < subs.length; k++) out.push({ tag: subs[k] as string, confidence: subWeights[k] as number, evidence: evidenceFor(hits, tax, text, subs[k] as string, false) });
  }
  return out;
}
