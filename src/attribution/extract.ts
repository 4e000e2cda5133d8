import type { QuoteMode } from '../model/quote.js';
import type { TextDocument } from '../text/document.js';
import type { Quotation } from '../text/quote-marks.js';
import { TERMINALS, type Sentence } from '../text/sentences.js';
import { blankLineBetween } from '../text/paragraphs.js';
import { partitionPoint } from '../text/partition-point.js';
import type { Token } from '../text/tokens.js';
import { mayHaveNorm, wordBits, wordFilter, type WordFilter } from '../text/word-filter.js';
import { CUE_TENSES, inflect, type CompiledCueLexicon, type CueEntry, type CueForm, type CueFrame } from './cues.js';
import { hasPluralEnding, isCapitalised, isObjectPronoun, NUMBER_WORDS, PERSONAL_SUBJECTS as PERSONAL_PRONOUN_SUBJECTS, phraseEndingAt, phraseStartingAt, PROPORTION_LINKS, pronounOf, subjectPhrase, type NounPhrase } from './noun-phrases.js';
import { ARTICLES, ATTACHED_ROLES, isPluralRole, nameNotModal, NEGATED_QUANTIFIERS, RELATIVE_HEAD_NOUNS } from './noun-phrases.js';
import { AUXILIARIES, CLAUSE_OPENERS, COMMON_VERBS, DETERMINERS, EVIDENCE_NOUNS, GROUP_HEADS, INDEFINITES, IRREGULAR_PARTICIPLES, MONTH_NAMES, NAME_LIMITERS, NAMING_AS_PARTICIPLES, NOUNS_IN_LY, NP_PREPOSITIONS, PEOPLE_NOUNS, RESULT_STATES, ROLE_WORDS, SUBJECT_PRONOUNS, SUBORDINATORS, VERBS_IN_LY, VERB_MODIFIERS } from './word-classes.js';
import { endsNameWithTime } from './name-mentions.js';
import { DESCRIPTION_HEADS } from './titles.js';

/** An attribution found in the text, before entities are resolved. */
export interface RawQuote {
  /** Offset where the content starts. */
  contentStart: number;
  /** Offset just past the content. */
  contentEnd: number;
  /** The cue's offsets, when there is a cue. */
  cue?: { readonly start: number; readonly end: number };
  /** The speaker's noun phrase, when there is one. */
  speaker?: SpeakerPhrase;
  /** How the statement is reported. */
  mode: QuoteMode;
  /** How sure the rules are. */
  confidence: number;
  /** The rules that fired, in order. */
  rules: string[];
  /** The paragraph the content starts in. */
  paragraph: number;
  /** Where the first quotation that continues the statement opens, when one does (“A,” she said. “B.”). */
  continuedAt?: number;
}

/** A speaker's noun phrase with its character offsets. */
export interface SpeakerPhrase {
  /** The phrase as the scanners found it. */
  readonly phrase: NounPhrase;
  /** Offset of the mention's first character. */
  readonly start: number;
  /** Offset just past the mention. */
  readonly end: number;
}

/** Confidence of each rule family; documented constants so results are explainable. */
export const RULE_CONFIDENCE = Object.freeze({
  preposed: 0.9,
  postposed: 0.9,
  object: 0.65,
  belief: 0.6,
  infinitive: 0.6,
  accordingTo: 0.85,
  colon: 0.7,
  participle: 0.8,
  chained: 0.8,
  nominal: 0.5,
  passive: 0.55,
  seeming: 0.5,
  hearsay: 0.5,
  question: 0.6,
});

/**
 * What `isContentStop` says of each token j in [first, end) of a sentence, `data[base + j - first]`:
 * the stop it finds there, {@link NO_STOP}, or {@link UNSEEN} while it has not been asked.
 */
interface StopRun {
  readonly first: number;
  readonly data: Int32Array;
  readonly base: number;
}

interface Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** What the scan needs to know of each word: its cue forms and the rules it sets off. */
  readonly words: WordTable;
  /** 1 for tokens inside an outer quotation (the marks themselves excluded). */
  readonly inQuote: Uint8Array;
  /** Outer quotations by the token index of their opening mark. */
  readonly openerAt: ReadonlyMap<number, Quotation>;
  /** Outer quotations by the token index of their closing mark. */
  readonly closerAt: ReadonlyMap<number, Quotation>;
  /** 1 at the token index of each outer quotation's opening mark: a test per token, no look-up. */
  readonly opens: Uint8Array;
  /** 1 at the token index of each outer quotation's closing mark. */
  readonly closes: Uint8Array;
  /** Outer quotations in text order. */
  readonly outer: readonly Quotation[];
  /** Per paragraph, the index of its first token. */
  readonly paragraphFirst: Int32Array;
  /** Per paragraph, the index just past its last token. */
  readonly paragraphEnd: Int32Array;
  /** Per sentence end (and frame), the next content stop at or after each token. */
  readonly stops: Map<number, StopRun>;
  /** Where new `StopRun`s are written: one buffer shared by all of them, grown when full. */
  readonly stopPool: { data: Int32Array; used: number };
  /** Per token, its `CLASS_` bits once {@link classAt} has looked them up, -1 before. */
  readonly wordClass: Int32Array;
}

interface CueMatch {
  readonly form: CueForm;
  readonly first: number;
  readonly last: number;
}

const WH_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what', 'who', 'when', 'where', 'which']);
/** Words after a colon's speaker that open its topic or time ("Lind on the tariffs:", "Lind in 1992:"). */
const COLON_TOPIC_WORDS: ReadonlySet<string> = new Set(['on', 'about', 'in', 'at', 'over', 'during', 'after', 'before']);

/** What "according to" means in keeping with, not a source: "according to their preference". */
const ACCORDANCE_NOUNS: ReadonlySet<string> = new Set([
  'preference', 'preferences', 'wishes', 'wish', 'instincts', 'taste', 'tastes', 'needs', 'means', 'ability', 'custom',
]);
/** The same, with no determiner: "according to plan", "according to schedule". */
const BARE_ACCORDANCE_NOUNS: ReadonlySet<string> = new Set(['plan', 'schedule', 'script']);

/** "Here's Lind in 1992: ...": a word that presents the speaker. */
const INTRODUCERS: ReadonlySet<string> = new Set(["here's", "there's"]);
const LABELS: ReadonlySet<string> = new Set([
  'ask', 'remember', 'goal', 'conclusion', 'lesson', 'point', 'problem', 'reason', 'result', 'takeaway', 'verdict',
  'translation', 'example', 'hint', 'tip', 'follow', 'contact', 'email', 'twitter', 'facebook', 'instagram', 'website',
  'tags', 'tag', 'note', 'update', 'updated', 'photo', 'photos', 'source', 'sources', 'related', 'watch', 'read', 'editor',
  'correction', 'video', 'image', 'credit', 'caption', 'published', 'posted', 'by', 'see', 'also', 'listen', 'subscribe',
  'share', 'topics', 'filed', 'disclosure', 'warning', 'q', 'a', 'question', 'answer', 'transcript', 'location', 'date', 'time',
  // (Not "poll" or "report": "Poll: mayor and rival run level" attributes to the poll.)
  'latest', 'breaking', 'revealed', 'boom', 'look', 'contributing', 'byline', 'notice', 'plus', 'exclusive', 'analysis',
  'opinion', 'live', 'developing', 'explainer', 'recap', 'quiz', 'podcast', 'nerdcast', 'claim', 'facts', 'fact', 'rating',
  'context', 'background', 'bottom', 'quote',
  // Interjections and cries of the writer's own that head a headline: "Wow: Mayor just ...",
  // "Bombshell: ...". No one is named to speak.
  'wow', 'whoa', 'yikes', 'oops', 'ouch', 'bombshell', 'shocker',
  // Kinds of piece that head a headline: "Q&A: Bank chief says ...". (Not "editorial" or "review":
  // "Times editorial: ..." is what the editorial says.)
  'q&a', 'factbox', 'timeline',
]);

/** Whether a word of tokens [from, to) is one of the {@link LABELS}. */
function labelIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (LABELS.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

/**
 * Roles that label a turn of a printed transcript in capitals ("HOST: ...", "MODERATOR: ..."),
 * where the speaker's name is not given.
 */
const TRANSCRIPT_ROLES: ReadonlySet<string> = new Set([
  'host', 'co-host', 'cohost', 'moderator', 'anchor', 'interviewer', 'reporter', 'correspondent', 'caller', 'panelist',
  'narrator', 'announcer', 'interpreter', 'translator',
]);

/** Whether a phrase is one transcript role in capitals ("HOST", "MODERATOR"), which names a turn's speaker. */
function isTranscriptRole(tokens: readonly Token[], np: NounPhrase): boolean {
  const word = tokens[np.first];
  return np.first === np.last && word !== undefined && TRANSCRIPT_ROLES.has(word.norm) && word.text === word.text.toUpperCase();
}

/** Dashes, the horizontal bar among them ("ORM ― Mayor Ida Brand ..."), which some sites set for an em dash. */
const DASHES: ReadonlySet<string> = new Set(['—', '–', '―', '-', '--']);

/**
 * Whether a lexicon entry is an adjective, read only after "be" ("were willing to", "is critical
 * of"): it has no base form and no past forms, its one form standing in the -s slot. An entry
 * with past forms but no base form (`['', '', 'harrumphed', 'harrumphed']`) is a verb.
 */
function isAdjectiveEntry(entry: CueEntry): boolean {
  const forms = entry.forms;
  return forms !== undefined && forms[0] === '' && (forms[2] ?? '') === '' && (forms[3] ?? '') === '';
}

/** Subject pronouns that may name the source after "as" ("..., as she said at the start"). */
const AS_SOURCE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** Verbs of knowing and finding that name a source in an "as" clause: "As we saw after the flood, ...", "as polls show". */
const AS_KNOWING: ReadonlySet<string> = new Set(['see', 'know', 'learn', 'find', 'show', 'discover', 'notice', 'hear', 'read']);

/** Whether the pronoun `t` may name the source of an "as" clause of saying. */
function asPronounSource(t: Token | undefined): boolean {
  return t !== undefined && AS_SOURCE_PRONOUNS.has(t.norm);
}

/** Whether `np` is a plural subject a bare verb agrees with ("..., as the growers point out"). */
function pluralSource(tokens: readonly Token[], np: NounPhrase): boolean {
  const head = tokens[np.last];
  if (head === undefined) return false;
  if (np.kind === 'pronoun') return head.norm === 'they' || head.norm === 'we' || head.norm === 'i';
  return isPluralNoun(head);
}

/**
 * Verbs that link a subject to an adjective cue as "be" does: "the growers remain hopeful that
 * ...", "Kell has become critical of the levy".
 */
const ADJECTIVE_LINKS: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'become', 'becomes', 'became', 'grow', 'grows', 'grew', 'grown']);

/**
 * Connectives set off by commas right after a subject: "she, too, wants", "he, however, says",
 * "The union, meanwhile, said".
 * @internal
 */
export const PRONOUN_ASIDES: ReadonlySet<string> = new Set(['too', 'however', 'though', 'also', 'meanwhile', 'instead', 'likewise']);

/**
 * Whether the comma at `j` closes an aside after a subject pronoun ("said she, too, wants an
 * inquiry"): the verb after it is the pronoun's, inside what was said.
 */
function pronounAsideBefore(tokens: readonly Token[], j: number, first: number): boolean {
  return j - 3 >= first && PRONOUN_ASIDES.has(tokens[j - 1]?.norm ?? '') && tokens[j - 2]?.text === ',' && SUBJECT_PRONOUNS.has(tokens[j - 3]?.norm ?? '');
}

/** Whether a lower-case word may head a noun phrase: no common verb, auxiliary, preposition, subordinator, determiner or subject pronoun. */
function mayHeadPhrase(norm: string): boolean {
  return !(COMMON_VERBS.has(norm) || AUXILIARIES.has(norm) || NP_PREPOSITIONS.has(norm) || SUBORDINATORS.has(norm) || DETERMINERS.has(norm) || SUBJECT_PRONOUNS.has(norm));
}

/**
 * Whether the comma at `j` closes an aside that says whose view or words what comes before it are
 * ("said the district, in her words, finds money for consultants", "the levy, in his view, is
 * unfair"): the verb after it goes on with the clause the aside interrupts.
 */
function viewAsideBefore(tokens: readonly Token[], j: number, first: number): boolean {
  return j - 5 >= first && VIEW_NOUNS.has(tokens[j - 1]?.norm ?? '') && POSSESSIVE_DETERMINERS.has(tokens[j - 2]?.norm ?? '') && tokens[j - 3]?.norm === 'in' && tokens[j - 4]?.text === ',' && tokens[j - 5]?.kind === 'word';
}

/** The first token of the dash that ends at token `k`: the first hyphen of "--" typed as two, else `k`. */
export function dashStart(tokens: readonly Token[], k: number): number {
  return tokens[k]?.text === '-' && tokens[k - 1]?.text === '-' && tokens[k - 1]?.end === tokens[k]?.start ? k - 1 : k;
}

/** Whether a token is a dash: one of `DASHES`, told by its characters (dashes are punctuation: words and numbers need no test). */
export function isDash(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'punct') return false;
  const text = t.text;
  if (text.length !== 1) return text === '--';
  const code = text.charCodeAt(0);
  // '—', '–', '―', '-'
  return code === 0x2014 || code === 0x2013 || code === 0x2015 || code === 0x2d;
}
/**
 * Whether a token marks an item of a list at the start of its line: a bullet ("•", "▪", "●",
 * "◦", "‣", "·"), an asterisk or a dash. What was said starts after it.
 */
function isListMarker(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'punct') return false;
  if (isDash(t)) return true;
  const code = t.text.length === 1 ? t.text.charCodeAt(0) : 0;
  return code === 0x2022 || code === 0x25aa || code === 0x25cf || code === 0x25e6 || code === 0x2023 || code === 0xb7 || code === 0x2a;
}

/**
 * Lemmas whose -ing forms describe an attitude more often than they report a statement.
 * ("urging" and "questioning" are left out: on polnear-train about half of them are statements,
 * ", urging the council to ...", ", questioning whether ...".)
 */
const ATTITUDE_PARTICIPLES: ReadonlySet<string> = new Set(['support', 'back', 'echo', 'attack', 'discuss', 'see', 'embrace', 'hit', 'seek', 'oppose', 'target']);

/** Participles of taking sides that report a stand when a group before them backs a name: "PACs backing Ruiz". */
const BACKING_PARTICIPLES: ReadonlySet<string> = new Set(['support', 'back']);

/**
 * "backing" as a cue of its own, read only after a group and before a name ("a group backing
 * Ruiz"); the lexicon leaves "back" out, as "backed the bill" and "back to work" report nothing.
 */
const BACKING_FORM: CueForm = { entry: { lemma: 'back', kind: 'speech', frames: ['object'] }, words: ['backing'], tense: 'gerund' };

/**
 * "projected" in the passive, which the lexicon lacks (its active uses are mostly no statement):
 * "Kell was projected the winner", "the deficit is projected to reach $5 billion".
 */
const PROJECTED_FORM: CueForm = { entry: { lemma: 'project', kind: 'belief', frames: ['object'] }, words: ['projected'], tense: 'participle' };
/** "deemed" in the passive, likewise: "the ballots were deemed invalid". */
const DEEMED_FORM: CueForm = { entry: { lemma: 'deem', kind: 'belief', frames: ['object'] }, words: ['deemed'], tense: 'participle' };

/**
 * A verb in -ed (or -s) that the lexicon lacks, read as a cue only right after a quotation that
 * closes on a comma, "!" or "?" with its speaker next to it: "“Quiet,” he demanded.",
 * "“This is fantastic!” beamed Ana Reyes.", "“Mexico!” the crowd screamed back.".
 */
const QUOTE_VERB_PAST: CueForm = { entry: { lemma: 'say', kind: 'speech', frames: ['postposed'] }, words: ['said'], tense: 'past' };
const QUOTE_VERB_PRESENT: CueForm = { entry: { lemma: 'say', kind: 'speech', frames: ['postposed'] }, words: ['says'], tense: 'present' };
/** Particles that may follow such a verb: "screamed back", "cried out". */
const QUOTE_VERB_PARTICLES: ReadonlySet<string> = new Set(['back', 'out', 'on', 'up']);

/**
 * Finite verbs of a stir in an audience ("The ad angered farmers", "Her pitch resonated with
 * voters"): the subject is what was said or done, the ones stirred are the speaker. On
 * polnear-train these are gold cues in 17 of 32 uses.
 */
const STIR_VERBS: ReadonlySet<string> = new Set(['angered', 'angers', 'rattled', 'rattles', 'resonated', 'resonates', 'resonate']);

/** Words of degree before "known": "best known for", "widely known as". */
const KNOWN_DEGREES: ReadonlySet<string> = new Set(['best', 'better', 'well', 'perhaps', 'most', 'less', 'least']);

/**
 * Participles of a standing held by no one named, read like "known as" after "be": "Kell is
 * widely seen as the favorite". On polnear-train 22 of 60 such uses are gold (as is "known as").
 */
const STANDING_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'viewed', 'regarded', 'perceived']);

/**
 * People named by the stand they take, whose object after "of" is what they stand for or against:
 * "Kell has long been a vocal critic of the levy", "they are strong supporters of the dam".
 */
const STANCE_AGENTS: ReadonlySet<string> = new Set([
  'supporter', 'supporters', 'critic', 'critics', 'opponent', 'opponents', 'proponent', 'proponents', 'advocate', 'advocates',
  'champion', 'backer', 'backers', 'defender', 'defenders', 'foe', 'foes', 'skeptic', 'skeptics', 'architect', 'architects',
]);

/** Verbs that link a subject to what it is, as "be" does: "Lind remains a critic of the plan". */
const LINKING_VERBS: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'become', 'becomes', 'became']);

/**
 * Nouns of a stand voiced with a light verb, whose object after a preposition is what the stand
 * is about: "took a swipe at the mayor", "made a bizarre attack on the board", "has made
 * several statements on the levy". Measured on polnear-train after a form of "make", "take",
 * "launch" or "level": the object is gold in about half of the uses ("pitch", "stand" and
 * "remarks" fell below and are left out).
 */
const LIGHT_NOUNS: ReadonlySet<string> = new Set([
  'attack', 'attacks', 'shot', 'shots', 'swipe', 'swipes', 'jab', 'jabs', 'dig', 'digs', 'broadside', 'criticism', 'case', 'cases',
  'argument', 'arguments', 'appeal', 'plea', 'call', 'endorsement', 'comment', 'comments', 'statement', 'statements',
  'reference', 'references', 'allegation', 'allegations', 'charge', 'charges', 'accusation', 'accusations', 'stance', 'barb', 'barbs',
  'potshot', 'potshots', 'insult', 'insults', 'criticisms', 'salvo',
]);

/** Prepositions that open what a stand voiced with a light verb is about ("a swipe at", "a case for"). */
const LIGHT_LINKS: ReadonlySet<string> = new Set(['at', 'on', 'against', 'about', 'of', 'for', 'regarding', 'toward', 'towards']);

/** The forms of the light verbs before a noun of a stand, each read as an object cue. */
const LIGHT_VERB_FORMS: ReadonlyMap<string, CueForm> = lightVerbForms(['make', 'take', 'launch', 'level', 'issue', 'direct', 'fire', 'lob', 'hurl']);

function lightVerbForms(lemmas: readonly string[]): ReadonlyMap<string, CueForm> {
  const out = new Map<string, CueForm>();
  for (const lemma of lemmas) {
    const entry: CueEntry = { lemma, kind: 'speech', frames: ['object'] };
    // (A past form that is also the participle, "made", is read as the past, as the lexicon does.)
    inflect(lemma).forEach((word, i) => {
      if (!out.has(word)) out.set(word, { entry, words: [word], tense: CUE_TENSES[i] ?? 'base' });
    });
  }
  return out;
}

/**
 * Reactions drawn from others: "drew criticism from growers", "won support from the union". On
 * polnear-train, after one of REACTION_VERBS and before "from", 21 of 35 uses are gold statements
 * on the subject.
 */
const REACTION_NOUNS: ReadonlySet<string> = new Set([
  'criticism', 'condemnation', 'praise', 'rebuke', 'rebukes', 'backlash', 'scorn', 'ire', 'outrage', 'support', 'applause',
  'endorsement', 'endorsements', 'attacks', 'pushback', 'ridicule', 'opposition', 'complaints', 'objections', 'skepticism',
  'backing', 'blessing', 'approval',
]);

/** Reactions that also take their source after "of": "won the endorsement of the guild", "earned the backing of". */
const REACTION_OF_NOUNS: ReadonlySet<string> = new Set(['endorsement', 'endorsements', 'backing', 'support', 'blessing', 'approval']);

/** Verbs that draw a reaction from others: "drew", "sparked", "faced", "won". */
const REACTION_VERBS: ReadonlySet<string> = new Set([
  'draw', 'draws', 'drew', 'drawn', 'drawing', 'spark', 'sparks', 'sparked', 'sparking', 'face', 'faces', 'faced', 'facing',
  'receive', 'receives', 'received', 'receiving', 'attract', 'attracts', 'attracted', 'attracting', 'get', 'gets', 'got', 'gotten',
  'getting', 'earn', 'earns', 'earned', 'earning', 'win', 'wins', 'won', 'winning', 'prompt', 'prompts', 'prompted', 'provoke',
  'provokes', 'provoked', 'trigger', 'triggers', 'triggered', 'generate', 'generates', 'generated', 'secure', 'secures', 'secured',
  'securing', 'gain', 'gains', 'gained', 'gaining', 'land', 'lands', 'landed', 'snag', 'snags', 'snagged', 'pick', 'picks', 'picked',
  'lock', 'locks', 'locked', 'collect', 'collects', 'collected',
]);

/** Object pronouns that may name the ones stirred: "The ad angered them" ("her" only with no noun after it). */
const STIRRED_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

/** Auxiliaries that may stand between a stir verb and its subject: "The ad has angered farmers". */
const STIR_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'did', 'does', 'do', "'s", "'ve", "'ll", "'d"]);

/**
 * Nouns of saying whose that-clause is reported speech even with no one named ("Despite
 * complaints that the fees are too high"); on polnear-train "complaints that" is gold, with no
 * speaker, in 6 of 6 uses and "rumors that" in 2 of 4 ("speculation" is left out: "the
 * speculation that he has stirred").
 */
const UNOWNED_NOUN_CUES: ReadonlySet<string> = new Set(['complaints', 'rumors', 'rumours']);

/** Whether `token` is a lower-case word in -ing long enough to be a gerund ("raising", not "king"). */
function gerundAt(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.norm.length > 5 && token.norm.endsWith('ing') && !isCapitalised(token);
}

/** Words that open a question clause as the object of a verb of saying: "explained why ...". */
const WH_OBJECTS: ReadonlySet<string> = new Set(['how', 'why', 'whether', 'what', 'where']);

/** Present forms of cues that are more often plural nouns: "the attacks", "her calls for". */
const NOUN_LIKE_PRESENT: ReadonlySet<string> = new Set([
  'attacks', 'calls', 'supports', 'backs', 'questions', 'charges', 'votes', 'plans', 'hopes', 'fears', 'promises', 'threats',
  'demands', 'remarks', 'comments', 'reports', 'claims', 'warnings', 'pledges', 'vows', 'concerns', 'doubts', 'cites', 'estimates', 'rules',
  'states',
]);

/**
 * Whether a name with a determiner ("The Brill Herald") opens the sentence or a clause after a
 * comma before a present form that is more often a plural noun, and a clause with its own subject
 * and verb follows at `k`: the form is the name's verb, "The Brill Herald reports Kolar's visit
 * was cut short". (After a preposition the name is an object: "After the Orsk attacks Kolar spoke".)
 */
function namedReportAt(ctx: Context, np: NounPhrase, k: number, end: number, first: number): boolean {
  const head = ctx.tokens[np.last];
  if (np.first !== first && ctx.tokens[np.first - 1]?.text !== ',') return false;
  return np.kind === 'name' && head !== undefined && isCapitalised(head) && !isPossessiveToken(head) && DETERMINERS.has(ctx.tokens[np.first]?.norm ?? '') && mainClauseAt(ctx, k, end);
}

/**
 * Words after which those forms are verbs when a subject stands before them ("the union
 * estimates that 900 members left": a gold statement in 3 of 4 uses of "estimates that" on
 * polnear-train).
 */
const VERBAL_AFTER: ReadonlyMap<string, readonly string[]> = new Map([
  ['plans', ['to']], ['hopes', ['to', 'that']], ['vows', ['to', 'that']], ['pledges', ['to']], ['promises', ['to', 'that']], ['claims', ['that']],
  ['reports', ['that']], ['fears', ['that']], ['calls', ['on', 'for']], ['demands', ['that']], ['warns', ['that']],
  ['states', ['that']], ['estimates', ['that']], ['votes', ['to']], ['charges', ['that']],
]);

/**
 * Whether the "that" at `k` is a relative pronoun, a finite verb straight after it: "the charges
 * that might have arisen", "the claims that were made" (the noun's relative clause, not a verb's
 * complement).
 */
function relativeThatAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === 'that' && FINITE_VERBS.has(tokens[k + 1]?.norm ?? '');
}

/**
 * The head of `np`: the noun before a reduced relative with "by" in it ("a lawsuit | filed by
 * two workers", "a memo | signed by the growers"), which the phrase's last noun only modifies; else
 * its last token.
 */
function headBeforeReducedRelative(tokens: readonly Token[], np: NounPhrase): Token | undefined {
  for (let k = np.first + 1; k < np.last - 1; k++) {
    if (plainParticiple(tokens[k]) && tokens[k + 1]?.norm === 'by') return tokens[k - 1];
  }
  return tokens[np.last];
}

/** How far back from a phrase after a preposition the agent's "by" may stand: "posted by | the city's paper | to ...". */
const AGENT_REACH = 6;

/** Whether a punctuation token stands among tokens [from, to). */
function punctuationIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j]?.kind === 'punct') return true;
  return false;
}

/**
 * Whether `t` is a lower-case past participle that may open a reduced relative: a word in -ed or
 * one of {@link IRREGULAR_PARTICIPLES} ("filed", "sent", "written").
 */
function plainParticiple(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !isCapitalised(t) && (t.norm.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.norm));
}

/** Whether `head` is a lower-case singular noun that is no possessive: "lawsuit", not "workers" or "Lind". */
function singularCommonHead(head: Token | undefined): boolean {
  return head !== undefined && !isCapitalised(head) && !hasPluralEnding(head.norm) && !isPossessiveToken(head);
}

/**
 * Prepositions that open a participle's place, party or agent in a reduced relative: "filed in
 * court", "filed against the city", "sent to staff", "circulated among members", "released
 * Tuesday by the auditor", "posted on the website", "posted at the gate", and the places where
 * people were met by a reporter: "workers interviewed outside the plant", "fans questioned near
 * the stadium", "voters polled across the county". (Not "from": in "claims culled from a list"
 * the list is where things came from, no place where people were met.)
 */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'against', 'with', 'before', 'to', 'among', 'by', 'on', 'at', 'outside', 'near', 'inside', 'across', 'around']);

/** Adjectives that stand before a plural noun of people in one phrase: "the top officials", "some senior aides". */
const ATTRIBUTIVE_ADJECTIVES: ReadonlySet<string> = new Set([
  'new', 'top', 'senior', 'junior', 'local', 'foreign', 'former', 'other', 'many', 'some', 'few', 'several', 'most', 'young',
  'old', 'older', 'veteran', 'key', 'leading', 'independent', 'outside', 'federal', 'state', 'city', 'party', 'union', 'white',
  'black', 'political', 'military', 'western', 'european', 'american', 'regional', 'rival', 'fellow', 'prominent', 'unnamed',
]);

/** Personal pronouns that open a clause as its subject: "Lind claims he was misled". */
const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** Forms of "be" that make a progressive ("is calling for"). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** Participles of telling whose passive subject is the one told: "were told that", "was warned by the agency that". */
const TOLD_PARTICIPLES: ReadonlySet<string> = new Set(['told', 'informed', 'assured', 'reassured', 'warned', 'reminded', 'advised', 'notified']);

/** How many words of an adjunct may stand between a passive of telling and its "that": "were told in an email last week that". */
const TOLD_ADJUNCT_WINDOW = 8;

/** Words that open such an adjunct: a preposition of time, place or medium, or an adverb of time. */
const TOLD_ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'via', 'through', 'during', 'over', 'last', 'earlier', 'just', 'repeatedly', 'recently', 'privately', 'later', 'only']);

/**
 * Cues whose passive with "by" names a cause or a decider, not a source ("the race was decided by
 * a runoff", "the drop is explained by the rules"): 0 of 8 right on polnear-train.
 */
const PASSIVE_CAUSE_LEMMAS: ReadonlySet<string> = new Set(['decide', 'explain', 'add', 'continue']);

/** Prepositions between a document and a participle that reports it, opening its addressee, medium, channel or where it appeared: "a letter to Congress saying", "a statement on Facebook saying", "an essay in the Courier arguing". */
const DOCUMENT_LINKS: ReadonlySet<string> = new Set(['to', 'on', 'through', 'via', 'in']);

/** Whether a phrase starting at `first` follows a document and a preposition of {@link DOCUMENT_LINKS}: "a statement on | Facebook". */
function documentLinkAt(tokens: readonly Token[], first: number): boolean {
  return DOCUMENT_LINKS.has(tokens[first - 1]?.norm ?? '') && DOCUMENT_NOUNS.has(tokens[first - 2]?.norm ?? '');
}

/** Prepositions after an object cue that say what the object is charged or praised with: "accused Kell of fraud", "blamed her for the loss". */
const CHARGE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'with']);

/** How many words a participle's aside may run before the comma that closes it. */
const PARTICIPLE_ASIDE_WINDOW = 8;

/**
 * Whether the words from `from`, after a past participle that a comma set off, open in lower case
 * and close with a comma before a finite verb within a few words, holding none of their own
 * ("..., expected next year, could differ"): the participle's phrase is an aside inside a clause
 * that goes on.
 */
function participleAsideAt(ctx: Context, from: number, end: number): boolean {
  const { tokens } = ctx;
  // ("The levy, said Mora, will fail": a name or a pronoun after the verb is its inverted subject.)
  const lead = tokens[from];
  if (lead === undefined || lead.kind !== 'word' || isCapitalised(lead) || pronounOf(lead) !== undefined) return false;
  for (let k = from; k < end && k < from + PARTICIPLE_ASIDE_WINDOW; k++) {
    const t = tokens[k];
    if (t === undefined || ctx.opens[k] === 1 || FINITE_VERBS.has(t.norm)) return false;
    if (t.text === ',') return k > from && FINITE_VERBS.has(tokens[k + 1]?.norm ?? '');
  }
  return false;
}

/** Documents that speak for their author: "issued a statement saying ...". */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'letter', 'message', 'memo', 'tweet', 'tweets', 'post', 'email', 'release', 'note', 'video', 'ad',
  'advertisement', 'op-ed', 'column', 'editorial', 'petition', 'petitions', 'filing', 'motion', 'lawsuit', 'complaint', 'speech',
  'paper', 'report', 'conference', 'briefing', 'resolution', 'proclamation', 'declaration', 'announcement', 'article',
  'essay', 'story', 'piece', 'blog', 'interview', 'book', 'memoir', 'speeches', 'remarks', 'testimony', 'filing',
  // "fired back a response saying ...", "carried signs saying “...”", "ran ads calling the deal a
  // mistake": replies, signs and more ads speak too (on polnear-train 7 of 9 such uses are gold).
  'response', 'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'cover', 'ads', 'emails',
  // "wrote a dissent arguing ...", "filed a brief saying ...", "issued an order telling ...": the
  // papers of courts and litigants too.
  'dissent', 'opinion', 'ruling', 'brief', 'order',
]);
/** Signs and banners: one named with a determiner speaks for itself ("held up a sign saying “...”"). */
const DISPLAY_NOUNS: ReadonlySet<string> = new Set(['sign', 'signs', 'banner', 'banners', 'placard', 'placards']);
/** Participles of carrying a display, whose subject speaks through it: "carrying signs reading ...". */
const CARRYING_PARTICIPLES: ReadonlySet<string> = new Set(['carrying', 'holding', 'waving', 'bearing', 'brandishing', 'raising', 'hoisting']);

/**
 * Words that can stand before a subject without ending a noun phrase that a relative clause
 * without "that" could modify: conjunctions ("and they want to ..."), and nouns of manner and time
 * that make an adjunct ("in some ways the mill hopes to ...", "this time he plans to ...").
 */
const CONTACT_NON_HEADS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', 'than', 'way', 'ways', 'time', 'times']);

/**
 * Prepositions that take an argument rather than open an adjunct, so that the head of a relative
 * clause without "that" may follow them: "prepared for a strike it expects to end", "more than
 * the sum it expects to collect".
 */
const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'than', 'to', 'about', 'like', 'against']);

/** Finite forms of "do" that carry a predicate of their own after "but": "but did not say". */
const DO_SUPPORT: ReadonlySet<string> = new Set(['did', 'does', "didn't", "doesn't"]);
/** Finite forms of be, have, do and the modals: a clause has begun where one stands. */
const FINITE_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does',
  'did', 'do', "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't",
  "shouldn't", "doesn't", "didn't", "don't",
]);

/**
 * Finite verbs after "it" that open a clause, never a relative clause on a noun before "it":
 * "said in a statement it would strike", "it was reviewing"; not "it had issued", "it did".
 */
const IT_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', "isn't", "wasn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't",
]);

/** Words after a subject that go on with it rather than open its predicate: "a sign and a banner", "a sign in red". */
const SUBJECT_CONTINUERS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but', 'as', 'with', 'that', 'which', 'who']);

/**
 * Whether `t`, straight after a subject, opens its predicate: a lower-case word that is no
 * preposition, determiner, conjunction or relative pronoun ("were", "hung", "also flew").
 */
function predicateAt(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !isCapitalised(t) && !NP_PREPOSITIONS.has(t.norm) && !DETERMINERS.has(t.norm) && !SUBJECT_CONTINUERS.has(t.norm);
}

/**
 * "said that was unfair", "says that won't happen": "that" straight before a finite verb is the
 * clause's demonstrative subject, not the conjunction, and belongs to what was said.
 */
function demonstrativeThat(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.norm ?? '';
  return FINITE_VERBS.has(next) && next !== 'are' && next !== 'were' && next !== 'have' && next !== 'do';
}

/** Intentions whose infinitive may have its own subject: "wants voters to know". */
const INFINITIVE_SUBJECT_VERBS: ReadonlySet<string> = new Set(['want', 'expect', 'prefer', 'wish']);

/** Words that open an adjunct after a cue: "said on Tuesday", "told reporters after the meeting". */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'to', 'with', 'from', 'via', 'by', 'for', 'of', 'last', 'this', 'earlier',
  'later', 'yesterday', 'today', 'tonight', 'recently', 'previously', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'when', 'while', 'as', 'outside', 'inside', 'afterward', 'afterwards', 'then', 'again',
  'repeatedly', 'privately', 'publicly', 'twice', 'once', 'told', 'over', 'through', 'near', 'aboard', 'onstage', 'about',
  'just', 'shortly', 'late', 'early', 'soon', 'here', 'upon', 'without', 'amid', 'under', 'across',
]);

/** Words that may lead a fronted subordinate clause: "Not long after ...", "Shortly before ...". */
const FRONTED_CLAUSE_LEADS: ReadonlySet<string> = new Set(['not', 'long', 'shortly', 'soon', 'just', 'only', 'even', 'right']);

/** Works whose title may follow them after a comma: "in his memoir, “River Days.”" */
const TITLED_WORKS: ReadonlySet<string> = new Set([
  'book', 'memoir', 'memoirs', 'autobiography', 'biography', 'novel', 'column', 'essay', 'article', 'film', 'documentary',
  'movie', 'song', 'album', 'poem', 'play', 'podcast',
]);

/** Lower-case words a title keeps in lower case: "The Art of the Deal". */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'for', 'to', 'at', 'by', 'with', 'from', 'as']);

/** How many words a quoted title may have. */
const TITLE_WORDS = 8;

/** Words besides prepositions that open an adjunct of time before a sentence's subject: "Since then, ...". */
const BARE_ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['since', 'following', 'each', 'every']);

/** Determiners that open a common noun phrase as the object of a verb: "called the fine unfair". */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our']);

/**
 * Whether an object pronoun, or a determiner and a lower-case word, opens at `k`: the object of a
 * verb ("called it a sham", "called the fine unfair") rather than a name given to something ("a
 * contest called the Dock Prize", "a firm called Arden").
 */
function commonObjectAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word') return false;
  if (isObjectPronoun(t) && t.norm !== 'her') return true;
  const next = tokens[k + 1];
  return OBJECT_DETERMINERS.has(t.norm) && next !== undefined && next.kind === 'word' && !isCapitalised(next);
}

/** Prepositions whose object a phrase before "called" may be ("joined a firm called ..."). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'with', 'for', 'at', 'by', 'from', 'on', 'into', 'about', 'against']);

/**
 * Simple pasts of common verbs that do not end in "-ed" ("cut", "sold", "took"): after "and" in
 * a verbless stretch following a past cue, with an object after them, they are the subject's
 * next act ("reported a loss and cut its forecast").
 */
const NEXT_ACT_PASTS: ReadonlySet<string> = new Set([
  'cut', 'set', 'put', 'hit', 'made', 'sent', 'held', 'kept', 'found', 'brought', 'led', 'won', 'spent', 'lost', 'took',
  'gave', 'sold', 'bought', 'began', 'left', 'paid', 'met', 'sought', 'struck', 'built', 'chose', 'drew', 'ran', 'became',
]);

/**
 * Words that cannot open the object of a cue: prepositions and particles ("called for", "backed
 * down"); "like" compares and names nothing said ("in forecasts like the last one": "forecasts"
 * is a noun there, not a verb with an object).
 */
const OBJECT_BLOCKERS: ReadonlySet<string> = new Set([
  'about', 'of', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'into', 'after', 'before', 'during', 'as', 'over', 'up', 'out',
  'back', 'down', 'off', 'around', 'away', 'like',
]);
/** Words that cannot open a complement clause without "that". */
// ("knew little about farming", "felt well", "testified before the council", "felt like a guest": a
// degree word or a preposition after the cue opens no clause; the last six picked by precision on
// polnear-train, where contents starting with them were right about 1 time in 25.)
const CLAUSE_BLOCKERS: ReadonlySet<string> = new Set([
  'about', 'of', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'to', 'as', 'so', 'too', 'very', 'not', 'no', 'and', 'but', 'or',
  'up', 'out', 'back', 'goodbye', 'hello', 'yes', 'thanks', 'before', 'after', 'like', 'well', 'little', 'more',
]);

/** Signs of money before a number: "$1 trillion". */
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);

/** One-word answers that stand for a whole statement: "said yes", "said so". */
const ANSWERS: ReadonlySet<string> = new Set(['yes', 'no', 'so']);
/** Cues that take a one-word answer. */
const ANSWER_CUES: ReadonlySet<string> = new Set(['say', 'answer', 'reply', 'respond']);
/** Words after a one-word answer that show it is complete: punctuation, or a new clause or adjunct. */
const AFTER_ANSWER: ReadonlySet<string> = new Set(['in', 'on', 'at', 'when', 'after', 'before', 'while', 'but', 'and', 'compared']);

function isAnswerEnd(t: Token | undefined): boolean {
  return t === undefined || (t.kind === 'punct' && t.text !== "'" && t.text !== '-') || AFTER_ANSWER.has(t.norm);
}

/** Words that make "at" bound a number: "at least 42", "at most two". */
const BOUND_WORDS: ReadonlySet<string> = new Set(['least', 'most']);

/** Quantity words of an equative bound on a number: "as many as 300", "as much as half". */
const EQUATIVE_QUANTITIES: ReadonlySet<string> = new Set(['many', 'much', 'few', 'little']);

/**
 * Whether "at least" or "at most" and a number open a phrase at `k`: "at least 42 civilians".
 * ("as many as 300 families", "as few as ten": an equative of quantity before a number bounds
 * it as "at least" does, so "as" there opens a noun phrase, not an adverbial clause.)
 * ("up to 40 homes": so does "up to", which is then no particle.)
 */
function boundedNumberAt(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k]?.norm;
  const equative = first === 'as' && EQUATIVE_QUANTITIES.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'as';
  const count = tokens[equative ? k + 3 : k + 2];
  if (count === undefined || !(count.kind === 'number' || COUNT_WORDS.has(count.norm))) return false;
  return equative || (first === 'at' && BOUND_WORDS.has(tokens[k + 1]?.norm ?? '')) || (first === 'up' && tokens[k + 1]?.norm === 'to');
}

/** Words that make a number approximate: "about half", "nearly 40 percent". */
/** How many tokens after a comma names in apposition to a subject may take: ", Ana Lind and Tom Reyes,". */
const NAMES_APPOSITIVE_REACH = 10;

/** How many tokens after "view" are read for the "as", "with" or adverb that makes it a view held. */
const VIEW_REACH = 16;

/** Words that may hedge a count after a participle: "shared | more than | 4,000 times", "viewed | nearly | 2 million times". */
const COUNT_HEDGES: ReadonlySet<string> = new Set(['more', 'fewer', 'less', 'than', 'over', 'under', 'at', 'least', 'some', 'about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'just']);

const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'only', 'just']);
/** Number words that can head a subject: "half of them", "two in three". */
const COUNT_WORDS: ReadonlySet<string> = new Set(['half', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'all', 'most']);

/**
 * An approximating word before a numeral ("about 2,000", "around two thousand"): it opens a
 * noun phrase, so "about" and "around" so placed are no prepositions opening an adjunct.
 * ("thought about a third option", "spoke about two issues": before an article or a bare number
 * word they may still be prepositions.)
 */
function approximateNumeralAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined || !APPROXIMATORS.has(tokens[k]?.norm ?? '')) return false;
  return next.kind === 'number' || (NUMBER_WORDS.has(next.norm) && COUNT_NOUNS.has(tokens[k + 2]?.norm ?? ''));
}

/** A lower-case word that can open a verb phrase: not a determiner, pronoun or preposition. */
function startsVerbPhrase(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || isCapitalised(t)) return false;
  return !DETERMINERS.has(t.norm) && !SUBJECT_PRONOUNS.has(t.norm) && !isObjectPronoun(t) && !OBJECT_BLOCKERS.has(t.norm) && t.norm !== 'to';
}

/** Cues whose object is an attitude ("expressed concern", "voiced support"). */
const ATTITUDE_CARRIERS: ReadonlySet<string> = new Set(['express', 'voice']);
/** Words that join a noun of attitude to what it is about. */
const ATTITUDE_LINKS: ReadonlySet<string> = new Set(['that', 'about', 'over', 'with', 'at', 'for', 'in']);

/** A word's part in the scan: the lexicon's forms that start with it and its `TRIGGER_` bits. */
interface WordEntry {
  readonly forms: readonly CueForm[] | undefined;
  readonly triggers: number;
  /** The first one-word form of `forms`, the match when no longer form does. */
  readonly single: CueForm | undefined;
  /** The longer forms of `forms` by their second word, each list in lexicon order (undefined when there are none). */
  readonly bySecond: ReadonlyMap<string, readonly CueForm[]> | undefined;
}

/** The entry of a word that is neither a cue nor a trigger: most words. */
const NO_ENTRY: WordEntry = { forms: undefined, triggers: 0, single: undefined, bySecond: undefined };

/** The entry of a word with the lexicon's `forms` (longer forms first) and `TRIGGER_` bits `triggers`. */
function wordEntry(forms: readonly CueForm[] | undefined, triggers: number): WordEntry {
  if (forms === undefined) return { forms, triggers, single: undefined, bySecond: undefined };
  let bySecond: Map<string, CueForm[]> | undefined;
  for (const form of forms) {
    const second = form.words[1];
    if (second === undefined) continue;
    bySecond ??= new Map();
    const list = bySecond.get(second);
    if (list === undefined) bySecond.set(second, [form]);
    else list.push(form);
  }
  return { forms, triggers, single: forms.find((form) => form.words.length === 1), bySecond };
}

/**
 * The lexicon's first words and the `RUN_TRIGGERS` words in one map, behind one {@link WordFilter}:
 * a word costs one filter test and at most one look-up, whether it is a cue, a trigger or both.
 */
interface WordTable {
  readonly filter: WordFilter;
  readonly entries: ReadonlyMap<string, WordEntry>;
}

/** The {@link WordTable} of each compiled lexicon, built once per lexicon. */
const WORD_TABLES = new WeakMap<CompiledCueLexicon, WordTable>();

function wordTableOf(lexicon: CompiledCueLexicon): WordTable {
  let table = WORD_TABLES.get(lexicon);
  if (table === undefined) {
    const entries = new Map<string, WordEntry>();
    for (const [word, forms] of lexicon) entries.set(word, wordEntry(forms, RUN_TRIGGERS.get(word) ?? 0));
    for (const [word, triggers] of RUN_TRIGGERS) if (!entries.has(word)) entries.set(word, wordEntry(undefined, triggers));
    table = { filter: wordFilter(entries.keys()), entries };
    WORD_TABLES.set(lexicon, table);
  }
  return table;
}

/** The {@link WordEntry} of token `i` ({@link NO_ENTRY} for all but words). */
function wordEntryAt(ctx: Context, i: number): WordEntry {
  const t = ctx.tokens[i];
  return t === undefined || t.kind !== 'word' ? NO_ENTRY : wordEntryOf(ctx, t);
}

/** The {@link WordEntry} of a word: one filter test, and a look-up only for words it lets through. */
function wordEntryOf(ctx: Context, word: Token): WordEntry {
  return mayHaveNorm(ctx.words.filter, word, ctx.text) ? (ctx.words.entries.get(word.norm) ?? NO_ENTRY) : NO_ENTRY;
}

/** Words after "too" that make an approximate count: "too many". */
const TOO_QUANTITIES: ReadonlySet<string> = new Set(['many', 'much', 'few']);

/** Words after ", but" that go on with the same subject: "..., but not for long". */
const SAME_SUBJECT_AFTER_BUT: ReadonlySet<string> = new Set(['because', 'rather', 'instead', 'also', 'not', 'for', 'to']);

/** Adverbs on when or how often a thing was said: "said yesterday", "said privately". */
const SAYING_TIME_ADVERBS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'recently', 'again', 'repeatedly', 'privately', 'publicly']);

/** Connectives that may open a sentence before its subject: "But Kell said". */
const LEADING_CONNECTIVES: ReadonlySet<string> = new Set(['yet', 'but', 'and', 'still', 'so', 'then']);

/** Forms of the verbs that take an object and a bare infinitive: "made it appear", "let them seem". */
const CAUSATIVES: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making', 'let', 'lets', 'letting']);

/** Words after a seem verb that make it a verb of appearing, not of impression: "appeared on stage". */
const SEEM_SETTING_WORDS: ReadonlySet<string> = new Set([
  'on', 'at', 'in', 'with', 'before', 'alongside', 'onstage', 'together', 'and', 'or', 'but', 'of', 'from', 'for', 'by',
  // ("appeared briefly outside the command post", "appeared during the hearing": a place or a time of appearing.)
  'outside', 'inside', 'near', 'behind', 'during', 'via',
]);

/** Pronouns that stand for a thing, not a speaker. */
const IMPERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['it', 'that', 'which']);

/** Words that date a poll or a report after its noun: "a poll out Monday". */
const EVIDENCE_RELEASE_WORDS: ReadonlySet<string> = new Set(['out', 'released', 'published', 'conducted']);

/** Adverbs set between commas beside a subject: "he, once again, pledged". */
const ASIDE_ADVERBS: ReadonlySet<string> = new Set(['again', 'however', 'course', 'of', 'too', 'though', 'instead', 'meanwhile', 'moreover', 'indeed']);

/**
 * Passive participles of perception, or of a recording that lets others perceive, before a
 * participle cue: "was heard saying", "is seen telling", "was recorded telling", "was caught saying".
 */
const PASSIVE_PERCEPTIONS: ReadonlySet<string> = new Set(['heard', 'seen', 'overheard', 'recorded', 'filmed', 'videotaped', 'taped', 'caught']);

/**
 * Verbs of perception, which take an object and a bare infinitive: "heard Lind say", "saw him
 * tell". The object is the subject of the infinitive.
 */
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(['hear', 'hears', 'heard', 'hearing', 'see', 'sees', 'saw', 'seen', 'seeing', 'watch', 'watches', 'watched', 'watching']);

/**
 * Verbs that show or perceive someone in the act, whose object is the subject of a participle of
 * saying after it: "The video shows Lind saying ...", "cameras caught him telling aides ...",
 * "neighbours heard Kell shouting that ...". The recording or the witness only shows the statement.
 */
const DEPICTING_VERBS: ReadonlySet<string> = new Set([
  'show', 'shows', 'showed', 'shown', 'showing', 'capture', 'captures', 'captured', 'capturing', 'catch', 'catches', 'caught', 'catching',
  'feature', 'features', 'featured', 'featuring', 'depict', 'depicts', 'depicted', 'depicting', 'record', 'records', 'recorded', 'film', 'films',
  'filmed', 'overheard', 'hear', 'hears', 'heard', 'see', 'sees', 'saw', 'watch', 'watches', 'watched',
]);

/**
 * Bare forms in {@link DEPICTING_VERBS} that are also nouns, which may stand before a name as its
 * title: "the TV show Lantern" (a form in -s before a name is far more often the verb: "the clip
 * shows Lind").
 */
const DEPICTING_NOUNS: ReadonlySet<string> = new Set(['show', 'capture', 'catch', 'feature', 'record', 'film', 'watch']);

/** Pictures, which "tell" a story or "say" something only as a figure of speech: "featured photos telling “...”". */
const PICTURE_NOUNS: ReadonlySet<string> = new Set([
  'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'scene', 'scenes', 'shot', 'shots', 'drawing', 'drawings',
  'cartoon', 'cartoons', 'slide', 'slides',
]);

/** Lemmas of cues that may instead depict a statement made by their object ("shows Lind saying ..."). */
const DEPICTING_CUE_LEMMAS: ReadonlySet<string> = new Set(['show', 'hear', 'see']);

/** Pronouns a verb in its base form agrees with: "they say", "who say". */
const BASE_FORM_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'they', 'you', 'who']);

/** Auxiliaries and adverbs that may stand before a place or time inside a verb group. */
const AUXILIARIES_BEFORE_PLACE: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'may', 'might', 'could']);

/** Words that open an aside between commas beside a speaker: "who backs Cruz", "including Trump". */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'where', 'now', 'then', 'once', 'like', 'unlike', 'including', 'among', 'speaking', 'writing', 'citing', 'also', 'himself', 'herself', 'themselves']);

/** Prepositions that open an aside between commas beside a speaker: "during the debate". */
const ASIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'after', 'before', 'despite', 'as', 'at', 'by', 'through', 'under', 'amid', 'following', 'according']);

/**
 * Words that open an adjunct of the saying between commas after a speaker, not an appositive
 * ("Kolar, speaking in Brill, said"); "of", "from", "as" and "including" say who the speaker is.
 */
const SPEAKER_ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'despite', 'through', 'under', 'amid', 'following', 'according', 'with', 'speaking', 'writing', 'citing', 'without', 'for', 'like', 'unlike', 'by', 'as']);

/** Words that end the source after "by": "by his rivals for failing ...". */
const BY_SOURCE_ENDS: ReadonlySet<string> = new Set(['for', 'over', 'after', 'because', 'during', 'since', 'as']);

/** Words that open a time phrase after a noun: "by the ministry late Saturday", "early on Monday". */
const TIME_LEADS: ReadonlySet<string> = new Set(['late', 'early', 'earlier', 'later']);

/**
 * `np` without a last word that opens a time phrase ("the ministry late | Saturday"): after a noun
 * "late" or "early" times the act and is no part of the one named.
 */
function trimTimeLead(tokens: readonly Token[], np: NounPhrase | undefined): NounPhrase | undefined {
  if (np === undefined || np.last <= np.first || (np.name?.last ?? -1) >= np.last || !TIME_LEADS.has(tokens[np.last]?.norm ?? '')) return np;
  return { ...np, last: np.last - 1 };
}

/**
 * Whether a floating quantifier at `i` heads a plural noun instead ("said all staffers sign forms",
 * "said both parties agree"): before a plural it is a determiner of the subject, not an adverb of
 * the cue as in "said it all" or "both said".
 */
function quantifiedPluralAt(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i + 1];
  return FLOATING_QUANTIFIERS.has(tokens[i]?.norm ?? '') && noun !== undefined && noun.kind === 'word' && !isCapitalised(noun) && hasPluralEnding(noun.norm);
}

/**
 * Whether a name starts at `i`, capitalised or after a few lower-case words of its title ("former
 * Gov. Ana Ruiz", "embattled President Tom Lind", "presidential candidate Eve Park").
 */
function titledNameAt(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < i + 4; j++) {
    const t = tokens[j];
    if (t === undefined || t.kind !== 'word') return false;
    if (isCapitalised(t)) return true;
    if (DETERMINERS.has(t.norm) || NP_PREPOSITIONS.has(t.norm) || COMMON_VERBS.has(t.norm) || FINITE_VERBS.has(t.norm) || t.norm === 'and' || t.norm === 'or' || isModifier(t)) return false;
  }
  return false;
}

/** Words that open an object or a manner after "say", not a statement: "said little". */
const SAY_OBJECT_LEADS: ReadonlySet<string> = new Set(['it', 'this', 'little', 'much', 'without', 'into']);

/**
 * Irregular past forms that the verb lists leave out because they are as often nouns ("a shot",
 * "the sink"); straight after a subject "it" they can only be its verb: "said it shot down two drones".
 * Before a chained cue they are the verb whose subject that cue shares: "Rask shook her head and said".
 */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set([
  'shot', 'sank', 'drove', 'rode', 'dug', 'shook', 'hid', 'froze', 'forgot', 'stuck', 'swung', 'hung', 'spun', 'slid',
  'sprang', 'sang', 'rang', 'drank', 'shrank', 'sped', 'slept', 'swept', 'wept', 'crept', 'dealt', 'bent', 'lit', 'bit',
  'ate', 'blew', 'bound', 'laid', 'lay', 'shed', 'spread', 'split', 'cost', 'hurt', 'cast', 'burst', 'upset', 'withdrew',
  'withheld', 'upheld', 'overthrew', 'overtook', 'undertook', 'underwent', 'overcame', 'overran', 'arose', 'forbade',
  'forgave', 'foresaw', 'mistook', 'misled', 'rebuilt', 'rewrote', 'retook', 'withstood', 'strove', 'shone',
]);

/**
 * Count nouns for a figure given, which cannot stand bare as a subject, so that "that" before
 * them and their verb is their determiner: "said that figure was low", "that estimate is old".
 */
const FIGURE_NOUNS: ReadonlySet<string> = new Set(['figure', 'number', 'estimate', 'tally', 'total', 'count', 'forecast', 'projection']);

/**
 * Whether the word at `k`, right after "that", is a singular noun of saying with its verb straight
 * after it, so that "that" is its determiner and points back to a statement: "that pledge is",
 * "that claim was", or a noun of a figure ("that estimate is"). (Not other nouns, which are as
 * often a bare subject: "that trade would follow".)
 */
function determinedByThat(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k + 1];
  if (verb === undefined || verb.kind !== 'word' || !(isThatNoun(tokens[k]) || FIGURE_NOUNS.has(tokens[k]?.norm ?? ''))) return false;
  return FINITE_VERBS.has(verb.norm) || COMMON_VERBS.has(verb.norm);
}

/**
 * Whether the noun at `k` after "that" stands alone, with nothing after it but the sentence's end or
 * a comma and a free participle ("denied that claim.", "confirmed that figure, adding ..."): with no
 * verb of its own the noun is no clause's subject, and "that" is its determiner.
 */
function thatNounAlone(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (TIME_PERIODS.has(tokens[k]?.norm ?? '')) return false;
  if (next === undefined) return true;
  if (next.text === '.' || next.text === ';') return true;
  const after = tokens[k + 2];
  return next.text === ',' && after !== undefined && after.kind === 'word' && !isCapitalised(after) && after.norm.length > 5 && after.norm.endsWith('ing');
}

/** Verbs of an amount before an infinitive: "it costs $5 to enter", "it takes a week to heal". */
const GAPPED_AMOUNT_VERBS: ReadonlySet<string> = new Set(['costs', 'cost', 'takes']);

/** Adverbs in -s that may follow an object "it": "said it sometimes", "said it perhaps too often". */
const S_ADVERBS: ReadonlySet<string> = new Set(['perhaps', 'sometimes', 'besides', 'across', 'always', 'afterwards', 'nowadays', 'regardless', 'nevertheless', 'thus', 'plus']);

/**
 * Whether "it" at `k` opens a clause, its verb straight after it: a present form in -s ("said it
 * holds the town", "said it costs too much") or an irregular past ("said it sank a patrol boat").
 * Else "it" after "say" is read as the object, "said it again", "said it best". So does "this"
 * before a form in -s, which no plural noun can follow ("said this costs too much"; "this shot"
 * may be a noun).
 */
function itPredicateAt(tokens: readonly Token[], k: number): boolean {
  const subject = tokens[k]?.norm;
  if (subject !== 'it' && subject !== 'this') return false;
  const verb = tokens[k + 1];
  // (A headline capitalises the verb too: "Velmar Says It Shot Down 14 Drones".)
  if (verb === undefined || verb.kind !== 'word') return false;
  const n = verb.norm;
  // ("twice the $4 the growers say it costs to dock here": with "to" straight after "it
  // costs" or "it takes", the amount is gapped, and the clause is a relative one on it.)
  if (tokens[k + 2]?.norm === 'to' && GAPPED_AMOUNT_VERBS.has(n)) return false;
  if (IRREGULAR_PASTS.has(n)) return subject === 'it';
  return presentInS(n);
}

/** Whether a word in -s after a subject is its verb ("hurts", "holds"), not an adverb, a preposition or a clause's opener ("perhaps", "across", "unless"). */
function presentInS(n: string): boolean {
  return hasPluralEnding(n) && !S_ADVERBS.has(n) && !CLAUSE_OPENERS.has(n) && !VERB_MODIFIERS.has(n) && !NP_PREPOSITIONS.has(n);
}

/**
 * Whether a short clause [start, stop) opens with a subject phrase whose singular head has its verb
 * straight after it: a form in -s before its object ("argued the levy hurts farmers", "insisted
 * Velmar holds the town") or an irregular past ("claimed the army sank the boat"). (A plural head
 * before a form in -s makes a compound, "the tax cuts", and so does a singular one before "and":
 * "admitted the repair costs and closed two ferries".)
 */
function nounPredicateAt(tokens: readonly Token[], start: number, stop: number): boolean {
  const lead = tokens[start];
  if (lead === undefined || lead.kind !== 'word' || !(DETERMINERS.has(lead.norm) || isCapitalised(lead))) return false;
  for (let k = start + 1; k < stop && k <= start + 4; k++) {
    const t = tokens[k];
    const head = tokens[k - 1];
    if (t === undefined || head === undefined || t.kind !== 'word' || head.kind !== 'word') return false;
    if (isCapitalised(t) || DETERMINERS.has(head.norm) || hasPluralEnding(head.norm) || CLAUSE_OPENERS.has(head.norm)) continue;
    // (Something must follow it: "announced the flu shot" names a thing.)
    if (IRREGULAR_PASTS.has(t.norm)) return k + 1 < stop;
    const object = tokens[k + 1];
    if (presentInS(t.norm)) return k + 1 < stop && object !== undefined && (object.kind === 'number' || (object.kind === 'word' && object.norm !== 'and' && object.norm !== 'or' && !CLAUSE_OPENERS.has(object.norm) && !NP_PREPOSITIONS.has(object.norm)));
  }
  return false;
}

/**
 * Whether "and" or "but" at `i` joins a second verb of saying in the past to the attribution before
 * it: "The dam will hold, she said, but added that ...", "..., he said, and warned that ...". The
 * words after are another statement of the speaker's, not more of the content before.
 */
function chainedCueAt(ctx: Context, i: number, end: number): boolean {
  const norm = ctx.tokens[i]?.norm;
  return (norm === 'and' || norm === 'but') && matchCue(ctx, i + 1, end)?.form.tense === 'past';
}

/** Words after a comma that open a relative clause or a participle, not a new subject. */
const RESUMPTION_BLOCKERS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'where', 'adding', 'saying']);

/**
 * The index of the first token at or after `from` whose `edge` (its start or its end) is at or
 * after `offset`, for a `from` before which every token's is before it (token starts and ends
 * both increase along the text). The search gallops from `from`: quotations come in text order,
 * and one found near the last reads a few nearby tokens rather than a binary search's worth
 * spread over the document.
 */
function firstTokenAtOrAfter(tokens: readonly Token[], edge: 'start' | 'end', offset: number, from: number): number {
  let lo = from;
  let hi = from;
  for (let step = 1; hi < tokens.length && (tokens[hi] as Token)[edge] < offset; step *= 2) {
    lo = hi + 1;
    hi = lo + step;
  }
  hi = Math.min(hi, tokens.length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token)[edge] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first token at or after `from` that starts at or after `offset` (see {@link firstTokenAtOrAfter}). */
function firstTokenFrom(tokens: readonly Token[], offset: number, from = 0): number {
  return firstTokenAtOrAfter(tokens, 'start', offset, from);
}

/** The index of the first token at or after `from` that ends after `offset` (see {@link firstTokenAtOrAfter}). */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number, from: number): number {
  return firstTokenAtOrAfter(tokens, 'end', offset + 1, from);
}

function buildContext(doc: TextDocument, lexicon: CompiledCueLexicon): Context {
  const { tokens } = doc;
  const inQuote = new Uint8Array(tokens.length);
  const openerAt = new Map<number, Quotation>();
  const closerAt = new Map<number, Quotation>();
  const opens = new Uint8Array(tokens.length);
  const closes = new Uint8Array(tokens.length);
  // (Where the last opening mark was found: the next, later in the text, is searched for from there.)
  let lastOpen = 0;
  let lastOpenAt = 0;
  for (const q of doc.quotations) {
    if (q.depth !== 0) continue;
    const open = firstTokenFrom(tokens, q.open, q.open >= lastOpen ? lastOpenAt : 0);
    lastOpen = q.open;
    lastOpenAt = open;
    openerAt.set(open, q);
    if (open < tokens.length) opens[open] = 1;
    // (Every token up to the opening mark ends before the content does.)
    const i = firstTokenEndingAfter(tokens, q.contentEnd, Math.min(open + 1, tokens.length));
    if (i > open + 1) inQuote.fill(1, open + 1, i);
    if (i < tokens.length && (tokens[i]?.end ?? 0) === q.close) {
      closerAt.set(i, q);
      closes[i] = 1;
    }
  }
  const outer = doc.quotations.filter((q) => q.depth === 0);
  const paragraphFirst = new Int32Array(doc.paragraphs.length).fill(-1);
  const paragraphEnd = new Int32Array(doc.paragraphs.length);
  for (const sentence of doc.sentences) {
    if ((paragraphFirst[sentence.paragraph] ?? -1) < 0) paragraphFirst[sentence.paragraph] = sentence.firstToken;
    paragraphEnd[sentence.paragraph] = sentence.endToken;
  }
  return { text: doc.text, tokens, words: wordTableOf(lexicon), inQuote, openerAt, closerAt, opens, closes, outer, paragraphFirst, paragraphEnd, stops: new Map(), stopPool: { data: new Int32Array(Math.max(64, tokens.length)), used: 0 }, wordClass: new Int32Array(tokens.length).fill(-1) };
}

function matchCue(ctx: Context, i: number, end: number): CueMatch | undefined {
  const entry = wordEntryAt(ctx, i);
  return entry.forms === undefined ? undefined : matchForms(ctx, entry, i, end);
}

/**
 * The first of the lexicon's forms for the word at `i` (`entry.forms`) whose words follow from `i`
 * before `end`. Longer forms come first, so only those with the next word as their second are
 * tried, then the first one-word form ("made" has 60 forms, most of them two words or more).
 */
function matchForms(ctx: Context, entry: WordEntry, i: number, end: number): CueMatch | undefined {
  const second = entry.bySecond === undefined ? undefined : ctx.tokens[i + 1];
  const longer = second === undefined ? undefined : entry.bySecond?.get(second.norm);
  if (longer !== undefined) {
    for (const form of longer) {
      let ok = i + form.words.length <= end;
      for (let w = 2; ok && w < form.words.length; w++) ok = ctx.tokens[i + w]?.norm === form.words[w];
      if (ok) return { form, first: i, last: i + form.words.length - 1 };
    }
  }
  return entry.single !== undefined && i < end ? { form: entry.single, first: i, last: i } : undefined;
}

/** The prepositions of two-word cues besides "about" and "of" that a manner may part from their verb. */
const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set(['for', 'against', 'on', 'to', 'with', 'at']);

/**
 * A cue of two words whose verb a manner or a time separates from its preposition, as
 * `separatedAbout` reads "spoke highly of": "called repeatedly for a recount", "railed openly
 * against the levy", "apologized on Thursday for the outage".
 */
function separatedParticle(ctx: Context, forms: readonly CueForm[], i: number, end: number): CueMatch | undefined {
  const time = skipTimeAdjunct(ctx.tokens, i + 1, end);
  const at = time > i + 1 ? time : isModifierAt(ctx, i + 1) ? i + 2 : i + 1;
  const particle = ctx.tokens[at]?.norm ?? '';
  if (at === i + 1 || !SEPARABLE_PARTICLES.has(particle) || at + 1 >= end) return undefined;
  for (let k = i + 1; k < at; k++) if (ctx.inQuote[k] === 1) return undefined;
  for (const f of forms) if (f.words.length === 2 && f.words[1] === particle) return { form: f, first: i, last: at };
  return undefined;
}

/** How far "about" may stand from its verb in `separatedAbout`. */
const ABOUT_REACH = 7;

/** Prepositions that open a listener or a setting between a verb and "about": "talked to voters about". */
const ABOUT_GAP_OPENERS: ReadonlySet<string> = new Set(['to', 'with', 'at', 'on', 'in']);

/**
 * A cue of two words ending in "about" whose verb a listener, a setting or a manner separates from
 * "about": "talked to voters about the dam", "spoke at length about", "talked openly online about";
 * or ending in "of" after a manner: "spoke highly of". The cue then runs from the verb to the
 * preposition. `forms` are the lexicon's forms for the verb at `i`.
 */
function separatedAbout(ctx: Context, forms: readonly CueForm[], i: number, end: number): CueMatch | undefined {
  const { tokens } = ctx;
  const parted = separatedParticle(ctx, forms, i, end);
  if (parted !== undefined) return parted;
  const gap = tokens[i + 1];
  // "spoke highly of the mayor", "warned darkly of ...": an -ly manner before "of".
  const of = isModifierAt(ctx, i + 1) && tokens[i + 2]?.norm === 'of' && i + 3 < end;
  const second = of ? 'of' : 'about';
  let form: CueForm | undefined;
  // (The first such form: past forms come before participles.)
  for (const f of forms) {
    if (f.words.length === 2 && f.words[1] === second) {
      form = f;
      break;
    }
  }
  if (of && form !== undefined) return { form, first: i, last: i + 2 };
  if (form === undefined || gap === undefined || !(ABOUT_GAP_OPENERS.has(gap.norm) || isModifierAt(ctx, i + 1))) return undefined;
  for (let j = i + 2; j < end && j <= i + ABOUT_REACH; j++) {
    const t = tokens[j];
    if (t === undefined || ctx.inQuote[j] === 1 || t.kind === 'punct' || ctx.opens[j] === 1 || t.norm === 'that') return undefined;
    // ("the growers she talked to about the dam ...": a preposition right before "about" has lost
    // its object to a relative clause, or "about" is a number's, "talked to about 40 growers".)
    if (t.norm === 'about') return j + 1 < end && !(j === i + 2 && ABOUT_GAP_OPENERS.has(gap.norm)) ? { form, first: i, last: j } : undefined;
  }
  return undefined;
}

/** Verbs of asking whose listener may stand between them and "for": "asked the public for patience". */
const LISTENER_FOR_VERBS: ReadonlySet<string> = new Set(['ask for', 'press for']);

/** How many tokens the listener of {@link listenerFor} may hold. */
const LISTENER_FOR_REACH = 4;

/**
 * A cue of two words ending in "for" whose verb of asking has its listener before "for": "asked
 * the public for patience", "pressed the minister for answers", "asked them for help". The
 * listener is an object pronoun or a phrase headed by a name, a role, a group, people ("voters") or
 * "public"; the cue runs from the verb to "for", as "asked for" does, so the content is what is
 * asked for. `forms` are the lexicon's forms for the verb at `i`.
 */
function listenerFor(ctx: Context, forms: readonly CueForm[], i: number, end: number): CueMatch | undefined {
  const { tokens } = ctx;
  let form: CueForm | undefined;
  for (const f of forms) {
    if (f.words.length === 2 && f.words[1] === 'for' && LISTENER_FOR_VERBS.has(f.entry.lemma)) {
      form = f;
      break;
    }
  }
  if (form === undefined) return undefined;
  let at = i + 2;
  while (at < end && at <= i + LISTENER_FOR_REACH && tokens[at]?.norm !== 'for') at++;
  if (tokens[at]?.norm !== 'for' || at + 1 >= end || tokens[at + 1]?.kind !== 'word') return undefined;
  for (let k = i + 1; k <= at; k++) if (ctx.inQuote[k] === 1) return undefined;
  const first = tokens[i + 1];
  if (at === i + 2 && first !== undefined && isObjectPronoun(first)) return { form, first: i, last: at };
  const np = phraseStartingAt(tokens, i + 1, at);
  const head = np === undefined ? undefined : tokens[np.last];
  if (np === undefined || head === undefined || np.last !== at - 1) return undefined;
  return isCapitalised(head) || ROLE_WORDS.has(head.norm) || GROUP_HEADS.has(head.norm) || LISTENER_NOUNS.has(head.norm) || head.norm === 'public' || isPluralRole(head.norm) ? { form, first: i, last: at } : undefined;
}

/** Whether a negation stands right before the cue at `first`, or before an adverb there: "has not said", "hasn't yet said". */
function negatedCue(tokens: readonly Token[], first: number): boolean {
  return isNegation(tokens[first - 1]) || (isModifier(tokens[first - 1]) && isNegation(tokens[first - 2]));
}

/** "not", "never" or a contracted negation ("didn't"). */
function isNegation(token: Token | undefined): boolean {
  return token !== undefined && (token.norm === 'not' || token.norm === 'never' || token.norm.endsWith("n't"));
}

function isModifier(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  return VERB_MODIFIERS.has(token.norm) || isMannerAdverb(token);
}

/** Cue words that are as often nouns: "their views", "a safe bet", "TV shows", "his hopes". */
const NOUN_LIKE_CUES: ReadonlySet<string> = new Set(['view', 'views', 'bet', 'bets', 'show', 'shows', 'hope', 'hopes', 'fear', 'fears', 'worry', 'worries', 'charge', 'charges']);

/** Offences that make "charges" a noun: "jailed on espionage charges that ...", "a fraud charge". */
const CHARGE_KINDS: ReadonlySet<string> = new Set([
  'espionage', 'fraud', 'murder', 'corruption', 'bribery', 'terrorism', 'treason', 'assault', 'manslaughter', 'theft',
  'drug', 'drugs', 'weapons', 'firearms', 'conspiracy', 'misconduct', 'contempt', 'sedition', 'laundering', 'extortion',
  'perjury', 'smuggling', 'trafficking', 'racketeering', 'embezzlement', 'obstruction', 'kidnapping', 'spying', 'criminal',
]);

/** Kinds of broadcast that make "show" a noun: "TV show", "talk shows", "interview shows". */
const SHOW_KINDS: ReadonlySet<string> = new Set(['tv', 'television', 'talk', 'reality', 'radio', 'interview', 'cooking', 'variety', 'quiz', 'comedy', 'chat']);

/** Counting words that stand before a noun: "12 million views". */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion']);

/** Adjectives that make "a ... bet" or "a ... show" a noun phrase: "a safe bet", "a good show". */
const BET_ADJECTIVES: ReadonlySet<string> = new Set(['good', 'safe', 'sure', 'better', 'big', 'bad', 'fair']);

/**
 * Whether the cue word at `i`, one that doubles as a noun, heads a noun phrase after an
 * attributive word: a count ("12 million views"), a kind of broadcast ("TV shows"), a participle after a number ("300 animated
 * shows"), a superlative after a determiner or possessive
 * ("Ackman's biggest bet", "the greatest fear"), an adjective after "a" ("a safe bet"), or a word
 * after an adverb in -ly ("two starkly different views"): a subject and its verb have no such
 * word between them, so the phrase names a thing, not a speaker and a verb.
 */
function nounAfterAttributive(tokens: readonly Token[], i: number): boolean {
  const cue = tokens[i];
  const prev = tokens[i - 1];
  if (cue === undefined || prev === undefined || !NOUN_LIKE_CUES.has(cue.norm) || prev.kind === 'punct') return false;
  if (COUNT_NOUNS.has(prev.norm)) return true;
  // ("the reality TV show “The Lot”", "Sunday talk shows": a kind of broadcast before "show" makes
  // it the programme; "a clip from the match shows that ..." keeps a verb after a plain noun.)
  if ((cue.norm === 'show' || cue.norm === 'shows') && SHOW_KINDS.has(prev.norm)) return true;
  // ("jailed on espionage charges that his family calls absurd": an offence before "charges"
  // makes it the accusation, no verb; "Prosecutors charge that ..." keeps the verb.)
  if ((cue.norm === 'charge' || cue.norm === 'charges') && CHARGE_KINDS.has(prev.norm)) return true;
  if (prev.kind !== 'word' || isCapitalised(prev) || isModifier(prev)) return false;
  const before = tokens[i - 2];
  if (before === undefined) return false;
  if (before.kind === 'number' && prev.norm.endsWith('ed')) return true;
  if (prev.norm.endsWith('est') && prev.norm.length > 5 && (DETERMINERS.has(before.norm) || isPossessiveToken(before))) return true;
  if ((before.norm === 'a' || before.norm === 'an') && BET_ADJECTIVES.has(prev.norm)) return true;
  return isMannerAdverb(before);
}

/** A word in -ly of five letters or more, not capitalised: "sharply", "openly" (not "Kelly", not "family"). */
function isMannerAdverb(word: Token): boolean {
  return word.norm.endsWith('ly') && word.norm.length > 4 && !isCapitalised(word) && !NOUNS_IN_LY.has(word.norm) && !VERBS_IN_LY.has(word.norm);
}

function has(form: CueForm, frame: CueFrame): boolean {
  return form.entry.frames.includes(frame);
}

/** Whether the form is a cue only after its content ("..., she continued", "..., he repeated"). */
function onlyAfterContent(form: CueForm): boolean {
  return form.entry.frames.length === 1 && form.entry.frames[0] === 'postposed';
}

/** Finite forms can have a subject of their own; -ing forms and bare participles cannot. */
function isFinite(form: CueForm): boolean {
  return form.tense === 'past' || form.tense === 'present' || form.tense === 'base';
}

function phraseSpan(ctx: Context, phrase: NounPhrase, last = phrase.last): SpeakerPhrase {
  return { phrase, start: ctx.tokens[phrase.first]?.start ?? 0, end: ctx.tokens[last]?.end ?? 0 };
}

/**
 * The auxiliary that a subject pronoun carries in a contraction: "be" for "he's", "they're",
 * "I'm" ("'s" may also stand for "has"), "other" for "we've", "I'd", "she'll".
 */
function contractedAuxiliary(token: Token | undefined): 'be' | 'other' | undefined {
  if (token === undefined || token.kind !== 'word' || token.norm.indexOf("'") < 1) return undefined;
  const pronoun = pronounOf(token);
  if (pronoun === undefined || pronoun === token.norm) return undefined;
  const suffix = token.norm.charCodeAt(pronoun.length + 1);
  // 's', 'r', 'm'
  return suffix === 115 || suffix === 114 || suffix === 109 ? 'be' : 'other';
}

/** Cues of urging that are also verbs of moving something somewhere: "pushed the party to the left". */
const DIRECTION_VERBS: ReadonlySet<string> = new Set(['push', 'press', 'direct']);

/** Ordinals that name a place in a ranking: "to second place". */
const ORDINAL_PLACES: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'record']);

/** Whether `word`, right after "to", opens a noun phrase rather than an infinitive's verb: "to the left", "to second place", "to nearly $11 billion". */
function opensPhraseAfterTo(word: Token | undefined): boolean {
  if (word === undefined) return false;
  if (word.kind === 'number' || word.text === '$') return true;
  if (word.kind !== 'word') return false;
  return DETERMINERS.has(word.norm) || isCapitalised(word) || ORDINAL_PLACES.has(word.norm) || word.norm === 'nearly' || word.norm === 'about' || word.norm === 'more';
}

/** Index of the first token at or after `i` that is not a comma or colon before a quotation. */
function skipLeadIn(ctx: Context, i: number): number {
  // "Lind said 🚀 it was fine": a pictograph after the cue is decoration, not the content's start.
  if (isPictograph(ctx.tokens[i])) i++;
  const t = ctx.tokens[i];
  if (t !== undefined && (t.text === ',' || t.text === ':') && ctx.opens[i + 1] === 1) return i + 1;
  if (t !== undefined && t.text === ':') return i + 1;
  return i;
}

/** An emoji or a pictographic symbol: a character outside the basic plane, or a dingbat or symbol sign (U+2600 to U+27BF). */
function isPictograph(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'punct') return false;
  const c = t.text.charCodeAt(0);
  return (c >= 0xd800 && c <= 0xdbff) || (c >= 0x2600 && c <= 0x27bf);
}

/** A tally of votes: "5-4", "52-48". */
const TALLY = /^\d+-\d+$/;

/** Whether the token at `i` is a count of votes: a number, or a number written out ("five"). */
function voteCountAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && ((t.kind === 'number' && /^\d+$/.test(t.text)) || (t.kind === 'word' && SPELLED_NUMBER.test(t.norm)));
}

/**
 * The index just past a tally of votes that starts at `i`: "5-4", or two counts joined by "to"
 * ("5 to 4", "seven to two"); `i` itself when none starts there.
 */
function tallyEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t !== undefined && t.kind === 'number' && TALLY.test(t.text)) return i + 1;
  return voteCountAt(tokens, i) && tokens[i + 1]?.norm === 'to' && voteCountAt(tokens, i + 2) ? i + 3 : i;
}

/** Words that close the name of a broadcast: "the BBC's Today programme". */
const PROGRAMME_NOUNS: ReadonlySet<string> = new Set(['programme', 'program', 'show', 'podcast', 'broadcast', 'radio', 'television']);

/** Prepositions of an occasion of speaking: "in a statement", "during the hearing", "at a rally", "via email". */
const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'at', 'on', 'via', 'through']);
/** Subordinators that open a clause about the act of saying after a speaker's appositive: "said Ana Pike, a nurse, as she left". */
const SAYING_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'after', 'before', 'because', 'although', 'though']);

/**
 * Whether a preposition of an occasion stands among tokens `from` to `to` after a word that takes
 * no that-clause: "jurors | in | her opening statement", not "the assertion | in | the report".
 */
function occasionWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (OCCASION_PREPOSITIONS.has(tokens[k]?.norm ?? '') && !isThatNoun(tokens[k - 1])) return true;
  return false;
}

/**
 * Where what was told starts after the listener's phrase ends at `i`: past the rest of a
 * programme's name ("the BBC's | Today programme | the law ...", "NBC's | Meet the Press | that")
 * and past a place or time ("reporters | outside the court | that ...") up to a "that" or a colon
 * that no verb, "whether" or "if" precedes.
 */
function afterListener(ctx: Context, i: number, end: number): number {
  const { tokens } = ctx;
  const limit = Math.min(end, i + 10);
  for (let m = i; m < limit; m++) {
    const t = tokens[m];
    // ("asked Lind whether that would ...": "whether" or "if" opens the question itself, and a
    // "that" after it is its subject, no conjunction.)
    if (t === undefined || ctx.opens[m] === 1 || t.text === ',' || t.text === ';' || t.norm === 'whether' || t.norm === 'if') break;
    if ((t.norm === 'that' || t.text === ':') && m > i) return m;
    // ("reporters outside the hearing room that ...": a word in "-ing" after an article names a
    // thing there, no cue.)
    const nounModifier = t.norm.endsWith('ing') && ARTICLES.has(tokens[m - 1]?.norm ?? '');
    if (t.kind === 'word' && !isCapitalised(t) && (FINITE_VERBS.has(t.norm) || SUBJECT_PRONOUNS.has(t.norm) || (matchCue(ctx, m, end) !== undefined && !nounModifier) || t.norm.endsWith('ed'))) break;
  }
  let k = i;
  while (k < limit && tokens[k] !== undefined && isCapitalised(tokens[k] as Token)) k++;
  if (k < end && PROGRAMME_NOUNS.has(tokens[k]?.norm ?? '') && !isCapitalised(tokens[k] as Token)) return k + 1;
  return i;
}

/** Small words inside a title of capitalised words: "Face the Nation", "State of the Union". */
const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'and', 'with', 'in', 'on', 'to', 'for', 'at']);

/**
 * The index just past a quoted title that opens at `i` ("told “Morning Hour” that ..."): a
 * quotation of a few capitalised words (small joining words aside) followed by "that" or an
 * adjunct names a show or a paper, not what was said; else undefined.
 */
function quotedTitleEnd(ctx: Context, i: number, end: number): number | undefined {
  if (ctx.opens[i] !== 1) return undefined;
  const { tokens } = ctx;
  const limit = Math.min(end - 1, i + 8);
  for (let k = i + 1; k < limit; k++) {
    if (ctx.closes[k] === 1) {
      const next = tokens[k + 1];
      if (k === i + 1 || next === undefined) return undefined;
      return next.norm === 'that' || ADJUNCT_OPENERS.has(next.norm) ? k + 1 : undefined;
    }
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || (!isCapitalised(t) && !TITLE_JOINERS.has(t.norm))) return undefined;
  }
  return undefined;
}

/** An age used as a noun ("the 43-year-old", "two 20-year-olds"), which names people. */
function isAgeNoun(token: Token): boolean {
  return token.norm.endsWith('-old') || token.norm.endsWith('-olds');
}

/**
 * Where a quotation opens after a comma that closes a listener's relative clause ("told the
 * farmers who came to the hall, “The ferry will run.”"), within a few words and before any other
 * quotation or clause break. Undefined when none does: the relative clause alone is no statement.
 */
function quoteAfterRelative(ctx: Context, from: number, end: number): { index: number; rule: string } | undefined {
  const { tokens } = ctx;
  const limit = Math.min(end - 1, from + 16);
  for (let k = from; k < limit; k++) {
    const t = tokens[k] as Token;
    if (ctx.opens[k] === 1 || t.text === ';' || t.text === ':') return undefined;
    if (t.text === ',') return ctx.opens[k + 1] === 1 ? { index: k + 1, rule: 'quote' } : undefined;
  }
  return undefined;
}

/**
 * Where an adjunct opens inside the phrase [from, last] after "told", when a "that" follows it
 * within a few words ("the paper | in an interview published on Sunday that"). Undefined otherwise.
 */
function listenerAdjunct(ctx: Context, from: number, last: number, end: number): number | undefined {
  const { tokens } = ctx;
  for (let k = from; k <= last; k++) {
    if (!ADJUNCT_OPENERS.has(tokens[k]?.norm ?? '')) continue;
    for (let m = k + 1; m < Math.min(end, k + 12); m++) {
      const t = tokens[m];
      if (t === undefined || ctx.opens[m] === 1 || (t.text === ',' && !placeComma(tokens, m)) || t.text === ';') return undefined;
      if (t.norm === 'that') return k;
    }
    return undefined;
  }
  return undefined;
}

/** Subordinators of a clause of time that may stand between a cue and what was said: "said as he left, “...”". */
const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'while', 'after', 'before']);

/** Prepositions that lead to a town named with its state: "in Dunmore, Ohio", "near Brill, Ore.". */
const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'from']);

/**
 * Whether the comma at `m` stands between a town and its state or country after a preposition
 * ("in Dunmore, Ohio", "in Port Vale, New Hope"): one to three capitalised words after the
 * preposition, and one or two after the comma that nothing capitalised follows.
 */
function townComma(tokens: readonly Token[], m: number): boolean {
  if (tokens[m]?.text !== ',') return false;
  let k = m - 1;
  while (k >= m - 3 && tokens[k]?.kind === 'word' && isCapitalised(tokens[k] as Token)) k--;
  if (k === m - 1 || !TOWN_PREPOSITIONS.has(tokens[k]?.norm ?? '') || isCapitalised(tokens[k] as Token)) return false;
  let n = m + 1;
  while (n <= m + 2 && tokens[n]?.kind === 'word' && isCapitalised(tokens[n] as Token)) n++;
  if (n === m + 1) return false;
  const next = tokens[n];
  return next === undefined || (next.kind === 'word' ? !isCapitalised(next) : next.text !== '-' && !isPossessiveToken(next));
}

/**
 * Whether the comma at `m` stands inside a town's place name or just after its state, before a
 * time adjunct or "that": "in Dunmore, Ohio", "in Dunmore, Ohio, on Monday", "in Dunmore, Ohio, that".
 */
function placeComma(tokens: readonly Token[], m: number): boolean {
  if (tokens[m]?.text !== ',') return false;
  if (townComma(tokens, m)) return true;
  const after = tokens[m + 1];
  if (after === undefined || after.kind !== 'word' || isCapitalised(after)) return false;
  if (!(after.norm === 'that' || after.norm === 'on' || after.norm === 'last' || after.norm === 'this')) return false;
  for (let k = m - 2; k >= m - 3; k--) if (tokens[k]?.text === ',' && townComma(tokens, k)) return true;
  return false;
}

/** Relative words that open a clause on the place or time of an adjunct: "on radio, where she works,". */
const ADJUNCT_RELATIVES: ReadonlySet<string> = new Set(['where', 'which', 'when', 'who', 'whom', 'whose']);
/** How many tokens such a relative clause may span up to its closing comma. */
const ADJUNCT_RELATIVE_WINDOW = 14;

/**
 * The index of the "that" after a relative clause set off by commas on the last noun of an
 * adjunct, when the comma at `comma` opens one: "said on radio, where she now works, that ...",
 * "said in Dover, which she toured, that ...". The clause is a comment on the place or time and
 * the "that" after its closing comma goes back to the cue. Undefined otherwise.
 */
function relativeAdjunctThat(ctx: Context, comma: number, end: number): number | undefined {
  const { tokens } = ctx;
  if (tokens[comma]?.text !== ',' || !ADJUNCT_RELATIVES.has(tokens[comma + 1]?.norm ?? '')) return undefined;
  for (let k = comma + 2; k < end && k < comma + ADJUNCT_RELATIVE_WINDOW; k++) {
    const t = tokens[k];
    if (t === undefined || ctx.opens[k] === 1 || t.text === ';' || t.text === ':' || isDash(t)) return undefined;
    if (t.text === ',') return tokens[k + 1]?.norm === 'that' && k + 2 < end ? k + 1 : undefined;
  }
  return undefined;
}

/**
 * Whether "without" at `k` takes a gerund, after a manner adverb or none: "without elaborating",
 * "without giving details", "without even offering proof".
 */
function withoutGerund(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'without') return false;
  const adverb = tokens[k + 1]?.norm.endsWith('ly') === true;
  return gerundAt(tokens[adverb ? k + 2 : k + 1]);
}

/**
 * Whether an adjunct of time or place opens at `from` and a "that" follows it within
 * {@link ADJUNCT_WINDOW} tokens, with no punctuation, quotation or other cue between: "on Monday
 * that", "in a letter to parents that".
 */
function adjunctThatAhead(ctx: Context, from: number, end: number): boolean {
  const { tokens } = ctx;
  const lead = tokens[from]?.norm ?? '';
  if (!NP_PREPOSITIONS.has(lead) && !ADJUNCT_OPENERS.has(lead) && skipTimeAdjunct(tokens, from, end) === from) return false;
  for (let k = from + 1; k < end && k < from + ADJUNCT_WINDOW; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'punct' || ctx.opens[k] === 1 || matchCue(ctx, k, end) !== undefined) return false;
    if (t.norm === 'that') return k + 1 < end;
  }
  return false;
}

/**
 * Whether a cue at `k`, inside the adjunct between a cue and its "that", starts a clause of its
 * own ("said in Iowa he believes that ..."). Not a noun of the adjunct: "in a Facebook post",
 * "in its annual report", "in a 2022 report"; nor a participle on it: "in a statement posted
 * on Telegram".
 */
function adjunctCueBreak(ctx: Context, k: number, end: number): boolean {
  const cue = matchCue(ctx, k, end);
  if (cue === undefined) return false;
  const prev = ctx.tokens[k - 1];
  if (prev === undefined || DETERMINERS.has(prev.norm) || prev.norm === 'the' || NP_PREPOSITIONS.has(prev.norm)) return false;
  // ("said in Scientific Reports that", "wrote in Consumer Reports that": a capitalised form
  // after a capitalised word ends a title, not a clause.)
  const t = ctx.tokens[k];
  if (t !== undefined && isCapitalised(t) && prev.kind === 'word' && isCapitalised(prev)) return false;
  const tense = cue.form.tense;
  // ("said without elaborating that ...", "without giving details": a gerund after "without"
  // and its object are a manner, no statement.)
  if (withoutGerund(ctx.tokens, k - 1) || withoutGerund(ctx.tokens, k - 2)) return false;
  if (tense === 'base' || ((tense === 'past' || tense === 'participle') && prev.kind === 'word' && ADJUNCT_NOUNS.has(prev.norm))) return false;
  // ("said in a memo to staff seen by the paper that ...": a participle before "by" is a passive
  // relative on the noun before it, opening no clause.)
  if ((tense === 'past' || tense === 'participle') && cue.last === k && ctx.tokens[k + 1]?.norm === 'by') return false;
  // ("said before a 2014 Senate hearing, “...”": after a number, or after a name and before a
  // comma, a form in -ing is a noun.)
  if (tense === 'gerund' && (prev.kind === 'number' || (isCapitalised(prev) && ctx.tokens[k + 1]?.text === ','))) return false;
  // ("conceded under questioning that ...": a gerund right after a preposition is its object.)
  if (tense === 'gerund' && GERUND_OBJECT_PREPOSITIONS.has(prev.norm)) return false;
  // "said in her closing words that": a noun of the adjunct that is also a cue's form, after a
  // modifier rather than a subject.
  if (t !== undefined && ADJUNCT_NOUNS.has(t.norm) && prev.kind === 'word' && !isCapitalised(prev) && pronounOf(prev) === undefined) return false;
  return true;
}

/**
 * Prepositions, beyond those of a noun phrase, after which a gerund is the preposition's object
 * in an adjunct: "under questioning", "under cross-examination". Not "by", whose gerund is the act
 * of saying itself ("responded by saying that ..."), nor "after" or "before", whose gerund takes an
 * object that a relative "that" may follow ("before agreeing to tests that they ...").
 */
const GERUND_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['under']);

/**
 * Whether the adjunct [from, k) names a document or an occasion of speaking ("in a letter",
 * "in an interview on Monday") and the subject pronoun at `k` goes on with a finite verb or a
 * verb and its object ("they closed the ferry", "he was leaving").
 */
function documentAdjunctClause(ctx: Context, from: number, k: number, end: number): boolean {
  const { tokens } = ctx;
  let noun = false;
  for (let m = from; m < k; m++) {
    const t = tokens[m];
    if (t === undefined || t.kind !== 'word') return false;
    if (ADJUNCT_NOUNS.has(t.norm) || DOCUMENT_NOUNS.has(t.norm)) noun = true;
  }
  if (!noun) return false;
  const verb = tokens[k + 1];
  const object = tokens[k + 2];
  if (verb === undefined || object === undefined || k + 2 >= end || verb.kind !== 'word') return false;
  if (FINITE_VERBS.has(verb.norm)) return true;
  return verb.norm.endsWith('ed') && (DETERMINERS.has(object.norm) || isPossessiveToken(object) || (isCapitalised(object) && !NP_PREPOSITIONS.has(object.norm) && !ADJUNCT_OPENERS.has(object.norm)));
}

/**
 * `at`, or the index before it when `at` is a focusing "even" that may follow a relative pronoun
 * ("which even the town fears", "that even critics say").
 */
function pastFocusingEven(tokens: readonly Token[], at: number): number {
  return tokens[at]?.norm === 'even' ? at - 1 : at;
}

/**
 * Whether a relative pronoun stands at `k`: "which", "who", "whom", or "that" after a noun ("a
 * toll that ..."), not after a verb or a conjunction ("said that ...", "so that ...").
 */
function relativeOpensAt(tokens: readonly Token[], at: number): boolean {
  const k = pastFocusingEven(tokens, at);
  const word = tokens[k];
  if (word === undefined) return false;
  if (RELATIVE_GAPS.has(word.norm)) return true;
  const noun = tokens[k - 1];
  return word.norm === 'that' && noun !== undefined && noun.kind === 'word' && !isCapitalised(noun) && !noun.norm.endsWith('ed') && !COMMON_VERBS.has(noun.norm) && !SUBORDINATORS.has(noun.norm) && !isModifier(noun) && !NP_PREPOSITIONS.has(noun.norm);
}

/**
 * Whether the "that" at `k` opens a relative clause on the noun before it: a verb follows it
 * ("an interview that aired", "a statement that has since been deleted"), not a subject.
 */
function relativeThat(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k - 1];
  const next = tokens[k + 1];
  if (noun === undefined || next === undefined || noun.kind !== 'word' || next.kind !== 'word' || isCapitalised(next)) return false;
  if (!ADJUNCT_NOUNS.has(noun.norm) && !EVENT_NOUNS.has(noun.norm)) return pastVerbAfterRelativeThat(tokens, k);
  return FINITE_VERBS.has(next.norm) || (next.norm.endsWith('ed') && next.norm.length > 3 && !pastFormOnSubject(tokens, k + 1)) || RELATIVE_VERBS.has(next.norm);
}

/**
 * Whether the past form at `k` modifies the subject of a clause: a plain lower-case noun and a
 * finite verb follow it ("said in a statement that developed countries must pay", "that armed
 * guards had fled"), where a relative verb would take an object or a phrase ("a statement that
 * followed the vote").
 */
function pastFormOnSubject(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k + 1];
  return noun !== undefined && noun.kind === 'word' && !isCapitalised(noun) && !DETERMINERS.has(noun.norm) && !NP_PREPOSITIONS.has(noun.norm) && !isModifier(noun) && !FINITE_VERBS.has(noun.norm) && FINITE_VERBS.has(tokens[k + 2]?.norm ?? '');
}

/**
 * Whether the "that" at `k` opens a passive relative clause: a form of "be" and a participle
 * with no subject between ("a notice that was posted", "a memo that is signed"), which a clause
 * of saying cannot be.
 */
function passiveRelativeAt(tokens: readonly Token[], k: number): boolean {
  return BE_FORMS.has(tokens[k + 1]?.norm ?? '') && plainParticiple(tokens[k + 2]);
}

/** A count in digits: "300", "4,000"; not "2nd", "50-state" or a year such as "2011". */
const PLAIN_COUNT = /^\d{1,3}(?:,\d{3})*$/;

/** Whether `t` is a count written in digits, as {@link PLAIN_COUNT} reads it. */
function plainCount(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && PLAIN_COUNT.test(t.text);
}

/** Particles that follow a verb, not a noun: "spilled out", "showed off". */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'up', 'down', 'over', 'away', 'back']);

/**
 * Whether the "that" at `k` after any common noun opens a relative clause because a past verb
 * follows it and takes an object, a phrase or an end there ("a crowd that spilled into the
 * street", "a podcast that aired Monday", "a list that included six names"): a clause of saying
 * needs a subject after its "that", and a past form before a noun is rather an adjective
 * opening one ("that elected officials ...").
 */
function pastVerbAfterRelativeThat(tokens: readonly Token[], k: number): boolean {
  if (!relativeOpensAt(tokens, k) || isObjectPronoun(tokens[k - 1])) return false;
  const verb = tokens[k + 1] as Token;
  if (!(verb.norm.endsWith('ed') && verb.norm.length > 3) && !RELATIVE_VERBS.has(verb.norm)) return false;
  const after = tokens[k + 2];
  if (after === undefined || after.kind === 'number' || after.kind !== 'word') return true;
  return isCapitalised(after) || DETERMINERS.has(after.norm) || NP_PREPOSITIONS.has(after.norm) || VERB_PARTICLES.has(after.norm);
}

/**
 * Stances after a cue of intention whose object is the content: "refused to endorse Kim". (On
 * polnear-train the object alone is what is marked for 7 of the 8 such cues.) So are verbs that
 * cast someone as something: "sought to characterize the deal as a win", "sought to distinguish
 * herself as the farmers' choice"; the intention and its verb together are the cue.
 */
const STANCE_INFINITIVES: ReadonlySet<string> = new Set(['endorse', 'disavow', 'characterize', 'characterise', 'distinguish']);

/**
 * Verbs of saying after a cue of intention, whose clause is the content: "declined to say who
 * would run the mill", "sought to convey that all was well". ("declined to say more" says nothing
 * of what; only a clause opened by a question word or by "that" counts.)
 */
const SAYING_INFINITIVES: ReadonlySet<string> = new Set(['say', 'convey']);

/** How many words (adverbs: "for certain", "publicly") may stand between such a verb and its clause. */
const SAYING_INFINITIVE_GAP = 3;

/**
 * Nouns of a disposition that "show" displays, before what it is about: "showed no sign of
 * relenting", "shows little interest in the race". (On polnear-train gold took the words after the
 * preposition in 7 of 13 uses, the whole phrase in none.)
 */
const SHOWN_DISPOSITIONS: ReadonlySet<string> = new Set(['sign', 'signs', 'interest', 'enthusiasm', 'understanding', 'willingness', 'inclination', 'indication', 'appetite']);

/** Prepositions (and "that") that open what a disposition in {@link SHOWN_DISPOSITIONS} is about. */
const DISPOSITION_LINKS: ReadonlySet<string> = new Set(['of', 'in', 'for', 'that', 'to']);

/** How many tokens an adjunct between a cue and its "that" may span: "said during a tour of the flooded mill in Dunmore, Ohio, that". */
const ADJUNCT_WINDOW = 16;
/** How many words an aside between a cue and a quotation may run: "stated a day earlier, “...”". */
const ASIDE_WORDS = 4;
/** Words besides adverbs that such an aside may hold: "said, however, “...”", "wrote back a day later, “...”". */
const ASIDE_WORDS_OF_TIME: ReadonlySet<string> = new Set(['however', 'though', 'too', 'also', 'then', 'again', 'back', 'instead', 'meanwhile', 'still', 'once', 'now', 'later', 'earlier', 'ago', 'a', 'one']);

/** Verbs of a relative clause on a document or an event: "an interview that aired", "a post that went viral". */
const RELATIVE_VERBS: ReadonlySet<string> = new Set(['ran', 'went', 'came', 'drew', 'got']);

/** The last word of a cue after which a question clause can be the object: "talk about", "speak of", "comment on". */
const QUESTION_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'of', 'on']);

/** Channels a statement is made in: "in a statement", "in comments to reporters", "in a video address". */
const CHANNEL_NOUNS: ReadonlySet<string> = new Set(['statement', 'interview', 'comments', 'remarks', 'address', 'post', 'video', 'letter', 'tweet', 'speech', 'op-ed', 'briefing', 'email', 'message']);

/**
 * Nouns of an adjunct that a participle may follow: "in a statement posted on ...", and the notices
 * of public bodies, "in an advisory posted Friday", "in guidance issued by the agency".
 */
const ADJUNCT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'post', 'interview', 'video', 'letter', 'report', 'message', 'note', 'email', 'tweet', 'speech', 'op-ed', 'column', 'essay', 'filing', 'remarks', 'comments', 'briefing', 'memo',
  'notice', 'advisory', 'bulletin', 'alert', 'guidance', 'update', 'release', 'blog',
]);

/** Whether a channel of saying opens at `k`, after "in": "comments", "a statement", "a televised address". */
function channelAt(tokens: readonly Token[], k: number): boolean {
  let i = k;
  if (DETERMINERS.has(tokens[i]?.norm ?? '')) i++;
  if (CHANNEL_NOUNS.has(tokens[i]?.norm ?? '')) return true;
  const modifier = tokens[i];
  return modifier !== undefined && modifier.kind === 'word' && !isCapitalised(modifier) && CHANNEL_NOUNS.has(tokens[i + 1]?.norm ?? '');
}

/**
 * Nouns by which the writer names the reported act itself: "in a move that surprised analysts",
 * "in a deal valued at ...", "in a sign that ...", "in a blow to ...".
 */
const ACT_NOUNS: ReadonlySet<string> = new Set([
  'move', 'deal', 'sign', 'signal', 'step', 'blow', 'bid', 'decision', 'reversal', 'shift', 'setback', 'boost', 'rebuke',
  'departure', 'escalation', 'turnaround', 'transaction', 'announcement', 'twist', 'victory', 'effort',
  // ("..., the coast guard said, in a rescue that ...", "in an operation that lasted all night",
  // "in a ruling that ...": the operation or ruling that is the news itself.)
  'rescue', 'operation', 'ruling', 'raid', 'crackdown', 'concession',
]);

/** Gerunds of saying more, after "without" ("..., she said, without elaborating"). */
const ELABORATING_GERUNDS: ReadonlySet<string> = new Set([
  'elaborating', 'explaining', 'giving', 'offering', 'providing', 'citing', 'naming', 'specifying', 'detailing', 'saying',
  'identifying', 'disclosing', 'going', 'commenting', 'presenting', 'producing',
]);

/**
 * Whether a prepositional phrase at `k`, after an attribution that follows a whole clause, is the
 * writer's comment on the statement rather than more of it: its channel ("..., the company said,
 * in a statement"), the act it names ("..., the companies said, in a deal that ..."), or what the
 * speaker left unsaid ("..., the office said, without giving details").
 */
function writerCommentAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm === 'without') return ELABORATING_GERUNDS.has(tokens[k + 1]?.norm ?? '');
  if (tokens[k]?.norm !== 'in') return false;
  if (channelAt(tokens, k + 1)) return true;
  const article = tokens[k + 1]?.norm;
  if (article !== 'a' && article !== 'an') return false;
  const noun = tokens[k + 2];
  if (noun === undefined || noun.kind !== 'word' || isCapitalised(noun)) return false;
  return ACT_NOUNS.has(noun.norm) || ACT_NOUNS.has(tokens[k + 3]?.norm ?? '');
}

/**
 * After "her", where a listener's noun phrase that opens there ends when "that", a comma, a colon
 * or a quotation follows it ("told her supporters that"); else undefined.
 */
function herListener(ctx: Context, k: number, end: number): number | undefined {
  const { tokens } = ctx;
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || isCapitalised(t) || DETERMINERS.has(t.norm) || SUBJECT_PRONOUNS.has(t.norm) || t.norm === 'that' || t.norm === 'to' || FINITE_VERBS.has(t.norm) || ctx.opens[k] === 1) return undefined;
  const np = phraseStartingAt(tokens, k, end);
  if (np === undefined || np.first !== k || np.last - np.first > 5) return undefined;
  const after = tokens[np.last + 1];
  if (after === undefined || !(after.norm === 'that' || after.text === ',' || after.text === ':' || ctx.opens[np.last + 1] === 1 || SUBJECT_PRONOUNS.has(after.norm) || DETERMINERS.has(after.norm))) return undefined;
  return np.last + 1;
}

/**
 * Where the content after a cue starts, by the cue's frames: after "that", after a listener
 * ("told reporters that"), at "to" for an intention, at a quotation, or at a clause.
 */
/** The index of the "that" after an aside between the dash at `dash` and the next one ("— on the radio, as it happens — that"); else undefined. */
function dashAsideThat(ctx: Context, dash: number, end: number): number | undefined {
  const { tokens } = ctx;
  // (A dash typed as two hyphens is two tokens.)
  const first = isDash(tokens[dash + 1]) ? dash + 2 : dash + 1;
  for (let k = first; k < Math.min(end, first + 15); k++) {
    const t = tokens[k];
    if (t === undefined || ctx.opens[k] === 1 || t.text === ';' || t.text === ':') return undefined;
    if (isDash(t)) {
      const after = isDash(tokens[k + 1]) ? k + 2 : k + 1;
      return tokens[after]?.norm === 'that' ? after : undefined;
    }
  }
  return undefined;
}

/**
 * The noun phrase ending at token `k`, without a leading "all" the phrase reader may take for a
 * quantifier of the name ("was all | Lind would say", "All | Lind said was"); see {@link phraseEndingAt}.
 */
function phraseAfterAll(tokens: readonly Token[], k: number, first: number): NounPhrase | undefined {
  const read = phraseEndingAt(tokens, k, first);
  return read !== undefined && read.first < read.last && tokens[read.first]?.norm === 'all' ? { ...read, first: read.first + 1 } : read;
}

/** How many tokens an aside between commas may hold after the cue of a pseudo-cleft ("What Lind said, in short, was"). */
const CLEFT_ASIDE_REACH = 6;

/** How many tokens {@link distantThat} reads past a cue for its "that". */
const DISTANT_THAT_REACH = 30;

/** Words that open a clause of their own, across which no "that" goes back to the cue: "told them, when ..., that". */
const DISTANT_THAT_BREAKS: ReadonlySet<string> = new Set(['because', 'if', 'although', 'though', 'unless', 'whereas', 'whether', 'when', 'while', 'once', 'until', 'but', 'so']);

/**
 * Where a that-clause starts when the listener and the adjuncts between a cue and its "that" are
 * longer than the scans before it read: "told aides over the winter, at rallies and in quiet
 * meetings, that ...", "has persuaded growers, harbor pilots and her colleagues that ...",
 * "argued in its filing, drafted by its lawyers, that ...", "saw long ago that ...".
 * Only phrases, commas and dashes may stand between (a finite verb, a subject pronoun, a cue other
 * than a participle on a noun, or a clause of its own ends the search), and they must open with a preposition, an adverb, a comma
 * or a dash, or be a listener the cue takes, so that "wrote a letter that the board read" keeps
 * "that" for a relative pronoun on the object.
 */
function distantThat(ctx: Context, match: CueMatch, end: number): { index: number; rule: string } | undefined {
  const { tokens } = ctx;
  const form = match.form;
  if (!(has(form, 'that') || has(form, 'clause')) || form.entry.kind === 'intention' || form.tense === 'participle') return undefined;
  const from = match.last + 1;
  const lead = tokens[from];
  if (lead === undefined || from >= end || ctx.opens[from] === 1) return undefined;
  const opens = lead.text === ',' || isDash(lead) || (lead.kind === 'word' && (NP_PREPOSITIONS.has(lead.norm) || ADJUNCT_OPENERS.has(lead.norm) || lead.norm === 'to' || isModifier(lead) || ((has(form, 'listener') || has(form, 'addressee')) && lead.norm !== 'that')));
  if (!opens) return undefined;
  for (let k = from + 1; k < end && k < from + DISTANT_THAT_REACH; k++) {
    const t = tokens[k] as Token;
    if (ctx.opens[k] === 1 || t.text === ';' || t.text === ':' || t.text === '.' || t.text === '?') return undefined;
    if (t.kind !== 'word') continue;
    if (t.norm === 'that') {
      const prev = tokens[k - 1];
      const next = tokens[k + 1];
      if (prev === undefined || k + 1 >= end) return undefined;
      // ("said in a notice that was posted on Friday that ...": "that" with a passive verb and no
      // subject is a relative pronoun on the adjunct's noun, read past; the next "that" may
      // still be the cue's.)
      if (prev.kind === 'word' && passiveRelativeAt(tokens, k)) {
        k += 2;
        continue;
      }
      if (NOUN_CUES.has(prev.norm) || THAT_NOUNS.has(prev.norm) || relativeThat(tokens, k)) return undefined;
      return opensSubject(next) || ctx.opens[k + 1] === 1 ? { index: k + 1, rule: 'that' } : undefined;
    }
    if (FINITE_VERBS.has(t.norm) || SUBJECT_PRONOUNS.has(t.norm) || DISTANT_THAT_BREAKS.has(t.norm) || (RELATIVE_PRONOUNS.has(t.norm) && t.norm !== 'that')) return undefined;
    const cue = matchCue(ctx, k, end);
    // ("responded by saying that ...": a cue of its own on the way takes the clause; "in a letter
    // written by its counsel" is a participle on a noun, and "in a notice" a noun after its article.)
    if (cue !== undefined && cue.form.tense !== 'participle' && !ARTICLES.has(tokens[k - 1]?.norm ?? '')) return undefined;
  }
  return undefined;
}

/** Cues that name what their object is called: "what Lind called a farce", "what the union dubs a lockout". */
const NAMING_LEMMAS: ReadonlySet<string> = new Set(['call', 'dub', 'label', 'term', 'brand', 'nickname']);

/** How far after a passive "pressed" its question's topic may stand ("pressed by two senators on whether"). */
const TOPIC_REACH = 8;

/** Prepositions that name the topic of a question put to someone: "pressed him on why ...", "grilled her about whether ...". */
const QUESTION_TOPICS: ReadonlySet<string> = new Set(['on', 'about', 'over']);

/** Whether a question's topic follows token `k`: "on", "about" or "over", then a wh-word ("on whether", "about why"). */
function questionTopicAt(tokens: readonly Token[], k: number): boolean {
  return QUESTION_TOPICS.has(tokens[k + 1]?.norm ?? '') && WH_WORDS.has(tokens[k + 2]?.norm ?? '');
}

/** How far a relative clause set off on a listener may run before its closing comma. */
const LISTENER_ASIDE_REACH = 16;

/**
 * Whether a relative clause set off by commas opens at `k` ("who ...", "many of whom ...") and the
 * comma that closes it is followed by "to" and a verb: "urged drivers, who had waited for hours,
 * to stay in their cars".
 */
function relativeAsideTo(ctx: Context, k: number, end: number): boolean {
  const { tokens } = ctx;
  const opener = tokens[k]?.norm ?? '';
  const quantified = tokens[k + 1]?.norm === 'of' && tokens[k + 2]?.norm === 'whom';
  if (opener !== 'who' && opener !== 'whose' && !quantified) return false;
  for (let j = k + 1; j < Math.min(end, k + LISTENER_ASIDE_REACH); j++) {
    if (ctx.opens[j] === 1 || tokens[j]?.text === ';' || isDash(tokens[j])) return false;
    if (tokens[j]?.text === ',') return tokens[j + 1]?.norm === 'to' && startsVerbPhrase(tokens[j + 2]);
  }
  return false;
}

/** Nouns of thoroughness that close a manner phrase after "in": "in detail", "in great depth". */
const MANNER_NOUNS: ReadonlySet<string> = new Set(['detail', 'depth']);

/**
 * The token after a manner phrase of "in", up to two lower-case words and a noun of thoroughness,
 * that opens at `i`: "in detail", "in stark detail", "in painstaking detail". Else `i`.
 */
function mannerPhraseEnd(ctx: Context, i: number, end: number): number {
  const { tokens } = ctx;
  if (tokens[i]?.norm !== 'in') return i;
  for (let k = i + 1; k < end && k <= i + 3; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || isCapitalised(t) || ctx.inQuote[k] === 1) return i;
    if (MANNER_NOUNS.has(t.norm)) return k + 1 < end ? k + 1 : i;
  }
  return i;
}

function contentStartAfter(ctx: Context, match: CueMatch, end: number): { index: number; rule: string } | undefined {
  const { tokens } = ctx;
  const form = match.form;
  let i = skipLeadIn(ctx, match.last + 1);
  if (i >= end) return undefined;
  // "described in stark detail the last minutes", "explained in some depth how ...": a manner
  // phrase between the cue and what it names is the writer's.
  if (has(form, 'object') || has(form, 'question')) i = mannerPhraseEnd(ctx, i, end);
  let rule = 'clause';
  // ("told a joke", "told the story of the flood": a story told is what was said, not a listener.)
  const story = form.entry.lemma === 'tell' && i === match.last + 1 ? toldStoryAt(tokens, i, end) : undefined;
  if (story !== undefined) return { index: story, rule: 'object' };
  // "told “Morning Hour” that ...": a quoted title in the listener's place names a show, not what was said.
  const title = has(form, 'listener') ? quotedTitleEnd(ctx, i, end) : undefined;
  if (title !== undefined) {
    i = title;
    rule = 'listener';
  } else if (has(form, 'listener') && tokens[i]?.norm !== 'that' && ctx.opens[i] !== 1) {
    const pronounTo = isObjectPronoun(tokens[i]) && (tokens[i + 1]?.norm === 'to' || (tokens[i + 1]?.norm === 'not' && tokens[i + 2]?.norm === 'to'));
    if (pronounTo) return { index: i, rule: 'listener-infinitive' };
    // "told her supporters that ...": "her" before a noun and "that" (or a quotation) is the
    // listener's determiner, not the listener.
    const herNoun = tokens[i]?.norm === 'her' ? herListener(ctx, i + 1, end) : undefined;
    if (herNoun !== undefined) {
      i = herNoun;
      rule = 'listener';
    } else if (isObjectPronoun(tokens[i]) && tokens[i]?.norm !== 'it') i++;
    else {
      const np = phraseStartingAt(tokens, i, end);
      const after = np === undefined ? undefined : tokens[np.last + 1];
      // "questioned the assertion that ...", "challenged the idea that ...": a noun that takes a
      // that-clause is what the cue is about, not a listener.
      // ("told jurors in her opening statement that ...": not a noun in an adjunct of the occasion,
      // after which "that" goes back to the verb.)
      if (np !== undefined && after?.norm === 'that' && isThatNoun(tokens[np.last]) && !occasionWithin(tokens, np.first + 1, np.last)) return { index: i, rule: 'object' };
      // "asked Norton to republish": the listener is part of what is asked.
      // ("pushed the party to the left", "pushing shares to a record": "to" before a phrase is a
      // preposition of direction, and no one is urged to do anything.)
      // ("urged drivers, who had waited for hours, to stay in their cars": so is one with a relative
      // clause set off on the listener before its infinitive.)
      const asideTo = np !== undefined && after?.text === ',' ? relativeAsideTo(ctx, np.last + 2, end) : false;
      if (np !== undefined && (asideTo || after?.norm === 'to' || (after?.norm === 'not' && tokens[np.last + 2]?.norm === 'to')) && (has(form, 'infinitive') || has(form, 'addressee') || has(form, 'listener'))) {
        if (after?.norm === 'to' && DIRECTION_VERBS.has(form.entry.lemma) && opensPhraseAfterTo(tokens[np.last + 2])) return undefined;
        return { index: i, rule: 'listener-infinitive' };
      }
      // ("told the agency simply, “We lost.”": a manner adverb may close the listener's phrase.)
      const manner = after !== undefined && np !== undefined && isModifier(after) && after.norm.endsWith('ly') && (tokens[np.last + 2]?.text === ',' || ctx.opens[np.last + 2] === 1);
      if (manner && np !== undefined && has(form, 'addressee')) return { index: tokens[np.last + 2]?.text === ',' ? np.last + 3 : np.last + 2, rule: ctx.opens[np.last + 2] === 1 || ctx.opens[np.last + 3] === 1 ? 'quote' : 'listener' };
      const clauseAfter = after !== undefined && (after.norm === 'that' || (has(form, 'question') && (WH_WORDS.has(after.norm) || (after.norm === 'about' && form.entry.lemma === 'ask') || questionTopicAt(tokens, np?.last ?? 0))) || after.text === ',' || after.text === ':' || ctx.opens[np?.last ?? 0] === 1 || (has(form, 'question') && quotedQuestionEnd(ctx, (np?.last ?? 0) + 1, end) !== undefined) || SUBJECT_PRONOUNS.has(after.norm) || pronounOf(after) !== undefined || DETERMINERS.has(after.norm) || isCapitalised(after) || ADJUNCT_OPENERS.has(after.norm));
      // ("told the network's “Morning Hour” that ...": so is one after a possessive.)
      const titled = np === undefined ? undefined : quotedTitleEnd(ctx, np.last + 1, end);
      if (titled !== undefined) {
        i = titled;
        rule = 'listener';
      } else if (np !== undefined && np.last - np.first < 10 && clauseAfter) {
        i = np.last + 1;
        // ("told a crowd in Dunmore, Ohio, on Monday that ...": the listener's place goes on to its state.)
        if (townComma(tokens, i)) {
          i++;
          while (tokens[i]?.kind === 'word' && isCapitalised(tokens[i] as Token)) i++;
          if (placeComma(tokens, i)) i++;
        }
        rule = 'listener';
      } else if (np !== undefined) {
        // "told the paper in an interview published on Sunday that ...": the listener ends
        // where an adjunct that leads to "that" begins. "told reporters Lind was wrong": a
        // plural noun before a name is the whole listener.
        const lead = tokens[i];
        const plural = lead !== undefined && !isCapitalised(lead) && isPluralNoun(lead) && tokens[i + 1] !== undefined && isCapitalised(tokens[i + 1] as Token);
        const adjunct = plural ? i + 1 : listenerAdjunct(ctx, np.first + 1, np.last, end);
        if (adjunct !== undefined) {
          i = adjunct;
          rule = 'listener';
        }
      }
    }
    if (rule === 'listener') i = afterListener(ctx, i, end);
    i = skipLeadIn(ctx, i);
    // "told the farmers who came to the hall, “...”": a relative clause on the listener is no
    // statement, and what was told lies beyond it ("asked the voters who won" asks a question).
    if (rule === 'listener' && tokens[i]?.norm === 'who' && !has(form, 'question')) return quoteAfterRelative(ctx, i + 1, end);
    // "Kell asked the mayor about the ferry fees", "asked him about it": what is asked about,
    // after the one asked, is the question put.
    if (tokens[i]?.norm === 'about' && form.entry.lemma === 'ask' && has(form, 'question') && i > match.last + 1 && i + 1 < end && ctx.opens[i + 1] !== 1) return { index: i + 1, rule: 'question' };
    // "pressed the minister on why the reports were late": after the one questioned, the open
    // question the topic names is what was asked.
    if (has(form, 'question') && has(form, 'listener') && i > match.last + 1 && i + 1 < end && questionTopicAt(tokens, i - 1)) return { index: i + 1, rule: 'question' };
    // "told the hosts of the show": without something said after it, the addressee is no content.
    if (has(form, 'addressee') && rule !== 'listener' && i === skipLeadIn(ctx, match.last + 1) && tokens[i]?.norm !== 'that' && ctx.opens[i] !== 1 && !isObjectPronoun(tokens[i - 1])) return undefined;
  }
  // "wants voters to know", "expect Congress to act": the subject of the infinitive is part of what is wanted.
  else if (INFINITIVE_SUBJECT_VERBS.has(form.entry.lemma) && has(form, 'infinitive') && infinitiveWithSubject(tokens, i, end)) return { index: i, rule: 'listener-infinitive' };
  // "cautioned, as did the campaign itself, that ...": an interposed phrase between commas before "that".
  if (tokens[i]?.text === ',' && ctx.opens[i + 1] !== 1) {
    for (let k = i + 2; k < Math.min(end, i + 16); k++) {
      const t = tokens[k];
      // ("The documents indicate, he said, that ...": an interposed attribution is the writer's frame, not skipped.)
      if (t === undefined || ctx.opens[k] === 1 || t.text === ';' || t.text === ':' || (matchCue(ctx, k, end)?.form.entry.kind === 'speech' && !withoutGerund(tokens, k - 1) && !withoutGerund(tokens, k - 2))) break;
      if (t.text === ',') {
        if (tokens[k + 1]?.norm === 'that') i = k + 1;
        break;
      }
    }
  }
  // "said — on the ferry, of all places — that ...": an aside between dashes before "that".
  else if (isDash(tokens[i]) && i === match.last + 1) i = dashAsideThat(ctx, i, end) ?? i;
  // "Rubio says, win or lose, he is staying", "He added, that ...": a comma between a verb of saying and its clause.
  if (i === match.last + 1 && tokens[i]?.text === ',' && has(form, 'clause') && form.entry.kind === 'speech' && ctx.opens[i + 1] !== 1 && isCommaClauseOpener(tokens[i + 1]) && matchCue(ctx, i + 1, end) === undefined) i++;
  // "said on Friday he met ...", "told reporters last week, “...”": a time adjunct before the clause.
  const beforeTime = i;
  i = skipLeadIn(ctx, skipTimeAdjunct(tokens, i, end));
  // ("said by phone on Friday the port was shut": the channel, with a time after it.)
  if (tokens[i]?.norm === 'by' && MEANS_NOUNS.has(tokens[i + 1]?.norm ?? '') && i + 2 < end) i = skipLeadIn(ctx, skipTimeAdjunct(tokens, tokens[i + 2]?.norm === 'message' ? i + 3 : i + 2, end));
  // ("proclaimed in July — falsely — that ...": an aside between dashes after the time adjunct.)
  if (i > beforeTime && isDash(tokens[i])) i = dashAsideThat(ctx, i, end) ?? i;
  // "said on Monday, when the vote was held, that ...": a relative clause on the time adjunct.
  if (i > match.last + 1) i = relativeAdjunctThat(ctx, i, end) ?? i;
  // "said flatly that ...", "said only that ...": an adverb in -ly before "that" is no part of what was said.
  const adverb = tokens[i];
  if (adverb !== undefined && adverb.kind === 'word' && adverb.norm.endsWith('ly') && !isCapitalised(adverb) && tokens[i + 1]?.norm === 'that' && i + 2 < end) i++;
  // "said firmly on Monday that ...", "insisted quietly in a letter that ...": so is one before an
  // adjunct that leads to "that", which the adjuncts below then pass over.
  else if (adverb !== undefined && adverb.kind === 'word' && adverb.norm.endsWith('ly') && isModifier(adverb) && (has(form, 'that') || has(form, 'clause')) && adjunctThatAhead(ctx, i + 1, end)) {
    const time = skipTimeAdjunct(tokens, i + 1, end);
    i = time > i + 1 && tokens[time]?.norm === 'that' ? time : i + 1;
  } else {
    const tally = tallyEnd(tokens, i);
    // "The court ruled 5-4 that ...": a tally before "that" is how the ruling went, not what was ruled.
    if (tally > i && tokens[tally]?.norm === 'that' && tally + 1 < end) i = tally;
    // "voted 6-3 on Tuesday to close the port", "voted 5 to 4 in May to ...", "agreed unanimously
    // to ...": a tally or a manner adverb (with a time after it) before the to-infinitive of an
    // intention is how it went.
    else if (has(form, 'infinitive') && adverb !== undefined && i < end && (tally > i || (adverb.kind === 'word' && adverb.norm.endsWith('ly') && isModifier(adverb)))) {
      const k = skipTimeAdjunct(tokens, Math.max(i + 1, tally), end);
      if (tokens[k]?.norm === 'to' && k + 1 < end) i = k;
    }
  }
  // "put it bluntly: the bill is dead": a manner adverb before a colon.
  if (tokens[i + 1]?.text === ':' && isModifier(tokens[i]) && (tokens[i]?.norm.endsWith('ly') ?? false) && i + 2 < end) i += 2;
  // "responded dryly, with a nod: “...”": a manner adverb before an adjunct after its comma.
  else if (tokens[i + 1]?.text === ',' && isModifier(tokens[i]) && (tokens[i]?.norm.endsWith('ly') ?? false) && NP_PREPOSITIONS.has(tokens[i + 2]?.norm ?? '') && i + 3 < end) i += 2;
  // "said in a statement that", "said Tuesday that": adjuncts before "that".
  // ("vowed to pass a bill that ...": "to" after a cue of intention opens the content, not an adjunct.)
  const infinitive = tokens[i]?.norm === 'to' && has(form, 'infinitive');
  // ("said about 2,000 people came and that ...": an approximated numeral opens the clause's subject.)
  if (tokens[i]?.norm !== 'that' && ctx.opens[i] !== 1 && !infinitive && !approximateNumeralAt(tokens, i) && (NP_PREPOSITIONS.has(tokens[i]?.norm ?? '') || ADJUNCT_OPENERS.has(tokens[i]?.norm ?? ''))) {
    for (let k = i; k < Math.min(end, i + ADJUNCT_WINDOW); k++) {
      const t = tokens[k];
      // "said in a statement: ...": the colon after the adjunct opens the content; so does a
      // quotation after its comma ("declared in the spin room, “...”").
      // ("asked at the town hall, “Any questions?”": a quotation so placed is the question asked.)
      if (t !== undefined && (t.text === ':' || (t.text === ',' && ctx.opens[k + 1] === 1)) && k > i && (has(form, 'clause') || ((has(form, 'that') || has(form, 'question')) && ctx.opens[k + 1] === 1)) && k + 1 < end) {
        i = k + 1;
        break;
      }
      // "said on the station's “Morning Farm Report” that ...": a quoted title in the adjunct.
      const title = ctx.openerAt.get(k);
      if (title !== undefined && tokens[k + 1] !== undefined && isCapitalised(tokens[k + 1] as Token)) {
        let close = k + 1;
        while (close < k + 12 && close < end && ctx.closes[close] !== 1) close++;
        if (ctx.closerAt.get(close) === title) {
          k = close;
          continue;
        }
      }
      if (t === undefined || ctx.opens[k] === 1 || t.text === ';' || t.text === ':') break;
      // ("Most of it, the auditor found in March, comes from a dock that ran late": a comma and a
      // plain lower-case word after the adjunct resume the sentence around the cue.)
      const resumed = tokens[k + 1];
      if (t.text === ',' && k > i && resumed !== undefined && resumed.kind === 'word' && !isCapitalised(resumed) && resumed.norm !== 'that' && !RELATIVE_GAPS.has(resumed.norm) && !WH_WORDS.has(resumed.norm) && !NP_PREPOSITIONS.has(resumed.norm) && !ADJUNCT_OPENERS.has(resumed.norm) && !isModifier(resumed)) break;
      // ("proclaimed in July — falsely — that ...": an aside between dashes after the adjunct.)
      if (isDash(t) && k > i) {
        const that = dashAsideThat(ctx, k, end);
        if (that !== undefined) i = that;
        break;
      }
      // "said on radio, where she now works, that ...": a relative clause on the adjunct's place.
      const relative = k > i ? relativeAdjunctThat(ctx, k, end) : undefined;
      if (relative !== undefined) {
        i = relative;
        break;
      }
      // "said in an interview that aired Sunday (that ...)": a "that" before a verb is a relative pronoun of the adjunct.
      // ("details of the deal that were disclosed in court": so is one before a passive verb.)
      if (t.norm === 'that' && k > i && (relativeThat(tokens, k) || passiveRelativeAt(tokens, k))) {
        if (tokens[k + 1]?.kind === 'word') k++;
        continue;
      }
      // ("remarked on the fact that ...": "that" after such a noun opens the noun's clause.)
      // (Not after a noun of saying, which here names the occasion: "said in a statement that".)
      if (t.norm === 'that' && k > i && THAT_NOUNS.has(tokens[k - 1]?.norm ?? '')) break;
      // "explained to reporters why the port closed": after "to" and the listener, a question ("to
      // voters who lost farms" is a relative clause on the listener).
      if (k > i + 1 && tokens[i]?.norm === 'to' && WH_WORDS.has(t.norm) && t.norm !== 'who' && t.norm !== 'which' && t.norm !== 'whose' && has(form, 'question') && tokens[k - 1]?.kind === 'word') {
        i = k;
        break;
      }
      // "asked at one point whether the board had read it", "asking in court whether ...": after
      // any adjunct, "whether" opens the question, as "that" opens a clause ("whether" opens no
      // relative clause on the adjunct's noun, as "where" or "when" may).
      if (t.norm === 'whether' && k > i && has(form, 'question') && tokens[k - 1]?.kind === 'word') {
        i = k;
        break;
      }
      if (t.norm === 'that' && k > i) {
        const prev = tokens[k - 1];
        if (prev !== undefined && (prev.kind === 'word' || prev.text === ',' || prev.kind === 'number' || ctx.closes[k - 1] === 1)) i = k;
        break;
      }
      // "said in a letter on Monday they closed the ferry": after a document named in the
      // adjunct, a subject pronoun with a finite verb or an object opens the clause; "in a
      // letter he sent on Monday" is a relative clause on the document.
      // ("said in a statement it would strike": "it" too, before a modal or "is"/"was", which a
      // relative clause on the document, "in a statement it issued", "it had posted", never has.)
      if (t.kind === 'word' && SUBJECT_PRONOUNS.has(t.norm) && (t.norm !== 'it' || IT_CLAUSE_VERBS.has(tokens[k + 1]?.norm ?? '')) && has(form, 'clause') && form.entry.kind === 'speech' && documentAdjunctClause(ctx, i, k, end)) {
        i = k;
        break;
      }
      // ("said as he left the stage, “...”", "said when she arrived that ...": a clause of time
      // after the cue has a subject of its own right after its subordinator.)
      const timeClauseSubject = k === i + 1 && TIME_CLAUSE_OPENERS.has(tokens[i]?.norm ?? '') && PERSONAL_SUBJECTS.has(t.norm);
      if (t.kind === 'word' && ((SUBJECT_PRONOUNS.has(t.norm) && !timeClauseSubject) || adjunctCueBreak(ctx, k, end))) break;
    }
  }
  // "replied evenly, “...”", "said, however, “...”", "stated a day earlier, “...”": a short aside
  // of a few plain words before a quotation after its comma is the writer's.
  if (ctx.opens[i] !== 1 && rule === 'clause' && (has(form, 'clause') || has(form, 'that'))) {
    const from = tokens[i]?.text === ',' && i === match.last + 1 ? i + 1 : i;
    for (let k = from; k < end - 1 && k < from + ASIDE_WORDS; k++) {
      const t = tokens[k];
      if (t === undefined) break;
      if (t.text === ',' && k > from) {
        if (ctx.opens[k + 1] === 1) i = k + 1;
        break;
      }
      // (Only adverbs and words of time: "added the words, “...”" names what was added.)
      if (!isModifier(t) && !ASIDE_WORDS_OF_TIME.has(t.norm) && !TIME_PERIODS.has(t.norm)) break;
    }
  }
  // "denied that, saying ...": a "that" right after the cue with a comma and a participle after it
  // is the demonstrative the cue names, as "it" would be, and nothing is said after it.
  if (tokens[i]?.norm === 'that' && i === match.last + 1 && demonstrativeBeforeParticiple(tokens, i)) return undefined;
  let that = false;
  if (tokens[i]?.norm === 'that' && !(i === match.last + 1 && demonstrativeThat(tokens, i))) {
    i++;
    that = true;
    rule = 'that';
  }
  const first = tokens[i];
  if (first === undefined || i >= end) return undefined;
  // ("voted that the drug was safe", not "voted that way" or "voted that bill down": after "vote"
  // only a clause with its own subject, not a demonstrative's noun.)
  if (that && form.entry.lemma === 'vote' && !opensSubject(first)) return undefined;
  if (ctx.opens[i] === 1) return form.entry.frames.every((f) => f === 'infinitive') ? undefined : { index: i, rule: 'quote' };
  if (first.norm === 'to') {
    // ("declined to $2 million", "invited to a dinner": before a determiner or a number "to" is a
    // preposition, and no infinitive follows; what is agreed to is still a commitment, "agreed to
    // a truce".)
    const next = tokens[i + 1];
    // ("any faith they wanted to, or none": a stranded "to" names nothing wanted.)
    if (next === undefined || i + 1 >= end || next.kind === 'punct') return undefined;
    if ((next.kind === 'number' || DETERMINERS.has(next.norm) || CURRENCY_SIGNS.has(next.text))) return form.entry.lemma === 'agree' && !that ? { index: i + 1, rule: 'object' } : undefined;
    if (has(form, 'infinitive') && !that) return { index: i, rule: 'infinitive' };
    return undefined;
  }
  // "vowed not to buy ...", "promised never to return": a negated intention. ("asked not to be
  // named" is a request for anonymity, not a statement.)
  if ((first.norm === 'not' || first.norm === 'never') && tokens[i + 1]?.norm === 'to' && form.entry.lemma !== 'ask' && has(form, 'infinitive') && !that) return { index: i, rule: 'infinitive' };
  // "called that claim a lie": after a cue that takes no clause, "that" is a determiner of what it names.
  // ("recommends that adults get ...": before a plural, a pronoun or a name it is a conjunction.)
  const singular = first !== undefined && first.kind === 'word' && !isCapitalised(first) && !hasPluralEnding(first.norm) && pronounOf(first) === undefined && !DETERMINERS.has(first.norm);
  if (that && singular && has(form, 'object') && !has(form, 'clause') && !has(form, 'that') && !has(form, 'listener')) return { index: i - 1, rule: 'object' };
  // "appealed to a base that has grown": after a phrase, "that" with a verb straight after it
  // opens a relative clause on the phrase.
  // (Not after a comma or "whether": "saw in May, towns that are dry ..." keeps its subject.)
  if (that && i - 1 > match.last + 1 && rule === 'that' && FINITE_VERBS.has(first.norm) && plainObjectBefore(tokens, match.last + 1, i - 1)) return undefined;
  // "Critics say that pledge is hard to keep": a lone singular noun with its verb straight after
  // it has "that" for its determiner, and the content keeps it.
  if (that && singular && determinedByThat(tokens, i) && (has(form, 'clause') || has(form, 'that'))) return { index: i - 1, rule };
  // "denied that claim.", "disputed that figure, saying ...": a lone noun after "that" and a cue
  // that takes an object is what the cue names, "that" its determiner.
  if (that && singular && i === match.last + 2 && has(form, 'object') && thatNounAlone(tokens, i)) return { index: i - 1, rule: 'object' };
  if (that) return has(form, 'clause') || has(form, 'that') || has(form, 'object') || has(form, 'listener') ? { index: i, rule } : undefined;
  if (has(form, 'question') && WH_WORDS.has(first.norm)) return { index: i, rule: 'question' };
  // "asked about whether ...", "weighed in about whether ...": the question after "about".
  if (has(form, 'question') && first.norm === 'about' && (tokens[i + 1]?.norm === 'whether' || tokens[i + 1]?.norm === 'how' || tokens[i + 1]?.norm === 'why') && i + 1 < end) return { index: i + 1, rule: 'question' };
  // ("calls for $4 million in dam repairs": a sum opens a phrase as a number does.)
  if (first.kind === 'punct' && !(CURRENCY_SIGNS.has(first.text) && tokens[i + 1]?.kind === 'number')) return undefined;
  // "55 percent said so", "the candidate said no.": a one-word answer is what was said.
  // ("She has not said so in public", "never said yes": a negated cue with a one-word answer says
  // that nothing was said; the answer stands for no words of the speaker's.)
  if (ANSWERS.has(first.norm) && ANSWER_CUES.has(form.entry.lemma) && i === match.last + 1 && isAnswerEnd(tokens[i + 1])) return negatedCue(tokens, match.first) ? undefined : { index: i, rule: 'answer' };
  // "said about half of the cuts were new": an approximating word before a number opens a subject.
  // ("said at least 42 people died": "at least" and "at most" bound a number as "about" does.)
  const approximate = (APPROXIMATORS.has(first.norm) && (tokens[i + 1]?.kind === 'number' || COUNT_WORDS.has(tokens[i + 1]?.norm ?? ''))) || (first.norm === 'too' && TOO_QUANTITIES.has(tokens[i + 1]?.norm ?? '')) || boundedNumberAt(tokens, i);
  // "hopes in 2030 the city says ...": after a belief, a fronted year dates the clause believed.
  // "said by Friday the port would reopen": a deadline dates the clause said, after any cue.
  const datedEnd = first.norm === 'by' ? deadlineEnd(tokens, i) : form.entry.kind === 'belief' && first.norm === 'in' && YEAR.test(tokens[i + 1]?.text ?? '') ? i + 2 : i;
  const dated = datedEnd > i && (form.entry.kind === 'belief' || form.entry.kind === 'speech') && opensSubject(tokens[tokens[datedEnd]?.text === ',' ? datedEnd + 1 : datedEnd]);
  // ("claims he's worth millions": a contracted subject opens the clause as the bare pronoun does.)
  // ("said not all growers agree", "said not everyone was told": "not" before a quantifier opens a subject.)
  const denied = first.norm === 'not' && DENIED_QUANTIFIERS.has(tokens[i + 1]?.norm ?? '');
  const clauseStart = SUBJECT_PRONOUNS.has(first.norm) || pronounOf(first) !== undefined || DETERMINERS.has(first.norm) || isCapitalised(first) || first.kind === 'number' || approximate || dated || denied;
  if (has(form, 'clause') && clauseStart && form.entry.kind !== 'evidence') return { index: i, rule };
  // "Lind wrote they may have erred", "He writes Ruiz is ahead": a verb of saying that needs
  // "that" (else "wrote a book") still takes a clause whose subject comes straight with its verb.
  if (!has(form, 'clause') && has(form, 'that') && form.entry.kind === 'speech' && (form.tense === 'past' || form.tense === 'present' || form.tense === 'gerund') && i === match.last + 1 && bareClauseAt(tokens, i, end)) return { index: i, rule };
  // "talked about how the town had changed", "spoke of why she ran": after a cue ending in a
  // preposition, a question clause is what was talked about.
  // ("worried about what the mayor has threatened to do": a free relative with a cue of its own
  // is that cue's content.)
  if (has(form, 'object') && WH_WORDS.has(first.norm) && i === match.last + 1 && QUESTION_OBJECT_PREPOSITIONS.has(form.words[form.words.length - 1] ?? '') && i + 1 < end && !(first.norm === 'what' && newAttributionAhead(ctx, i + 1, end, true))) return { index: i, rule: 'question' };
  // "touted how much the harbor had grown", "stressed why the vote mattered": after a verb of
  // saying that names its object, a question clause is that object.
  if (has(form, 'object') && form.entry.kind === 'speech' && i === match.last + 1 && WH_OBJECTS.has(first.norm) && i + 1 < end && !(first.norm === 'what' && newAttributionAhead(ctx, i + 1, end, true))) return { index: i, rule: 'question' };
  if (has(form, 'object')) {
    if (OBJECT_BLOCKERS.has(first.norm) || WH_WORDS.has(first.norm) || first.norm === 'to') return undefined;
    // "the phrase Kell cited has appeared before": a finite verb right after the cue shows the cue
    // closed a relative clause on the phrase before it; nothing follows as its object.
    // ("a plan which he claims has failed", "Mora, whom she alleged was paid": a cue that also
    // takes a clause, with a relative pronoun before its subject, has that pronoun for the subject
    // of the clause said, so the verb straight after the cue opens it.)
    if (FINITE_VERBS.has(first.norm)) return has(form, 'clause') && i === match.last + 1 && relativeSubjectBefore(tokens, match.first) ? { index: i, rule } : undefined;
    // "agreed with Mora that the levy is fair", "admitted to him that ...": after a cue ending in
    // "with" or "to", a name or a pronoun before "that" is whom it was said to or agreed with; what
    // was said is the clause after "that" ("pointed to growers that ..." keeps the noun).
    if (first.norm !== 'that' && i === match.last + 1 && (tokens[match.last]?.norm === 'with' || tokens[match.last]?.norm === 'to')) {
      if (isObjectPronoun(first) && first.norm !== 'it' && tokens[i + 1]?.norm === 'that' && i + 2 < end && opensSubject(tokens[i + 2])) return { index: i + 2, rule: 'that' };
      const np = phraseStartingAt(tokens, i, end);
      const head = np === undefined ? undefined : tokens[np.last];
      if (np !== undefined && head !== undefined && (np.kind === 'name' || isCapitalised(head)) && np.last - np.first < 5 && tokens[np.last + 1]?.norm === 'that' && np.last + 2 < end && opensSubject(tokens[np.last + 2])) return { index: np.last + 2, rule: 'that' };
    }
    // "expressed concern that X", "voiced support for X": after a bare noun of attitude, what is
    // said is the clause or the phrase that the noun takes.
    // ("expressed deep concern that", "voiced much remorse that": a word or two may qualify the noun.)
    if (ATTITUDE_CARRIERS.has(form.entry.lemma)) {
      for (let j = i + 1; j <= i + 3 && j + 1 < end; j++) {
        const link = tokens[j];
        const noun = tokens[j - 1];
        if (link === undefined || noun === undefined || noun.kind !== 'word' || isCapitalised(noun) || isModifier(noun)) break;
        // ("expressed their support for X": a noun of the speaker's own, with a possessive before a
        // preposition, is itself part of what is expressed.)
        if (ATTITUDE_LINKS.has(link.norm) && link.norm !== 'that' && j > i + 1 && POSSESSIVE_DETERMINERS.has(tokens[i]?.norm ?? '')) break;
        if (ATTITUDE_LINKS.has(link.norm) && !DETERMINERS.has(noun.norm)) return { index: j + 1, rule: link.norm === 'that' ? 'that' : 'object' };
      }
    }
    // "offered a defense of the bill", "offers few details": what is offered is said only when it
    // is a word of saying or a view ("offered a job", "offers free tuition" are not).
    if (form.entry.lemma === 'offer') {
      let j = i;
      while (j < end && j < i + 5 && !OFFERED_VIEWS.has(tokens[j]?.norm ?? '') && tokens[j]?.kind === 'word') j++;
      if (!OFFERED_VIEWS.has(tokens[j]?.norm ?? '')) return undefined;
    }
    // "cast the mayor as a spendthrift", "cast doubt on the count": a role given or a doubt raised
    // is said; "cast their ballots" is not.
    if (form.entry.lemma === 'cast' && !(first.norm === 'doubt' && tokens[i + 1]?.norm === 'on') && !roleAhead(tokens, i, end)) return undefined;
    // "dismissed the coach", "dismissed Ana Lind on Sunday": a person let go is no statement; "dismissed
    // Lind as a crank", "dismissed the report" and "dismissed critics who ..." are.
    if (form.entry.lemma === 'dismiss' && personDismissedAt(tokens, i, end) && !roleAhead(tokens, i, end)) return undefined;
    // "standing by her side", "stood by Lind's side": where someone stands, no stand taken on what was said.
    if (form.entry.lemma === 'stand by' && (POSSESSIVE_DETERMINERS.has(first.norm) || isPossessiveToken(first)) && tokens[i + 1]?.norm === 'side') return undefined;
    if (claimWon(form, first)) return undefined;
    // ("A porter identified only as Kofi said": a participle whose object would open with "as"
    // names the noun before it; nothing is said.)
    if (first.norm === 'as' || (NAME_LIMITERS.has(first.norm) && tokens[i + 1]?.norm === 'as')) return undefined;
    // "Housing advocates also said ...": a present form followed by a verb is a noun in the subject.
    let verb = i;
    while (verb < end && verb < i + 3 && isModifier(tokens[verb]) && !DETERMINERS.has(tokens[verb]?.norm ?? '')) verb++;
    const tense = tokens[verb]?.kind === 'word' && !isCapitalised(tokens[verb] as Token) ? matchCue(ctx, verb, end)?.form.tense : undefined;
    if (tense === 'past' || (tense === 'present' && verb > i)) return undefined;
    return { index: i, rule: 'object' };
  }
  if (has(form, 'clause') && form.entry.kind !== 'evidence' && first.kind === 'word' && !CLAUSE_BLOCKERS.has(first.norm)) {
    return { index: i, rule };
  }
  return undefined;
}

/** The indefinite articles. */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Whether the subject right before the cue at `cueFirst` follows a relative pronoun ("which he
 * claims", "whom the mayor alleged", "a toll that the board predicted"): the pronoun is then the
 * gapped subject of the clause said. ("That" counts only after a noun: "said that he claims"
 * has a conjunction.)
 */
function relativeSubjectBefore(tokens: readonly Token[], cueFirst: number): boolean {
  const np = phraseEndingAt(tokens, cueFirst - 1, 0);
  if (np === undefined || np.first === 0 || !relativeOpensAt(tokens, np.first - 1)) return false;
  // ("The plan that the mayor announced was dropped": on a noun that opens its sentence, the
  // clause has the pronoun for the cue's object, and the verb after it is the main clause's; only
  // a noun after a verb or a preposition, or a pronoun after a comma, leaves the subject gapped;
  // so does an indefinite noun after a comma that sums up the clause before it, "..., a trend
  // that the group predicts will go on".)
  const pronoun = pastFocusingEven(tokens, np.first - 1);
  if (tokens[pronoun - 1]?.text === ',') return true;
  const antecedent = phraseEndingAt(tokens, pronoun - 1, 0);
  const before = antecedent === undefined ? undefined : tokens[antecedent.first - 1];
  if (before === undefined) return false;
  if (before.text === ',') return INDEFINITE_ARTICLES.has(tokens[antecedent?.first ?? 0]?.norm ?? '');
  return before.kind === 'word' && !isCapitalised(before) && !CLAUSE_CONJUNCTIONS.has(before.norm);
}

/**
 * Whether a clause with its own subject and a finite verb opens at `i`: a subject pronoun or a
 * one-word name with the verb right after it ("they may have", "Ruiz has", "she stepped"), an
 * existential "there" ("there was"), or a short phrase opened by a determiner (not a possessive)
 * or a name with a form of "be", "have" or a modal right after it ("the agents were", "Kell and
 * her aides had").
 */
function bareClauseAt(tokens: readonly Token[], i: number, end: number): boolean {
  const subject = tokens[i];
  const verb = tokens[i + 1];
  if (subject === undefined || verb === undefined || i + 2 >= end || subject.kind !== 'word' || verb.kind !== 'word') return false;
  if (subject.norm === 'there') return FINITE_VERBS.has(verb.norm);
  const pronoun = SUBJECT_PRONOUNS.has(subject.norm) && subject.norm !== 'it' && subject.norm !== 'you';
  if (pronoun || (isCapitalised(subject) && !DETERMINERS.has(subject.norm) && !ADJUNCT_OPENERS.has(subject.norm))) {
    if (FINITE_VERBS.has(verb.norm) || (pronoun && verb.norm.endsWith('ed') && verb.norm.length > 3)) return true;
  }
  // (Not a possessive: "wrote its constitution", "charged his campaign for rent" name what was
  // written or charged, and a verb after them belongs to a clause around the cue.)
  if (pronoun || !(DETERMINERS.has(subject.norm) || isCapitalised(subject)) || POSSESSIVE_DETERMINERS.has(subject.norm) || ADJUNCT_OPENERS.has(subject.norm)) return false;
  const np = phraseStartingAt(tokens, i, end);
  if (np === undefined || np.kind === 'pronoun' || np.last === i || np.last - i > BARE_SUBJECT_REACH) return false;
  const finite = tokens[np.last + 1];
  return finite !== undefined && np.last + 2 < end && FINITE_VERBS.has(finite.norm);
}

/** How many words past its first a subject phrase read by {@link bareClauseAt} may run. */
const BARE_SUBJECT_REACH = 6;

/** Whether tokens [from, that) hold no comma and no "whether", so "that" follows a plain object phrase. */
function plainObjectBefore(tokens: readonly Token[], from: number, that: number): boolean {
  for (let k = from; k < that; k++) {
    const t = tokens[k];
    if (t === undefined || t.text === ',' || t.norm === 'whether' || t.norm === 'if') return false;
  }
  return true;
}

/** Whether a phrase and a to-infinitive start at token `i` ("voters to know", "them to leave"). */
function infinitiveWithSubject(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || t.norm === 'to') return false;
  if (isObjectPronoun(t)) return t.norm !== 'it' && tokens[i + 1]?.norm === 'to';
  const np = phraseStartingAt(tokens, i, end);
  return np !== undefined && np.kind !== 'pronoun' && np.last - np.first < 8 && tokens[np.last + 1]?.norm === 'to' && tokens[np.last + 2]?.kind === 'word';
}

/** Words after "said," that cannot open what was said: adjuncts, subordinate and relative clauses, participles. */
const NOT_AFTER_SAID_COMMA: ReadonlySet<string> = new Set(['however', 'though', 'meanwhile', 'too', 'according', 'who', 'which', 'whose', 'where', 'and', 'but', 'or', 'then', 'again', 'instead']);

/** Whether `t`, after "said,", opens the clause that was said. */
function isCommaClauseOpener(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  if (t.norm === 'that') return true;
  if (NOT_AFTER_SAID_COMMA.has(t.norm) || SUBORDINATORS.has(t.norm) || ADJUNCT_OPENERS.has(t.norm) || NP_PREPOSITIONS.has(t.norm) || isModifier(t)) return false;
  return !(t.norm.endsWith('ing') && t.norm.length > 5);
}

/** Whether the gerund before token `k` is an item of a list: "of stalling, hiding, and shredding". */
function listedGerund(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  return next !== undefined && (next.text === ',' || next.norm === 'and' || next.norm === 'or');
}

/** How far `gerundSeries` looks for the last item of a list. */
const SERIES_REACH = 15;

/**
 * Whether the gerund phrase at `k - 1`, after a comma and a gerund phrase a few words before (not
 * the cue's own: "calling Kell his friend, meeting him in May and ..." are acts of their own), is
 * followed by "and" or "or" and another gerund, the last item of a list ("eliminating caucuses,
 * limiting the count of delegates and binding them").
 */
function gerundSeries(ctx: Context, k: number, end: number): boolean {
  const { tokens } = ctx;
  let before = false;
  for (let m = k - 3; m >= 0 && m >= k - 3 - LIST_REACH; m--) {
    const t = tokens[m] as Token;
    if (t.kind === 'word' && !isCapitalised(t) && t.norm.length > 5 && t.norm.endsWith('ing') && matchCue(ctx, m, end) === undefined) before = true;
  }
  if (!before) return false;
  for (let m = k; m < end && m < k + SERIES_REACH; m++) {
    const t = tokens[m] as Token;
    if (t.text === ';' || t.text === ':') return false;
    if (t.norm !== 'and' && t.norm !== 'or') continue;
    const next = tokens[m + 1];
    return next !== undefined && next.kind === 'word' && next.norm.length > 5 && next.norm.endsWith('ing');
  }
  return false;
}

/** Whether a comma, a semicolon or a quotation mark stands in tokens [from, end). */
function commaBefore(ctx: Context, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.text === ',' || t.text === ';' || ctx.opens[k] === 1 || ctx.closes[k] === 1) return true;
  }
  return false;
}

/** Whether token `k` is a dash: an em dash, or a shorter one with space on both sides ("hold - a claim"), not a hyphen ("2019-20", "pre- and"). */
function spacedDash(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || !isDash(t)) return false;
  if (t.text === '—' || t.text === '--') return true;
  const before = ctx.tokens[k - 1];
  const after = ctx.tokens[k + 1];
  if (before === undefined || after === undefined || before.end >= t.start) return false;
  // ("Kell -- who said ... -- will speak": "--" typed as two hyphens is one dash, read at its first.)
  if (after.text === '-' && after.start === t.end) return (ctx.tokens[k + 2]?.start ?? Infinity) > after.end;
  return after.start > t.end;
}

/**
 * Whether token `k` is a hyphen with no space on either side, joining a compound after an
 * abbreviation: "U.S.-based" (an en dash so set, "the event–organized by", is a dash).
 */
function joinedHyphen(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || t.text !== '-') return false;
  const before = ctx.tokens[k - 1];
  const after = ctx.tokens[k + 1];
  return before !== undefined && after !== undefined && before.end === t.start && after.start === t.end && before.text.endsWith('.');
}

/** Whether token `k` is a hyphen attached to the word before it and followed by a space: "low- and middle-income". */
function suspendedHyphen(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || (t.text !== '-' && t.text !== '–')) return false;
  const before = ctx.tokens[k - 1];
  const after = ctx.tokens[k + 1];
  return before !== undefined && after !== undefined && before.kind === 'word' && before.end === t.start && after.start > t.end;
}

/** Whether the dash at `j` is the only spaced one outside quotations in tokens [first, end). */
/** The first spaced dash outside quotations in tokens [from, to), or undefined. */
function closingDashIn(ctx: Context, from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) if (ctx.inQuote[k] !== 1 && spacedDash(ctx, k)) return k;
  return undefined;
}

function loneDash(ctx: Context, j: number, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    if (k !== j && ctx.inQuote[k] !== 1 && spacedDash(ctx, k)) return false;
  }
  return true;
}

/** Subjects that show a "that" before them is a conjunction, not a demonstrative: "that there is ...". */
const SUBJECTS_AFTER_THAT: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);

/**
 * Whether token `k` is a "that" opening a clause with its own subject. "said the dam holds, but
 * that the bridge leaks" reports both clauses; in "..., but that report was older" it is a determiner.
 * A bare plural subject opens one too: "..., but that civilians were hurt".
 */
function conjunctionThat(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'that') return false;
  const next = tokens[k + 1];
  if (next === undefined || next.kind !== 'word') return false;
  if (SUBJECTS_AFTER_THAT.has(next.norm) || (DETERMINERS.has(next.norm) && next.norm !== 'much' && next.norm !== 'more') || isCapitalised(next)) return true;
  // ("..., but that civilians were hurt": a demonstrative would be "those" before a plural noun,
  // so a bare plural with its verb after "that" is the clause's subject.)
  const verb = tokens[k + 2];
  return isPluralNoun(next) && !FINITE_VERBS.has(next.norm) && !COMMON_VERBS.has(next.norm) && verb !== undefined && (FINITE_VERBS.has(verb.norm) || COMMON_VERBS.has(verb.norm) || verb.norm.endsWith('ed'));
}

/** Adverbs that make "not" ask for a "but" to follow: "not only", "not just". */
const NOT_ONLY_ADVERBS: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'simply']);

/** Whether "not only" (or "not just", ...) stands in tokens [first, j): "said it was not just late, but costly" goes on after the comma. */
function notOnlyBefore(tokens: readonly Token[], j: number, first: number): boolean {
  for (let k = j - 1; k > first; k--) {
    if (NOT_ONLY_ADVERBS.has((tokens[k] as Token).norm) && tokens[k - 1]?.norm === 'not') return true;
  }
  return false;
}

/** Words after "but" that open the second term of "not X, but Y", no clause: "but a realist", "but as a lender". */
const CORRECTIVE_BUT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'as', 'rather']);

/**
 * Whether the ", but" at comma `j` gives the second term of a negated one in tokens [first, j):
 * "said she was not a dove, but a realist", "did not see the fund as a gift, but as a loan". The
 * contrast is one statement; "but" there opens no clause of the writer's.
 */
function correctiveBut(tokens: readonly Token[], j: number, first: number): boolean {
  if (!CORRECTIVE_BUT_OPENERS.has(tokens[j + 2]?.norm ?? '')) return false;
  for (let k = j - 1; k > first; k--) {
    const norm = (tokens[k] as Token).norm;
    if (norm === 'not' || norm === 'never' || norm.endsWith("n't")) return true;
  }
  return false;
}

/** US states and their abbreviations as they follow a town after a comma ("Dunmore, Ky.", "Brill, Nevada"). */
const US_STATES: ReadonlySet<string> = new Set([
  'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.', 'kan.', 'kans.', 'ky.', 'la.', 'md.',
  'mass.', 'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'n.h.', 'n.j.', 'n.m.', 'n.y.', 'n.c.', 'n.d.', 'okla.', 'ore.',
  'pa.', 'r.i.', 's.c.', 's.d.', 'tenn.', 'tex.', 'vt.', 'va.', 'wash.', 'w.va.', 'wis.', 'wyo.', 'd.c.',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii',
  'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan',
  'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'wisconsin', 'wyoming',
]);

/** First words of two-word state names: "New Hampshire", "South Carolina", "West Virginia". */
const STATE_NAME_LEADS: ReadonlySet<string> = new Set(['new', 'north', 'south', 'west', 'rhode']);

/**
 * Whether the comma at `j` sets a state after a town, "campaigned in Dunmore, Ky., where ...",
 * "a stop in Lorton, Iowa": the two make one place name, and the comma ends no clause. The state
 * must close the phrase (a comma, a period or the end follow it), so that "..., Florida Sen. Lind
 * said" is not read as one.
 */
function stateComma(tokens: readonly Token[], j: number): boolean {
  const town = tokens[j - 1];
  if (tokens[j]?.text !== ',' || town === undefined || town.kind !== 'word' || !isCapitalised(town)) return false;
  const first = tokens[j + 1];
  if (first === undefined || !isCapitalised(first)) return false;
  const last = STATE_NAME_LEADS.has(first.norm) && tokens[j + 2] !== undefined && isCapitalised(tokens[j + 2] as Token) ? j + 2 : j + 1;
  if (last === j + 1 && !US_STATES.has(first.norm)) return false;
  const after = tokens[last + 1];
  // (An abbreviation keeps its period, "Ky.", and may end the sentence: the next one's first word follows.)
  const abbreviated = last === j + 1 && first.norm.endsWith('.');
  return after === undefined || after.text === ',' || after.text === '.' || after.text === ';' || (abbreviated && isCapitalised(after));
}

/**
 * Whether the comma at `j` closes a full date, "on Sept. 9, 2014, floods hit": it sets off the
 * year, and what follows goes on with the same phrase ("the May 4, 2010, attacks").
 */
function yearComma(tokens: readonly Token[], j: number): boolean {
  const year = tokens[j - 1];
  return year !== undefined && year.kind === 'number' && year.norm.length === 4 && tokens[j - 2]?.text === ',' && tokens[j - 3]?.kind === 'number' && isMonth(tokens[j - 4]);
}

/**
 * Whether the comma at `comma` closes an appositive on a name that opens a clause, so that the
 * verb after it is that name's: "said that Kell, the port's lawyer, saw the vote"; or a name in
 * apposition to a description that does, "said that the director, Tom Hale, called her in".
 */
function subjectAppositiveBefore(ctx: Context, comma: number, first: number): boolean {
  const { tokens } = ctx;
  let c = comma - 1;
  while (c > first && c > comma - 9 && tokens[c]?.kind === 'word' && ctx.opens[c] !== 1 && ctx.closes[c] !== 1) c--;
  if (c <= first || c >= comma - 1 || tokens[c]?.text !== ',') return false;
  const name = tokens[c - 1];
  const head = tokens[c + 1] as Token;
  if (name === undefined || !(isCapitalised(name) || (isCapitalised(head) && name.kind === 'word'))) return false;
  if (!DETERMINERS.has(head.norm) && !POSSESSIVE_DETERMINERS.has(head.norm) && !isCapitalised(head)) return false;
  const appositive = phraseStartingAt(tokens, c + 1, comma);
  if (appositive === undefined || appositive.last !== comma - 1) return false;
  const np = phraseEndingAt(tokens, c - 1, first);
  if (np === undefined) return false;
  const before = tokens[np.first - 1];
  return np.first === first || before === undefined || before.norm === 'that' || SUBORDINATORS.has(before.norm) || matchCue(ctx, np.first - 1, comma) !== undefined;
}

/** How many tokens a pair of dashes may enclose as an aside. */
const DASH_ASIDE_WINDOW = 14;

/**
 * Whether the dash at `j` opens an aside that a second dash closes, after which the phrase goes
 * on: "urged towns to publish costs — including wages — of their plans". (Not a clause after
 * "and" or "but", "— and they did —", nor one the closing dash hands over to, "— but ...".)
 */
function dashAside(ctx: Context, j: number, end: number): boolean {
  const { tokens } = ctx;
  const lead = tokens[j + 1]?.norm;
  if (lead === 'and' || lead === 'but') return false;
  for (let k = j + 2; k < end && k <= j + DASH_ASIDE_WINDOW; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (!isDash(t) || suspendedHyphen(ctx, k)) continue;
    const next = tokens[k + 1];
    if (next === undefined || k + 1 >= end || next.kind !== 'word') return false;
    return next.norm !== 'and' && next.norm !== 'but' && !CONTRAST_OPENERS.has(next.norm) && !mainClauseAt(ctx, k + 1, end) && !startsPredicate(ctx, k + 1, end);
  }
  return false;
}

/** Whether the dash at `j` closes an aside that `dashAside` reads on through. */
function closesDashAside(ctx: Context, j: number, end: number): boolean {
  const { tokens } = ctx;
  for (let k = j - 2; k >= 0 && k >= j - DASH_ASIDE_WINDOW; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (isDash(t) && !suspendedHyphen(ctx, k)) return dashAside(ctx, k, end);
  }
  return false;
}

/** How far back from a comma `closesFrontedAdjunct` looks for the adjunct's opener. */
const FRONTED_REACH = 24;

/**
 * Whether the comma at `comma` closes an adjunct fronted in what was said, right after "that" or
 * a cue: "said that if the dam fails, the town will insist on ..." goes on with its main clause.
 */
function closesFrontedAdjunct(ctx: Context, comma: number, first: number, end: number): boolean {
  const { tokens } = ctx;
  for (let k = comma - 2; k > first && k >= comma - FRONTED_REACH; k--) {
    const t = tokens[k] as Token;
    // "that, for the first time, a farmer won", "that, having lost twice, she now leads": an
    // adjunct set off after "that".
    if (t.text === ',' && tokens[k - 1]?.norm === 'that' && k + 1 < comma - 1) return !reportAhead(ctx, comma + 1, end);
    if (t.kind === 'punct' || ctx.opens[k] === 1 || ctx.closes[k] === 1) return false;
    if (!FRONTED_OPENERS.has(t.norm)) continue;
    // ("said that while the dam held, ...": a contrast is often reported on its own.)
    if (CONTRAST_OPENERS.has(t.norm)) return false;
    // ("asked if the dam held, Kell replied": after a cue alone, "if" or "when" opens what was
    // asked or its own adjunct; "said even if ..." fronts one.)
    const fronted = tokens[k - 1]?.norm === 'that' || (tokens[k - 1]?.norm === 'even' && (tokens[k - 2]?.norm === 'that' || matchCue(ctx, k - 2, end) !== undefined));
    return fronted && !reportAhead(ctx, comma + 1, end);
  }
  return false;
}

/**
 * Whether a cue of saying followed by a clause of its own stands within a few words from `from`:
 * "..., he argued the mill would close" is the writer's next attribution; "..., he repeated his
 * request" is not.
 */
function reportAhead(ctx: Context, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 8); k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind === 'punct' || ctx.opens[k] === 1) return false;
    const cue = matchCue(ctx, k, end);
    if (cue !== undefined && cue.form.entry.kind === 'speech' && has(cue.form, 'clause') && (cue.form.tense === 'past' || cue.form.tense === 'present')) {
      const after = ctx.tokens[cue.last + 1];
      return after === undefined || after.norm === 'that' || after.kind === 'punct' || mainClauseAt(ctx, cue.last + 1, end);
    }
  }
  return false;
}

/**
 * Whether a clause on a place with a personal pronoun as its subject opens at `k`, after a comma:
 * "said the vote went well in Vale, where she grew up" adds the writer's own note on the place.
 */
function placeAsideAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === 'where' && PERSONAL_SUBJECTS.has(tokens[k + 1]?.norm ?? '');
}

/** Auxiliaries that stand for the verb before them after "as": "as have others", "as did the mayor". */
const STAND_IN_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had', 'did', 'does', 'do']);

/**
 * Whether "as" and an auxiliary standing for the verb before it open at `k`, after a comma: "said
 * she backs the levy, as have two other mayors" is the writer's note that others did the same.
 */
function sameActAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === 'as' && STAND_IN_AUXILIARIES.has(tokens[k + 1]?.norm ?? '');
}

/**
 * Whether "through" and someone who speaks for the speaker open at `k`: "denied the charge through
 * his lawyer", "declined comment through a spokeswoman" name the channel, not what was said.
 */
function spokespersonAt(tokens: readonly Token[], k: number): boolean {
  // ("said the fee was paid through a lawyer in Tarn": one that the clause goes on after is part of it.)
  return tokens[k]?.norm === 'through' && EVENT_DETERMINERS.has(tokens[k + 1]?.norm ?? '') && ATTACHED_ROLES.has(tokens[k + 2]?.norm ?? '') && (tokens[k + 3] === undefined || tokens[k + 3]?.kind === 'punct');
}

/**
 * Whether "that" at `k` opens a quotation ("..., but that “a lot of growers like Pike”"): a
 * quotation after "that" is the clause "that" introduces.
 */
function quotedThatClause(ctx: Context, k: number): boolean {
  return ctx.tokens[k]?.norm === 'that' && ctx.opens[k + 1] === 1;
}

/**
 * Whether "on condition of anonymity" or "on the condition that ... anonymity" opens at `k`: the
 * terms on which a source spoke ("said, on condition of anonymity, that ...", "confirmed the
 * toll on the condition of anonymity") belong to the act of speaking, not to what was said.
 */
function anonymityTermsAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'on') return false;
  const noun = tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
  if (tokens[noun]?.norm !== 'condition') return false;
  const link = tokens[noun + 1]?.norm;
  return (link === 'of' || link === 'that') && (tokens[noun + 2]?.norm === 'anonymity' || tokens[noun + 3]?.norm === 'anonymity');
}

/** Passive participles that name how a source is credited: "to be named", "to be identified". */
const SOURCING_PARTICIPLES: ReadonlySet<string> = new Set(['named', 'identified', 'quoted']);
/** Words that may follow such a participle in the formula: a manner or a reason ("by name", "because ..."). */
const SOURCING_TAILS: ReadonlySet<string> = new Set(['by', 'because', 'for', 'publicly', 'in', 'on', 'so', 'since', 'as']);

/**
 * Whether the infinitive at `k` asks how the source is credited, "(not) to be named", "to be
 * identified", "to be quoted": the anonymity formula of news prose ("who declined to be named").
 */
function sourcingTermsAt(tokens: readonly Token[], k: number): boolean {
  const to = tokens[k]?.norm === 'not' ? k + 1 : k;
  if (tokens[to]?.norm !== 'to' || tokens[to + 1]?.norm !== 'be' || !SOURCING_PARTICIPLES.has(tokens[to + 2]?.norm ?? '')) return false;
  // (The participle closes the phrase or takes a reason or a manner, "to be named because ...",
  // "to be quoted by name"; "wants to be named chairman" is a post wanted.)
  const after = tokens[to + 3];
  // ("a clerk who declined to be named said": the relative clause may end there, the main verb next.)
  return after === undefined || after.kind === 'punct' || SOURCING_TAILS.has(after.norm) || FINITE_VERBS.has(after.norm) || COMMON_VERBS.has(after.norm);
}

/**
 * Whether "and" at `j` opens a clause of its own after what a cue names, a determiner, its noun and
 * an auxiliary following: "praised the levy and his staff has backed it since" (not a pair of
 * subjects inside a clause the object holds, "told the clerk that he and the mayor had met").
 */
function clauseAfterObjectAt(tokens: readonly Token[], j: number, first: number): boolean {
  if (tokens[j]?.norm !== 'and' || !(EVENT_DETERMINERS.has(tokens[j + 1]?.norm ?? '') || tokens[j + 1]?.norm === 'the') || !FINITE_VERBS.has(tokens[j + 3]?.norm ?? '') || pronounOf(tokens[j - 1]) !== undefined) return false;
  // ("Residents who praised the ferry and the harbor were pleased": after a relative pronoun the
  // verb is the main clause's.)
  for (let k = j - 1; k >= first && k > j - RELATIVE_REACH; k--) if (RELATIVE_PRONOUNS.has(tokens[k]?.norm ?? '')) return false;
  return true;
}

/** How far back `clauseAfterObjectAt` looks for a relative pronoun. */
const RELATIVE_REACH = 12;

/**
 * Whether "without" and a gerund open at `j`: "called the marchers paid agitators without offering
 * proof" says how the speaker spoke, not more of what was named.
 */
function withoutGerundAt(tokens: readonly Token[], j: number, first: number): boolean {
  // ("accused the board of raising fares without telling riders", "urged the council to act without
  // waiting": after a verb of what is named, the manner is part of it.)
  return withoutGerund(tokens, j) && !namedVerbBefore(tokens, j, first);
}

/**
 * Whether what a cue names holds a verb of its own before `j`, an infinitive or a gerund after a
 * preposition ("urged the council to act", "accused the board of raising fares"): an adjunct after
 * it then qualifies that verb and belongs to what was named.
 */
function namedVerbBefore(tokens: readonly Token[], j: number, first: number): boolean {
  for (let k = j - 1; k >= first && k > j - RELATIVE_REACH; k--) {
    const t = tokens[k];
    if (t !== undefined && (t.norm === 'to' || (t.norm.endsWith('ing') && NP_PREPOSITIONS.has(tokens[k - 1]?.norm ?? '')))) return true;
  }
  return false;
}

/**
 * Whether what a cue names holds a gerund after a preposition before `j` ("accused the board of
 * raising fares"), with no comma between.
 */
function gerundNamedBefore(tokens: readonly Token[], j: number, first: number): boolean {
  for (let k = j - 1; k >= first && k > j - RELATIVE_REACH; k--) {
    const t = tokens[k];
    if (t === undefined || t.text === ',') return false;
    // ("accused the board of “raising fares” by ...": a quotation may open on the gerund.)
    const lead = tokens[k - 1]?.kind === 'quote' ? k - 2 : k - 1;
    if (t.norm.endsWith('ing') && t.norm.length > 4 && NP_PREPOSITIONS.has(tokens[lead]?.norm ?? '')) return true;
  }
  return false;
}

/** Whether "had" and a participle that is no cue open a relative clause's predicate at `k`: "(who) had grown up abroad". */
function pastPerfectRelative(ctx: Context, k: number, end: number): boolean {
  return ctx.tokens[k]?.norm === 'had' && matchCue(ctx, k + 1, end) === undefined;
}

/** Prepositions that open a headline's subtitle after a colon: "Inside the Rise of ...", "Behind the Strike". */
const SUBTITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['inside', 'behind', 'beyond', 'on', 'in', 'after', 'under', 'among']);

/** Conjunctions after which a quotation goes on with what was said. */
const QUOTATION_LINKS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'because', 'while']);

/**
 * Whether the comma or the conjunction at `j` (or the closing mark before the conjunction) joins a
 * quotation to what was said: "said the count was close, but “we are still counting”", "called the
 * plan “rash” and “costly”". The speaker's own words after a conjunction carry the statement on,
 * unless the quotation has an attribution of its own ("..., and “we will win,” Kell added").
 */
function quotationAfterConjunction(ctx: Context, j: number, end: number): boolean {
  const { tokens } = ctx;
  const link = tokens[j]?.text === ',' || ctx.closes[j] === 1 ? j + 1 : j;
  // (This runs on every token a content runs over, and few are followed by an opening mark: the
  // mark is read first, so that most tokens cost no look-up of their word.)
  if (ctx.opens[link + 1] !== 1) return false;
  const t = tokens[link];
  return t !== undefined && QUOTATION_LINKS.has(t.norm) && !attributedQuotation(ctx, link + 1, end);
}

/** Words that open or join a clause inside content, after which a finite verb may be that clause's own. */
const CLAUSE_LINKS_IN_CONTENT: ReadonlySet<string> = new Set(['and', 'or', 'but', 'that', 'who', 'which', 'whom', 'whose', 'what', 'if', 'whether', 'when', 'because', 'as', 'than', 'where', 'while', 'since', 'although', 'though', 'unless', 'until', 'before', 'after', 'how', 'why']);

/** Sounds an audience makes in response to what is said: "to applause", "to loud cheers". */
const AUDIENCE_SOUNDS: ReadonlySet<string> = new Set(['applause', 'cheers', 'cheering', 'laughter', 'boos', 'booing', 'jeers', 'gasps', 'groans', 'whoops', 'heckles', 'heckling']);

/** The pronouns of one person, who may be the speaker: "he", "she". */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Whether a verb in -s or -ed that is no cue opens at `k` after "as" and "he" or "she", with
 * more words after it: "said he was ready as he faced his first test", "praised the crew as she
 * toured the dock" (the time of the saying, the writer's). ("said the count was slow as they
 * waited": a plural pronoun may be others than the speaker, whose wait is part of what was said.)
 */
function asCircumstanceAt(ctx: Context, k: number, end: number): boolean {
  const verb = ctx.tokens[k];
  if (verb === undefined || verb.kind !== 'word' || isCapitalised(verb) || k + 1 >= end || FINITE_VERBS.has(verb.norm)) return false;
  return (verb.norm.endsWith('ed') || hasPluralEnding(verb.norm)) && matchCue(ctx, k, end) === undefined;
}

/** Whether the content of a statement ends at token `j` (and where: `j` or just after a closing mark). */
function isContentStop(ctx: Context, j: number, end: number, objectFrame: boolean, first: number): number | undefined {
  const { tokens } = ctx;
  if (ctx.inQuote[j] !== 1 && quotationAfterConjunction(ctx, j, end)) return undefined;
  // "endorsed Trump at a news conference on Monday": the adjunct is not what was endorsed.
  if (objectFrame && ctx.inQuote[j] !== 1 && isTrailingAdjunct(tokens, j) && !complementAfterTime(tokens, j, end) && !quotationAfterTime(ctx, j, end) && !sayingAfterTime(ctx, j, end)) {
    return j;
  }
  if (objectFrame && ctx.inQuote[j] !== 1 && ctx.opens[j] !== 1) {
    const t = tokens[j];
    // "mocked the mayor on Twitter": the medium the speaker used is not what was named.
    if (mediumAt(tokens, j)) return j;
    // "criticized the mayor in an email to donors": so is the channel of the act.
    if (channelAdjunctAt(tokens, j)) return j;
    // "confirmed the split to the magazine": so is the press it was said to.
    if (pressListenerAt(tokens, j) && !toComplementVerbBefore(tokens, j, first) && !namedVerbBefore(tokens, j, first)) return j;
    // "called the deal a disaster — and ...": what is named ends at a dash, but not at a hyphen
    // left hanging before a second compound ("rebates for low- and middle-income renters"), nor at
    // a pair of dashes around an aside ("urged towns to publish costs — including wages — of ..."),
    // nor before a "that" clause spelling the object out ("repeated her charge — that Kell lied").
    if (t !== undefined && isDash(t) && !suspendedHyphen(ctx, j) && !joinedHyphen(ctx, j) && !dashAside(ctx, j, end) && !closesDashAside(ctx, j, end) && !conjunctionThat(tokens, j + 1)) return j;
    // "praised the dam, the work began in March": a subject and its verb after a comma start a clause of their own.
    if (t !== undefined && t.text === ',' && mainClauseAt(ctx, j + 1, end)) return j;
    // "named five members, while Kell named six": a contrast after what is named ("backed the
    // process, though not the cost" goes on).
    if (t !== undefined && t.text === ',' && CONTRAST_OPENERS.has(tokens[j + 1]?.norm ?? '') && tokens[j + 1]?.norm !== 'though') return j;
    // "claimed victory, with results showing it won": a circumstance whose poll or record reports
    // with a participle is a statement of its own, not part of what is named.
    if (t !== undefined && CIRCUMSTANCE_PREPOSITIONS.has(t.norm) && evidenceParticipleAfter(tokens, j + 1, end)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // "hinted at a shakeup, then took it back": a next step after what is named.
    if (t !== undefined && t.text === ',' && tokens[j + 1]?.norm === 'then') return j;
    // "praised the July convention, where the party will pick its nominee": so does a clause on a place.
    if (t !== undefined && t.text === ',' && tokens[j + 1]?.norm === 'where') return j;
    // "had endorsed Kell and Ruiz before backing Lind": what is named ends before an action that
    // follows it in time (measured on polnear-train: 3 of 4 such objects then match; "after" lost);
    // but when what is named is itself an act ("urged residents to boil water before drinking
    // it"), the adjunct times that act and belongs to it.
    if (t !== undefined && t.norm === 'before' && tokens[j + 1]?.kind === 'word' && (tokens[j + 1]?.norm.length ?? 0) > 5 && tokens[j + 1]?.norm.endsWith('ing') === true && !namedVerbBefore(tokens, j, first)) return j;
    // "has been critical of Kell since they both ran for mayor", "praised the law, since it returns
    // power to towns": a clause of time or cause with a pronoun subject after what is named.
    if (t !== undefined && t.norm === 'since' && (PERSONAL_SUBJECTS.has(tokens[j + 1]?.norm ?? '') || tokens[j + 1]?.norm === 'it')) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // "mocked the council when the mayor announced the levy", "backed the levy, even as Kell
    // opposed it": a clause of time or contrast with a speaker and a cue of its own is the writer's
    // next statement (measured on polnear-train; "as", "because" and "now" lost, and so did the
    // same stop after a reported clause).
    if (t !== undefined && (classAt(ctx, j) & CLASS_OBJECT_CLAUSE_OPENER) !== 0 && speakerCueAt(ctx, (t.norm === 'even' || t.norm === 'just') && tokens[j + 1]?.norm === 'as' ? j + 2 : j + 1, end)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // ("said they dislike the toll while 43 percent say the opposite about the fares": a plural subject with "say" too.)
    if (t !== undefined && t.norm === 'while' && pluralSayAt(ctx, j + 1, end)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // "praised the mayor by noting that the ferry runs on time": a participle of saying after "by"
    // is a statement of its own (measured on polnear-train: 4 more objects matched, 2 lost; any
    // participle of a cue there lost as many as it won).
    if (t !== undefined && t.norm === 'by' && tokens[j + 1]?.norm.endsWith('ing') === true) {
      const participle = matchCue(ctx, j + 1, end);
      // ("accused the board of raising fares by announcing ...": not after a gerund that what is
      // named holds; the participle then tells how that act was done.)
      if (participle !== undefined && participle.form.tense === 'gerund' && participle.form.entry.kind === 'speech' && has(participle.form, 'clause') && !gerundNamedBefore(tokens, j, first)) return j;
    }
    // "backed the levy, and the council passed it", "attacked Kell for the delay, so Kell quit":
    // the same after "and" or "so".
    if (t !== undefined && t.text === ',' && (tokens[j + 1]?.norm === 'and' || tokens[j + 1]?.norm === 'so') && mainClauseAt(ctx, j + 2, end)) return j;
    // "praised the plan and the council has approved it": so does one without the comma, when an
    // auxiliary follows the new subject (measured on polnear-train: 3 more objects, none lost).
    if (clauseAfterObjectAt(tokens, j, first)) return j;
    // "signed the bill despite his doubts", "backed the truce amid new fighting": a concession or a
    // circumstance after what is named is the writer's account of the act (not when a clause inside
    // what is named can take it, "a clerk who despite the snow came in").
    if (concessionAfterObjectAt(tokens, j, end)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // "mocked him on Capitol Hill", "beat her by a wide margin", "praised it in print": a pronoun
    // right after the cue is the whole of what is named, and the phrase after it the act's.
    if (adjunctAfterPronounObjectAt(ctx, j, end) && !sayingAfterTime(ctx, j, end)) return j;
    // "named the rival without saying why": the manner of the act is the writer's (measured on
    // polnear-train: 2 more objects, none lost; without a gerund, "without proof", it lost).
    if (withoutGerundAt(tokens, j, first)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // "praised X and handed Y ...", "opposes X but supported Y": a second verb starts a new predicate
    // (measured on polnear-train: as a stop for every frame it cost more than it gained).
    if (t !== undefined && (t.norm === 'and' || t.norm === 'but') && !MODALS_AFTER_AND.has(tokens[j + 1]?.norm ?? '') && !attributiveParticipleAt(tokens, j + 1) && !pairedAdjectiveAt(tokens, j) && !pairedAsComplementAt(tokens, j, end) && secondPredicate(ctx, j + 1, end) && !joinsInfinitive(ctx, j, first) && !pairedOrRelativeBefore(ctx, j, first)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
  }
  if (ctx.inQuote[j] === 1 || ctx.opens[j] === 1) return undefined;
  const t = tokens[j];
  if (t === undefined) return undefined;
  if (t.text === ';') return j;
  if (t.norm === 'as' && PERSON_PRONOUNS.has(tokens[j + 1]?.norm ?? '') && asCircumstanceAt(ctx, j + 2, end)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
  // "said the dam would be rebuilt, to applause from the crowd", "said she did, to cheers": the
  // audience's response to the words is the writer's, no part of them.
  if (t.norm === 'to' && (AUDIENCE_SOUNDS.has(tokens[j + 1]?.norm ?? '') || (AUDIENCE_SOUNDS.has(tokens[j + 2]?.norm ?? '') && tokens[j + 1]?.kind === 'word' && !isCapitalised(tokens[j + 1] as Token)))) return tokens[j - 1]?.text === ',' ? j - 1 : j;
  // "chanting “Pay up” and waving flags": a second verb of the cue's form after a quotation the
  // cue opened is the speaker's next act, not more of what was chanted.
  if (t.norm === 'and' && ctx.closes[j - 1] === 1 && verbAfterQuotedCue(ctx, j, end)) return j;
  // "denied the charge through her lawyer": the one the speaker spoke through is the channel, not
  // what was said (measured on polnear-train: 2 more statements, none lost).
  if (spokespersonAt(tokens, j)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
  // "confirmed the toll on the condition of anonymity": terms on which the source spoke.
  if (anonymityTermsAt(tokens, j)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
  // "Kell said the ledger could wait: “My desk is full today,” he wrote.": a quotation after a colon
  // that an attribution of its own follows is a statement of its own.
  if ((t.text === ':' || isDash(t)) && ctx.opens[j + 1] === 1 && attributedQuotation(ctx, j + 1, end)) return j;
  // A comma ends a clause; one inside a closing mark (“...,” promising ...) does too, and the
  // content then keeps the mark.
  const closerComma = ctx.closes[j] === 1 && tokens[j - 1]?.text === ',';
  if ((t.text === ',' || closerComma) && !yearComma(tokens, j) && !stateComma(tokens, j) && !addsToPhrase(tokens, j)) {
    const at = closerComma ? j + 1 : j;
    const after = tokens[j + 1];
    // "..., a claim no one else accepts.": an indefinite phrase closing the sentence comments on
    // what was said.
    // (Not after a second verb set off by commas, "could reduce, but not erase, a debt": the phrase
    // is the object both verbs share.)
    if (after !== undefined && (after.norm === 'a' || after.norm === 'an') && !sharedObjectAfter(tokens, j, first) && finalAppositive(ctx, j + 2, end)) return at;
    // "said she backed Ana Pike, the harbor master.": a definite one describes the last name or
    // thing, which the writer adds (not an item of a list, "Ruiz and Pike, the clerks", nor a
    // quoted title, "“Tide Line,” the harbor show", nor one with a relative clause, "Ruiz, the
    // engineer who built it", unless an ordinal or a superlative ranks what was said, "..., the
    // first time it has done so").
    if (after?.norm === 'the' && !closerComma && ctx.closes[j - 1] !== 1 && !listBefore(tokens, j, first) && finalAppositive(ctx, j + 2, end, rankingAt(tokens, j + 2))) return at;
    // ", saying ...", ", according to ...": a participle or a source of its own (not a word read only
    // after "be": ", looking for weak spots").
    const next = matchCue(ctx, j + 1, end);
    if (next !== undefined && next.form.tense === 'gerund' && !isAdjectiveEntry(next.form.entry)) return at;
    if (after?.norm === 'according' && tokens[j + 2]?.norm === 'to') return at;
    // "..., called her X and boycotted Y": a new cue after the comma is a new statement (not the
    // verb after an appositive on a name, "said that Kell, the port's lawyer, saw the vote").
    // ("said the forecast, which calls for flat sales, suggested that ...": nor the verb after a
    // relative clause inside the subject.)
    // (Nor a participle set off as an aside before the clause's verb: "said the report, expected in
    // May, would differ".)
    if (next !== undefined && (next.form.tense === 'past' || next.form.tense === 'present') && !(next.form.tense === 'past' && participleAsideAt(ctx, next.last + 1, end)) && !subjectAppositiveBefore(ctx, j, first) && namingAsideEnd(ctx, j + 1, end) < 0 && !closesNamingAside(ctx, j, end) && !pronounAsideBefore(ctx.tokens, j, first) && !viewAsideBefore(ctx.tokens, j, first) && !comparisonAt(tokens, j + 1) && !closesRelativeClause(ctx, j, first, end)) return at;
    // "..., and three-quarters said ...", "..., Ben Carson said Monday": a speaker and a cue of their own.
    if (after !== undefined && (after.norm === 'and' || after.norm === 'but') && newAttributionAhead(ctx, j + 2, end)) return at;
    // "..., and Tom Reed, the budget adviser, said ...": a new subject with an appositive and a verb of its own.
    if (after !== undefined && (after.norm === 'and' || after.norm === 'but' || after.norm === 'while') && appositiveClauseAt(ctx, j + 2, end)) return at;
    // "..., his campaign manager, Tomas Pek, said.": so is a speaker with an appositive whose cue
    // follows what it reports; the content ends before the speaker.
    if (appositiveAttributionAt(ctx, j + 1, end)) return at;
    // "..., though analysts expect ...": a contrast with a speaker and a cue of its own.
    if (after !== undefined && CONTRAST_OPENERS.has(after.norm) && newAttributionAhead(ctx, j + 2, end, true)) return at;
    // ("the plan, which she called “reckless,” would fail", "Ortiz, who refused to testify, is now
    // helping": not a relative clause the sentence resumes after; "said rules on tolls, fares and
    // routes should be left to towns": nor the next item of a list.)
    if (after !== undefined && after.norm !== 'and' && after.norm !== 'but' && newAttributionAhead(ctx, j + 1, end) && !((after.norm === 'which' || after.norm === 'who') && relativeClauseClosesBeforeVerb(ctx, j + 2, end)) && !listGoesOn(ctx, j, end) && !closesFrontedAdjunct(ctx, j, first, end)) return at;
    // ("said he lived in the unit, where, she said, it was hot": "where" or "when" set off before an
    // attribution opens what that attribution reports.)
    if (after !== undefined && (after.norm === 'where' || after.norm === 'when') && tokens[j + 2]?.text === ',' && newAttributionAhead(ctx, j + 2, end)) return at;
    // After a comma, these words usually start the writer's own clause, not more of what was
    // said ("..., but his spokesman declined", "..., which he describes as"); measured on
    // polnear-train, each ends the content in about 60% or more of the cases where it follows one.
    // "..., but had not yet discussed ..." goes on with the same subject: not a new clause.
    const verbAfterBut =
      after?.norm === 'but' &&
      (VERB_MODIFIERS.has(tokens[j + 2]?.norm ?? '') || matchCue(ctx, j + 2, end) !== undefined || SAME_SUBJECT_AFTER_BUT.has(tokens[j + 2]?.norm ?? ''));
    // "the bridge, which opened in 1952, would reopen": a relative clause inside the subject.
    // "a panel, which would include the mayor, to study the levy": one on an object that the
    // sentence's infinitive resumes after.
    const embedded = (after?.norm === 'which' && relativeClauseClosesBeforeVerb(ctx, j + 2, end)) || resumesAfterRelative(ctx, j, end);
    if (after !== undefined && CLAUSE_AFTER_COMMA.has(after.norm) && !verbAfterBut && !embedded && !(after.norm === 'but' && (conjunctionThat(tokens, j + 2) || quotedThatClause(ctx, j + 2) || notOnlyBefore(tokens, j, first) || correctiveBut(tokens, j, first))) && !comparisonAt(tokens, j + 1)) return at;
    // "said the talks were not over, in comments to reporters", "..., in a televised address": the
    // channel of the statement after a comma is the writer's, not more of what was said.
    if (after?.norm === 'in' && channelAt(tokens, j + 2)) return at;
    // "..., where she grew up": a clause on a place with a pronoun subject is the writer's note
    // (measured on polnear-train: 3 more statements, none lost; with a noun phrase as the subject
    // the clause is as often part of what was said).
    if (placeAsideAt(tokens, j + 1)) return at;
    // "..., as have two other mayors": that others did the same is the writer's note (measured on
    // polnear-train: 3 more statements, none lost; "as is" and "as are" lost).
    if (sameActAt(tokens, j + 1)) return at;
    // "said the blast was set off by a drone, without giving evidence": what the speaker left out
    // is the writer's remark, not more of what was said.
    if (withoutGerund(tokens, j + 1)) return at;
    // "..., drawing jeers from the crowd", "..., drawing a sharp reply from Kell": how the audience
    // or a rival took the words is the writer's report, as ", prompting" and ", sparking" are (not
    // "drawing on" or "drawing up", which use or make something).
    if (after?.norm === 'drawing' && !DRAWING_PARTICLES.has(tokens[j + 2]?.norm ?? '')) return at;
    // "..., speaking on condition of anonymity", "..., talking to reporters in Geneva": how and
    // where the source spoke belongs to the act of saying, not to what was said.
    if ((after?.norm === 'speaking' || after?.norm === 'talking') && (NP_PREPOSITIONS.has(tokens[j + 2]?.norm ?? '') || tokens[j + 2]?.norm === 'to')) return at;
    // "..., even as the board delayed the vote": a concession after a comma is the writer's
    // (measured on polnear-train: ", even as" and ", even though" each gained; without the comma lost).
    if (after?.norm === 'even' && (tokens[j + 2]?.norm === 'as' || tokens[j + 2]?.norm === 'though')) return at;
    // "..., while campaigning in Ohio": a participle after "while" is the writer's; so is "..., while
    // others ...", a contrast with the speaker ("Some growers backed the levy, while others ...").
    if (after?.norm === 'while' && (tokens[j + 2]?.norm.endsWith('ing') === true || tokens[j + 2]?.norm === 'others' || tokens[j + 2]?.norm === 'other')) return at;
    // "said the award went to Ruiz, who led the count on Monday.": a relative clause on a person
    // ("who", "whose") that runs to the end without a comma is the writer's aside.
    // ("said she had a letter from her cousin, who had lived abroad for years": not one in the past perfect,
    // which sets it back in the time of what was reported, as indirect speech does, unless its verb
    // is a cue of its own: "..., who had lashed out at the board".)
    if ((after?.norm === 'who' || after?.norm === 'whose') && !commaBefore(ctx, j + 2, end) && !pastPerfectRelative(ctx, j + 2, end)) return at;
    // "..., with whom he clashed at the hearing.": so does one opened by a preposition and "whom".
    if (after !== undefined && NP_PREPOSITIONS.has(after.norm) && tokens[j + 2]?.norm === 'whom' && !commaBefore(ctx, j + 3, end)) return at;
    // "praised the levy, reflecting ...": a participial adjunct after what a cue names is the
    // writer's. After a clause it is as often part of what was said ("said the dam failed, leaving
    // the town dry"): on polnear-train a stop there lost more statements than it won.
    // (Not an adjective in "-ing" before its noun, "the board's clumsy, fear-mongering tactics", nor
    // a list of gerunds, "accused Kell of stalling, hiding, and shredding facts".)
    if (objectFrame && after !== undefined && after.kind === 'word' && !isCapitalised(after) && after.norm.endsWith('ing') && after.norm.length > 5 && !PREPOSITIONAL_PARTICIPLES.has(after.norm) && !after.norm.includes('-') && !listedGerund(tokens, j + 2) && !gerundSeries(ctx, j + 2, end)) return at;
  }
  // "said she would back the levy while the mayor predicted it would fail", "..., even as the
  // council argued it was too late": a contrast whose named subject has a cue that takes a clause
  // is the writer's next statement (measured on polnear-train: 4 more statements, none lost; with
  // a pronoun subject, or after "when" or "after", it lost).
  if (!objectFrame && (t.norm === 'while' || ((t.norm === 'even' || t.norm === 'just') && tokens[j + 1]?.norm === 'as'))) {
    const at = t.norm === 'while' ? j + 1 : j + 2;
    if (pronounOf(tokens[at]) === undefined && speakerCueAt(ctx, at, end, true)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // ("..., while 43 percent say the opposite about the fares": so is a plural subject with "say".)
    if (t.norm === 'while' && pluralSayAt(ctx, at, end)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
  }
  // "said the dam would hold as she urged the board to act": a bare "as" before a pronoun and a
  // cue of saying opens the writer's next statement (measured on polnear-train: 6 more statements,
  // 1 lost; "even as" with a pronoun goes on, as above).
  if (!objectFrame && t.norm === 'as' && tokens[j - 1]?.norm !== 'even' && tokens[j - 1]?.norm !== 'just' && !isDash(tokens[j - 1]) && pronounCueAfterAs(ctx, j, end)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
  // "said the dam would hold — noting that it was built in 1950": a dash before a participle of
  // speech opens a statement of its own, as ", noting" does (measured on polnear-train).
  if (spacedDash(ctx, j) && matchCue(ctx, j + 1, end)?.form.tense === 'gerund') return j;
  // "said the dam would hold — and the engineers agreed": a lone dash before a clause with its own
  // subject and verb sets off the writer's next clause (a pair of dashes encloses an aside inside
  // what was said).
  if (spacedDash(ctx, j) && loneDash(ctx, j, first, end)) {
    const lead = tokens[j + 1]?.norm ?? '';
    const clauseAt = lead === 'and' || lead === 'but' ? j + 2 : j + 1;
    if (mainClauseAt(ctx, clauseAt, end) || CONTRAST_OPENERS.has(lead)) return j;
    // "said he won't debate — and thinks the mayor should": so does the subject's next predicate.
    if ((lead === 'and' || lead === 'but') && tokens[j + 2]?.norm !== 'that' && secondPredicate(ctx, j + 2, end)) return j;
    // "said the count was rigged — a charge the clerks deny": so does an indefinite phrase whose
    // relative clause comments on what was said (not "— a short list of ..." spelling it out).
    if ((lead === 'a' || lead === 'an') && (RELATIVE_PRONOUNS.has(tokens[j + 3]?.norm ?? '') || RELATIVE_PRONOUNS.has(tokens[j + 4]?.norm ?? '')) && finalAppositive(ctx, j + 2, end)) return j;
    // "called the senator “a new Lincoln” — a phrase his rivals mocked": after a quotation closes, a
    // noun phrase behind a lone dash is the writer's comment on the words quoted.
    if ((lead === 'a' || lead === 'an' || lead === 'the') && ctx.closes[j - 1] === 1) return j;
  }
  // "... — and he singled out ...": a dash before a new clause with its own subject.
  // ("said the dam held — and that the levy failed": a second "that" clause is more of what was said.)
  if (isDash(t) && (tokens[j + 1]?.norm === 'and' || tokens[j + 1]?.norm === 'but') && pronounOf(tokens[j + 2]) !== undefined && tokens[j + 2]?.norm !== 'that') return j;
  // "said the mill was closing and she accused the board of delay": a pronoun subject and a cue
  // of saying after "and" or "but" start the writer's next statement (measured on polnear-train:
  // with a named subject, or any cue, it lost more than it gained).
  if (!objectFrame && (t.norm === 'and' || t.norm === 'but') && pronounCueAfterAs(ctx, j, end)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
  if (t.norm === 'and' || t.norm === 'but') {
    // "..., and others have said ...", "X and the mayor said ...": a clause with a speaker and
    // "say" of its own is a new statement.
    if (sayAhead(ctx, j + 1, end)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // "said 39 back Lind and 160 have not announced a choice": a count after "and" with a cue of its
    // own is a new subject (not a range, "between 30 and 40 percent said").
    if (tokens[j + 1]?.kind === 'number' && tokens[j - 1]?.kind !== 'number' && newAttributionAhead(ctx, j + 1, end)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // "said she would attend but did not say whether Kell would": a past or present "do" after
    // "but" carries the writer's next predicate, not more of what was said (on polnear-train 4 of
    // 9 such contents then matched, none lost).
    // ("might have voted but didn't, like ...": not a "do" standing for the verb before it.)
    if (t.norm === 'but' && DO_SUPPORT.has(tokens[j + 1]?.norm ?? '') && tokens[j + 2]?.kind === 'word') return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // "said the mill was safe and declined to say more": a refusal after "and" is the writer's
    // report of the speaker's next act (measured on polnear-train: 2 more statements, none lost).
    if (t.norm === 'and' && REFUSALS.has(tokens[j + 1]?.norm ?? '')) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // ("said the talks went well but declined to give details": after "but" too.)
    if (t.norm === 'but' && REFUSALS.has(tokens[j + 1]?.norm ?? '')) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    // ("said the bill had merit but stopped short of backing it": so is holding back after "but".)
    if (t.norm === 'but' && STOPPING.has(tokens[j + 1]?.norm ?? '') && tokens[j + 2]?.norm === 'short' && tokens[j + 3]?.norm === 'of') return tokens[j - 1]?.text === ',' ? j - 1 : j;
    if (withheldAfter(tokens, j)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    if (t.norm === 'and' && participleAfterParticipleCue(ctx, j, first, end)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    let k = j + 1;
    let auxiliary = false;
    while (k < end && isModifier(tokens[k])) {
      if (FINITE_VERBS.has(tokens[k]?.norm ?? '')) auxiliary = true;
      k++;
    }
    const next = k === j + 1 && (attributiveParticipleAt(tokens, k) || pairedAdjectiveAt(tokens, j)) ? undefined : matchCue(ctx, k, end);
    // "..., but had not yet discussed any plans": an auxiliary carries the same clause on.
    if (auxiliary && next !== undefined && !has(next.form, 'clause')) return undefined;
    // "saying the mill was safe and calling the audit a farce", "... but conceding that ...": a
    // second participle of speech is a statement of its own.
    const secondParticiple = next !== undefined && next.form.tense === 'gerund' && k === j + 1;
    if (next !== undefined && (next.form.tense === 'past' || next.form.tense === 'present' || secondParticiple) && next.form.entry.kind === 'speech' && (has(next.form, 'clause') || has(next.form, 'object') || (next.form.entry.lemma === 'ask' && has(next.form, 'listener') && !pronounSubjectBefore(ctx, j, first, end))) && contentStartAfter(ctx, next, end) !== undefined) {
      // ("said the league is no party group and supports both sides": backing after "and" goes on
      // with what was said; measured on polnear-train, 5 more statements, none lost.)
      if (!objectFrame && next.form.entry.lemma === 'support') return undefined;
      // ("said the firm rolled back the update and added new safeguards": "add" before a bare
      // noun phrase puts something in; it says something only before a clause or a quotation.)
      if (next.form.entry.lemma === 'add' && !addsStatement(ctx, next.last + 1, end)) return undefined;
      // ("said she toured the county and talked about which roads needed work": a question after a
      // prepositional cue goes on with what was said.)
      if (QUESTION_OBJECT_PREPOSITIONS.has(next.form.words[next.form.words.length - 1] ?? '') && WH_WORDS.has(tokens[next.last + 1]?.norm ?? '')) return undefined;
      return tokens[j - 1]?.text === ',' ? j - 1 : j;
    }
    // ("warned the footage was partial and asked the public for patience": so is a request with
    // its listener before "for".)
    const asking = next !== undefined && k === j + 1 && next.form.tense === 'past' ? tokens[k] : undefined;
    if (asking !== undefined && !pronounSubjectBefore(ctx, j, first, end)) {
      const forms = wordEntryOf(ctx, asking).forms;
      if (forms !== undefined && listenerFor(ctx, forms, k, end) !== undefined) return tokens[j - 1]?.text === ',' ? j - 1 : j;
    }
  }
  return undefined;
}

/** How far back from "and" the subject pronoun of the clause it continues may stand ("he spoke to the new chair of the board and"). */
const PRONOUN_SUBJECT_REACH = 10;

/**
 * Whether a personal pronoun ("he", "they") stands before `j` in the same stretch of words, with no
 * punctuation or cue between: "said he spoke to the mayor and asked him to act" reports what the speaker
 * says he did, so the "asked" after "and" shares the pronoun's clause and goes on with what was said.
 */
function pronounSubjectBefore(ctx: Context, j: number, first: number, end: number): boolean {
  for (let k = j - 1; k >= first && k >= j - PRONOUN_SUBJECT_REACH; k--) {
    const t = ctx.tokens[k];
    // (The scan stops at the cue whose content this is: "She said the roads were shut and asked".)
    if (t === undefined || t.kind !== 'word' || matchCue(ctx, k, end) !== undefined) return false;
    if (PERSONAL_SUBJECTS.has(t.norm)) return true;
  }
  return false;
}

/**
 * Whether what follows "add" at `k` is something said: "that", a quotation, a comma or a colon
 * before one, or a clause with a subject and a verb of its own ("added the fix would hold"). A bare
 * noun phrase is a thing put in ("added new safeguards", "added two staff to the desk").
 */
function addsStatement(ctx: Context, k: number, end: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || k >= end) return false;
  if (t.norm === 'that' || ctx.opens[k] === 1 || t.kind === 'punct') return true;
  return mainClauseAt(ctx, k, end);
}

/** Prepositions, time words and conjunctions that open an adjunct of the act after a pronoun object: "him in 2019", "her last week", "it because ...". */
const PRONOUN_ADJUNCT_OPENERS: ReadonlySet<string> = new Set([
  'at', 'in', 'by', 'during', 'after', 'before', 'when', 'while', 'since', 'last', 'this', 'through', 'until', 'amid', 'because',
]);

/**
 * Whether token `j` opens an adjunct after an object pronoun that directly follows a cue ("mocked
 * him | on Capitol Hill", "beat her | by a wide margin"). A pronoun is a whole noun phrase and takes
 * no phrase after it as a modifier, so what follows belongs to the act. "On" does so only before a
 * name (a place, a show): before a common noun it gives the topic the verb asks for ("pressed her
 * on taxes", "trusts him on trade"); "over" gives the cause ("faulted him over the delay") and
 * goes on with what is named.
 */
function adjunctAfterPronounObjectAt(ctx: Context, j: number, end: number): boolean {
  const { tokens } = ctx;
  const t = tokens[j];
  const pronoun = tokens[j - 1];
  if (t === undefined || pronoun === undefined || pronoun.kind !== 'word' || !isObjectPronoun(pronoun) || pronoun.norm === 'you') return false;
  const opener = PRONOUN_ADJUNCT_OPENERS.has(t.norm) || (t.norm === 'on' && tokens[j + 1] !== undefined && isCapitalised(tokens[j + 1] as Token));
  return opener && matchCue(ctx, j - 2, end) !== undefined;
}

/** Prepositions of concession or circumstance: "despite the cost", "amid protests". */
const CONCESSIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['despite', 'amid']);

/**
 * Whether a concessive clause with a subject of its own opens at `j`: "although he ...", "though
 * the board ...", "even though some ..." (not "though not the cost", which goes on with what is
 * named).
 */
function concessiveClauseAt(tokens: readonly Token[], j: number): boolean {
  const n = tokens[j]?.norm;
  const subject = n === 'even' && tokens[j + 1]?.norm === 'though' ? j + 2 : n === 'although' || n === 'though' ? j + 1 : undefined;
  return subject !== undefined && opensSubject(tokens[subject]);
}

/** Words after the comma closing a concession set off as an aside with which what is named goes on: "described the win, despite its cost, as a boon". */
const ASIDE_RESUMERS: ReadonlySet<string> = new Set(['as', 'to']);

/** How far after a concession a comma that closes it as an aside is looked for. */
const CONCESSION_ASIDE_REACH = 12;

/**
 * Whether "despite" or "amid", or a concessive clause ("although she ..."), at `j` opens an
 * adjunct of the verb whose object ends before it. A noun takes no such phrase ("*a bill despite
 * doubts"), so after an object phrase it qualifies the act of naming or backing, which is the
 * writer's. A clause inside what is named (a relative
 * clause or a word in -ing a few words back) may take it instead, and an aside closed by a comma
 * before a verb or the rest of the verb's complement ("a win for Kell, despite his flaws, would
 * help", "described the win, despite its cost, as a boon") sits inside what is named.
 */
function concessionAfterObjectAt(tokens: readonly Token[], j: number, end: number): boolean {
  if (!(CONCESSIVE_PREPOSITIONS.has(tokens[j]?.norm ?? '') || concessiveClauseAt(tokens, j)) || clauseInsideBefore(tokens, j)) return false;
  for (let k = j + 1; k < end && k <= j + CONCESSION_ASIDE_REACH; k++) {
    if (tokens[k]?.text !== ',') continue;
    const next = tokens[k + 1]?.norm ?? '';
    return !FINITE_VERBS.has(next) && !ASIDE_RESUMERS.has(next);
  }
  return true;
}

/** How far back `participleAfterParticipleCue` looks for the participle of the cue. */
const PARTICIPLE_CUE_REACH = 20;

/**
 * Whether "and" at `j` and a participle after it join a second act to the participle of a cue:
 * "toured the port, proposing a toll on ferries and taunting his rival" (what was proposed ends
 * at "and"). The nearest word in -ing before "and" must be that cue, not a participle inside what
 * was said ("saying the town was growing and attracting families") nor a gerund after a
 * preposition ("accused him of proposing a toll and raising fares").
 */
function participleAfterParticipleCue(ctx: Context, j: number, first: number, end: number): boolean {
  const { tokens } = ctx;
  const next = tokens[j + 1];
  if (!gerundAt(next) || PREPOSITIONAL_PARTICIPLES.has(next?.norm ?? '') || !opensVerbComplement(tokens[j + 2])) return false;
  for (let k = j - 1; k >= first && k > j - PARTICIPLE_CUE_REACH; k--) {
    const t = tokens[k];
    if (t === undefined || t.text === ';' || t.text === ':') return false;
    if (!gerundAt(t)) continue;
    const before = tokens[k - 1]?.norm ?? '';
    // ("won by touting the plan and pounding the rival": after "by" the participle is still the cue's.)
    if (ctx.inQuote[k] === 1 || (OBJECT_PREPOSITIONS.has(before) && before !== 'by') || NP_PREPOSITIONS.has(before) || before === 'than') return false;
    return matchCue(ctx, k, end)?.form.tense === 'gerund';
  }
  return false;
}

/**
 * Whether `token`, after a word in -ing, shows that word to be a verb taking its complement (a
 * determiner, a pronoun, a preposition or a mark: "taunting the mayor", "pounding him", "trying
 * to"), not an adjective before its noun ("misleading articles", "growing inequality").
 */
function opensVerbComplement(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === 'punct') return true;
  const n = token.norm;
  return DETERMINERS.has(n) || OBJECT_PREPOSITIONS.has(n) || NP_PREPOSITIONS.has(n) || isObjectPronoun(token) || n === 'up' || n === 'out';
}

/**
 * Whether "compared to" or "compared with" at `k`, after a comma, sets what was said beside
 * something else ("said nurses earn less, compared to their peers in Vale"): a phrase inside it,
 * not a new cue. (Beside a count, "..., compared with 40 percent who said the same", it is the
 * writer's own contrast of figures.)
 */
function comparisonAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'compared' || (tokens[k + 1]?.norm !== 'to' && tokens[k + 1]?.norm !== 'with')) return false;
  for (let m = k + 2; m < k + 2 + COMPARED_FIGURE_REACH; m++) {
    const t = tokens[m];
    if (t === undefined || t.kind === 'number' || STANDALONE_COUNTS.has(t.norm)) return false;
  }
  return true;
}

/** How far after "compared with" a figure is looked for ("compared with the town's 1,200"). */
const COMPARED_FIGURE_REACH = 3;
/** Counts spelled out as words: "compared with four in ten", "compared with half". */
const STANDALONE_COUNTS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'most', 'many', 'few', 'some', 'one']);

/**
 * Forms of cues that often stand before a noun as adjectives: "alleged fines", "respected local
 * engineers", "advanced fuels", "state laws".
 */
const ATTRIBUTIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  'alleged', 'advanced', 'respected', 'reported', 'stated', 'noted', 'expected', 'estimated', 'suspected', 'purported',
  'acclaimed', 'admitted', 'professed', 'avowed', 'acknowledged', 'declared', 'announced', 'state',
]);

/**
 * Whether the cue form at `k` is an adjective before a bare noun ("her debts and alleged debts",
 * "rules and state laws"), not a verb that takes a clause or an object ("and alleged that ...",
 * "and noted the cost").
 */
function attributiveParticipleAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t === undefined || next === undefined || !ATTRIBUTIVE_PARTICIPLES.has(t.norm) || isCapitalised(t)) return false;
  if (next.kind !== 'word' || isCapitalised(next) || DETERMINERS.has(next.norm) || pronounOf(next) !== undefined || isObjectPronoun(next)) return false;
  const n = next.norm;
  return !OBJECT_PREPOSITIONS.has(n) && !NP_PREPOSITIONS.has(n) && !CLAUSE_OPENERS.has(n) && !n.endsWith('ly') && !n.endsWith('self') && !n.endsWith('selves');
}

/**
 * Whether "and" or "but" at `j` joins two adjectives between an article and their noun, the
 * second a participle in "-ing": "a gifted but demanding teacher", "the shy and caring clerk".
 * Between an article and a bare noun the participle modifies the noun; it opens no second
 * predicate. (Not one in "-ed", which after a noun is as often the subject's next verb: "faulted
 * the plan and opposed changes".)
 */
function pairedAdjectiveAt(tokens: readonly Token[], j: number): boolean {
  const participle = tokens[j + 1];
  if (participle === undefined || !ARTICLES.has(tokens[j - 2]?.norm ?? '') || !bareLowerWord(tokens[j - 1]) || !bareLowerWord(tokens[j + 2])) return false;
  return participle.kind === 'word' && !isCapitalised(participle) && participle.norm.endsWith('ing');
}

/**
 * Whether "and" or "but" at `j` joins a second word in "-ed" to a lone word after "as" and ends
 * the clause there: "described the mood as calm but exhausted", "saw the vote as fair and
 * overdue". The two describe the object together; the word in "-ed" is no second verb.
 */
function pairedAsComplementAt(tokens: readonly Token[], j: number, end: number): boolean {
  const first = tokens[j - 1];
  const second = tokens[j + 1];
  if (tokens[j - 2]?.norm !== 'as' || !bareLowerWord(first) || second === undefined || !bareLowerWord(second) || !second.norm.endsWith('ed')) return false;
  const after = tokens[j + 2];
  return j + 2 >= end || (after !== undefined && after.kind === 'punct');
}

/** Whether "as" (or "and") at `j` opens a clause whose pronoun subject has a cue of saying ("as he urged ..."). */
function pronounCueAfterAs(ctx: Context, j: number, end: number): boolean {
  if (!PERSONAL_SUBJECTS.has(ctx.tokens[j + 1]?.norm ?? '')) return false;
  const cue = matchCue(ctx, j + 2, end);
  return cue !== undefined && cue.form.entry.kind === 'speech' && (cue.form.tense === 'past' || cue.form.tense === 'present');
}

/**
 * Where content that starts at `start` ends: at the sentence's end, or before a participle
 * ("..., saying"), a chained cue ("and added that"), "according to" or a semicolon, none of
 * them inside a quotation. Each token of a sentence is tested at most once, when a content first
 * runs over it, and its answer kept in `ctx.stops`, so that many cues in one long sentence stay
 * linear and the words before the first cue are never tested.
 */
function contentEndFrom(ctx: Context, start: number, end: number, first: number, objectFrame = false): number {
  const key = end * 2 + (objectFrame ? 1 : 0);
  let entry = ctx.stops.get(key);
  if (entry === undefined || entry.first > first) {
    const size = Math.max(0, end - first);
    const pool = ctx.stopPool;
    // (A new typed array for every run cost more than the scan; runs share a buffer instead.)
    if (pool.used + size > pool.data.length) {
      pool.data = new Int32Array(Math.max(2 * pool.data.length, size));
      pool.used = 0;
    }
    const { data } = pool;
    const base = pool.used;
    pool.used += size;
    data.fill(UNSEEN, base, base + size);
    entry = { first, data, base };
    ctx.stops.set(key, entry);
  }
  const from = start + 1;
  if (from >= end || from < entry.first) return trimEnd(ctx, start, end);
  const { data, base } = entry;
  let stop = end;
  for (let j = from; j < end; j++) {
    const slot = base + j - entry.first;
    let found = data[slot] as number;
    if (found === UNSEEN) {
      found = isContentStop(ctx, j, end, objectFrame, entry.first) ?? NO_STOP;
      data[slot] = found;
    }
    if (found !== NO_STOP) {
      stop = found;
      break;
    }
  }
  return trimEnd(ctx, start, stop);
}

/** A token of a {@link StopRun} that ends no content. */
const NO_STOP = -1;
/** A token of a {@link StopRun} not yet tested. */
const UNSEEN = -2;

/** How far back from a comma `listBefore` looks. */
const LIST_REACH = 5;

/** Whether a comma, "and" or "or" stands a few words before `comma`: the phrase there is part of a list or a pair. */
function listBefore(tokens: readonly Token[], comma: number, first: number): boolean {
  for (let k = comma - 1; k >= first && k >= comma - LIST_REACH; k--) {
    const n = tokens[k]?.norm;
    if (n === ',' || n === 'and' || n === 'or') return true;
  }
  return false;
}

/** Conjunctions that set off a second verb between commas ("could reduce, but not erase, ..."). */
const SHARED_OBJECT_LINKS: ReadonlySet<string> = new Set(['but', 'and', 'or']);

/** Words that may stand between such a conjunction and its verb ("but not", "and perhaps"). */
const SHARED_OBJECT_HEDGES: ReadonlySet<string> = new Set(['not', 'perhaps', 'possibly', 'maybe', 'even', 'then', 'later', 'eventually']);

/**
 * Whether the comma at `comma` closes a second verb set off by commas after a first one that still
 * wants its object: "the fine could reduce, but not erase, a debt", "would slow, and perhaps stop,
 * a decline". What follows the comma is the object of both verbs, not a comment on what was said.
 * The first verb must follow an auxiliary or "to" (so that a plain noun, "mills, but not docks,",
 * does not count), and the second is a single lower-case word.
 */
function sharedObjectAfter(tokens: readonly Token[], comma: number, first: number): boolean {
  const verb = tokens[comma - 1];
  if (verb === undefined || verb.kind !== 'word' || isCapitalised(verb)) return false;
  let k = comma - 2;
  while (k > first && SHARED_OBJECT_HEDGES.has(tokens[k]?.norm ?? '')) k--;
  if (!SHARED_OBJECT_LINKS.has(tokens[k]?.norm ?? '') || tokens[k - 1]?.text !== ',') return false;
  const before = tokens[k - 2];
  return before !== undefined && before.kind === 'word' && !isCapitalised(before) && k - 3 >= first && AUXILIARIES.has(tokens[k - 3]?.norm ?? '');
}

/** Ordinals and the like that rank an event or a figure among others ("the first time", "the only state"). */
const RANKING_WORDS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'latest', 'only', 'next']);

/** Words in "-est" that are no superlatives. */
const NOT_SUPERLATIVES: ReadonlySet<string> = new Set([
  'arrest', 'behest', 'conquest', 'contest', 'digest', 'earnest', 'forest', 'harvest', 'honest', 'inquest', 'interest', 'invest',
  'manifest', 'midwest', 'modest', 'northwest', 'protest', 'request', 'southwest', 'suggest', 'unrest',
]);

/**
 * Whether token `k` ranks what follows: an ordinal or a superlative ("the first move since 2006",
 * "the lowest level in the system"). A definite appositive opened so places what was said among
 * others of its kind, which is the writer's comment, relative clause and all ("..., the first time
 * it has done so").
 */
function rankingAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || isCapitalised(t)) return false;
  return RANKING_WORDS.has(t.norm) || (t.norm.length > 5 && t.norm.endsWith('est') && !NOT_SUPERLATIVES.has(t.norm));
}

/** How many tokens a sentence-final appositive may run ("..., a swipe at his rivals."). */
const FINAL_APPOSITIVE_WINDOW = 16;

/**
 * Whether tokens [from, end) are a short noun phrase closing the sentence, without a verb of
 * its own outside a relative clause ("a claim not recognized abroad", "a move which drew boos").
 * A conjunction makes it the last items of a list instead ("through a vote, a rule or a referendum").
 * Without `relative`, a relative clause (with "that" or without, "a step they hope will help")
 * makes it no appositive either.
 */
function finalAppositive(ctx: Context, from: number, end: number, relative = true): boolean {
  let stop = end;
  while (stop > from && stop > end - 4 && ctx.tokens[stop - 1]?.kind === 'punct' && ctx.closes[stop - 1] !== 1) stop--;
  if (stop <= from) return false;
  for (let k = from; k < stop; k++) {
    if (k - from >= FINAL_APPOSITIVE_WINDOW) return false;
    const t = ctx.tokens[k];
    if (t === undefined || ctx.opens[k] === 1 || ctx.inQuote[k] === 1 || t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (t.norm === 'who' || t.norm === 'which' || t.norm === 'that') return relative && (stop - k <= FINAL_APPOSITIVE_WINDOW || relativeRunsToEnd(ctx, k + 1, stop));
    // "a step they hope will help", "a sign of the resolve she is bringing": a subject pronoun
    // right after a noun opens a relative clause without "that".
    if (relative && k > from && (PERSONAL_SUBJECTS.has(t.norm) || t.norm === 'it') && ctx.tokens[k - 1]?.kind === 'word') return relativeRunsToEnd(ctx, k + 1, stop);
    // "a plan the board has since revised", "an approach several towns have tried": so does a
    // determiner right after the noun, when a verb follows its noun phrase.
    if (relative && k > from && contactRelativeAt(ctx, k, stop)) return relativeRunsToEnd(ctx, k + 1, stop);
    if (FINITE_VERBS.has(t.norm) || COMMON_VERBS.has(t.norm) || t.norm === 'and' || t.norm === 'but' || t.norm === 'or') return false;
  }
  return true;
}

/** Determiners that open the subject of a relative clause without "that" ("a plan the board revised"). */
const CONTACT_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'several', 'many', 'some', 'most', 'both', 'his', 'her', 'their', 'its']);

/** Words after which a determiner opens a phrase governed by them, not a clause: prepositions and the like. */
const NOT_CONTACT_HEADS: ReadonlySet<string> = new Set([
  'of', 'for', 'at', 'from', 'in', 'with', 'on', 'like', 'near', 'along', 'across', 'to', 'by', 'about', 'against', 'into', 'onto',
  'over', 'under', 'than', 'through', 'during', 'after', 'before', 'outside', 'inside', 'within', 'without', 'among', 'between',
  'behind', 'beyond', 'toward', 'towards', 'amid', 'despite', 'upon', 'via', 'all', 'and', 'or', 'but', 'as', 'per', 'off', 'up', 'down',
]);

/** How many tokens after the determiner the relative clause's verb may come ("the harbor board has"). */
const CONTACT_VERB_WINDOW = 5;

/**
 * Whether a determiner at `k`, right after a noun of a final appositive, opens a relative clause
 * without "that" whose subject is a noun phrase: "a plan the board has since revised". The word
 * before must be a plain noun (no preposition, "a drive from the pier", nor a past form, "a clerk
 * paid the fee"), and a verb must follow the determiner's noun phrase within a few words.
 */
function contactRelativeAt(ctx: Context, k: number, stop: number): boolean {
  const { tokens } = ctx;
  if (!contactOpenerAt(tokens, k)) return false;
  const last = Math.min(stop, k + 1 + CONTACT_VERB_WINDOW);
  for (let m = k + 2; m < last; m++) {
    const w = tokens[m];
    if (w === undefined || w.kind !== 'word') return false;
    if ((AUXILIARIES.has(w.norm) && w.norm !== 'to') || FINITE_VERBS.has(w.norm) || (w.norm.length > 4 && w.norm.endsWith('ed'))) return true;
  }
  return false;
}

/**
 * Whether a determiner at `k` right after a plain lower-case noun may open the subject of a
 * relative clause without "that": "a plan | the board revised" (not "a drive from | the pier", "a
 * clerk paid | the fee").
 */
function contactOpenerAt(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!CONTACT_SUBJECT_OPENERS.has(tokens[k]?.norm ?? '') || before === undefined || before.kind !== 'word' || isCapitalised(before)) return false;
  return !(NOT_CONTACT_HEADS.has(before.norm) || DETERMINERS.has(before.norm) || before.norm.endsWith('ed') || before.norm.endsWith('ing'));
}

/** How far a relative clause closing a final appositive may run. */
const FINAL_RELATIVE_WINDOW = 40;

/**
 * Whether a relative clause from `from` runs to `stop` within a bounded number of words and
 * without a comma, a semicolon or a colon ("a move that could split the alliance the party has
 * built", not "a show that began in 1999, and the next one").
 */
function relativeRunsToEnd(ctx: Context, from: number, stop: number): boolean {
  if (stop - from > FINAL_RELATIVE_WINDOW) return false;
  for (let k = from; k < stop; k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.text === ',' || t.text === ';' || t.text === ':') return false;
  }
  return true;
}

/** Whether token `k` is a verb that can open a second predicate: a past form, a common verb, a finite auxiliary or a cue. */
function startsPredicate(ctx: Context, k: number, end: number): boolean {
  const v = ctx.tokens[k];
  if (v === undefined || v.kind !== 'word' || isCapitalised(v)) return false;
  return v.norm.endsWith('ed') || COMMON_VERBS.has(v.norm) || FINITE_VERBS.has(v.norm) || matchCue(ctx, k, end) !== undefined;
}

/**
 * Cues of saying that, with a noun phrase and no verb after them, name an act other than saying:
 * "added a clause", "observed a minute of silence" (adding a thing, keeping a rite or watching).
 */
const THING_TAKING_CUES: ReadonlySet<string> = new Set(['add', 'observe']);

/**
 * Whether the phrase opening at `first` is the agent of a participle on a document: "a letter
 * signed by | forty parents", "a petition drafted by | the tenants' union".
 */
function signedDocumentBefore(tokens: readonly Token[], first: number, min: number): boolean {
  const participle = tokens[first - 2];
  if (tokens[first - 1]?.norm !== 'by' || participle === undefined || participle.kind !== 'word' || !(participle.norm.endsWith('ed') || IRREGULAR_PARTICIPLES.has(participle.norm))) return false;
  const document = phraseEndingAt(tokens, first - 3, min);
  return document !== undefined && DOCUMENT_NOUNS.has(tokens[document.last]?.norm ?? '');
}

/** How many tokens {@link verbAfterQuotedCue} reads back for the quotation's opening mark. */
const QUOTED_CUE_REACH = 40;

/**
 * Whether "and" at `j`, right after a closing mark, joins a second verb to a cue whose object the
 * quotation is: "chanting “Pay up” and waving flags", "shouted “Stop!” and pointed". The cue
 * stands right before the opening mark, and the verb after "and" has the cue's own form (both in
 * -ing, or both past in -ed), which makes the two verbs a pair of acts of one subject.
 */
function verbAfterQuotedCue(ctx: Context, j: number, end: number): boolean {
  const { tokens } = ctx;
  const verb = tokens[j + 1];
  if (verb === undefined || verb.kind !== 'word' || isCapitalised(verb) || verb.norm.length < 5) return false;
  const gerund = verb.norm.endsWith('ing');
  if (!gerund && !verb.norm.endsWith('ed')) return false;
  let open = j - 2;
  while (open > j - QUOTED_CUE_REACH && open > 0 && ctx.inQuote[open] === 1) open--;
  if (ctx.opens[open] !== 1) return false;
  const cue = matchCue(ctx, open - 1, end);
  return cue !== undefined && cue.last === open - 1 && (gerund ? cue.form.tense === 'gerund' : cue.form.tense === 'past');
}

/**
 * Whether "and" (or "but") at `j` joins a bare verb to a to-infinitive before it in the same
 * phrase: "urged the board to study the dam and report by May" names one request.
 */
function joinsInfinitive(ctx: Context, j: number, first: number): boolean {
  const { tokens } = ctx;
  const v = tokens[j + 1];
  if (v === undefined || v.kind !== 'word' || v.norm.endsWith('ed') || v.norm.endsWith('s') || v.norm.endsWith('ing') || FINITE_VERBS.has(v.norm) || isModifier(v)) return false;
  for (let k = j - 1; k > first; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.kind === 'punct') return false;
    if (t.norm === 'to') {
      const next = tokens[k + 1];
      return next !== undefined && next.kind === 'word' && !isCapitalised(next) && !DETERMINERS.has(next.norm) && !POSSESSIVE_DETERMINERS.has(next.norm) && !isObjectPronoun(next);
    }
  }
  return false;
}

/**
 * Whether the comma at `comma` separates items of a list: a few words without a verb, then a
 * comma, "and" or "or" ("to court growers, bakers and fishermen", "to rally young, rural voters").
 */
function listGoesOn(ctx: Context, comma: number, stop: number): boolean {
  const { tokens } = ctx;
  let contact = false;
  for (let k = comma + 1; k < stop && k <= comma + 5; k++) {
    const t = tokens[k] as Token;
    // ("..., a step the spokeswoman, Ana Ruiz, called prudent": a phrase that opens a relative
    // clause without "that" and then takes a name set off by commas is the clause's subject with
    // its appositive, no item of a list.)
    if (k > comma + 1 && t.text === ',' && contact && namedAppositiveEnd(ctx, k + 1, stop) > 0) return false;
    if (k > comma + 1 && (t.text === ',' || t.norm === 'and' || t.norm === 'or')) return tokens[k + 1]?.kind === 'word' || tokens[k + 1]?.kind === 'number';
    if (k > comma + 1 && contactOpenerAt(tokens, k)) contact = true;
    // ("to ban the drug in 2001, 2003 and 2005": years and counts are items too.)
    if ((t.kind !== 'word' && t.kind !== 'number') || ctx.opens[k] === 1 || CLAUSE_PRONOUNS.has(t.norm) || WH_WORDS.has(t.norm) || startsPredicate(ctx, k, stop)) return false;
  }
  return false;
}

/**
 * Whether the comma at `comma` adds to the phrase before it rather than closing it: "to widen his
 * lead in Ohio, as well as his edge in Iowa", "to work at a bank, not a casino", "to open new
 * markets, especially for steel", "paid the levy, including in Ohio", "to apply state rules, rather
 * than local codes, to permits".
 */
function addsToPhrase(tokens: readonly Token[], comma: number): boolean {
  const next = tokens[comma + 1];
  if (next === undefined) return false;
  if (next.norm === 'as') return tokens[comma + 2]?.norm === 'well' && tokens[comma + 3]?.norm === 'as';
  if (next.norm === 'especially' || next.norm === 'particularly' || next.norm === 'including') return true;
  if (next.norm === 'rather' && tokens[comma + 2]?.norm === 'than') return true;
  const after = tokens[comma + 2];
  return next.norm === 'not' && after !== undefined && (DETERMINERS.has(after.norm) || isCapitalised(after));
}

/** Participles that give the noun before them its name: "the pill, called Varo, ...", "a plan, dubbed ...". */
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'dubbed', 'nicknamed', 'named', 'labeled', 'labelled']);
/** How many tokens the name after a naming participle may run before its closing comma. */
const NAMING_REACH = 8;

/**
 * Whether the participle at `k`, right after a comma, names the noun before that comma in an aside
 * that a second comma closes, the clause's predicate following it: "patients who took the pill,
 * called Varo, fared no better". The name is one noun phrase, perhaps quoted (not a pronoun, "...,
 * called it a farce, ...", nor an object and its label, "..., called Kell a liar, ..."), and the
 * word after the closing comma opens a verb phrase, the predicate the aside interrupts; a finite
 * "called" with its object would be followed by "and" or the sentence's end instead. Returns the
 * closing comma's index, or -1.
 */
function namingAsideEnd(ctx: Context, k: number, end: number): number {
  const { tokens } = ctx;
  if (tokens[k - 1]?.text !== ',' || !NAMING_PARTICIPLES.has(tokens[k]?.norm ?? '')) return -1;
  const from = ctx.opens[k + 1] === 1 ? k + 2 : k + 1;
  const first = tokens[from];
  if (first === undefined || first.kind === 'punct' || isObjectPronoun(first) || pronounOf(first) !== undefined) return -1;
  let comma = from + 1;
  while (comma < end && comma <= from + NAMING_REACH && tokens[comma]?.text !== ',') comma++;
  if (tokens[comma]?.text !== ',') return -1;
  const closer = ctx.closes[comma + 1] === 1;
  const np = phraseStartingAt(tokens, from, comma);
  if (np === undefined || np.last !== comma - 1 || (from > k + 1 && !closer)) return -1;
  let verb = closer ? comma + 2 : comma + 1;
  if (isModifier(tokens[verb]) && !FINITE_VERBS.has(tokens[verb]?.norm ?? '')) verb++;
  return startsPredicate(ctx, verb, end) || IRREGULAR_PASTS.has(tokens[verb]?.norm ?? '') ? comma : -1;
}

/** Whether the comma at `j` closes a naming aside ({@link namingAsideEnd}), the clause going on after it. */
function closesNamingAside(ctx: Context, j: number, end: number): boolean {
  for (let k = j - 2; k >= 1 && k >= j - NAMING_REACH - 2; k--) {
    if (ctx.tokens[k]?.text === ',' && ctx.closes[k + 1] !== 1) return false;
    if (NAMING_PARTICIPLES.has(ctx.tokens[k]?.norm ?? '')) return namingAsideEnd(ctx, k, end) === j;
  }
  return false;
}

/**
 * Whether the comma at `comma` stands between two adjectives before their noun, right after a
 * determiner: "the angry, bitter campaign", "a costly, needless delay". The second word is no
 * verb, preposition, determiner or conjunction, and a lower-case word follows it.
 */
function coordinateAdjectivesAt(tokens: readonly Token[], comma: number): boolean {
  const first = tokens[comma - 1];
  const second = tokens[comma + 1];
  const noun = tokens[comma + 2];
  if (!DETERMINERS.has(tokens[comma - 2]?.norm ?? '') || !bareLowerWord(first) || !bareLowerWord(second) || !bareLowerWord(noun)) return false;
  const n = (second as Token).norm;
  return !n.endsWith('ly') && !n.endsWith('ing') && !SUBJECT_CONTINUERS.has(n) && pronounOf(second) === undefined;
}

/**
 * Whether the comma at `comma` stands between two short parallel phrases, the second opening with
 * the lower-case word that opens the first, two or three words back: "too little, too late", "no
 * plan, no money", "not a cure, not a fix".
 */
function repeatedLeadAt(tokens: readonly Token[], comma: number): boolean {
  const second = tokens[comma + 1];
  if (second === undefined || second.kind !== 'word' || isCapitalised(second)) return false;
  for (let back = 2; back <= 3; back++) {
    const lead = tokens[comma - back];
    if (lead !== undefined && lead.kind === 'word' && lead.norm === second.norm) return true;
  }
  return false;
}

/**
 * Whether `t` is a lower-case word that can stand inside a noun phrase: no determiner,
 * preposition, finite or common verb, nor pronoun.
 */
function bareLowerWord(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || isCapitalised(t)) return false;
  const n = t.norm;
  return !DETERMINERS.has(n) && !NP_PREPOSITIONS.has(n) && !OBJECT_PREPOSITIONS.has(n) && !FINITE_VERBS.has(n) && !COMMON_VERBS.has(n) && !isObjectPronoun(t) && pronounOf(t) === undefined;
}

/**
 * Whether "and" at `j` opens a noun phrase led by a participle used as an adjective: an "-ed"
 * word that is no cue, with a bare noun right behind it ("and overstretched clinics", not "and
 * backed the plan", "and warned them").
 */
function participleBeforeNoun(ctx: Context, j: number, end: number): boolean {
  const { tokens } = ctx;
  const v = tokens[j + 1];
  if (tokens[j]?.norm !== 'and' || ctx.inQuote[j] === 1 || j + 2 >= end || !bareLowerWord(v)) return false;
  const n = (v as Token).norm;
  if (!n.endsWith('ed') || n.length < 5 || matchCue(ctx, j + 1, end) !== undefined) return false;
  const noun = tokens[j + 2];
  return bareLowerWord(noun) && !(noun as Token).norm.endsWith('ly') && (noun as Token).norm !== 'up' && (noun as Token).norm !== 'out';
}

/** Words before a verb that make it no main verb after an object: "to stay", "and stayed", "was stayed". */
const NO_SUBJECT_BEFORE: ReadonlySet<string> = new Set(['and', 'or', 'but', 'to', 'not', 'that', 'who', 'which', 'been', 'being', 'be', 'having']);

/**
 * Whether the word at `k`, inside a relative clause on the sentence's subject ("Voters who praised
 * the plan stayed home"), is the main clause's verb in the past: an "-ed" or irregular past form
 * straight after a noun, not followed by what a participle on that noun takes ("by", a
 * preposition, a time: "the plan unveiled Monday", "the plan drafted in May").
 */
function mainVerbAfterObject(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  const before = tokens[k - 1];
  if (verb === undefined || before === undefined || verb.kind !== 'word' || before.kind !== 'word' || isCapitalised(verb)) return false;
  const n = verb.norm;
  if (!((n.endsWith('ed') && n.length > 4) || IRREGULAR_PASTS.has(n))) return false;
  const b = before.norm;
  if (NO_SUBJECT_BEFORE.has(b) || DETERMINERS.has(b) || NP_PREPOSITIONS.has(b) || OBJECT_PREPOSITIONS.has(b) || FINITE_VERBS.has(b) || BE_FORMS.has(b) || isModifier(before)) return false;
  // ("because it created", "when they registered": a pronoun before it is the subject of a clause
  // of its own; "to circulate unconfirmed reports": right after an infinitive's verb it is the
  // first word of that verb's object.)
  if (SUBJECT_PRONOUNS.has(b) || pronounOf(before) !== undefined || tokens[k - 2]?.norm === 'to') return false;
  // (What follows is read past where the object was cut: "the plan unveiled | Monday".)
  const next = tokens[k + 1];
  if (next === undefined || next.text === '.') return true;
  if (next.kind !== 'word') return false;
  // ("Parents who wanted the books removed | were angry", "... removed | said": a finite verb or a
  // verb of saying straight after it is the main clause's, and the "-ed" word a participle on the
  // object, what was wanted done with it.)
  if (FINITE_VERBS.has(next.norm) || SAYING_PASTS.has(next.norm)) return false;
  return next.norm !== 'by' && next.norm !== 'and' && next.norm !== 'or' && !NP_PREPOSITIONS.has(next.norm) && !OBJECT_PREPOSITIONS.has(next.norm) && skipTimeAdjunct(tokens, k + 1, k + TIME_ADJUNCT_REACH) === k + 1;
}

/** Past forms of saying that may follow a participle on a subject: "the books removed said". */
const SAYING_PASTS: ReadonlySet<string> = new Set(['said', 'told']);

/** How many tokens after a verb a time adjunct is looked for. */
const TIME_ADJUNCT_REACH = 4;

/** How far back from "and" `pairedOrRelativeBefore` looks. */
const PAIR_REACH = 16;

/**
 * Whether "and" at `j` closes a "between ... and" pair or joins two verbs of a relative clause
 * inside the object: "drew parallels between the levy and support for the dam", "a bill which
 * had support and would have cut the toll".
 */
function pairedOrRelativeBefore(ctx: Context, j: number, first: number): boolean {
  const { tokens } = ctx;
  const gerund = tokens[j + 1]?.norm.endsWith('ing') === true;
  for (let k = j - 1; k > first && k >= j - PAIR_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' || ctx.opens[k] === 1 || ctx.closes[k] === 1) return false;
    if (t.norm === 'between' || t.norm === 'who' || t.norm === 'which') return true;
    // "blamed the levy for raising bills and pushing up prices": a gerund after "and" pairs with
    // one after a preposition.
    if (gerund && t.norm.endsWith('ing') && NP_PREPOSITIONS.has(tokens[k - 1]?.norm ?? '')) return true;
    // ("who backed Kell and handed Ruiz ...": a relative clause around the cue itself.)
    if (t.kind === 'word' && matchCue(ctx, k, j) !== undefined) return false;
  }
  return false;
}

/** Modals that carry a sentence's main verb after a subject: "the claim that ... would depend on ...". */
const MAIN_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'will', 'may', 'might', 'should', 'can']);

/** Personal pronouns that open a clause of their own after "and": "..., and he foreshadowed ...". */
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * Whether a second predicate starts at `k`, after "and" or "but": a verb, possibly after a few
 * modifiers ("and once more did not approve"), or a personal pronoun as its new subject.
 */
function secondPredicate(ctx: Context, k: number, end: number): boolean {
  if (CLAUSE_PRONOUNS.has(ctx.tokens[k]?.norm ?? '') || startsPredicate(ctx, k, end)) return true;
  // "oppose it and 8% are undecided": a count or share with a finite verb of its own.
  const t = ctx.tokens[k];
  if (t !== undefined && t.kind === 'number') {
    let m = k + 1;
    while (m < end && m < k + 3 && (ctx.tokens[m]?.text === '%' || ctx.tokens[m]?.norm === 'percent')) m++;
    if (FINITE_VERBS.has(ctx.tokens[m]?.norm ?? '')) return true;
  }
  let m = k;
  while (m < end && m < k + 3 && isModifier(ctx.tokens[m])) m++;
  return startsPredicate(ctx, m, end);
}

/** Words that open a fronted adjunct before a main clause: "if it rains, ...", "despite the rain, ...". */
const FRONTED_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'despite', 'after', 'before', 'during', 'amid', 'without', 'in', 'on', 'at']);

/**
 * Whether tokens [from, comma) are a fronted adjunct, perhaps after a lone adverb ("lately, when
 * it rains"): they open with a subordinator or a preposition.
 */
function frontedAdjunct(tokens: readonly Token[], from: number, comma: number): boolean {
  let k = from;
  if (tokens[k]?.norm.endsWith('ly') && tokens[k + 1]?.text === ',') k += 2;
  return k < comma - 1 && FRONTED_OPENERS.has(tokens[k]?.norm ?? '') && tokens[k]?.norm !== 'whether';
}

/** Whether a cue of saying that takes a clause, in the past or present, stands within a few words from `from` ("the mayor said", "he argued"). */
function speechAhead(ctx: Context, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 8); k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind === 'punct' || ctx.opens[k] === 1) return false;
    const cue = matchCue(ctx, k, end);
    if (cue !== undefined && cue.form.entry.kind === 'speech' && has(cue.form, 'clause') && (cue.form.tense === 'past' || cue.form.tense === 'present')) return true;
  }
  return false;
}

/**
 * Whether "and" or "but" at `k` opens a statement of its own: a personal pronoun, a cue in the
 * past or present, and what the cue takes right after it ("..., Ruiz said, and she wants a full
 * audit", "and he believes that ...", "and she promised to ..."). The words after the conjunction are then no part of what
 * was said before it. ("..., and she felt free to ...": a word after the cue that opens no clause
 * or object makes no cue of it.)
 */
function pronounStatementAt(ctx: Context, k: number, end: number): boolean {
  const { tokens } = ctx;
  if (!TRAILING_CONJUNCTIONS.has(tokens[k]?.norm ?? '') || !CLAUSE_PRONOUNS.has(tokens[k + 1]?.norm ?? '')) return false;
  const cue = matchCue(ctx, k + 2, end);
  if (cue === undefined || (cue.form.tense !== 'past' && cue.form.tense !== 'present')) return false;
  const after = tokens[cue.last + 1];
  return after?.norm === 'that' || ctx.opens[cue.last + 1] === 1 || opensSubject(after) || (after?.norm === 'to' && has(cue.form, 'infinitive'));
}

/** Whether `t` can open the subject of a clause: a personal pronoun, a determiner or a name. */
function opensSubject(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  return (SUBJECT_PRONOUNS.has(t.norm) && !RELATIVE_PRONOUNS.has(t.norm)) || (DETERMINERS.has(t.norm) && !SUBORDINATORS.has(t.norm)) || (isCapitalised(t) && !SUBORDINATORS.has(t.norm) && !NP_PREPOSITIONS.has(t.norm));
}

/**
 * Whether a subject and, right after it (past auxiliaries and adverbs), a cue in the past or
 * present start at `k`: "the mayor announced", "it has never named"; with `clause`, only a cue
 * that takes a clause ("the mayor predicted").
 */
function speakerCueAt(ctx: Context, k: number, end: number, clause = false): boolean {
  const np = phraseStartingAt(ctx.tokens, k, end);
  if (np === undefined || ctx.opens[k] === 1 || RELATIVE_PRONOUNS.has(ctx.tokens[k]?.norm ?? '')) return false;
  // ("the mayor announced": a past form may close the phrase, as in "the plan announced Monday".)
  const closing = np.last > k ? matchCue(ctx, np.last, end) : undefined;
  if (closing !== undefined && closing.form.tense === 'past') return !clause || has(closing.form, 'clause');
  let v = np.last + 1;
  while (v < end && v < np.last + 4 && isModifier(ctx.tokens[v]) && matchCue(ctx, v, end) === undefined) v++;
  const cue = matchCue(ctx, v, end);
  return cue !== undefined && (cue.form.tense === 'past' || cue.form.tense === 'present') && (!clause || has(cue.form, 'clause'));
}

/** Whether a plural subject at `k` has "say" of its own: "43 percent say", "the growers say". */
function pluralSayAt(ctx: Context, k: number, end: number): boolean {
  const np = phraseStartingAt(ctx.tokens, k, end);
  if (np === undefined || ctx.opens[k] === 1) return false;
  // (The phrase scanner may take "say" for its head noun: "the growers say".)
  const say = ctx.tokens[np.last]?.norm === 'say' ? np.last : np.last + 1;
  const head = ctx.tokens[say - 1];
  return say > k && ctx.tokens[say]?.norm === 'say' && head !== undefined && (isPluralNoun(head) || head.norm === 'percent');
}

/**
 * Whether the word in "-ed" at `v` stands after a preposition or an article ("on imported cars",
 * "the revised plan"), where it modifies the noun after it and is no verb of a clause (a floating
 * quantifier, "Lind and Kell both campaigned", may stand before a verb).
 */
function adjectivalParticipleAt(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  const before = tokens[v - 1]?.norm ?? '';
  if (t === undefined || !t.norm.endsWith('ed') || FINITE_VERBS.has(t.norm) || COMMON_VERBS.has(t.norm)) return false;
  return (NP_PREPOSITIONS.has(before) || ARTICLES.has(before)) && tokens[v + 1]?.kind === 'word';
}

/** Pronouns that open a relative clause, not a main one: ", who had won". */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom']);

/** Whether a main clause starts at `k`: a noun phrase and a verb of its own ("the council has approved ..."). */
function mainClauseAt(ctx: Context, k: number, end: number): boolean {
  // "there is a chance ...": an expletive subject and its verb.
  if (ctx.tokens[k]?.norm === 'there' && FINITE_VERBS.has(ctx.tokens[k + 1]?.norm ?? '')) return true;
  const np = phraseStartingAt(ctx.tokens, k, end);
  if (np === undefined || ctx.opens[k] === 1 || RELATIVE_PRONOUNS.has(ctx.tokens[k]?.norm ?? '')) return false;
  let v = np.last + 1;
  while (v < end && v < np.last + 3 && isModifier(ctx.tokens[v]) && !FINITE_VERBS.has(ctx.tokens[v]?.norm ?? '')) v++;
  // (The verb must stand before `end`: past it lies what the content may not reach.)
  if (v < end && startsPredicate(ctx, v, end)) return true;
  // ("the engineers disagreed.": a past form closing the phrase is its verb when nothing follows it.)
  const last = ctx.tokens[np.last];
  const after = ctx.tokens[np.last + 1];
  // ("the campaign released an ad": so is one that an article after it gives an object.)
  return np.last > k + 1 && last !== undefined && !isCapitalised(last) && last.norm.endsWith('ed') && (after === undefined || np.last + 1 >= end || after.kind === 'punct' || ARTICLES.has(after.norm));
}

/**
 * Whether a name opens a clause with its own subject and verb at `k` ({@link mainClauseAt}) whose
 * verb no finite verb follows: "claims Ruiz abandoned veterans", not the relative clause of "the
 * legal claims Ruiz filed were denied".
 */
function nameClauseAt(ctx: Context, k: number, end: number): boolean {
  const token = ctx.tokens[k];
  if (token === undefined || !isCapitalised(token) || !mainClauseAt(ctx, k, end)) return false;
  const np = phraseStartingAt(ctx.tokens, k, end);
  return np !== undefined && !FINITE_VERBS.has(ctx.tokens[np.last + 2]?.norm ?? '');
}

/** How far an appositive between commas may run in `appositiveClauseAt`. */
const APPOSITIVE_REACH = 30;

/**
 * Whether a clause whose subject carries an appositive between commas starts at `k`: "Tom Reed,
 * the budget adviser, said", "the mayor, who had backed the plan, voted".
 */
function appositiveClauseAt(ctx: Context, k: number, end: number): boolean {
  return appositiveVerbAt(ctx, k, end) >= 0;
}

/**
 * Whether an attribution whose speaker carries an appositive between commas starts at `k` and
 * closes the sentence: "..., his campaign manager, Tomas Pek, said on Monday." (a cue that may
 * follow what it reports, in the past or the present, after the second comma).
 */
function appositiveAttributionAt(ctx: Context, k: number, end: number): boolean {
  const v = appositiveVerbAt(ctx, k, end);
  if (v < 0) return false;
  // ("backed Ted Cruz, R-Texas, and opposed Kell, aides said": a conjunction after the first comma
  // goes on with the subject's next predicate; no appositive stands there.)
  let comma = k + 1;
  while (comma < v && ctx.tokens[comma]?.text !== ',') comma++;
  if (CLAUSE_CONJUNCTIONS.has(ctx.tokens[comma + 1]?.norm ?? '')) return false;
  const cue = matchCue(ctx, v, end);
  return cue !== undefined && has(cue.form, 'postposed') && (cue.form.tense === 'past' || cue.form.tense === 'present');
}

/** The verb of {@link appositiveClauseAt}'s clause, or -1 when no such clause starts at `k`. */
function appositiveVerbAt(ctx: Context, k: number, end: number): number {
  const { tokens } = ctx;
  const np = phraseStartingAt(tokens, k, end);
  if (np === undefined || np.kind === 'pronoun' || ctx.opens[k] === 1 || RELATIVE_PRONOUNS.has(tokens[k]?.norm ?? '') || tokens[np.last + 1]?.text !== ',') return -1;
  let m = np.last + 2;
  const limit = Math.min(end, m + APPOSITIVE_REACH);
  while (m < limit && tokens[m]?.text !== ',') {
    const t = tokens[m];
    if (t === undefined || t.text === ';' || t.text === ':' || ctx.opens[m] === 1 || ctx.closes[m] === 1) return -1;
    m++;
  }
  if (m >= limit || m === np.last + 2) return -1;
  let v = m + 1;
  while (v < end && v < m + 3 && isModifier(tokens[v]) && !FINITE_VERBS.has(tokens[v]?.norm ?? '')) v++;
  return v < end && startsPredicate(ctx, v, end) ? v : -1;
}

/** Whether the comma at `comma` opens a relative clause that closes with a comma followed by "to" and a verb. */
function resumesAfterRelative(ctx: Context, comma: number, end: number): boolean {
  const rel = ctx.tokens[comma + 1]?.norm;
  if (rel !== 'which' && rel !== 'who') return false;
  for (let k = comma + 2; k < Math.min(end, comma + 17); k++) {
    if (ctx.tokens[k]?.text !== ',') continue;
    const verb = ctx.tokens[k + 2];
    return ctx.tokens[k + 1]?.norm === 'to' && verb !== undefined && verb.kind === 'word' && !DETERMINERS.has(verb.norm) && !isCapitalised(verb);
  }
  return false;
}

/**
 * Whether the comma at `comma` closes a relative clause that a comma and "which" open after a
 * lower-case noun ("the forecast, which calls for flat sales, suggested"), the verb after it being
 * the main clause's (see {@link relativeClauseEnd}).
 */
function closesRelativeClause(ctx: Context, comma: number, first: number, end: number): boolean {
  for (let k = comma - 1; k > first && k >= comma - RELATIVE_CLAUSE_REACH; k--) {
    if (ctx.tokens[k]?.text !== ',') continue;
    // (Only "which" after a thing: "Buchanan, who had lost, called for ..." makes a new speaker of the name.)
    const head = ctx.tokens[k - 1];
    return ctx.tokens[k + 1]?.norm === 'which' && head !== undefined && head.kind === 'word' && !isCapitalised(head) && relativeClauseEnd(ctx, k + 2, end) === comma;
  }
  return false;
}

/** How far before a comma {@link closesRelativeClause} looks for the comma that opens the clause (the reach of {@link relativeClauseEnd}). */
const RELATIVE_CLAUSE_REACH = 16;

/** Whether a relative clause starting at `from` closes with a comma followed by a finite verb. */
function relativeClauseClosesBeforeVerb(ctx: Context, from: number, end: number): boolean {
  return relativeClauseEnd(ctx, from, end) !== undefined;
}

/** How many capitalised words the place in a home-town detail may run ("of Port Lorrin Heights"). */
const HOME_TOWN_WORDS = 4;
/** A number that may be a person's age: one to three digits. */
const AGE_NUMBER = /^\d{1,3}$/;

/** Nouns in the singular that name an audience one tells something to ("admitted to police that"). */
const LISTENER_NOUNS: ReadonlySet<string> = new Set(['police', 'press', 'newspaper', 'court', 'jury']);

/**
 * Whether a listener opens at `k` and "that" with a clause follows it, perhaps after a time
 * ("police that", "reporters on Tuesday that", "him that"): an object pronoun, or a phrase headed
 * by a name, a role, a group or a plural noun. (Not "the theft that ...", a deed, nor a "that"
 * with a verb right after it, which opens a relative clause.)
 */
function listenerBeforeThat(tokens: readonly Token[], k: number, end: number): boolean {
  const first = tokens[k];
  if (first === undefined || first.kind !== 'word') return false;
  let last = k;
  if (!isObjectPronoun(first)) {
    const np = phraseStartingAt(tokens, k, end);
    const head = np === undefined ? undefined : tokens[np.last];
    if (np === undefined || head === undefined || !(isCapitalised(head) || ROLE_WORDS.has(head.norm) || GROUP_HEADS.has(head.norm) || LISTENER_NOUNS.has(head.norm) || hasPluralEnding(head.norm))) return false;
    last = np.last;
  }
  const that = skipTimeAdjunct(tokens, last + 1, end);
  return tokens[that]?.norm === 'that' && !relativeThatAt(tokens, that) && that + 1 < end;
}

/**
 * The comma that closes an age or a home town set off by the comma at `k` right after a name (or
 * after the age that follows one), as news prose gives them ("Rob Keel, 45, was ...", "Keel, 45,
 * of Lorrin, was ..."): a number of at most three digits, or "of" and capitalised words, then a
 * comma. Undefined when none opens there.
 */
function personDetailEnd(tokens: readonly Token[], k: number): number | undefined {
  const first = tokens[k + 1];
  const name = tokens[k - 1];
  if (tokens[k]?.text !== ',' || first === undefined || name === undefined || !(name.kind === 'word' ? isCapitalised(name) : AGE_NUMBER.test(name.text))) return undefined;
  if (first.kind === 'number' && AGE_NUMBER.test(first.text)) return tokens[k + 2]?.text === ',' ? k + 2 : undefined;
  if (first.norm !== 'of') return undefined;
  let j = k + 2;
  while (j < k + 2 + HOME_TOWN_WORDS && tokens[j]?.kind === 'word' && isCapitalised(tokens[j] as Token)) j++;
  return j > k + 2 && tokens[j]?.text === ',' ? j : undefined;
}

/**
 * Whether a cue in its plain form opens a clause at `v`, as the verb of a plural subject does:
 * "the forecasts, which show a slump, suggest the bank is in no hurry" (a clause, "that", a
 * pronoun or a determiner after it; not "..., say officials", where the cue is inverted).
 */
function pluralCueAt(ctx: Context, v: number, end: number): boolean {
  const next = ctx.tokens[v];
  const after = ctx.tokens[v + 1];
  if (next === undefined || after === undefined || next.kind !== 'word' || isCapitalised(next) || after.kind !== 'word' || isCapitalised(after)) return false;
  if (!(after.norm === 'that' || SUBJECT_PRONOUNS.has(after.norm) || DETERMINERS.has(after.norm))) return false;
  return matchCue(ctx, v, end)?.form.tense === 'base';
}

/**
 * The comma that closes a relative clause starting at `from` where the main clause's verb follows
 * ("the ruling, which struck down ..., | illustrates the stakes"; the comma may stand inside a
 * closing mark: "which she called “reckless,” | would fail"); undefined when none does within a
 * few words.
 */
function relativeClauseEnd(ctx: Context, from: number, end: number): number | undefined {
  for (let k = from; k < Math.min(end, from + 15); k++) {
    if (ctx.tokens[k]?.text !== ',') continue;
    // ("the driver, identified as Rob Keel, 45, of Lorrin, was taken ...": an age or a home town
    // set off after the name goes on with the name; the comma that closes it is looked at next.)
    const detail = personDetailEnd(ctx.tokens, k);
    if (detail !== undefined) {
      k = detail - 1;
      continue;
    }
    let v = ctx.closes[k + 1] === 1 ? k + 2 : k + 1;
    // "the dam, which growers like, “would not last”": the main verb may open a quotation.
    if (ctx.opens[v] === 1) v++;
    const next = ctx.tokens[v];
    if (next === undefined) return undefined;
    if (FINITE_VERBS.has(next.norm) || COMMON_VERBS.has(next.norm) || pluralCueAt(ctx, v, end)) return k;
    // "the ruling, which struck down ..., illustrates the stakes": a verb in -s or -ed, unless a cue
    // follows it ("..., which opened in 1952, officials said").
    const verbLike = next.kind === 'word' && !isCapitalised(next) && (next.norm.endsWith('ed') || hasPluralEnding(next.norm));
    // ("Osei, who opposes the closure, | resigned.": so does a verb that ends the sentence.)
    const after = ctx.tokens[v + 1];
    const closing = after === undefined || v + 1 >= end || TERMINALS.has(after.text);
    return verbLike && (closing || (after.kind === 'word' && matchCue(ctx, v + 1, end) === undefined)) ? k : undefined;
  }
  return undefined;
}

/**
 * The dash after which the writer goes on with a clause of its own, a subject pronoun and a verb
 * that is no cue ("a job that economists say is the future - | she works in a lab"): it ends a
 * relative clause started at `from`, whose gap leaves it no subject of its own to begin with.
 */
function dashedClauseAfter(ctx: Context, from: number, end: number): number | undefined {
  for (let k = from; k < end - 2; k++) {
    const t = ctx.tokens[k];
    if (t === undefined || ctx.inQuote[k] === 1 || !isDash(t)) continue;
    const subject = ctx.tokens[k + 1];
    const verb = ctx.tokens[k + 2];
    if (subject === undefined || verb === undefined || !SUBJECT_PRONOUNS.has(subject.norm) || verb.kind !== 'word' || isCapitalised(verb)) return undefined;
    const finite = FINITE_VERBS.has(verb.norm) || COMMON_VERBS.has(verb.norm) || verb.norm.endsWith('ed') || hasPluralEnding(verb.norm);
    return finite && matchCue(ctx, k + 2, end) === undefined ? k : undefined;
  }
  return undefined;
}

/** How many tokens a relative clause between dashes may span. */
const DASHED_RELATIVE_WINDOW = 40;

/** How many tokens around a cue {@link parenthesisCloseAfter} looks for the marks of a parenthesis. */
const PARENTHESIS_REACH = 40;

/**
 * The closing parenthesis after token `at` when `at` stands inside a parenthesis that opens after
 * `first` ("The chairman (who asked ... | ) said"), outside quotations; else undefined.
 */
function parenthesisCloseAfter(ctx: Context, at: number, first: number, end: number): number | undefined {
  const { tokens } = ctx;
  let open = false;
  for (let k = at - 1; k >= first && k >= at - PARENTHESIS_REACH && !open; k--) {
    const text = tokens[k]?.text;
    if (text === ')') return undefined;
    open = text === '(' && ctx.inQuote[k] !== 1;
  }
  if (!open) return undefined;
  for (let k = at + 1; k < end && k <= at + PARENTHESIS_REACH; k++) if (tokens[k]?.text === ')' && ctx.inQuote[k] !== 1) return k;
  return undefined;
}

/**
 * The dash that closes a relative clause opened after a dash, starting at `from`, where the main
 * clause's verb follows ("Kell - who said he would close the port - | told the board"); undefined
 * when none does.
 */
function dashedRelativeEnd(ctx: Context, from: number, end: number): number | undefined {
  for (let k = from; k < Math.min(end, from + DASHED_RELATIVE_WINDOW); k++) {
    const t = ctx.tokens[k];
    if (t === undefined || ctx.inQuote[k] === 1 || !isDash(t)) continue;
    // ("... - will cost $2 billion": a modal is the main verb's own, though it may modify one.)
    if (FINITE_VERBS.has(ctx.tokens[k + 1]?.norm ?? '')) return k;
    let v = k + 1;
    while (isModifier(ctx.tokens[v])) v++;
    const next = ctx.tokens[v];
    if (next === undefined || next.kind !== 'word' || isCapitalised(next)) return undefined;
    return FINITE_VERBS.has(next.norm) || COMMON_VERBS.has(next.norm) || next.norm.endsWith('ed') || matchCue(ctx, v, end) !== undefined ? k : undefined;
  }
  return undefined;
}

/**
 * Where the quotation that opens at token `open` closes (the index past its closing mark) when it
 * ends on a question mark, "“What comes next?”"; else undefined.
 */
function quotedQuestionEnd(ctx: Context, open: number, end: number): number | undefined {
  const q = ctx.openerAt.get(open);
  if (q === undefined) return undefined;
  let k = open + 1;
  while (k < end && (ctx.tokens[k]?.end ?? 0) < q.close) k++;
  return k < end && ctx.tokens[k - 1]?.text === '?' ? k + 1 : undefined;
}

/** Whether `t` is an article, a possessive or a preposition, after which a cue's form is a noun: "the remarks", "his comments", "despite warnings". */
function nounAfter(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return t.norm === 'the' || t.norm === 'a' || t.norm === 'an' || t.norm === 'your' || POSSESSIVE_DETERMINERS.has(t.norm) || NP_PREPOSITIONS.has(t.norm) || t.norm === 'despite' || t.norm === 'amid' || t.norm === 'over' || t.norm === 'about';
}

/**
 * Whether a main clause follows the verb at `k`, after "that" or not, with a subject that is no bare
 * noun ("said | the talks were useful", "say | that they ..."; not "her proposed | plan was ...").
 */
function clauseAfterVerb(ctx: Context, k: number, end: number): boolean {
  const at = ctx.tokens[k + 1]?.norm === 'that' ? k + 2 : k + 1;
  const subject = ctx.tokens[at];
  if (subject === undefined || !(SUBJECT_PRONOUNS.has(subject.norm) || DETERMINERS.has(subject.norm) || isCapitalised(subject) || subject.kind === 'number')) return false;
  return mainClauseAt(ctx, at, end);
}

/** The cue at token `k` when it is a participle of saying that takes a clause ("saying", "telling"); else undefined. */
function speechGerundAt(ctx: Context, k: number, end: number): CueMatch | undefined {
  const cue = matchCue(ctx, k, end);
  return cue !== undefined && cue.form.tense === 'gerund' && cue.form.entry.kind === 'speech' && has(cue.form, 'clause') ? cue : undefined;
}

/** Whether a subject and a finite cue follow within a few tokens ("three-quarters said"); with `base`, a bare present too ("analysts expect"). */
/**
 * The comma that closes a name starting at `from` and set off by commas ("..., | Dana Pruitt, ..."),
 * or -1 when no bare name (not quoted) runs from there to a comma.
 */
function namedAppositiveEnd(ctx: Context, from: number, end: number): number {
  if (ctx.opens[from] === 1) return -1;
  const named = phraseStartingAt(ctx.tokens, from, end);
  return named !== undefined && named.kind === 'name' && named.first === from && ctx.tokens[named.last + 1]?.text === ',' ? named.last + 1 : -1;
}

function newAttributionAhead(ctx: Context, from: number, end: number, base = false): boolean {
  if (ctx.tokens[from]?.norm === 'that' || isModifier(ctx.tokens[from])) return false;
  let noun = -2;
  let limit = from + 8;
  for (let k = from + 1; k < Math.min(end, limit); k++) {
    const t = ctx.tokens[k];
    // ("..., a step the mayor's spokeswoman, Dana Pruitt, described as ...": a name in commas after
    // the subject is its appositive, passed over like a time adjunct.)
    if (t?.text === ',' && k > from + 1) {
      const closing = namedAppositiveEnd(ctx, k + 1, end);
      if (closing > 0) {
        limit += closing + 1 - k;
        k = closing;
        continue;
      }
    }
    if (t === undefined || t.kind === 'punct' || ctx.opens[k] === 1 || t.norm === 'that') return false;
    // ("..., and a survey published by the Herald on Monday found ...": a time adjunct before the
    // cue is passed over and does not count against the reach.)
    const timed = k > from + 1 ? skipTimeAdjunct(ctx.tokens, k, end) : k;
    if (timed > k) {
      limit += timed - k;
      k = timed - 1;
      continue;
    }
    // ("..., given his comments", "..., despite warnings": a cue's form right after an article, a
    // possessive or a preposition is a noun; after "some" or "many" it is a verb: "..., some say".)
    const cue = nounAfter(ctx.tokens[k - 1]) ? undefined : matchCue(ctx, k, end);
    // ("..., and I suspect ...": the bare form is the present after "I", "we" or "they".)
    const plural = cue !== undefined && cue.form.tense === 'base' && k === from + 1 && BARE_PRESENT_SUBJECTS.has(ctx.tokens[from]?.norm ?? '');
    // ("..., altered figures", "..., revised estimates": an "-s" form right after a word in "-ed" is
    // a plural noun that word modifies or governs, not a verb with that word for its subject; a
    // bare present right after it has the noun for its subject: "..., revised estimates show".)
    if (cue !== undefined && cue.form.tense === 'present' && edWordBefore(ctx.tokens, k) && hasPluralEnding(t.norm)) {
      noun = k;
      continue;
    }
    // ("..., clone voices and fake faces", "..., file claims or ...": an "-s" form right before
    // "and" or "or" is a plural noun in a list, the object of the verb before it; a verb of saying
    // has what was said after it, not a conjunction.)
    if (cue !== undefined && cue.form.tense === 'present' && hasPluralEnding(t.norm) && LIST_CONJUNCTIONS.has(ctx.tokens[k + 1]?.norm ?? '')) continue;
    // ("..., and hospital managers fear it could spread": the bare form after a plural noun, before
    // a subject or a determiner that opens what is feared or said.)
    // ("..., and many Democrats believe the race is close": a capitalised plural of a group's
    // members is such a noun too.)
    const after = ctx.tokens[k + 1];
    const prev = ctx.tokens[k - 1] as Token;
    const pluralSubject = cue !== undefined && cue.form.tense === 'base' && (isPluralNoun(prev) || (GROUP_HEADS.has(prev.norm) && hasPluralEnding(prev.norm))) && after !== undefined && (SUBJECT_PRONOUNS.has(after.norm) || DETERMINERS.has(after.norm));
    if (cue !== undefined && (cue.form.tense === 'past' || cue.form.tense === 'present' || plural || pluralSubject || ((base || k === noun + 1) && cue.form.tense === 'base'))) return true;
  }
  return false;
}

/** Object pronouns that cannot open a clause as its subject ("him", not "it" or "you"; "her" as an object here). */
const OBJECT_ONLY_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us']);

/** Conjunctions that join the members of a list: "code, voices and video". */
const LIST_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or']);

/** Whether the word before token `k` is a lower-case word in "-ed": "altered | figures". */
function edWordBefore(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev !== undefined && prev.kind === 'word' && prev.norm.length > 4 && prev.norm.endsWith('ed') && !isCapitalised(prev);
}

/** Pronouns that take a bare present and speak for someone: "I suspect", "we believe", "they say" (not "you know", a filler). */
const BARE_PRESENT_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'they']);

/**
 * Whether the quotation opened at `open` closes on a comma inside its closing mark and a speaker
 * with a cue of their own follows it: “...,” he wrote.
 */
function attributedQuotation(ctx: Context, open: number, end: number): boolean {
  const q = ctx.openerAt.get(open);
  if (q === undefined) return false;
  for (let k = open + 1; k < end; k++) {
    if ((ctx.tokens[k]?.end ?? 0) < q.close) continue;
    return ctx.tokens[k - 1]?.text === ',' && k + 2 < end && newAttributionAhead(ctx, k + 1, end);
  }
  return false;
}

/** How far after a conjunction `sayAhead` looks for "say". */
const SAY_REACH = 5;

/** Whether a token is "said", "says" or "say", the cue that most often opens a statement inside another's content. */
function isSayForm(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const n = t.norm;
  return n.length === 4 ? n === 'said' || n === 'says' : n.length === 3 && n === 'say';
}

/**
 * Whether a subject (a name, a pronoun, a determiner or a number) starts at `from` and a form of
 * "say" follows within a few words, with no punctuation or relative pronoun between them.
 */
function sayAhead(ctx: Context, from: number, end: number): boolean {
  const first = ctx.tokens[from];
  if (first === undefined || first.kind === 'punct' || ctx.inQuote[from] === 1 || first.norm === 'that') return false;
  // ("... and others have said ...", "... and farmers say ...": a bare plural opens a subject too.)
  if (!(isCapitalised(first) || pronounOf(first) !== undefined || DETERMINERS.has(first.norm) || first.kind === 'number' || first.norm === 'others' || isPluralNoun(first))) return false;
  for (let k = from + 1; k < Math.min(end, from + SAY_REACH); k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind === 'punct' || ctx.opens[k] === 1 || t.norm === 'that' || t.norm === 'who' || t.norm === 'which') return false;
    if (isSayForm(t)) return true;
  }
  return false;
}

/** Adjectives of attitude that take a that-clause after "be": "were frustrated that ...". */
const ATTITUDE_ADJECTIVES: ReadonlySet<string> = new Set([
  'frustrated', 'concerned', 'worried', 'confident', 'convinced', 'optimistic', 'hopeful', 'skeptical', 'sceptical', 'sure',
  'certain', 'aware', 'afraid', 'angry', 'upset', 'disappointed', 'pleased', 'glad', 'happy', 'adamant', 'proud', 'unaware',
  'fearful', 'nervous', 'alarmed', 'outraged', 'furious', 'insistent', 'positive', 'mindful', 'thankful', 'grateful',
]);

/** Nouns of polling that make a fronted "In ..." phrase the source of what follows. */
const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/** Words of a poll's time and authors after "released", "conducted": "conducted by the Courier in early May". */
const POLL_DETAIL_WORDS: ReadonlySet<string> = new Set(['by', 'in', 'on', 'of', 'from', 'and', 'the', 'last', 'this', 'early', 'late', 'earlier', 'week', 'month']);
/** Participles that open a phrase on a poll: "a poll released Monday", "a survey conducted by the Courier". */
const POLL_PARTICIPLES: ReadonlySet<string> = new Set(['released', 'conducted', 'taken', 'published']);
/** Verbs by which a poll places a candidate: "the poll has Kell ahead", "puts her at 40 percent". */
const PLACING_VERBS: ReadonlySet<string> = new Set(['has', 'had', 'puts', 'put', 'gives', 'gave']);

/** Quantifiers that can stand alone as a subject: "Some said", "Many believe". */
const STANDALONE_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'both', 'all', 'few', 'each', 'another']);
/** Quantifiers that may float after their subject: "they both said", "the growers all said". */
const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each']);
/** Plural personal pronouns a floating quantifier may follow. */
const PLURAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'you']);
/** Auxiliaries marked for tense and person, which no infinitive goes on with ("to vote but is undecided"). */
const TENSED_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'is', 'was', 'are', 'were', 'does', 'did', "hasn't", "hadn't", "isn't", "wasn't", "aren't", "weren't", "doesn't", "didn't"]);

/** Forms of "have" that make a perfect tense with a participle ("has written", "hasn't spoken"). */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', "hasn't", "haven't", "hadn't"]);

/**
 * Auxiliaries a floating quantifier may follow before its verb: "have both argued", "will all
 * support". ("has both endorsed Lind and criticized her" is "both ... and" after a singular.)
 */
const QUANTIFIER_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'had', 'will', 'would', 'did', 'do']);
/** Words after a share's "support" that make it a noun: "32% support among women". */
const AFTER_SHARE_NOUN: ReadonlySet<string> = new Set(['among', 'against', 'gives', 'is', 'was']);
/** Forms of "do" that open a question: "Do you support ...?". */
const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);

/** Words after which a bare "asked" opens an attributed question: "when asked whether ...". */
const ASKED_OPENERS: ReadonlySet<string> = new Set(['when', 'whenever', 'after', 'before', 'if', 'once', 'while', 'as', 'until']);

/** Passive participles that report a view held by no one named: "is expected to", "was said to". */
const RAISING_PASSIVES: ReadonlySet<string> = new Set(['expected', 'said', 'reported', 'projected', 'predicted']);

/** Words that open what someone was declared: "was declared the winner", "declared a winner", "declared as the victor". */
const DECLARED_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'as', 'winner', 'winners']);

/** Verbs of appearance that report an impression without a holder: "X seems to ...". */
const SEEM_VERBS: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** Verbs of aspect that take a cue after "to" or as an -ing form: "continued to insist", "began talking". */
/** Cue words read after their content only when that content is a quotation. */
const QUOTATION_ONLY_CUES: ReadonlySet<string> = new Set(['began']);

const ASPECT_VERBS: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started']);

/**
 * Verbs whose subject makes the statement of a cue after "to": "tried to argue that",
 * and a habit, "Lind likes to say that ..." (not the wish "would like to", whose saying has not
 * happened, so no bare "like").
 */
const CONTROL_VERBS: ReadonlySet<string> = new Set(['try', 'tries', 'tried', 'trying', 'struggle', 'struggles', 'struggled', 'struggling', 'likes', 'liked', 'loves', 'loved']);

/** The bare forms of the habit verbs of {@link CONTROL_VERBS}: "Growers like to say that ...". */
const HABIT_BARE_FORMS: ReadonlySet<string> = new Set(['like', 'love']);

/** Words before a bare "like" that make it a wish or a denial, not a habit: "would like to", "don't like to" (and "they'd like to"). */
const WISH_OR_DENIAL: ReadonlySet<string> = new Set(['would', "'d", 'to', 'not', "n't", 'never', 'do', 'does', 'did', 'should', 'might', 'may', 'could', 'will', 'can']);

/**
 * Whether the word before the "to" at `k` is a bare "like" or "love" of habit, with a subject
 * of its own before it ("Supporters like to say that ..."), not a wish ("would like to say") or
 * a denial ("do not like to say").
 */
function habitBareBefore(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 2];
  return HABIT_BARE_FORMS.has(tokens[k - 1]?.norm ?? '') && before !== undefined && before.kind === 'word' && !WISH_OR_DENIAL.has(before.norm) && !before.norm.endsWith("'d");
}

/**
 * Adjectives and passive participles after "be" whose subject makes the statement of a cue after
 * "to": "was quick to add", "was careful to note", "was forced to admit", "was prompted to say".
 */
const CONTROL_ADJECTIVES: ReadonlySet<string> = new Set(['quick', 'likely', 'careful', 'keen', 'forced', 'prompted', 'compelled', 'moved']);

/** Degree words before an adjective: "more likely to say". */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['more', 'less', 'most', 'least', 'as']);

/**
 * Verbs that lead someone to a statement: "led Republicans to say", "leaving many to wonder",
 * "prompted the mayor to ask", "drove growers to demand" (on polnear-train the infinitive is gold
 * in 17 of 21 uses of lead, leave and prompt, and in 3 of 4 of spur, cause and drive).
 */
const LEAD_FORMS: ReadonlySet<string> = new Set(['lead', 'leads', 'led', 'leading', 'leaving', 'prompt', 'prompts', 'prompted', 'prompting', 'spur', 'spurs', 'spurred', 'spurring', 'cause', 'causes', 'caused', 'causing', 'drive', 'drives', 'drove', 'driving']);

/**
 * Ordinals and "only" that make an infinitive after their noun a relative clause with the noun for
 * its subject: "the first senator to endorse Kell" is the first senator who endorsed her.
 */
const ORDINAL_HEADS: ReadonlySet<string> = new Set(['first', 'earliest', 'only', 'last', 'latest', 'second', 'third']);

/** How many tokens the noun phrase of such an ordinal may span before its "to": "the first sitting member of the Vale council". */
const ORDINAL_REACH = 9;

/** Verbs that make their subject the ordinal phrase's referent: "Lind was the first mayor to ...", "became the first". */
const ORDINAL_LINKS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', "'s", 'became', 'becomes', 'become', 'remains', 'remained']);

/** Reflexive pronouns: "calls herself a moderate". */
const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);

/** Words that open an adjunct of time after whom someone called: "called Kell shortly after the vote". */
const CALL_TIME_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'during', 'until']);

/** Endings of nouns of agents, singular or plural: "donor", "fundraisers", "economist", "historians". */
const AGENT_NOUN = /(?:er|or|ist|ian)s?$/;

/** Whether a lower-case noun names people: "candidates", "mother", "a delegate", "donors". */
function namesPeople(norm: string): boolean {
  const single = hasPluralEnding(norm) ? norm.slice(0, -1) : norm;
  return PEOPLE_NOUNS.has(norm) || PEOPLE_NOUNS.has(single) || DESCRIPTION_HEADS.has(single) || ROLE_WORDS.has(single) || (norm.length > 5 && AGENT_NOUN.test(norm));
}

/** Pronouns before which a present form such as "calls" or "backs" is a verb. */
const SINGULAR_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'who', 'which']);

/** Forms of "keep" before an -ing cue: "kept insisting". */
const KEEP_FORMS: ReadonlySet<string> = new Set(['keep', 'keeps', 'kept']);

/** Forms of "stop", which with "short of" holds back from a statement it still reports: "stopped short of calling ...". */
const STOP_FORMS: ReadonlySet<string> = new Set(['stop', 'stops', 'stopped', 'stopping']);

/**
 * The index just before an idiom that ends with the "of" at `of` and lends its verb to a gerund
 * cue after it: "stopped short of | calling", "is fond of | saying" (the "is" is left to the
 * caller); else undefined.
 */
function gerundIdiomBefore(tokens: readonly Token[], of: number): number | undefined {
  if (tokens[of]?.norm !== 'of') return undefined;
  const before = tokens[of - 1]?.norm;
  if (before === 'fond') return of - 2;
  if (before === 'short' && STOP_FORMS.has(tokens[of - 2]?.norm ?? '')) return of - 3;
  return undefined;
}

/** How many tokens the source of a sentence-initial "According to X," may span. */
const LEADING_SOURCE_WINDOW = 25;

/** How many tokens a relative clause inside a speaker's phrase may span. */
const RELATIVE_SUBJECT_WINDOW = 12;

/** How many tokens such a clause may span when it gives the terms of a source's anonymity. */
const SOURCING_RELATIVE_WINDOW = 24;

/** Words of the anonymity formula: "spoke on condition of anonymity", "was not authorized to speak", "asked not to be named". */
const ANONYMITY_WORDS: ReadonlySet<string> = new Set(['anonymity', 'anonymously', 'authorized', 'authorised', 'named', 'identified']);

/**
 * How far back from token `k` a relative clause in the speaker's phrase may open. The clause that
 * says why a source goes unnamed ("A guard who spoke on condition of anonymity because he was not
 * authorized to talk to reporters said") is part of the source's description however long it runs,
 * so it may reach further than another.
 */
function relativeReach(tokens: readonly Token[], k: number, first: number): number {
  for (let r = k - 1; r > first && r >= k - SOURCING_RELATIVE_WINDOW; r--) {
    const t = tokens[r];
    if (t === undefined || t.kind !== 'word') break;
    if (ANONYMITY_WORDS.has(t.norm)) return SOURCING_RELATIVE_WINDOW;
  }
  return RELATIVE_SUBJECT_WINDOW;
}

/**
 * "those who voted", "half of those who met him": "those" standing alone heads the relative clause
 * after it, with a share of it before "of". The phrase ending at token `j`, else undefined.
 */
function demonstrativeHead(tokens: readonly Token[], j: number, min: number): NounPhrase | undefined {
  if (tokens[j]?.norm !== 'those' || j < min) return undefined;
  const share = tokens[j - 1]?.norm === 'of' ? phraseEndingAt(tokens, j - 2, min) : undefined;
  return { first: share !== undefined && share.kind !== 'pronoun' ? share.first : j, last: j, kind: 'group' };
}

/** Prepositions between a verb and its object that open no clause: "wrote to her", "spoke with him". */
const OBJECT_LINKS: ReadonlySet<string> = new Set(['to', 'with', 'for', 'at', 'about', 'on']);

/** Prepositions that open a fronted phrase ending at a comma: "Despite X's claim that ..., Y". */
const FRONTED_PREPOSITIONS: ReadonlySet<string> = new Set(['despite', 'amid', 'after', 'before', 'given', 'unlike', 'like', 'following', 'notwithstanding']);
/** Words that cannot stand inside a possessor's phrase. */
const CLAUSE_OPENERS_BEFORE_POSSESSOR: ReadonlySet<string> = new Set(['with', 'of', 'to', 'by', 'for', 'from', 'in', 'on', 'at', 'and', 'or', 'but', 'that']);

/** Prepositions that open an adjunct after the object of a stance noun: "his attacks on Ruiz | at a rally". */
const OBJECT_ADJUNCTS: ReadonlySet<string> = new Set(['at', 'by', 'during', 'with', 'amid']);

/** "claimed victory", "claims credit": a bare noun is what is claimed; "claimed the seat" is a thing won. */
function claimWon(form: CueForm, first: Token | undefined): boolean {
  return form.entry.lemma === 'claim' && first !== undefined && (DETERMINERS.has(first.norm) || POSSESSIVE_DETERMINERS.has(first.norm));
}

/**
 * Whether the object at `i` names one person: "him", "her", a name ("Ana Lind", "Lind"), or a
 * title with or without one ("the coach", "head coach Ana Lind", "its chief executive"), and not
 * a name's possession ("Lind's plan").
 */
function personDismissedAt(tokens: readonly Token[], i: number, end: number): boolean {
  const first = tokens[i];
  if (first === undefined) return false;
  if (first.norm === 'him') return true;
  // ("dismissed her on Friday", not "dismissed her critics": "her" may be a possessive.)
  if (first.norm === 'her') return tokens[i + 1]?.kind !== 'word' || NP_PREPOSITIONS.has(tokens[i + 1]?.norm ?? '');
  const np = phraseStartingAt(tokens, i, end);
  if (np === undefined || np.kind === 'pronoun' || np.kind === 'group') return false;
  const head = tokens[np.last];
  if (head === undefined || head.norm.endsWith("'s") || head.norm.endsWith("'")) return false;
  if (np.name === undefined) return ROLE_WORDS.has(head.norm) || PERSON_ROLE_HEADS.has(head.norm);
  // (Not "a report in Politico", "the issue in October": a name after a preposition is not the object's head.)
  for (let k = np.first; k < np.name.first; k++) if (NP_PREPOSITIONS.has(tokens[k]?.norm ?? '') || tokens[k]?.kind !== 'word') return false;
  return np.name.last === np.last;
}

/**
 * Heads of noun phrases that name a quantity or a change, which say nothing: after a verb of
 * saying and a comma they are its object ("..., explained the difference"), not an inverted speaker.
 */
const MUTE_HEADS: ReadonlySet<string> = new Set([
  'difference', 'gap', 'rise', 'increase', 'decline', 'drop', 'fall', 'change', 'shift', 'delay', 'loss', 'gain', 'growth',
  'decision', 'choice', 'move', 'outcome', 'result', 'problem', 'situation', 'matter', 'issue', 'trend', 'pattern',
]);

/** Words that, capitalised before a name, make it a storm's: "Hurricane Delphine", "Typhoon Mawar", "Storm Kelda". */
const STORM_WORDS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical']);

/** Whether a named storm opens at token `i`: a capitalised storm word before a capitalised word ("Tropical Storm Ana"). */
function namedStormAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return t !== undefined && next !== undefined && STORM_WORDS.has(t.norm) && isCapitalised(t) && isCapitalised(next);
}

/** Auxiliaries between "that" and the verb of a relative clause: "a letter that was sent", "the plan that has been dropped". */
const RELATIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been']);

/** Words that close a span of time counted from another moment: "minutes later", "two years ago". */
const RELATIVE_TIME_ENDS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'afterward', 'afterwards']);

/** Jobs a person is let go from, besides the titles of `ROLE_WORDS`: "dismissed the coach". */
const PERSON_ROLE_HEADS: ReadonlySet<string> = new Set(['coach', 'manager', 'trainer', 'employee', 'worker', 'staffer', 'teacher', 'principal', 'editor', 'conductor']);

/** Whether "as" follows within a short phrase of words from `i`: "cast the mayor as a spendthrift". */
function roleAhead(tokens: readonly Token[], i: number, end: number): boolean {
  for (let j = i + 1; j < end && j < i + 7; j++) {
    const t = tokens[j];
    if (t === undefined || t.kind !== 'word') return false;
    if (t.norm === 'as') return true;
  }
  return false;
}


/**
 * What is said when it is offered: "offered a defense of the bill", "offer few details", "offered
 * her condolences". On polnear-train an object headed by one of these after "offer" is a gold
 * statement in 33 of 58 uses.
 */
const OFFERED_VIEWS: ReadonlySet<string> = new Set([
  'defense', 'defence', 'preview', 'explanation', 'explanations', 'assessment', 'assessments', 'details', 'specifics', 'plans',
  'plan', 'ideas', 'idea', 'description', 'descriptions', 'apology', 'praise', 'criticism', 'support', 'condolences', 'thoughts',
  'prayers', 'congratulations', 'glimpse', 'view', 'views', 'warning', 'warnings', 'advice', 'endorsement', 'slogan', 'argument',
  'arguments', 'rationale', 'critique', 'rebuttal', 'response', 'answer', 'answers', 'account', 'insight', 'insights', 'theory',
  'vision', 'proposal', 'proposals', 'solution', 'solutions', 'assurance', 'assurances', 'reassurance', 'encouragement',
  'testimony', 'analysis', 'approaches', 'evidence', 'clues', 'reason',
]);

/**
 * Nouns of feeling or of a shared view that take a that-clause after the group that holds it,
 * besides {@link NOUN_CUES}: "mounting anxiety among donors that ...", "a recognition among aides that ...".
 */
const HELD_AMONG_NOUNS: ReadonlySet<string> = new Set([
  'anxiety', 'unease', 'feeling', 'feelings', 'recognition', 'perception', 'consensus', 'agreement', 'frustration',
  'optimism', 'pessimism', 'skepticism', 'scepticism', 'alarm', 'understanding', 'certainty',
]);

/** Nouns of saying and believing that take a that-clause: "the claim that", "his warning that". */
const NOUN_CUES: ReadonlySet<string> = new Set([
  'claim', 'claims', 'warning', 'warnings', 'assertion', 'assertions', 'argument', 'belief', 'beliefs', 'view', 'suggestion',
  'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'statement', 'promise', 'pledge', 'vow',
  'threat', 'hope', 'hopes', 'fear', 'fears', 'concern', 'concerns', 'insistence', 'contention', 'prediction', 'predictions',
  'assurance', 'assurances', 'admission', 'acknowledgment', 'acknowledgement', 'denial', 'complaint', 'complaints', 'criticism',
  'message', 'suspicion', 'suspicions', 'speculation', 'rumors', 'rumours', 'reports', 'announcement', 'declaration',
  'conclusion', 'finding', 'findings', 'estimate', 'guarantee', 'notion', 'sense', 'impression', 'expectation', 'expectations',
  'boast', 'insinuation', 'implication', 'conviction', 'confidence', 'doubts', 'worry', 'worries', 'reminder', 'signal',
]);

/**
 * Nouns besides those of saying that take a that-clause: "the idea that", "the fact that". (Picked
 * on polnear-train: after a cue, "the idea that" and "the fact that" are marked with the noun in
 * every case, and "a thought that" opens no statement of the cue.)
 */
const THAT_NOUNS: ReadonlySet<string> = new Set(['idea', 'fact', 'thought']);

/** Whether `token` is a noun that takes a that-clause ("the claim that", "the idea that"). */
function isThatNoun(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && (NOUN_CUES.has(token.norm) || THAT_NOUNS.has(token.norm));
}

/**
 * Nouns of a pledge or an appeal whose to-infinitive, after a possessor, is what was pledged:
 * "Kell's promise to cut the toll", "his calls to close the pier" (picked by measured precision on
 * polnear-train, gold in about half of such uses; "plan", "decision", "refusal" and "effort" fell
 * below a third).
 */
const PLEDGE_NOUNS: ReadonlySet<string> = new Set(['promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'call', 'calls']);

/** Words after which a verb goes on what was pledged: "to cut fares and build a pier", "to never raise it". */
const PLEDGE_VERB_LINKS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'to', 'not', 'never']);

/** Nouns of a story told: "told a joke", "tells a different story". */
const STORY_NOUNS: ReadonlySet<string> = new Set(['story', 'stories', 'tale', 'tales', 'joke', 'jokes', 'anecdote', 'anecdotes']);

/**
 * Where what is told starts when a story noun heads the phrase of a few words at `i` after
 * "tell" ("told a rather odd tale"): after "of" when "the" opens it ("told the story of
 * the flood" tells of the flood). Else undefined.
 */
function toldStoryAt(tokens: readonly Token[], i: number, end: number): number | undefined {
  // ("told reporters a story": a listener before the story keeps its reading.)
  const lead = tokens[i]?.norm ?? '';
  if (!DETERMINERS.has(lead) && !POSSESSIVE_DETERMINERS.has(lead) && !STORY_NOUNS.has(lead)) return undefined;
  for (let j = i; j < end && j < i + 4; j++) {
    const t = tokens[j];
    if (t === undefined || t.kind !== 'word') return undefined;
    if (STORY_NOUNS.has(t.norm)) return tokens[i]?.norm === 'the' && tokens[j + 1]?.norm === 'of' && j + 2 < end ? j + 2 : i;
  }
  return undefined;
}

/** Forms of "be" between a noun of saying and its "that": "Kell's answer was that ...". */
const COPULAS_BEFORE_THAT: ReadonlySet<string> = new Set(['is', 'was', 'been', 'remains', 'remained']);

/**
 * Nouns that name what was said only before "be" and "that" ("his answer was that ..."; "the
 * answer that he gave" is a relative clause).
 */
const COPULAR_NOUN_CUES: ReadonlySet<string> = new Set(['answer', 'response', 'reply', 'point', 'explanation', 'assumption', 'understanding', 'position', 'theory', 'reasoning', 'thinking']);

/** Nouns of an open question whose wh-clause is what is asked: "raised questions about whether the dam will hold". */
const DOUBT_NOUNS: ReadonlySet<string> = new Set(['question', 'questions', 'doubt', 'doubts']);

/** Prepositions between a noun of doubt and its wh-clause: "doubts about how", "the question of whether", "questions as to why". */
const DOUBT_LINKS: ReadonlySet<string> = new Set(['about', 'of', 'over', 'as']);

/**
 * Verbs that bring up a question or a doubt: "raised new questions about whether ...", "begs the
 * question of how ...". On polnear-train, after such a verb the wh-clause is a gold content in 17
 * of 23 uses, mostly with no speaker; after the bare noun only in 5 of 30 (questions put to
 * someone, quoted remarks).
 */
const DOUBT_RAISERS: ReadonlySet<string> = new Set([
  'raise', 'raises', 'raised', 'raising', 'prompt', 'prompts', 'prompted', 'prompting', 'pose', 'poses', 'posed', 'posing',
  'beg', 'begs', 'begged', 'begging', 'leave', 'leaves', 'left', 'leaving', 'face', 'faces', 'faced', 'facing', 'endure', 'endured', 'enduring',
]);

/**
 * Nouns of a stand taken against or for something, with the preposition that opens what they
 * name: "her attacks on the levy", "his criticism of the mayor". Measured on polnear-train after
 * a possessor: the object is a gold content in 26 of 49 uses (support for, decision to, calls
 * for and views of fall below 30% and are left out).
 */
const STANCE_NOUN_PREPOSITIONS: ReadonlyMap<string, string> = new Map([
  ['attacks', 'on'], ['criticism', 'of'], ['opposition', 'to'],
  // ("his endorsement of Kell", "their embrace of the levy", "her tirade against the board": 8 of
  // 10 new statements right on polnear-train; "critique of", "criticisms of", "rejection of" and
  // "condemnation of" fell below.)
  ['endorsement', 'of'], ['embrace', 'of'], ['denunciation', 'of'], ['tirade', 'against'],
]);

/** Bits of `RUN_TRIGGERS`: which word-triggered rule of the phrase scan a word may set off. */
const TRIGGER_REPORTEDLY = 1;
const TRIGGER_SEEM = 2;
const TRIGGER_ATTITUDE = 4;
const TRIGGER_STANCE = 8;
const TRIGGER_DOUBT = 16;
const TRIGGER_THAT = 32;
const TRIGGER_BACKING = 64;
const TRIGGER_STIR = 128;
const TRIGGER_REACTION = 256;
const TRIGGER_KNOWN = 512;
const TRIGGER_POLL = 1024;
const TRIGGER_AGENT = 2048;
const TRIGGER_LIGHT = 4096;
/** The bits of the rules above. */
const RULE_TRIGGERS = 8191;
/** Bits of the words the scan looks for before the rules above: "according (to)", "in", "to". */
const TRIGGER_ACCORDING = 8192;
const TRIGGER_IN = 16384;
const TRIGGER_TO = 32768;
/** A number written out in words: "four", "thirty-seven". */
const SPELLED_NUMBER = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?$/;
/** The bit of "vote" for a share's vote: "56 percent would vote for Kell". */
const TRIGGER_VOTE = 65536;
/** The bit of "projected" and "deemed" in the passive: "Kell was projected the winner", "were deemed ineligible". */
const TRIGGER_PROJECTED = 131072;

/** The words that set off a rule of the phrase scan besides the cue lexicon, with their `TRIGGER_` bits. */
const RUN_TRIGGERS: ReadonlyMap<string, number> = wordBits([
  [['reportedly'], TRIGGER_REPORTEDLY],
  [SEEM_VERBS, TRIGGER_SEEM],
  [ATTITUDE_ADJECTIVES, TRIGGER_ATTITUDE],
  [STANCE_NOUN_PREPOSITIONS.keys(), TRIGGER_STANCE],
  [DOUBT_NOUNS, TRIGGER_DOUBT],
  [['that'], TRIGGER_THAT],
  [['backing'], TRIGGER_BACKING],
  [STIR_VERBS, TRIGGER_STIR],
  [REACTION_NOUNS, TRIGGER_REACTION],
  [['known'], TRIGGER_KNOWN],
  [STANDING_PARTICIPLES, TRIGGER_KNOWN],
  [['poll', 'survey'], TRIGGER_POLL],
  [STANCE_AGENTS, TRIGGER_AGENT],
  [LIGHT_NOUNS, TRIGGER_LIGHT],
  [['according'], TRIGGER_ACCORDING],
  [['in'], TRIGGER_IN],
  [['to'], TRIGGER_TO],
  [['vote', 'voted', 'votes'], TRIGGER_VOTE],
  [['projected', 'deemed'], TRIGGER_PROJECTED],
]);

function isPossessiveToken(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && (token.norm.endsWith("'s") || token.norm.endsWith("s'"));
}

/**
 * Participles that work as prepositions and so continue a content: "depending on", "including".
 * ("during", a preposition in "-ing", is listed so that it is never read as a verb's -ing form:
 * "aides who clashed with the manager during the midterms said" is no "aide speaking to ...".)
 */
const PREPOSITIONAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'including', 'according', 'depending', 'following', 'regarding', 'concerning', 'considering', 'excluding', 'barring',
  'pending', 'notwithstanding', 'assuming', 'beginning', 'starting', 'involving', 'during',
]);

/**
 * Whether the "that" at `i` is followed by a comma and a participle in -ing that is no
 * preposition ("denied that, saying ...", "confirmed that, adding ..."); a clause of saying may
 * open after an aside ("said that, if elected, she ..."), never with a participle.
 */
function demonstrativeBeforeParticiple(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 2];
  return tokens[i + 1]?.text === ',' && next !== undefined && next.kind === 'word' && !isCapitalised(next) && next.norm.endsWith('ing') && next.norm.length > 5 && !PREPOSITIONAL_PARTICIPLES.has(next.norm) && !ING_NON_PARTICIPLES.has(next.norm);
}

/** Words in -ing that are no participle and may open an aside after "that,": "said that, during the talks, ...". */
const ING_NON_PARTICIPLES: ReadonlySet<string> = new Set(['during', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening']);

/** Conjunctions that open a clause with a subject of its own: "..., and the union has sued ...". */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'when', 'whereas', 'as', 'after', 'because', 'although', 'though']);
/** Subordinators of {@link CLAUSE_CONJUNCTIONS} whose clause, when no comma sets it off, hangs on the verb before it: "left while the band played". */
const TIGHT_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'when', 'as', 'after', 'because', 'although', 'though']);
/**
 * Whether `phrase` is the "it" of an impersonal passive whose participle starts at offset
 * `cueStart`: "It was announced", "it has been widely reported", "it is said".
 */
function isImpersonalPassive(tokens: readonly Token[], phrase: NounPhrase, cueStart: number): boolean {
  if (phrase.kind !== 'pronoun' || tokens[phrase.first]?.norm !== 'it') return false;
  let j = phrase.last + 1;
  let passive = false;
  while (j < tokens.length && j < phrase.last + 6 && (tokens[j]?.start ?? Infinity) < cueStart) {
    const norm = tokens[j]?.norm ?? '';
    if (BE_FORMS.has(norm)) passive = true;
    else if (!isModifier(tokens[j])) return false;
    j++;
  }
  return passive && tokens[j]?.start === cueStart;
}

/** Whether a capitalised word opening a sentence is an adverb: "Separately", "Meanwhile", "Still". */
function isSentenceAdverb(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  return (t.norm.endsWith('ly') && t.norm.length > 4) || ADVERBIAL_OPENERS.has(t.norm) || INTRODUCTORY.has(t.norm) || VERB_MODIFIERS.has(t.norm) || SENTENCE_ADVERBS.has(t.norm);
}

/**
 * Sentence adverbs that do not end in -ly. (Adverbs of place and time open a sentence the same
 * way: "Nearby, a vendor, Rosa Vidal, said", "Afterward, the coach, Ian Moss, said".)
 */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'meanwhile', 'elsewhere', 'nevertheless', 'nonetheless', 'however', 'moreover', 'furthermore', 'still',
  'nearby', 'outside', 'inside', 'afterward', 'afterwards', 'overseas', 'abroad', 'downstairs', 'upstairs',
]);

/** How far back from a subjectless clause the comma opening an aside on its subject may stand. */
const ASIDE_WINDOW = 30;

/** Adverbs that link a sentence to the one before it: "Instead, ...", "Yet, ...". */
const LINKING_ADVERBS: ReadonlySet<string> = new Set(['yet', 'indeed', 'also', 'thus', 'therefore', 'besides', 'and', 'but']);

/** Phrases that link a sentence to the one before it, written in `norm` form. */
const CONNECTIVE_PHRASES: readonly (readonly string[])[] = [
  ['at', 'the', 'same', 'time'], ['in', 'addition'], ['in', 'fact'], ['after', 'all'], ['of', 'course'],
  ['on', 'the', 'other', 'hand'], ['for', 'example'], ['for', 'instance'],
  // (Contrast, consequence and concession that set a sentence against the one before it.)
  ['in', 'contrast'], ['by', 'contrast'], ['in', 'particular'], ['even', 'so'], ['as', 'a', 'result'],
];

/** The first words of {@link CONNECTIVE_PHRASES}, checked before the phrases are. */
const CONNECTIVE_OPENERS: ReadonlySet<string> = new Set(CONNECTIVE_PHRASES.map((phrase) => phrase[0] ?? ''));

/** A writer's verdict on a claim: "... is false", "... has been disputed". */
const VERDICT_WORDS: ReadonlySet<string> = new Set([
  'false', 'true', 'untrue', 'wrong', 'misleading', 'correct', 'accurate', 'inaccurate', 'baseless', 'unfounded', 'unsupported',
  'disputed', 'debunked', 'contradicted', 'rejected', 'refuted', 'exaggerated', 'overstated', 'mostly', 'partly', 'half',
  'supported', 'backed', 'borne', 'unproven', 'unverified', 'verified', 'confirmed', 'incorrect', 'groundless', 'dubious',
  'questionable', 'challenged',
]);

/** Pronouns whose antecedent a free relative's speaker is read as: "what she called a farce". */
const FREE_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);

/** Modals of a statement not (yet) made: "might blame", "could declare". */
const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'should']);
/** Modals that make "whether X would back ..." a question about a future act. */
const QUESTION_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'might', 'may']);
/** Verbs of asking, after which "if" opens an indirect question: "asked if", "wondered if", "asked reporters if". */
const ASKING_WORDS: ReadonlySet<string> = new Set(['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering']);
/** First-person subject pronouns, whose hedged "I might add" is still a statement. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);

/**
 * Words before a participle whose subject is the clause's: "while praising", "after noting",
 * "despite denying", "was fined for criticizing".
 */
const PARTICIPLE_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'before', 'after', 'by', 'when', 'upon', 'despite', 'for']);
/** How many tokens a participle opening the sentence may run before the comma of its main clause. */
const FRONTED_PARTICIPLE_REACH = 20;
/** Prepositions besides those inside noun phrases that may follow a fronted participle: "Frustrated by the loss, ...". */
const PARTICIPLE_LINKS: ReadonlySet<string> = new Set(['by', 'after', 'over', 'into', 'as']);
/** Irregular past participles that open a sentence: "Born in Chile, ...". */
const FRONTED_PARTICIPLES: ReadonlySet<string> = new Set(['born', 'raised', 'known', 'brought', 'taken', 'driven', 'shaken', 'built', 'caught', 'hit', 'left', 'told', 'seen', 'given', 'made']);

/**
 * Cues a relative "that" may speak with: "a sign that read", "a message that said", "polls that
 * showed". With other verbs ("a union that has endorsed") fewer than a third were attributions
 * on polnear-train.
 */
const RELATIVE_THAT_CUES: ReadonlySet<string> = new Set(['say', 'read', 'state', 'declare', 'proclaim', 'note', 'show', 'suggest', 'call', 'warn', 'claim']);

/** Forms of "take", "go" and "appear" that move a speaker onto a platform: "took to Twitter", "went on CNN". */
const TAKE_FORMS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taken', 'taking']);
const GO_FORMS: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'gone', 'going']);
const HASTEN_FORMS: ReadonlySet<string> = new Set(['hasten', 'hastens', 'hastened']);
const APPEAR_FORMS: ReadonlySet<string> = new Set(['appear', 'appears', 'appeared', 'appearing']);

/**
 * Verbs of rising or breaking in to speak, which take a purpose infinitive of saying as what the
 * subject then said: "rose to say", "stood up to ask", "interjected to point out". (Not the bare
 * forms "stand" and "rise", nouns as often: "took a stand to push for ...".)
 */
const RISE_TO_SPEAK_VERBS: ReadonlySet<string> = new Set([
  'rises', 'rose', 'risen', 'rising', 'stands', 'stood', 'get', 'gets', 'got', 'getting',
  'interject', 'interjects', 'interjected', 'interrupt', 'interrupts', 'interrupted',
]);
/** Forms of "get", a verb of rising only with "up". */
const GET_FORMS: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'getting']);
/** Particles a verb of rising takes before its purpose: "stood up to say", "rose again to ask". */
const RISE_PARTICLES: ReadonlySet<string> = new Set(['up', 'again', 'briefly']);
/** Where a speaker stands to address a meeting: "took the floor to say", "took the microphone to ask". */
const FLOOR_NOUNS: ReadonlySet<string> = new Set(['floor', 'podium', 'lectern', 'microphone', 'mic', 'stage', 'rostrum', 'stand', 'dais', 'pulpit']);

/** Whether "nothing of" follows at `j`, as in the phrase of addition "to say nothing of". */
function sayNothingOfAt(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.norm === 'nothing' && tokens[j + 1]?.norm === 'of';
}

/**
 * Whether the "to" at `to` opens the purpose of rising to speak or taking the floor ("rose to say",
 * "stood up to ask", "took the floor to warn"): the subject of that gesture says what follows.
 * ("got" counts only with "up": "got to say" is a chance given.)
 */
function riseToSpeakBefore(tokens: readonly Token[], to: number, first: number): boolean {
  let v = to - 1;
  const particle = tokens[v]?.norm ?? '';
  if (RISE_PARTICLES.has(particle)) v--;
  if (v <= first) return false;
  const verb = tokens[v]?.norm ?? '';
  if (RISE_TO_SPEAK_VERBS.has(verb)) return particle === 'up' || !GET_FORMS.has(verb);
  return FLOOR_NOUNS.has(verb) && tokens[v - 1]?.norm === 'the' && TAKE_FORMS.has(tokens[v - 2]?.norm ?? '') && v - 2 > first;
}

/** Nouns of a view held: "In their view, ...". */
const VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion', 'estimation', 'judgment', 'judgement', 'words']);
/** Possessive determiners: "In his view", "her criticism of the plan". */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our']);

/** Words for what someone said, which label a quotation after a colon: "Her answer: “...”". */
const SPOKEN_NOUNS: ReadonlySet<string> = new Set([
  'answer', 'reply', 'response', 'verdict', 'message', 'advice', 'explanation', 'reaction', 'conclusion', 'prediction',
  'warning', 'assessment', 'plea', 'retort', 'instructions', 'excuse', 'promise',
]);

/** Subordinators of contrast after a comma: "..., though analysts expect ...". */
const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['though', 'although', 'while', 'whereas']);

/** Words that, after what a cue names, open the writer's clause when a speaker and a cue of its own follow. */
const OBJECT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'when', 'while', 'even', 'just']);

/** "would" after "and" goes on describing what a plan or aim would do ("seeks a tax on yachts and would spare small boat owners"); measured on polnear-train ("will" and "could" changed nothing, "has" lost). */
const MODALS_AFTER_AND: ReadonlySet<string> = new Set(['would']);

/** Verbs of refusal that, after "and", open the writer's next predicate. */
const REFUSALS: ReadonlySet<string> = new Set(['refused', 'refuses', 'declined', 'declines']);

/** Forms of "stop" that, with "short of" after "but", report that a speaker held back: "but stopped short of". */
const STOPPING: ReadonlySet<string> = new Set(['stopped', 'stops']);

/** What a speaker would not say or give ("would not elaborate"); chosen from the verbs of such reports in news. */
const WITHHELD_VERBS: ReadonlySet<string> = new Set(['say', 'elaborate', 'comment', 'specify', 'explain', 'give', 'provide', 'offer', 'identify', 'name', 'disclose', 'discuss']);

/**
 * "said the ferry was safe and would not elaborate", "... but wouldn't say when": "would" or
 * "did" with "not" and a verb of telling after "and" or "but" (or "gave no ...") is the writer's
 * report of what the speaker held back (on polnear-train 2 more contents matched, none lost).
 */
function withheldAfter(tokens: readonly Token[], j: number): boolean {
  let k = j + 1;
  const aux = tokens[k]?.norm;
  if (aux === 'would' || aux === 'did') {
    if (tokens[k + 1]?.norm !== 'not') return false;
    k += 2;
  } else if (aux === "wouldn't" || aux === "didn't" || aux === 'wouldn’t' || aux === 'didn’t') k++;
  // ("said the talks were useful but gave no details": a past verb of giving with "no".)
  else return (aux === 'gave' || aux === 'offered' || aux === 'provided') && tokens[k + 1]?.norm === 'no';
  return WITHHELD_VERBS.has(tokens[k]?.norm ?? '');
}

/** Words after which a cue form is a noun: "whose support", "less support", "more praise". */
const NOUN_MARKERS: ReadonlySet<string> = new Set(['whose', 'less', 'more', 'fewer']);

/**
 * What a government or a maker "recalls" when the word means withdrawing, not remembering: its
 * envoys and troops ("recalled its ambassador"), or goods it sold ("recalls 40,000 cars").
 */
const WITHDRAWN_NOUNS: ReadonlySet<string> = new Set([
  'ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'consul', 'emissary', 'troops', 'forces', 'soldiers', 'peacekeepers',
  'cars', 'vehicles', 'trucks', 'products', 'units', 'batches', 'packages', 'devices', 'toys', 'drugs', 'pills', 'tablets',
  'bottles', 'cans', 'jars', 'boxes', 'bags', 'cartons', 'containers', 'lots',
]);

/** Whether token `t` closes a count: a number ("40,000") or a large round number word ("2 million"). */
function countBefore(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || COUNT_NOUNS.has(t.norm));
}

/** Units of weight or volume that measure goods withdrawn from sale: "recalled 40,000 pounds of beef". */
const MEASURE_UNITS: ReadonlySet<string> = new Set(['pounds', 'tons', 'tonnes', 'kilograms', 'kilos', 'gallons', 'liters', 'litres', 'ounces']);

/** Words that open a plea after "plead": "guilty", "not guilty", "innocent", "no contest". */
const PLEA_WORDS: ReadonlySet<string> = new Set(['guilty', 'not', 'innocent', 'no']);

/** Particles after "drawing" that make it a verb of using or making ("drawing on", "drawing up"), not of a reaction drawn. */
const DRAWING_PARTICLES: ReadonlySet<string> = new Set(['on', 'upon', 'up', 'from', 'out']);

/** Forms of "be" that link a subject to "according to" and its source ("That is according to ..."). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

/** Subjects with "is" contracted onto them, as they stand before "according to" ("That's according to ..."). */
const CONTRACTED_IS_SUBJECTS: ReadonlySet<string> = new Set(["that's", "this's", "it's"]);

/**
 * Events that are called in the sense of convened or ordered: "called a rally", "called a snap
 * election", "called a halt"; and what is called in the sense of summoned or ruled: "called two
 * witnesses" in a trial, "called a foul" of a referee.
 */
const CONVENED_EVENTS: ReadonlySet<string> = new Set([
  'rally', 'strike', 'meeting', 'conference', 'election', 'elections', 'vote', 'referendum', 'halt', 'recess', 'session',
  'summit', 'hearing', 'truce', 'ceasefire', 'cease-fire', 'boycott', 'protest', 'march', 'walkout', 'timeout', 'time-out',
  'inquiry', 'review', 'caucus', 'briefing', 'vigil', 'retreat', 'witness', 'witnesses', 'foul', 'fouls', 'penalty', 'penalties',
  'rallies', 'strikes', 'meetings', 'votes', 'hearings', 'protests', 'boycotts', 'walkouts', 'timeouts',
]);

/** Words that, after a comma, end the content of a statement. */
const CLAUSE_AFTER_COMMA: ReadonlySet<string> = new Set([
  'but', 'which', 'whereas', 'compared', 'prompting', 'sparking',
]);

const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/**
 * Month names and their abbreviations, which open a date after a cue ("said Dec. 6"); "May" is
 * left out, for it is also the modal (see {@link isMonth}).
 */
const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES.filter((month) => month !== 'may'), 'jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.']);

/** Words that place a date early or late in a month: "in late June". */
const MONTH_EDGES: ReadonlySet<string> = new Set(['late', 'early', 'mid']);

/** Whether `t` names a month, "May" among them. */
function isMonth(t: Token | undefined): boolean {
  return t !== undefined && (MONTHS.has(t.norm) || t.norm === 'may');
}

const TIME_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/** A year written in figures: "2019". */
const YEAR = /^(?:19|20)\d\d$/;

/** Plural periods that make "for ..." a span of time: "for weeks", "for years". */
const SPANS_OF_TIME: ReadonlySet<string> = new Set(['days', 'weeks', 'months', 'years', 'decades']);

/**
 * The words a time adjunct read by {@link skipTimeAdjunct} can open with: a weekday, an adverb of
 * time, or a word that leads one ("on Friday", "late Monday", "last week", "for weeks").
 */
const TIME_ADJUNCT_LEADS: ReadonlySet<string> = new Set([...WEEKDAYS, ...SAYING_TIME_ADVERBS, 'late', 'early', 'on', 'in', 'for', 'last', 'this', 'earlier', 'later']);

/** The index after a time adjunct starting at `i` ("on Friday", "Tuesday", "last week", "yesterday"), or `i`. */
function skipTimeAdjunct(tokens: readonly Token[], i: number, end: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  // (Most words open no adjunct: one look-up settles them, rather than one per kind of adjunct.)
  if (t === undefined || i >= end || !TIME_ADJUNCT_LEADS.has(t.norm)) return i;
  if ((t.norm === 'late' || t.norm === 'early') && (TIME_UNITS.has(next?.norm ?? '') || next?.norm === 'last' || next?.norm === 'this')) return skipTimeAdjunct(tokens, i + 1, end);
  // ("said late on Monday he ...": "late" or "early" before "on" and a weekday.)
  if ((t.norm === 'late' || t.norm === 'early') && next?.norm === 'on' && WEEKDAYS.has(tokens[i + 2]?.norm ?? '')) return skipTimeAdjunct(tokens, i + 1, end);
  if (WEEKDAYS.has(t.norm) || SAYING_TIME_ADVERBS.has(t.norm)) {
    return WEEKDAYS.has(next?.norm ?? '') || TIME_UNITS.has(next?.norm ?? '') ? i + 2 : i + 1;
  }
  if (t.norm === 'on' && next !== undefined && (WEEKDAYS.has(next.norm) || /^(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)/.test(next.norm))) {
    let k = i + 2;
    while (k < end && (tokens[k]?.kind === 'number' || TIME_UNITS.has(tokens[k]?.norm ?? ''))) k++;
    return k;
  }
  // ("voted 6-3 in February to ...", "said in 2019 that ...": a month or a year after "in", before
  // "that" or "to".)
  const linked = tokens[i + 2]?.norm;
  if (t.norm === 'in' && next !== undefined && (linked === 'that' || linked === 'to') && ((isMonth(next) && isCapitalised(next)) || (next.kind === 'number' && YEAR.test(next.text)))) return i + 2;
  // "has said for weeks he ...": a span of time.
  if (t.norm === 'for' && next !== undefined && SPANS_OF_TIME.has(next.norm)) return i + 2;
  // ("said later Saturday", "wrote earlier Monday": a weekday after "later" too.)
  if ((t.norm === 'last' || t.norm === 'this' || t.norm === 'earlier' || t.norm === 'later') && next !== undefined && (TIME_UNITS.has(next.norm) || ((t.norm === 'earlier' || t.norm === 'later') && WEEKDAYS.has(next.norm)))) return i + 2;
  return i;
}

/** Words that name a point in time on their own after "by": "by then", "by tomorrow". */
const DEADLINE_WORDS: ReadonlySet<string> = new Set(['then', 'now', 'tomorrow', 'midnight', 'noon', 'dawn']);
/** Words before a unit of time in a deadline: "by next summer", "by this fall". */
const DEADLINE_OPENERS: ReadonlySet<string> = new Set(['next', 'this', 'that']);
/** Words for a part of a period before it in a deadline: "by early March", "by late 2027", "by mid next year". */
const PERIOD_PARTS: ReadonlySet<string> = new Set(['early', 'late', 'mid']);

/**
 * The index after a deadline opening at `i`: "by Friday", "by 2030", "by next summer", "by the
 * end of the year", "by March 1", "by early March"; or `i`. Fronted in a clause after a cue ("said by Friday the
 * port would reopen"), a deadline belongs to what was said: nothing is said "by Friday".
 */
function deadlineEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.norm !== 'by') return i;
  let k = i + 1;
  if (PERIOD_PARTS.has(tokens[k]?.norm ?? '')) k++;
  const t = tokens[k];
  if (t === undefined) return i;
  if (t.norm === 'the' && tokens[k + 1]?.norm === 'end' && tokens[k + 2]?.norm === 'of') {
    k += 3;
    if (DEADLINE_OPENERS.has(tokens[k]?.norm ?? '') || tokens[k]?.norm === 'the') k++;
    const unit = tokens[k];
    return unit !== undefined && (TIME_UNITS.has(unit.norm) || isMonth(unit) || (unit.kind === 'number' && YEAR.test(unit.text))) ? k + 1 : i;
  }
  if (DEADLINE_OPENERS.has(t.norm)) return TIME_UNITS.has(tokens[k + 1]?.norm ?? '') ? k + 2 : i;
  if (WEEKDAYS.has(t.norm) || DEADLINE_WORDS.has(t.norm) || (t.kind === 'number' && YEAR.test(t.text))) return k + 1;
  if (isMonth(t) && isCapitalised(t)) return tokens[k + 1]?.kind === 'number' ? k + 2 : k + 1;
  return i;
}

/**
 * Whether "by" at `by` opens a deadline that no name goes on from: "is expected to rule by March",
 * "must be signed by Friday" set a time and name no agent ("by March Holdings" still does).
 */
function deadlineBy(tokens: readonly Token[], by: number): boolean {
  const end = deadlineEnd(tokens, by);
  const after = tokens[end];
  return end > by && !(after !== undefined && after.kind === 'word' && isCapitalised(after));
}

/** Means of a statement after "by": "said by phone", "told the paper by email". */
const MEANS_NOUNS: ReadonlySet<string> = new Set(['phone', 'telephone', 'email', 'e-mail', 'text', 'video', 'videolink', 'letter']);

/** Prepositions of a time or channel adjunct between a subject and its verb: "who for years had argued", "who through a lawyer refused". */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'through', 'during', 'throughout', 'over', 'in']);
/** Periods that make a time adjunct of a phrase: "this past month", "that same day". */
const TIME_PERIODS: ReadonlySet<string> = new Set([...TIME_UNITS, 'day', 'days', 'weeks', 'months', 'years']);
/** Words that open such a phrase: "this past month", "last year", "the same day". */
const TIME_PERIOD_OPENERS: ReadonlySet<string> = new Set(['this', 'last', 'that', 'the', 'earlier', 'later', 'past', 'next']);
/** Words after which a subject pronoun opens a clause with no comma: "two days later they ...", "in which she ...". */
const PRONOUN_CLAUSE_LEADS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'then', 'which', 'now', 'afternoon', 'today', 'yesterday', 'tonight']);
/** Words that open a time adjunct on their own: "yesterday", "last week". */
const TIME_ADJUNCT_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'earlier', 'last']);
/** Words between "at", "in" or "during" and the event of an adjunct: "at a rally", "during his speech". */
const EVENT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'their', 'its']);
/** Events a statement is made at: "at a news conference", "in an interview". */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'rally', 'news', 'press', 'statement', 'interview', 'speech', 'event', 'debate', 'town', 'campaign', 'meeting', 'hearing', 'conference',
  'tweet', 'post', 'letter', 'op-ed', 'appearance', 'briefing', 'luncheon', 'breakfast', 'dinner', 'forum',
]);
/** Units after "this" that make a time adjunct: "this week". */
const THIS_TIME_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'weekend']);

/** Second words of events whose first word is an event noun too: "town hall", "campaign stop". */
const EVENT_HEADS: ReadonlySet<string> = new Set(['hall', 'stop', 'trail', 'call']);

/** Whether `t`, after an event noun, is a lower-case noun that the event word modifies ("campaign staff", "debate rules"). */
function nounAfterEvent(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || isCapitalised(t) || EVENT_NOUNS.has(t.norm) || EVENT_HEADS.has(t.norm) || CLAUSE_OPENERS.has(t.norm) || NP_PREPOSITIONS.has(t.norm)) return false;
  return !t.norm.endsWith('ed') && !t.norm.endsWith('ing') && !t.norm.endsWith('ly') && !COMMON_VERBS.has(t.norm) && !TIME_ADJUNCT_WORDS.has(t.norm) && !WEEKDAYS.has(t.norm);
}

/** Media a statement is made on: "on Twitter", "on X", "on Telegram", "on air". */
const MEDIA: ReadonlySet<string> = new Set([
  'twitter', 'x', 'facebook', 'instagram', 'youtube', 'telegram', 'tiktok', 'bluesky', 'weibo', 'linkedin', 'air', 'television', 'tv', 'radio',
]);

/**
 * Whether "on" and a medium open at `j`, after what a cue names: "mocked the mayor on Twitter",
 * "accused Kell of lying on air" (not a noun the medium qualifies, "spent millions on television
 * ads", nor the object of a preposition, "a ban on Twitter").
 */
function mediumAt(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.norm !== 'on' || !MEDIA.has(tokens[j + 1]?.norm ?? '') || nounAfterEvent(tokens[j + 2])) return false;
  // ("praised Kell on Twitter for the deal", "cited his posts on Twitter as proof": a complement
  // after the medium goes on with what is named.)
  const after = tokens[j + 2]?.norm ?? '';
  if (AFTER_TIME_COMPLEMENTS.has(after) || after === 'as') return false;
  const prev = tokens[j - 1];
  return prev !== undefined && !NP_PREPOSITIONS.has(prev.norm) && prev.norm !== 'ban' && prev.norm !== 'bans';
}

/** Nouns of the press that "to" makes the listener of a statement: "to reporters", "to the magazine". */
const PRESS_LISTENERS: ReadonlySet<string> = new Set(['reporters', 'journalists']);
/** Heads of the press after "to the" or "to a": "confirmed the split to the magazine", "to a reporter". */
const PRESS_LISTENER_HEADS: ReadonlySet<string> = new Set(['press', 'media', 'magazine', 'newspaper', 'paper', 'network', 'broadcaster', 'station', 'tabloid', 'reporter', 'journalist']);

/** Verbs whose "to" opens a second complement, not a listener: "compared the loss to the press". */
const TO_COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  'compare', 'compares', 'compared', 'comparing', 'liken', 'likens', 'likened', 'likening', 'attribute', 'attributes', 'attributed',
  'attributing', 'link', 'links', 'linked', 'linking', 'tie', 'ties', 'tied', 'tying', 'prefer', 'prefers', 'preferred', 'preferring',
  'equate', 'equates', 'equated', 'equating', 'blame', 'blames', 'blamed', 'blaming',
]);

/** How far back from "to" a verb of {@link TO_COMPLEMENT_VERBS} is looked for: the verb and a short object. */
const TO_COMPLEMENT_REACH = 8;

/** Whether a verb whose "to" opens a complement stands shortly before `j`: "compared the loss | to the press". */
function toComplementVerbBefore(tokens: readonly Token[], j: number, first: number): boolean {
  for (let k = j - 1; k >= first && k > j - TO_COMPLEMENT_REACH; k--) if (TO_COMPLEMENT_VERBS.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

/**
 * Whether "to" and the press open at `j`, after what a cue names: "confirmed the split to the
 * magazine", "repeated the charge to reporters". The press is who heard it, not part of what was
 * named (not after a preposition: "a letter from him to the paper" names the letter's way).
 */
function pressListenerAt(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.norm !== 'to' || NP_PREPOSITIONS.has(tokens[j - 1]?.norm ?? '')) return false;
  const next = tokens[j + 1]?.norm ?? '';
  if (PRESS_LISTENERS.has(next)) return true;
  return (next === 'the' || next === 'a') && PRESS_LISTENER_HEADS.has(tokens[j + 2]?.norm ?? '');
}

/**
 * Plural channels that need no determiner: "denied it in remarks to reporters", "defended the levy
 * in comments to a radio host".
 */
const BARE_CHANNELS: ReadonlySet<string> = new Set(['remarks', 'comments']);

/**
 * Whether "in", a determiner and a channel open at `j`, after what a cue names: "criticized the
 * mayor in an email to donors" (not the object of a preposition, "examples of it in a speech",
 * nor a channel that a complement follows, "praised Kell in his address for the deal").
 */
function channelAdjunctAt(tokens: readonly Token[], j: number): boolean {
  const determiner = tokens[j + 1]?.norm ?? '';
  if (tokens[j]?.norm !== 'in' || !(EVENT_DETERMINERS.has(determiner) || determiner === 'the' || BARE_CHANNELS.has(determiner)) || !channelAt(tokens, j + 1) || NP_PREPOSITIONS.has(tokens[j - 1]?.norm ?? '')) return false;
  if (BARE_CHANNELS.has(determiner)) return !AFTER_TIME_COMPLEMENTS.has(tokens[j + 2]?.norm ?? '');
  const noun = CHANNEL_NOUNS.has(tokens[j + 2]?.norm ?? '') ? j + 2 : j + 3;
  return !AFTER_TIME_COMPLEMENTS.has(tokens[noun + 1]?.norm ?? '');
}

/** Whether token `j` opens a time or place adjunct of the cue: "on Monday", "at a rally", "last week" (not one dating a participle before it). */
function isTrailingAdjunct(tokens: readonly Token[], j: number): boolean {
  if (!opensTimeAdjunct(tokens, j)) return false;
  // ("a deal by the end of this year", "on weekends such as Saturday": after a preposition the time
  // phrase is its object, inside what is named.)
  const prev = tokens[j - 1]?.norm ?? '';
  if (NP_PREPOSITIONS.has(prev) || prev === 'as' || prev === 'by' || prev === 'until' || prev === 'since') return false;
  // ("a report released earlier this week": the adjunct may run on past a first time word.)
  const before = tokens[j - 1];
  const k = before !== undefined && (TIME_ADJUNCT_WORDS.has(before.norm) || WEEKDAYS.has(before.norm)) ? j - 2 : j - 1;
  return !isParticiple(tokens[k]);
}

/**
 * Whether an adjunct of a past participle opens at `j`: a time ("filed Tuesday", "released last
 * week"), "by" and its agent, or a preposition ("filed in federal court"); not a noun the
 * participle modifies ("armed men").
 */
function participleAdjunctAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && (t.norm === 'by' || NP_PREPOSITIONS.has(t.norm) || WEEKDAYS.has(t.norm) || opensTimeAdjunct(tokens, j));
}

/** Words in "-ing" that qualify a title in an appositive: "managing director", "founding partner". */
const TITLE_PARTICIPLES: ReadonlySet<string> = new Set(['managing', 'founding', 'ranking', 'presiding', 'visiting', 'leading', 'reigning', 'sitting', 'acting', 'incoming', 'outgoing', 'consulting', 'supervising', 'governing', 'teaching', 'reporting']);

/**
 * Whether the token at `i` opens a participle's phrase in an aside ("appearing later on the
 * show"): not a noun in "-thing" ("something of a maverick"), a preposition ("including"), nor a
 * word that qualifies a title in an appositive ("managing director at ...").
 */
function participleAside(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return gerundAt(t) && t !== undefined && !t.norm.endsWith('thing') && !PREPOSITIONAL_PARTICIPLES.has(t.norm) && !TITLE_PARTICIPLES.has(t.norm) && !ROLE_WORDS.has(tokens[i + 1]?.norm ?? '');
}

/** Irregular past participles that take an agent after "by": "written by", "sent by". */
const AGENT_IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['written', 'sent', 'drawn', 'given', 'made', 'taken', 'led', 'run', 'read']);

/**
 * The phrase before ", PARTICIPLE by" when the phrase at `first` is that participle's agent: in
 * "The notice, signed by the editor, ..." the notice, for "the editor" at `first`. Else undefined.
 */
function phraseBeforeAgentAside(tokens: readonly Token[], first: number, min: number): NounPhrase | undefined {
  const participle = tokens[first - 2];
  if (tokens[first - 1]?.norm !== 'by' || !(isParticiple(participle) || AGENT_IRREGULAR_PARTICIPLES.has(participle?.norm ?? '')) || tokens[first - 3]?.text !== ',') return undefined;
  const np = phraseEndingAt(tokens, first - 4, min);
  return np !== undefined && np.kind !== 'pronoun' && np.first === min ? np : undefined;
}

/**
 * Whether `t` is a past participle that a time adjunct after it dates, inside what is named:
 * "apologized for her comments made last winter". (Not a noun in "-ed": "an op-ed in May".)
 */
function isParticiple(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || isCapitalised(t)) return false;
  return t.norm === 'made' || (t.norm.endsWith('ed') && t.norm.length > 5 && !t.norm.includes('-'));
}

/** Prepositions of time that take a phrase "last" opens: "during last year's floods", "since last spring". */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'after', 'before', 'since', 'until', 'following', 'throughout', 'ahead', 'amid', 'over']);

/** Whether a time adjunct opens at token `j`: "on Monday", "in March", "last week", "at a rally". */
function opensTimeAdjunct(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (t === undefined || t.kind !== 'word') return false;
  // ("praised the bill in the last year of her term": after a determiner "last" is an adjective.)
  // ("their tactics from last spring", "the vote in last week's primary": after a preposition the
  // adjunct is the prepositional phrase, what is named goes on through it.)
  // ("accused him of misusing funds during last year's floods", "after last week's vote": so after
  // a preposition of time, which would be left dangling were the adjunct to open at "last".)
  if (t.norm === 'last' && (DETERMINERS.has(tokens[j - 1]?.norm ?? '') || NP_PREPOSITIONS.has(tokens[j - 1]?.norm ?? '') || TIME_PREPOSITIONS.has(tokens[j - 1]?.norm ?? ''))) return false;
  // ("in a Tuesday interview", "a memoir by Wednesday Lind": a weekday before a noun or a name is
  // part of the phrase; so is "earlier" before a noun, "recant earlier remarks".)
  // ("the late Sunday vote": nor one an adjective leads that has a determiner before it.)
  if (WEEKDAYS.has(t.norm)) return !DETERMINERS.has(tokens[j - 1]?.norm ?? '') && !(DETERMINERS.has(tokens[j - 2]?.norm ?? '') && (tokens[j - 1]?.norm === 'late' || tokens[j - 1]?.norm === 'early')) && !(next !== undefined && isCapitalised(next) && !WEEKDAYS.has(next.norm) && !isMonth(next));
  if (t.norm === 'earlier') return next === undefined || next.kind !== 'word' || TIME_PERIODS.has(next.norm) || WEEKDAYS.has(next.norm) || TIME_PERIOD_OPENERS.has(next.norm) || NP_PREPOSITIONS.has(next.norm);
  // ("claimed victory early Monday", "conceded late on Sunday", "early this week": "early" or
  // "late" before a day or a period opens the adjunct; "the late Sunday vote" has a determiner.)
  if ((t.norm === 'early' || t.norm === 'late') && next !== undefined && !DETERMINERS.has(tokens[j - 1]?.norm ?? '')) {
    const day = next.norm === 'on' ? tokens[j + 2]?.norm ?? '' : next.norm;
    return WEEKDAYS.has(day) || ((day === 'this' || day === 'last' || day === 'next') && TIME_PERIODS.has(tokens[j + 2]?.norm ?? ''));
  }
  // ("voted against an earlier bill": after a determiner a time word is an adjective.)
  if (TIME_ADJUNCT_WORDS.has(t.norm)) return !DETERMINERS.has(tokens[j - 1]?.norm ?? '');
  if (next === undefined) return false;
  if (t.norm === 'on' && (WEEKDAYS.has(next.norm) || /^(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)/.test(next.norm))) return true;
  // ("at a Tuesday rally", "in a recent interview": one word may qualify the event; "expressed
  // confidence in his campaign staff": not an event when a noun follows it.)
  if ((t.norm === 'at' || t.norm === 'in' || t.norm === 'during') && EVENT_DETERMINERS.has(next.norm)) {
    const qualifier = tokens[j + 2];
    if (qualifier === undefined) return false;
    if (EVENT_NOUNS.has(qualifier.norm)) return !nounAfterEvent(tokens[j + 3]);
    return qualifier.kind !== 'punct' && EVENT_NOUNS.has(tokens[j + 3]?.norm ?? '') && !nounAfterEvent(tokens[j + 4]);
  }
  // "endorsed Kell in March", "criticized the levy in late June": a month dates the act of saying
  // (measured on polnear-train: 7 of 26 such objects then matched, none lost; a year lost).
  if (t.norm === 'in' && (isMonth(next) || (MONTH_EDGES.has(next.norm) && isMonth(tokens[j + 2])))) return true;
  if (t.norm === 'this' && THIS_TIME_UNITS.has(next.norm)) return true;
  // ("declared an emergency late Sunday", "early last week": "late" or "early" before the time.)
  // (Not an adjective in a phrase: "the late Sunday vote".)
  if ((t.norm === 'late' || t.norm === 'early') && !DETERMINERS.has(tokens[j - 1]?.norm ?? '')) {
    const weekday = WEEKDAYS.has(next.norm) ? (TIME_UNITS.has(tokens[j + 2]?.norm ?? '') ? j + 3 : j + 2) : undefined;
    const after = weekday ?? ((next.norm === 'last' || next.norm === 'this') && TIME_UNITS.has(tokens[j + 2]?.norm ?? '') ? j + 3 : undefined);
    return after !== undefined && endsTimePhrase(tokens[after]);
  }
  // "opposed the dam since 2019": a year.
  if (t.norm === 'since' && /^(?:1[89]|20)\d\d$/.test(next.norm)) return true;
  // ("has opposed the plan since March", "since Monday": a month or a weekday too; "has opposed
  // the plan for years", "for two weeks": a span of time, not "for years of cuts". Only at the end of
  // the sentence or before its comma, and not after a verb of a clause inside what is named: "a
  // council that has not met for months", "after raising funds since May".)
  const since = t.norm === 'since' && ((isMonth(next) && isCapitalised(next)) || WEEKDAYS.has(next.norm)) ? j + 2 : undefined;
  const stop = since ?? (t.norm === 'for' ? spanOfTimeEnd(tokens, j + 1) : undefined);
  return stop !== undefined && endsPhrase(tokens[stop]) && !clauseInsideBefore(tokens, j);
}

/** Whether a time phrase ends before `t`: nothing, a mark, a conjunction or a preposition follows ("late Sunday | and asked"), not a noun ("late Sunday | vote"). */
function endsTimePhrase(t: Token | undefined): boolean {
  return t === undefined || t.kind !== 'word' || t.norm === 'and' || t.norm === 'but' || NP_PREPOSITIONS.has(t.norm);
}

/** Whether `t` ends the phrase before it: the end of the text, a sentence end or a comma. */
function endsPhrase(t: Token | undefined): boolean {
  return t === undefined || t.text === ',' || t.text === ';' || TERMINALS.has(t.text);
}

/** How far back a clause inside an object is looked for. */
const INNER_CLAUSE_WINDOW = 8;

/** Whether a relative pronoun or a word in -ing stands in the few words before `j`: an adjunct at `j` may then be that clause's. */
function clauseInsideBefore(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - INNER_CLAUSE_WINDOW; k--) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') continue;
    if (t.norm === 'that' || t.norm === 'which' || t.norm === 'who' || (t.norm.endsWith('ing') && t.norm.length > 5 && !isCapitalised(t))) return true;
  }
  return false;
}

/** Words that count the units of a span: "two weeks", "a year", "several months". */
const SPAN_COUNTS: ReadonlySet<string> = new Set(['a', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'few', 'some']);

/** The index past a span of time starting at `i` ("years", "two weeks", "several months") that ends its phrase, or undefined. */
function spanOfTimeEnd(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  let k = i;
  if (SPAN_COUNTS.has(t.norm) || t.kind === 'number') k++;
  const unit = tokens[k]?.norm ?? '';
  if (!(SPANS_OF_TIME.has(unit) || (k > i && TIME_PERIODS.has(unit)))) return undefined;
  return tokens[k + 1]?.norm === 'of' || tokens[k + 1]?.norm === 'ago' ? undefined : k + 1;
}

/** Words before "after" or "before" that measure a span: "moments after polls closed", "shortly before noon". */
const SPAN_WORDS: ReadonlySet<string> = new Set(['moments', 'minutes', 'hours', 'days', 'weeks', 'shortly', 'soon', 'just', 'right', 'immediately']);

/** Subordinators of time that, with a subject after them, date the act after a quotation. */
const QUOTATION_TIME_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'while']);

/**
 * Whether the words at `j`, right after a quotation that opened the content, are a time that dates
 * the act rather than more of what was said: "moments after ...", "after the vote", "on Monday";
 * not when a quotation follows in [j, stop), the time then standing between parts of one quote.
 */
function timeAfterQuotation(ctx: Context, j: number, stop: number): boolean {
  const { tokens } = ctx;
  for (let k = j; k < stop; k++) if (ctx.opens[k] === 1) return false;
  const t = tokens[j]?.norm ?? '';
  const next = tokens[j + 1]?.norm ?? '';
  if (SPAN_WORDS.has(t) && (next === 'after' || next === 'before')) return true;
  if ((t === 'after' || t === 'before') && (DETERMINERS.has(next) || tokens[j + 1]?.kind === 'word')) return true;
  // ("chanted “shame” as the minister arrived", "said “no” when she was asked": a clause of time
  // with a subject and a verb of its own.)
  // (Not "named “Ruth” as her favourite": a possessive after "as" opens a phrase, no clause.)
  if (QUOTATION_TIME_OPENERS.has(t) && (PERSONAL_SUBJECTS.has(next) || mainClauseAt(ctx, j + 1, stop))) return true;
  return opensTimeAdjunct(tokens, j);
}

/**
 * Words that, right after a time adjunct, go on with what a cue names: "faulted Kell on Monday for
 * the delay" (on polnear-train each gained; "to", "over", "on", "as", "at", "of" and "against" lost).
 */
const AFTER_TIME_COMPLEMENTS: ReadonlySet<string> = new Set(['for', 'that', 'than', 'about', 'with', 'in']);

/**
 * Whether the time adjunct at `j` stands inside what is named, a complement of it following:
 * "faulted Kell on Monday for the delay", "her claim on Friday that the dam leaks".
 * ("accused Kell on Monday of hiding the report", 'accused him Friday of “lying”': "of" with a
 * gerund or a quotation after it is the charge; "on the eve of the vote" is no such "of".)
 */
function complementAfterTime(tokens: readonly Token[], j: number, end: number): boolean {
  const k = skipTimeAdjunct(tokens, j, end);
  if (k <= j || k >= end) return false;
  const charge = tokens[k]?.norm === 'of' && (tokens[k + 1]?.kind === 'quote' || gerundAt(tokens[k + 1]));
  return charge || AFTER_TIME_COMPLEMENTS.has(tokens[k]?.norm ?? '');
}

/**
 * Whether a quotation follows the time adjunct at `j`, naming what the object was called:
 * "called the plan on Monday “reckless”", "called it Friday a “farce”".
 */
function quotationAfterTime(ctx: Context, j: number, end: number): boolean {
  const k = skipTimeAdjunct(ctx.tokens, j, end);
  if (k === j || k >= end) return false;
  const article = ctx.tokens[k]?.norm === 'a' || ctx.tokens[k]?.norm === 'an';
  return ctx.opens[article ? k + 1 : k] === 1;
}

/**
 * Whether "as" and a cue of speaking in "-ing" follow the time adjunct at `j`: "quoted Kell on
 * Monday as saying ...", "quoted him last week as telling governors ...". The one quoted is
 * still named, with what the agency has him say, after the time.
 */
function sayingAfterTime(ctx: Context, j: number, end: number): boolean {
  const k = skipTimeAdjunct(ctx.tokens, j, end);
  if (k === j || k + 1 >= end || ctx.tokens[k]?.norm !== 'as') return false;
  const cue = matchCue(ctx, k + 1, end);
  return cue !== undefined && cue.form.tense === 'gerund' && cue.form.entry.kind === 'speech';
}

/** The last token index (exclusive) of a content, without trailing commas, periods or dashes. */
function trimEnd(ctx: Context, start: number, stop: number): number {
  let e = stop;
  while (e > start) {
    const t = ctx.tokens[e - 1];
    if (t === undefined || ctx.closes[e - 1] === 1) break;
    // ("reshuffled its staff and, officials said, ...": a conjunction left before a stop joins nothing.)
    // ("(On Friday she said she would shut the depot.)": a parenthesis opened before what was said
    // closes no part of it; one opened inside it, "Ana Pike (D-Ore.)", does.)
    if (t.kind === 'word' ? !TRAILING_CONJUNCTIONS.has(t.norm) || ctx.inQuote[e - 1] === 1 || e - 1 === start : t.kind !== 'punct' || (t.text === ')' && opensWithin(ctx, start, e - 1)) || t.text === '?' || t.text === '!' || t.text === '%') break;
    e--;
  }
  return e;
}

/** Whether an opening parenthesis stands in tokens [from, to). */
function opensWithin(ctx: Context, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) if (ctx.tokens[k]?.text === '(') return true;
  return false;
}

/** Conjunctions that cannot end what was said. */
const TRAILING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'but']);

/**
 * Whether at least `n` word or number tokens stand in tokens [from, to). Rules ask about a few
 * words only, so the scan stops at the `n`-th: cheaper than counting every token of a document.
 */
function hasWords(ctx: Context, from: number, to: number, n: number): boolean {
  const { tokens } = ctx;
  const last = Math.min(to, tokens.length);
  let count = 0;
  for (let i = Math.max(0, from); i < last && count < n; i++) {
    const kind = (tokens[i] as Token).kind;
    if (kind === 'word' || kind === 'number') count++;
  }
  return count >= n;
}

/** A letter or digit. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether [from, to) of the text holds a letter or digit outside every attribution span. */
function wordsOutside(text: string, from: number, to: number, attribution: ReadonlyArray<{ start: number; end: number } | undefined>): boolean {
  for (let c = from; c < to; c++) {
    if (!WORD_CHARACTER.test(text.charAt(c))) continue;
    let covered = false;
    for (const span of attribution) {
      if (span !== undefined && span.start <= c && c < span.end) {
        covered = true;
        break;
      }
    }
    if (!covered) return true;
  }
  return false;
}

/**
 * `direct` when every word of the content stands inside quote marks, but for the attribution
 * itself ("“A,” she said, “B.”"); `mixed` when some quoted words stand in reported speech;
 * `indirect` without quote marks.
 */
function modeOf(ctx: Context, start: number, end: number, attribution: ReadonlyArray<{ start: number; end: number } | undefined>): QuoteMode {
  const outer = ctx.outer;
  // The first outer quotation that closes after `start` (binary search).
  let lo = 0;
  let hi = outer.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((outer[mid]?.close ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  let quoted = false;
  let outside = false;
  let cursor = start;
  for (let i = lo; i < outer.length; i++) {
    const q = outer[i];
    if (q === undefined || q.open >= end) break;
    // “A,” she said at the rally. “B.”: the words between two quotations that hold the cue
    // frame the quotation; they are not reported speech.
    const frame = quoted && attribution.some((span) => span !== undefined && cursor <= span.start && span.end <= q.open);
    quoted = true;
    if (!outside && !frame && wordsOutside(ctx.text, cursor, q.open, attribution)) outside = true;
    cursor = Math.max(cursor, q.close);
  }
  if (!quoted) return 'indirect';
  if (!outside && wordsOutside(ctx.text, cursor, end, attribution)) outside = true;
  return outside ? 'mixed' : 'direct';
}

const INTRODUCTORY: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'as', 'since', 'speaking', 'asked', 'if', 'although',
  'though', 'with', 'for', 'by', 'from', 'despite', 'following', 'meanwhile', 'earlier', 'later',
]);
/** Words that may open a sentence with an adverbial closed by a comma: "Late Tuesday, ...", "Alongside X, ...". */
const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'back', 'alongside', 'amid', 'among', 'under', 'over', 'through', 'throughout', 'within', 'without', 'unlike', 'like', 'until',
  'last', 'late', 'early', 'shortly', 'once', 'instead', 'still', 'now', 'today', 'yesterday', 'tonight',
]);

/** Contracted expletive subjects: "there's", "it's", "that's", "here's". */
const EXPLETIVE_SUBJECTS: ReadonlySet<string> = new Set(["there's", "it's", "that's", "here's"]);


/**
 * The subject of a sentence: its first noun phrase, after an introductory phrase that ends in
 * a comma ("In Iowa, ...") and after a leading conjunction ("But Putin ...").
 */
/** How far past a subject's participle in "-ing" `sentenceSubject` looks for the sentence's verb. */
const GERUND_OBJECT_REACH = 16;

function sentenceSubject(ctx: Context, first: number, end: number): SpeakerPhrase | undefined {
  const { tokens } = ctx;
  let i = skipDateline(tokens, first, end);
  // "A month later, he ...", "This year, he ...": a time phrase before its comma.
  i = skipTimePhrase(tokens, i, end);
  const t = tokens[i];
  if (i > first) {
    // (What follows a dateline or a time phrase is the subject, in whatever case.)
  } else if (t !== undefined && LEADING_CONNECTIVES.has(t.norm)) i++;
  else if (t !== undefined && (t.kind !== 'word' || !isCapitalised(t) || INTRODUCTORY.has(t.norm))) {
    while (i < end && tokens[i]?.text !== ',') i++;
    i++;
    // ("On July 6, 2016, Lind ...": the year after the day belongs to the date.)
    const year = tokens[i];
    if (year !== undefined && year.kind === 'number' && year.text.length === 4 && tokens[i + 1]?.text === ',') i += 2;
    // ("After praising the growers, who waved their hats, Lind ...": a relative clause on the
    // adjunct's last noun closes with a comma of its own.)
    if (tokens[i]?.norm === 'which' || tokens[i]?.norm === 'who') {
      let comma = i + 1;
      while (comma < end && comma < i + ADVERBIAL_COMMA_WINDOW * 2 && tokens[comma]?.text !== ',') comma++;
      if (tokens[comma]?.text === ',') i = comma + 1;
    }
  } else if (t !== undefined && (ADVERBIAL_OPENERS.has(t.norm) || (t.norm.endsWith('ly') && t.norm.length > 4) || ((t.norm === 'more' || t.norm === 'most') && (tokens[i + 1]?.norm.endsWith('ly') ?? false)))) {
    // ("More recently, she ...": a comparative of an adverb too.)
    // "Ultimately, Smith refused", "Late Tuesday, the campaign said": an adverbial to its comma.
    let comma = i;
    while (comma < end && comma < i + ADVERBIAL_COMMA_WINDOW && tokens[comma]?.text !== ',') comma++;
    if (tokens[comma]?.text === ',') i = comma + 1;
  } else if (t !== undefined && ((t.norm.endsWith('ing') && t.norm.length > 5) || (((t.norm.endsWith('ed') && t.norm.length > 4) || FRONTED_PARTICIPLES.has(t.norm)) && (NP_PREPOSITIONS.has(tokens[i + 1]?.norm ?? '') || PARTICIPLE_LINKS.has(tokens[i + 1]?.norm ?? ''))))) {
    // "Facing criticism from both parties, the mayor released ...", "Born in Chile, Vega ...",
    // "Frustrated by the loss, the coach ...": a participial phrase to its comma.
    // ("Citing “ties to the valley,” the mayor ...": a quotation may close the phrase, its comma inside.)
    let comma = i;
    while (comma < end && comma < i + ADVERBIAL_COMMA_WINDOW * 2 && (ctx.inQuote[comma] === 1 ? !(tokens[comma]?.text === ',' && ctx.closes[comma + 1] === 1) : tokens[comma]?.text !== ',')) comma++;
    if (tokens[comma]?.text === ',') i = ctx.inQuote[comma] === 1 ? comma + 2 : comma + 1;
  }
  // "A month after the vote, Lind ...", "Just days before the caucus, ...": a span of time that
  // leads a fronted subordinate clause belongs to it.
  if (i === first || tokens[i - 1]?.text === ',') {
    let j = i;
    let span = false;
    while (j < end && j < i + 4) {
      const w = tokens[j];
      if (w === undefined) break;
      if (TIME_PHRASE_WORDS.has(w.norm) || TIME_PERIODS.has(w.norm) || w.norm === 'moments') span = true;
      else if (w.kind !== 'number' && !DETERMINERS.has(w.norm) && !TIME_PHRASE_FILLERS.has(w.norm) && w.norm !== 'only' && w.norm !== 'few' && w.norm !== 'less' && w.norm !== 'than') break;
      j++;
    }
    if (span && j > i && (tokens[j]?.norm === 'after' || tokens[j]?.norm === 'before' || tokens[j]?.norm === 'since')) i = j;
  }
  // "On Thursday, after staying neutral all spring, Warren endorsed ...": a second fronted
  // adjunct after the first one's comma.
  for (let n = 0; n < 2 && i < end && SUBORDINATORS.has(tokens[i]?.norm ?? ''); n++) {
    let comma = i + 1;
    while (comma < end && comma < i + ADVERBIAL_COMMA_WINDOW * 2 && tokens[comma]?.text !== ',') comma++;
    if (tokens[comma]?.text !== ',') break;
    i = comma + 1;
  }
  // The subject ends before its verb, a cue among them.
  const np = subjectPhrase(tokens, i, end, (k) => matchCue(ctx, k, end) !== undefined);
  if (np !== undefined) {
    // ("Armed men holding five people in a bank released a video ...": a subject that ends on a
    // participle in "-ing" goes on through its object to the sentence's verb.)
    const held = tokens[np.last];
    if (np.last > np.first && held !== undefined && held.kind === 'word' && !isCapitalised(held) && held.norm.length > 5 && held.norm.endsWith('ing')) {
      for (let v = np.last + 2; v < end && v < np.last + GERUND_OBJECT_REACH; v++) {
        const w = tokens[v];
        if (w === undefined || w.kind === 'punct' || ctx.opens[v] === 1 || RELATIVE_PRONOUNS.has(w.norm)) break;
        if (w.kind === 'word' && !isCapitalised(w) && (FINITE_VERBS.has(w.norm) || (w.norm.endsWith('ed') && !DETERMINERS.has(tokens[v - 1]?.norm ?? '')))) return phraseSpan(ctx, { ...np, last: v - 1 });
      }
    }
    return phraseSpan(ctx, np);
  }
  // "In a speech from Laramie -- which holds its caucus today -- Pike claimed ...": with no
  // comma to end the opening adjunct, the first personal pronoun or name before a past form.
  for (let k = first; k < end - 1; k++) {
    const w = tokens[k];
    const next = tokens[k + 1];
    if (w === undefined || next === undefined || ctx.inQuote[k] === 1 || w.kind !== 'word' || next.kind !== 'word' || isCapitalised(next)) continue;
    const verb = next.norm.endsWith('ed') || COMMON_VERBS.has(next.norm) || FINITE_VERBS.has(next.norm);
    if (!verb) continue;
    if (PERSONAL_PRONOUN_SUBJECTS.has(w.norm)) return phraseSpan(ctx, { first: k, last: k, kind: 'pronoun' });
    if (isCapitalised(w) && k > first) {
      const name = phraseEndingAt(tokens, k, first);
      if (name !== undefined && name.kind === 'name') return phraseSpan(ctx, name);
    }
  }
  return undefined;
}

/** Words after the clock time of a time stamp: "9:30 a.m. ET —". */
const TIME_STAMP_SUFFIXES: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'am', 'pm', 'et', 'gmt', 'utc']);

/** A clock time: "9:30", "14.12". */
const CLOCK_TIME = /^\d{1,2}[:.]\d\d$/;

/**
 * Tokens a dateline may run to before its dash: a press release's carries the place, the state,
 * the full date and the wire ("MERRIDGE, Ost., Oct. 14, 2031 /PRNewswire/ --").
 */
const DATELINE_WINDOW = 14;

/**
 * Past a dateline at a sentence's start ("WASHINGTON — ", "ORLANDO, Fla. (Reuters) - "): words in
 * capitals, perhaps a state and an agency in parentheses, then a dash. Else `first`.
 */
export function skipDateline(tokens: readonly Token[], first: number, end: number): number {
  const head = tokens[first];
  // A time stamp: "14:12 —", "9:30 a.m. —", "12:04 p.m. ET:"; in a live blog also with no dash, a
  // clock time and its "a.m." or zone set before the item's first capitalised word ("9:30 a.m.
  // Mayor Ortis said ..."). (Its zone is no speaker of a transcript's turn before the colon.)
  if (head !== undefined && head.kind === 'number' && CLOCK_TIME.test(head.text)) {
    let k = first + 1;
    while (k < Math.min(end, first + 4) && TIME_STAMP_SUFFIXES.has(tokens[k]?.norm ?? '')) k++;
    if ((isDash(tokens[k]) || tokens[k]?.text === ':') && k + 1 < end) return k + 1;
    const next = tokens[k];
    return k > first + 1 && k + 1 < end && next !== undefined && next.kind === 'word' && isCapitalised(next) ? k : first;
  }
  // An agency's credit alone: "(Wire) —", "(AP) -" after a dateline on a line of its own.
  if (head !== undefined && head.text === '(') {
    let k = first + 1;
    while (k < Math.min(end, first + 5) && tokens[k]?.kind === 'word' && isCapitalised(tokens[k] as Token)) k++;
    return k > first + 1 && tokens[k]?.text === ')' && isDash(tokens[k + 1]) && k + 2 < end ? k + 2 : first;
  }
  if (head === undefined || head.kind !== 'word' || head.text.length < 3) return first;
  // (The second letter tells most words apart before a new upper-cased string is made.)
  const second = head.text.charCodeAt(1);
  if ((second >= 0x61 && second <= 0x7a) || head.text !== head.text.toUpperCase()) return first;
  for (let k = first + 1; k < Math.min(end, first + DATELINE_WINDOW); k++) {
    const t = tokens[k];
    if (t === undefined) break;
    if (isDash(t)) return k + 1;
    if (t.kind === 'word' && !isCapitalised(t)) break;
  }
  return first;
}

/** Words that make a phrase a time: "A month later", "This year", "Two days ago". */
const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set([
  'later', 'ago', 'earlier', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute',
  'minutes', 'morning', 'afternoon', 'evening', 'night', 'weekend',
]);

/** Words besides determiners that may stand in a time phrase: "a couple of days", "just last week". */
const TIME_PHRASE_FILLERS: ReadonlySet<string> = new Set(['couple', 'of', 'and', 'then', 'just', 'about', 'nearly', 'last', 'next', 'that', 'same']);

/** Words that count the units of a time in "ago": "two weeks ago", "a few days ago", "less than a month ago". */
const AGO_COUNTS: ReadonlySet<string> = new Set(['a', 'an', 'few', 'several', 'many', 'some', 'couple', 'of', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'less', 'more', 'than', 'over', 'just', 'about', 'nearly', 'almost', 'roughly']);

/**
 * The token before a time phrase in "ago" that ends at token `k` ("two weeks ago", "a few days
 * ago"), read no further back than `first`; `k` itself when no such phrase ends there.
 */
function agoPhraseBefore(tokens: readonly Token[], k: number, first: number): number {
  if (tokens[k]?.norm !== 'ago') return k;
  let j = k - 1;
  let unit = false;
  for (; j > first && j >= k - 6; j--) {
    const t = tokens[j];
    if (t === undefined) break;
    if (TIME_PHRASE_WORDS.has(t.norm) && !unit) unit = true;
    else if (!(unit && (t.kind === 'number' || AGO_COUNTS.has(t.norm)))) break;
  }
  // (A bare plural unit counts too: "years ago".)
  return unit && (j < k - 2 || tokens[k - 1]?.norm.endsWith('s') === true) ? j : k;
}

/** Past a short time phrase and its comma at `i` ("A few minutes later, ..."); else `i`. */
function skipTimePhrase(tokens: readonly Token[], i: number, end: number): number {
  let time = false;
  for (let k = i; k < Math.min(end, i + 7); k++) {
    const t = tokens[k];
    if (t === undefined) return i;
    if (t.text === ',') return time && k > i ? k + 1 : i;
    if (t.kind === 'punct') return i;
    if (t.kind === 'word' && TIME_PHRASE_WORDS.has(t.norm)) time = true;
    else if (t.kind === 'word' && !DETERMINERS.has(t.norm) && !TIME_PHRASE_FILLERS.has(t.norm)) return i;
  }
  return i;
}

/** How far into a sentence the comma closing an opening adverbial is looked for. */
const ADVERBIAL_COMMA_WINDOW = 10;

/** Conjunctions that may stand before a fronted subordinate clause ("But when ..."). */
const LEADING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so']);
/** Conjunctions that link a clause to the writer's text before it ("But the dam held, Kim said"). */
const LINKING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'yet']);
/** Adverbs that may stand before a subordinator ("Even though ...", "Now that ...", "Just as ..."). */
const SUBORDINATOR_ADVERBS: ReadonlySet<string> = new Set(['even', 'now', 'just', 'only']);
/** How far from a fronted subordinator a cue may stand and still be inside its clause. */
const FRONTED_WINDOW = 12;
/** How far after a verb of appearance its content is searched for an end. */
const SEEMING_WINDOW = 80;
/** Prepositions left at the end of a relative clause whose object is the gap: "everyone we spoke to". */
const STRANDED_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with', 'about', 'for', 'from', 'at', 'on']);
/** Relative pronouns that can be the subject of a reported clause: "which he said had failed". */
const RELATIVE_GAPS: ReadonlySet<string> = new Set(['which', 'whom', 'who']);

/** How many words an item of a list inside an aside may have: "two parents", "the county clerk". */
const LIST_ITEM_WORDS = 4;

/** Relative pronouns that open a clause on the phrase before them: the gaps and "that". */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_GAPS, 'that']);

/** Prepositions that can govern a relative pronoun: "in which", "for whom". */
const PREPOSITIONS_BEFORE_RELATIVE: ReadonlySet<string> = new Set(['in', 'of', 'for', 'on', 'at', 'with', 'by', 'from', 'to', 'under', 'during', 'about', 'through', 'after', 'before']);

/** Words that open an appositive noun phrase after a comma ("Bryan Lee, a former aide, ..."). */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
/** How far an appositive may run before the comma that closes it. */
const APPOSITIVE_WINDOW = 12;

/**
 * Whether the comma at `comma` opens an appositive that a second comma closes, after which the
 * clause goes on in lower case: "to hold Bryan Lee, a former aide to the mayor, in contempt".
 */
function opensAppositive(tokens: readonly Token[], comma: number, stop: number): boolean {
  if (!APPOSITIVE_OPENERS.has(tokens[comma + 1]?.norm ?? '')) return false;
  for (let k = comma + 2; k < Math.min(stop, comma + APPOSITIVE_WINDOW); k++) {
    if (tokens[k]?.text !== ',') continue;
    const after = tokens[k + 1];
    return after !== undefined && after.kind === 'word' && after.text === after.norm && !after.norm.endsWith('ing') && !PREPOSITIONAL_PARTICIPLES.has(after.norm);
  }
  return false;
}

/**
 * Bits of the word sets that the rules run most often test, one bit a set: `classAt` answers
 * all of them for a token with one look-up, made the first time the token is asked. The sets
 * stay for the other rules.
 */
const CLASS_FINITE = 1;
const CLASS_NP_PREPOSITION = 2;
const CLASS_DETERMINER = 4;
const CLASS_MODIFIER = 8;
const CLASS_NOUN_MARKER = 16;
const CLASS_STANDALONE_QUANTIFIER = 32;
const CLASS_PROPORTION_LINK = 64;
const CLASS_NOUN_LIKE_PRESENT = 128;
const CLASS_OBJECT_CLAUSE_OPENER = 256;
const CLASS_LEADING_CONJUNCTION = 512;
const CLASS_SUBORDINATOR_ADVERB = 1024;
const CLASS_SUBORDINATOR = 2048;
const CLASS_FRONTED_PREPOSITION = 4096;
const CLASS_POLL_NOUN = 8192;
const CLASS_COMMON_VERB = 16384;
const CLASS_AUXILIARY = 32768;

const WORD_CLASSES: ReadonlyMap<string, number> = wordBits([
  [FINITE_VERBS, CLASS_FINITE],
  [NP_PREPOSITIONS, CLASS_NP_PREPOSITION],
  [DETERMINERS, CLASS_DETERMINER],
  [VERB_MODIFIERS, CLASS_MODIFIER],
  [NOUN_MARKERS, CLASS_NOUN_MARKER],
  [STANDALONE_QUANTIFIERS, CLASS_STANDALONE_QUANTIFIER],
  [PROPORTION_LINKS, CLASS_PROPORTION_LINK],
  [NOUN_LIKE_PRESENT, CLASS_NOUN_LIKE_PRESENT],
  [OBJECT_CLAUSE_OPENERS, CLASS_OBJECT_CLAUSE_OPENER],
  [LEADING_CONJUNCTIONS, CLASS_LEADING_CONJUNCTION],
  [SUBORDINATOR_ADVERBS, CLASS_SUBORDINATOR_ADVERB],
  [SUBORDINATORS, CLASS_SUBORDINATOR],
  [FRONTED_PREPOSITIONS, CLASS_FRONTED_PREPOSITION],
  [POLL_NOUNS, CLASS_POLL_NOUN],
  [COMMON_VERBS, CLASS_COMMON_VERB],
  [AUXILIARIES, CLASS_AUXILIARY],
]);

/** The `CLASS_` bits of token `j`'s norm (0 outside the tokens): looked up once per token and kept in `ctx.wordClass`. */
function classAt(ctx: Context, j: number): number {
  const known = ctx.wordClass[j];
  if (known === undefined) return 0;
  if (known >= 0) return known;
  const bits = WORD_CLASSES.get((ctx.tokens[j] as Token).norm) ?? 0;
  ctx.wordClass[j] = bits;
  return bits;
}

/** {@link isModifier} of token `j`, its word sets read from {@link classAt}. */
function isModifierAt(ctx: Context, j: number): boolean {
  const token = ctx.tokens[j];
  if (token === undefined || token.kind !== 'word' || nameNotModal(ctx.tokens, j)) return false;
  // ("Tom Reed of Rivers Now said": a capitalised "Now" after a name ends the name.)
  if ((classAt(ctx, j) & CLASS_MODIFIER) !== 0) return !endsNameWithTime(ctx.tokens, j, ctx.tokens.length);
  return isMannerAdverb(token) || isSoFarAt(ctx.tokens, j);
}

/** Words that open the adverb of time "so far" / "thus far". */
const FAR_LEADS: ReadonlySet<string> = new Set(['so', 'thus']);

/**
 * Either word of "so far" or "thus far", an adverb of time that stands between a subject and its
 * verb as "already" does: "The board has so far declined to say", "Aides have thus far refused to
 * comment". Only the two-word phrase counts; "so" alone is a conjunction.
 */
function isSoFarAt(tokens: readonly Token[], j: number): boolean {
  const norm = tokens[j]?.norm;
  if (norm === 'far') return FAR_LEADS.has(tokens[j - 1]?.norm ?? '');
  return norm !== undefined && FAR_LEADS.has(norm) && tokens[j + 1]?.norm === 'far';
}

/** Relative pronouns that are the subject of the verb after them: "who said", "that said". */
const RELATIVE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that']);

/** Words that open a verb group before its own verb: "had failed", "would not hurt", "not be used". */
const AUXILIARY_GROUP: ReadonlySet<string> = new Set([...FINITE_VERBS, ...BE_FORMS, 'not']);

class SentenceExtractor {
  readonly out: RawQuote[] = [];
  private readonly ctx: Context;
  private readonly sentence: Sentence;
  private readonly first: number;
  private readonly end: number;
  private mainSubject: SpeakerPhrase | undefined | null = null;
  /** Token index after the last post-posed attribution, where the next post-posed content may start. */
  private postposedUntil = 0;
  /** Token index before which no cue is looked for (inside a headline's quoted words). */
  private suppressUntil = 0;

  constructor(ctx: Context, sentence: Sentence) {
    this.ctx = ctx;
    this.sentence = sentence;
    // "LONDON (Reuters) — ...", "14:12 — ...": a dateline or a time stamp is no part of any statement.
    this.first = skipDateline(ctx.tokens, sentence.firstToken, sentence.endToken);
    this.end = sentence.endToken;
  }

  private push(start: number, endExclusive: number, speaker: SpeakerPhrase | undefined, cue: { start: number; end: number } | undefined, confidence: number, rules: string[]): RawQuote | undefined {
    const { tokens } = this.ctx;
    if (start === this.first) {
      // ("• The crew was unhurt, according to the coast guard": a list's bullet is not what was said.)
      while (start + 1 < endExclusive && isListMarker(tokens[start])) start++;
      start = this.pastConnective(start, endExclusive);
    }
    // ("said that, after the storm, the dam would hold": what was said does not open with the comma.)
    if (tokens[start]?.text === ',' && this.ctx.inQuote[start] !== 1) start++;
    if (endExclusive <= start || !hasWords(this.ctx, start, endExclusive, 1)) return undefined;
    // "Kell Just Revealed Who She Would Pick – It Might Surprise You": in a headline, a dash before a
    // clause in title case closes what was said; the writer's teaser follows.
    if (this.sentence.paragraph === 0 && cue !== undefined && cue.end <= (tokens[start]?.start ?? 0)) endExclusive = this.headlineTeaser(start, endExclusive);
    // ("Hurricane Delphine slams Gulf Coast": a storm that is named is no speaker; what it does says nothing.)
    if (speaker !== undefined && namedStormAt(tokens, speaker.phrase.first)) return undefined;
    // "It was announced that ...", "it is understood that ...": an impersonal passive names no speaker.
    if (speaker !== undefined && cue !== undefined && isImpersonalPassive(tokens, speaker.phrase, cue.start)) speaker = undefined;
    const contentStart = tokens[start]?.start ?? 0;
    const contentEnd = tokens[endExclusive - 1]?.end ?? 0;
    const quote: RawQuote = {
      contentStart,
      contentEnd,
      mode: modeOf(this.ctx, contentStart, contentEnd, [cue, speaker]),
      confidence,
      rules,
      paragraph: this.sentence.paragraph,
      ...(cue === undefined ? {} : { cue }),
      ...(speaker === undefined ? {} : { speaker }),
    };
    this.out.push(quote);
    return quote;
  }

  /**
   * Whether the cue opens an idiom in which nothing is seen or known: "as it saw fit", "how they
   * see fit" (as they judge best), "news as we know it", "as we now know it" (as it now is).
   */
  private fixedPhraseAt(match: CueMatch): boolean {
    const { tokens } = this.ctx;
    const next = tokens[match.last + 1]?.norm;
    const lemma = match.form.entry.lemma;
    if (lemma === 'see' && next === 'fit') return true;
    if (lemma !== 'know' || (next !== 'it' && next !== 'them')) return false;
    const before = tokens[match.first - 1]?.norm === 'now' ? match.first - 2 : match.first - 1;
    return before - 1 >= this.first && SUBJECT_PRONOUNS.has(tokens[before]?.norm ?? '') && tokens[before - 1]?.norm === 'as';
  }

  /** The first spaced dash from `start` to `end` followed by two capitalised words outside a quotation, or `end`. */
  private headlineTeaser(start: number, end: number): number {
    const { tokens } = this.ctx;
    for (let k = start + 1; k < end - 2; k++) {
      if (this.ctx.inQuote[k] === 1 || !spacedDash(this.ctx, k)) continue;
      const a = tokens[k + 1];
      const b = tokens[k + 2];
      if (a !== undefined && b !== undefined && a.kind === 'word' && b.kind === 'word' && isCapitalised(a) && isCapitalised(b)) return k;
    }
    return end;
  }

  /**
   * Past a connective and its comma that open the sentence ("Still, the dam held, she said", "In
   * addition, according to the ministry, ..."): it links the writer's sentences and is not part of
   * what was said. (On polnear-train dropping it gained 7 statements and lost none; "Instead,"
   * is kept, as gold keeps it.)
   */
  private pastConnective(start: number, stop: number): number {
    const after = this.connectiveComma(start);
    return after > 0 && after + 2 < stop ? after + 1 : start;
  }

  /** The comma that closes a connective opening at `start` ("Still,", "In addition,"), or -1. */
  private connectiveComma(start: number): number {
    const { tokens } = this.ctx;
    const first = tokens[start];
    if (first === undefined) return -1;
    const single = SENTENCE_ADVERBS.has(first.norm) || LINKING_ADVERBS.has(first.norm);
    if ((!single && !CONNECTIVE_OPENERS.has(first.norm)) || first.kind !== 'word' || !isCapitalised(first)) return -1;
    let after = -1;
    if (single) after = start + 1;
    else {
      for (const phrase of CONNECTIVE_PHRASES) {
        let k = 0;
        while (k < phrase.length && tokens[start + k]?.norm === phrase[k]) k++;
        if (k === phrase.length) {
          after = start + k;
          break;
        }
      }
    }
    return after > 0 && tokens[after]?.text === ',' && this.ctx.inQuote[after] !== 1 ? after : -1;
  }

  /**
   * When a comma after token `last` opens an appositive that runs to the sentence's end
   * ("said Maria Ostrow, a pollster."), the index of the appositive's last word; else `last`.
   */
  private trailingAppositive(last: number): number {
    const { tokens } = this.ctx;
    if (tokens[last + 1]?.text !== ',') return last;
    // ("..., according to Dannen, because they ...": a subordinate clause is no appositive.)
    const opener = tokens[last + 2];
    // ("said Ana Pike, speaking outside the hall": a participle's phrase is a free adjunct of the
    // saying, as before the cue, not a name for the speaker.)
    if (opener !== undefined && (SUBORDINATORS.has(opener.norm) || SUBJECT_PRONOUNS.has(opener.norm) || this.gerundCueAt(last + 2) || participleAside(tokens, last + 2))) return last;
    let stop = trimEnd(this.ctx, last + 2, this.end);
    // ("said Ana Pike, a planner, referring to the port": a participle of saying after the
    // appositive starts a statement of its own; "said Ana Pike, a planner, in a statement" or
    // "..., on Monday": an occasion or a time after it is the saying's, not the speaker's; so is a
    // clause of time or reason, "..., as she boarded the bus", "..., while waiting in line". A
    // "when" clause may date the role instead: "a strategist for Kell's campaign three summers ago,
    // when she toured the state".)
    // ("(“...,” said Ana Roth, a clerk in Dane).": a parenthesis opened before the cue closes the
    // appositive; one opened inside it, "a senator (D-Ore.)", is its own.)
    let depth = 0;
    for (let j = last + 3; j < stop; j++) {
      const text = tokens[j]?.text;
      if (text === '(') depth++;
      else if (text === ')' && depth-- === 0) {
        stop = j;
        break;
      }
      if (text === ',' && (this.gerundCueAt(j + 1) || participleAside(tokens, j + 1) || OCCASION_PREPOSITIONS.has(tokens[j + 1]?.norm ?? '') || SAYING_CLAUSE_OPENERS.has(tokens[j + 1]?.norm ?? ''))) {
        stop = j;
        break;
      }
    }
    if (stop <= last + 2 || !this.isAppositive(last + 2, stop)) return last;
    for (let j = last + 2; j < stop; j++) if (this.ctx.opens[j] === 1 || FINITE_VERBS.has(tokens[j]?.norm ?? '')) return last;
    return stop - 1;
  }

  /** Whether a cue in its -ing form opens at token `k` ("referring to", "noting that"). */
  private gerundCueAt(k: number): boolean {
    const t = this.ctx.tokens[k];
    if (t === undefined || t.kind !== 'word' || !t.norm.endsWith('ing')) return false;
    return matchCue(this.ctx, k, this.end)?.form.tense === 'gerund';
  }

  /** The sentence's subject, for participles and chained cues: the last speaker, or the first noun phrase. */
  private subject(): SpeakerPhrase | undefined {
    // The speaker of the last statement, unless that statement sits inside what another one says
    // ("accused Europe of plans that they knew Russia could not accept, saying ...": not "they").
    for (let k = this.out.length - 1; k >= 0; k--) {
      // ("Lind renewed his attacks on Ruiz, saying ...", "groups backing Ruiz ...": a stand named
      // inside the clause leaves its subject to speak.)
      const rules = this.out[k]?.rules;
      if (rules !== undefined && (rules[0] === 'nominal.object' || rules[1] === 'participle.backer')) continue;
      const speaker = this.out[k]?.speaker;
      // (Nor one whose cue sits inside what another says: in "Lind said her son had called her
      // an hour before the flood, complaining ..." the son's "called" is no statement of his.)
      const cue = this.out[k]?.cue;
      let nested = false;
      for (let m = 0; m < this.out.length && !nested && speaker !== undefined; m++) {
        const other = this.out[m];
        nested = m !== k && other !== undefined && ((other.contentStart <= speaker.start && speaker.end <= other.contentEnd) || (cue !== undefined && other.contentStart <= cue.start && cue.end <= other.contentEnd));
      }
      if (nested) continue;
      // ("Lind, who had praised the dam, spoke next, adding ...": a relative pronoun speaks only
      // inside its clause.)
      if (speaker !== undefined && speaker.phrase.kind === 'pronoun' && RELATIVE_GAPS.has(this.ctx.tokens[speaker.phrase.first]?.norm ?? '')) continue;
      // ("Kell posts videos he calls “reports,” urging ...", "had no word on how he planned to win,
      // saying ...": a pronoun in a clause on a noun or after a question word speaks only there.)
      if (speaker !== undefined && speaker.phrase.kind === 'pronoun' && this.embeddedPronoun(speaker.phrase.first)) continue;
      if (speaker !== undefined) return speaker;
      break;
    }
    return this.openingSubject();
  }

  /** The subject that opens the sentence, with a name in commas after a common noun phrase. */
  private openingSubject(): SpeakerPhrase | undefined {
    if (this.mainSubject !== null) return this.mainSubject;
    let main = sentenceSubject(this.ctx, this.first, this.end);
    // "One of the farmers, Ana Lind, 70, had farmed there and said ...": a name in commas after a
    // common noun phrase is the same speaker, and the one named.
    const tokens = this.ctx.tokens;
    if (main !== undefined && main.phrase.kind !== 'name' && main.phrase.kind !== 'pronoun' && tokens[main.phrase.last + 1]?.text === ',') {
      const named = phraseStartingAt(tokens, main.phrase.last + 2, this.end);
      if (named !== undefined && named.kind === 'name' && tokens[named.last + 1]?.text === ',') main = phraseSpan(this.ctx, main.phrase, named.last);
    }
    this.mainSubject = main;
    return this.mainSubject;
  }

  /**
   * The subject shared by a verb after "and" or "but" at `k` that follows a statement set off
   * between dashes: in "Rask doubted the plan - “It will fail,” she said - and urged a vote" the
   * aside interrupts the clause, and Rask, not the aside's speaker, urged. The speaker of the last
   * statement before the first dash, or the sentence's opening subject. Else undefined.
   */
  private asideSubject(k: number): SpeakerPhrase | undefined {
    const { tokens } = this.ctx;
    const close = tokens[k - 1];
    if (close === undefined || !isDash(close)) return undefined;
    let d = k - 2;
    while (d > this.first && !isDash(tokens[d])) d--;
    const open = tokens[d];
    if (open === undefined || d <= this.first || !isDash(open)) return undefined;
    let aside = false;
    let before: SpeakerPhrase | undefined;
    for (const statement of this.out) {
      if (statement.contentStart > open.start && statement.contentEnd <= close.start) aside = true;
      else if ((statement.cue?.end ?? statement.contentEnd) <= open.start && statement.speaker !== undefined) before = statement.speaker;
    }
    if (!aside) return undefined;
    return before ?? this.openingSubject();
  }

  /**
   * The relative pronoun that spoke in the statement whose content ends right before the "and" or
   * "but" at `k`: in "Reed, who accused the board of stalling and said he would sue" the verb after
   * "and" is the relative clause's second verb, and "who" (Reed) speaks it, not the sentence's
   * subject. Else undefined.
   */
  private relativeSpeakerBefore(k: number): SpeakerPhrase | undefined {
    const last = this.out[this.out.length - 1];
    const speaker = last?.speaker;
    if (last === undefined || speaker === undefined || speaker.phrase.kind !== 'pronoun' || !RELATIVE_GAPS.has(this.ctx.tokens[speaker.phrase.first]?.norm ?? '')) return undefined;
    return this.tokenAfter(last.contentEnd) === k ? speaker : undefined;
  }

  /**
   * Whether "to" or an auxiliary stands within a few words before the "and" at `k`, with no
   * punctuation between: "were quick to offer condolences and affirm ...", "can flag and report".
   */
  private infinitiveBefore(k: number): boolean {
    const { tokens } = this.ctx;
    for (let j = k - 1; j > this.first && j > k - 8; j--) {
      const t = tokens[j];
      if (t === undefined || t.kind === 'punct') return false;
      if (AUXILIARIES.has(t.norm)) return true;
    }
    return false;
  }

  /**
   * The subject of an absolute "with" phrase that ends in an appositive in commas at the comma `k`:
   * "with the deputy minister, Pavel Dorin,", "with Lind, the mayor," (one of the two a name; after a
   * comma or at the sentence's start). Else undefined.
   */
  private absoluteWithAppositive(k: number): SpeakerPhrase | undefined {
    const { tokens } = this.ctx;
    const name = phraseEndingAt(tokens, k - 1, this.first);
    if (name === undefined || name.kind === 'pronoun' || tokens[name.first - 1]?.text !== ',') return undefined;
    const head = phraseEndingAt(tokens, name.first - 2, this.first);
    if (head === undefined || head.kind === 'pronoun' || tokens[head.first - 1]?.norm !== 'with' || (name.kind !== 'name' && head.kind !== 'name')) return undefined;
    const lead = head.first - 1;
    return lead === this.first || tokens[lead - 1]?.text === ',' ? phraseSpan(this.ctx, head, name.last) : undefined;
  }

  /** Whether the phrase at `first` is a sum of money after a determiner, a possessive or nothing: "a $2 billion", "the city's $40 million". */
  private amountBefore(first: number): boolean {
    const { tokens } = this.ctx;
    const sign = CURRENCY_SIGNS.has(tokens[first]?.text ?? '') ? first : first - 1;
    if (!CURRENCY_SIGNS.has(tokens[sign]?.text ?? '')) return false;
    const lead = tokens[sign - 1];
    return sign <= this.first || lead === undefined || lead.kind === 'punct' || DETERMINERS.has(lead.norm) || isPossessiveToken(lead);
  }

  /** Whether the personal pronoun at `k` opens a clause on a noun ("videos he calls") or after a question word ("how he planned"). */
  private embeddedPronoun(k: number): boolean {
    const { tokens } = this.ctx;
    const before = tokens[k - 1];
    if (!FREE_RELATIVE_PRONOUNS.has(tokens[k]?.norm ?? '') || before === undefined || k - 1 < this.first || before.kind !== 'word' || isCapitalised(before)) return false;
    if (before.norm === 'how' || before.norm === 'what' || before.norm === 'why' || before.norm === 'where') return true;
    const owner = tokens[k - 2];
    return !isModifier(before) && !CLAUSE_OPENERS.has(before.norm) && (isPluralNoun(before) || (owner !== undefined && (DETERMINERS.has(owner.norm) || isPossessiveToken(owner))));
  }

  /**
   * The subject of the nearest clause that a conjunction opens before token `k`, when no
   * statement was found after it: in "Critics say X, and the union has sued the city, saying Y"
   * the union says Y. Undefined when no such clause stands between the last statement and `k`.
   */
  private clauseSubjectBefore(k: number): SpeakerPhrase | undefined {
    const { tokens } = this.ctx;
    const last = this.out[this.out.length - 1];
    const floor = Math.max(this.first + 1, last === undefined ? this.first + 1 : this.tokenAfter(last.cue?.end ?? last.contentEnd));
    for (let j = k - 2; j >= floor; j--) {
      if (this.ctx.inQuote[j] === 1) continue;
      const t = tokens[j];
      if (t === undefined || !CLAUSE_CONJUNCTIONS.has(t.norm)) continue;
      const np = subjectPhrase(tokens, j + 1, k);
      if (np === undefined || np.kind === 'pronoun' && !SUBJECT_PRONOUNS.has(tokens[np.first]?.norm ?? '')) continue;
      let v = np.last + 1;
      while (v < k && isModifier(tokens[v])) v++;
      const verb = tokens[v];
      if (verb === undefined || verb.kind !== 'word' || isCapitalised(verb) || !(FINITE_VERBS.has(verb.norm) || (verb.norm.endsWith('ed') && verb.norm.length > 3))) continue;
      return phraseSpan(this.ctx, np);
    }
    return undefined;
  }

  /**
   * The subject of the finite clause that a participle or a verb after "and" continues, searched
   * back from `k` (the comma or "and" before it) to the end of the last statement: in "At the fair
   * in Brill, Kent, Vega praised the bakers, saying ..." Vega, not "Kent". The subject must open
   * the sentence or a clause (after a comma, a semicolon or a conjunction); relative clauses are
   * passed over.
   */
  /**
   * Whether a cue in the present that is no noun stands inside `np` after its first word: "...,
   * states the campaign considers vital": the phrase after a noun-like form holds a clause of its
   * own ("the campaign considers"), so the form is a plural noun, not an inverted cue.
   */
  private presentCueWithin(np: NounPhrase): boolean {
    const { tokens } = this.ctx;
    for (let j = np.first + 1; j <= np.last; j++) {
      const t = tokens[j];
      if (t === undefined || t.kind !== 'word' || isCapitalised(t) || (classAt(this.ctx, j) & CLASS_NOUN_LIKE_PRESENT) !== 0) continue;
      if (matchCue(this.ctx, j, this.end)?.form.tense === 'present') return true;
    }
    return false;
  }

  private nearestClauseSubject(k: number, relative = false): SpeakerPhrase | undefined {
    const { tokens } = this.ctx;
    const last = this.out[this.out.length - 1];
    const floor = last === undefined ? this.first : this.tokenAfter(Math.max(last.cue?.end ?? 0, last.contentEnd));
    // (Set once a verb follows a comma or a dash: "Vega, who lost, then ran and said": the relative clause is closed.)
    let closed = false;
    for (let v = k - 1; v > floor; v--) {
      const verb = tokens[v];
      if (verb === undefined || this.ctx.inQuote[v] === 1 || verb.kind !== 'word' || isCapitalised(verb)) continue;
      if (!(FINITE_VERBS.has(verb.norm) || COMMON_VERBS.has(verb.norm) || IRREGULAR_PASTS.has(verb.norm) || (verb.norm.endsWith('ed') && verb.norm.length > 3))) continue;
      // ("slapped duties on imported cars, saying": a word in "-ed" after a preposition or an
      // article modifies the noun after it and is no verb.)
      if (adjectivalParticipleAt(tokens, v)) continue;
      let e = v - 1;
      while (e > floor && isModifier(tokens[e])) e--;
      // ("..., and waved at the crowd, saying": a second verb of the same subject.)
      if (CLAUSE_CONJUNCTIONS.has(tokens[e]?.norm ?? '') || tokens[e]?.norm === 'or') continue;
      if (tokens[e]?.kind === 'punct') closed = true;
      // ("..., after a clerk, Ana Roth, wrote to the board with what she called ...": a subject
      // with its appositive after a conjunction opens the clause; the verb after the closing comma
      // is theirs.)
      if (tokens[e]?.text === ',') {
        const described = this.phraseBeforeAppositive(e);
        const lead = described === undefined ? undefined : tokens[described.first - 1];
        if (described !== undefined && described.first > floor && lead !== undefined && CLAUSE_CONJUNCTIONS.has(lead.norm) && lead.norm !== 'as' && lead.norm !== 'and' && lead.norm !== 'but') return phraseSpan(this.ctx, described, e - 1);
      }
      let np = phraseEndingAt(tokens, e, floor);
      if (np === undefined || np.first < floor) continue;
      // ("Lutz and Roe, two respected planners, asking ...": a count word alone before a word in -ed
      // counts the noun after it.)
      if (np.first === np.last && NUMBER_WORDS.has(tokens[np.first]?.norm ?? '')) continue;
      // ("On Sunday morning Ms. Vega made ...": a time word before a name is no part of it.)
      let f = np.first;
      while (np.kind === 'name' && f < np.last && (TIME_PERIODS.has(tokens[f]?.norm ?? '') || WEEKDAYS.has(tokens[f]?.norm ?? ''))) f++;
      if (f !== np.first) np = { ...np, first: f };
      // ("..., about 200 protesters gathered ...": a number's approximator belongs to the subject.)
      if (tokens[np.first]?.kind === 'number' && APPROXIMATORS.has(tokens[np.first - 1]?.norm ?? '') && np.first - 1 > floor) np = { ...np, first: np.first - 1 };
      // A relative clause ("Vega, who is leading, ...") is not the clause the participle closes;
      // a verb after "and" inside it shares its pronoun ("Vega, who has praised X and criticized Y").
      const head = tokens[np.first]?.norm ?? '';
      if (np.kind === 'pronoun' && (head === 'who' || head === 'which') && relative && !closed) return phraseSpan(this.ctx, np);
      if (np.kind === 'pronoun' && (!SUBJECT_PRONOUNS.has(head) || head === 'who' || head === 'which' || head === 'that')) continue;
      const lead = tokens[np.first - 1];
      // ("the board met and Lind resigned, saying ...": a name or a pronoun after "and" opens a
      // clause without a comma; so does a pronoun after a time phrase: "By Monday afternoon he had ...".)
      const named = np.kind === 'name' || np.kind === 'pronoun';
      // (A comma inside a closing quote mark before a named subject, 'Speaking to “Noon Desk,” Ana Lind ...', is a comma before it too.)
      const opens = np.first === this.first || lead === undefined || lead.text === ',' || lead.text === ';' || isDash(lead) || (np.kind === 'name' && this.ctx.closes[np.first - 1] === 1 && tokens[np.first - 2]?.text === ',') ||
        ((lead.norm === 'and' || lead.norm === 'but') && (named || tokens[np.first - 2]?.text === ',')) ||
        (CLAUSE_CONJUNCTIONS.has(lead.norm) && lead.norm !== 'and' && lead.norm !== 'but' && lead.norm !== 'as') ||
        // ("..., where a group of tenants held signs reading ...": a clause on a place has a subject of its own.)
        (lead.norm === 'where' && tokens[np.first - 2]?.text === ',') ||
        ((np.kind === 'pronoun' || np.kind === 'name') && (lead.kind === 'number' || TIME_PERIODS.has(lead.norm) || WEEKDAYS.has(lead.norm) || PRONOUN_CLAUSE_LEADS.has(lead.norm)));
      if (!opens) {
        // ("Kell and other growers rejected what they called a farce": a name coordinated with the
        // phrase that opens the clause is part of its subject.)
        const pair = lead.norm === 'and' ? phraseEndingAt(tokens, np.first - 2, floor) : undefined;
        if (pair !== undefined && pair.kind === 'name' && (pair.first === this.first || tokens[pair.first - 1]?.text === ',')) return phraseSpan(this.ctx, { ...np, first: pair.first });
        closed = true;
        continue;
      }
      // ("Reed urged a recount while the tally dragged, saying ...": a clause that a subordinator
      // ties to the verb before it, with no comma between, is part of the main clause; when its
      // verb takes nothing after it, the participle after the comma continues the main clause,
      // whose subject speaks, or the speaker of the statement that clause made, "Reed called for
      // a recount while ...". A verb with its own complement keeps the participle: "left after
      // Lind won the seat, calling it ...".)
      // ("The board closed the pier after divers found cracks, and urged boaters to stay away": a
      // verb after a comma and "and" goes back past such a clause to the main one, complement or not.)
      const mainVerbAfter = (v === k - 1 && tokens[k]?.text === ',') || (tokens[k]?.norm === 'and' && tokens[k - 1]?.text === ',');
      if (lead !== undefined && TIGHT_SUBORDINATORS.has(lead.norm) && np.kind !== 'pronoun' && mainVerbAfter && np.first - 1 > this.first + 1 && tokens[np.first - 2]?.kind === 'word') {
        const main = this.nearestClauseSubject(np.first - 1, relative) ?? (last !== undefined ? this.subject() : undefined);
        if (main !== undefined) return main;
      }
      return phraseSpan(this.ctx, np);
    }
    return undefined;
  }

  /**
   * The subject before a time adjunct that stands between it and the cue, when `np` is that
   * adjunct: "Moss earlier in the day praised ...", "Ruiz, who for years had argued ...", "Vale this
   * past month announced ...") or the document before its addressee or channel ("A memo to the
   * board says ..."). Else undefined.
   */
  private subjectBeforeAdjunct(np: NounPhrase): NounPhrase | undefined {
    const { tokens } = this.ctx;
    let j = np.first - 1;
    const before = tokens[j];
    if (before === undefined || j <= this.first) return undefined;
    // ("A memo to the board says ...", "A post on Facebook claimed ...": a document with its
    // addressee or channel is one phrase, whose head, the document, is what speaks.)
    if (ADJUNCT_PREPOSITIONS.has(before.norm) || documentLinkAt(tokens, np.first)) {
      j--;
      if (tokens[j]?.norm === 'earlier' || tokens[j]?.norm === 'later') j--;
    } else if (!((TIME_PERIODS.has(tokens[np.last]?.norm ?? '') || TIME_PERIODS.has(tokens[np.last + 1]?.norm ?? '')) && TIME_PERIOD_OPENERS.has(tokens[np.first]?.norm ?? ''))) return undefined;
    else if (before.text === ',') j--;
    else if (before.kind === 'word' && !isCapitalised(before) && !SUBJECT_PRONOUNS.has(before.norm)) return undefined;
    const subject = phraseEndingAt(tokens, j, this.first);
    if (subject === undefined) return undefined;
    const head = tokens[subject.first]?.norm ?? '';
    if (subject.kind === 'pronoun' && !SUBJECT_PRONOUNS.has(head) && head !== 'who' && head !== 'which') return undefined;
    const lead = tokens[subject.first - 1];
    if (subject.first !== this.first && lead !== undefined && lead.text !== ',' && !CLAUSE_CONJUNCTIONS.has(lead.norm)) return undefined;
    return subject;
  }

  /**
   * The one quoted when "as" at `as` follows "was quoted" or "was cited", with the quoting source
   * between ("Holt was quoted by the agency as saying"): the phrase before "was". Else undefined.
   */
  private quotedAs(as: number): SpeakerPhrase | undefined {
    const { tokens } = this.ctx;
    for (let j = as - 1; j > this.first && j >= as - 12; j--) {
      const t = tokens[j];
      if (t === undefined || t.kind === 'punct' || this.ctx.opens[j] === 1) return undefined;
      if (t.norm !== 'quoted' && t.norm !== 'cited') continue;
      let be = j - 1;
      while (be > this.first && isModifier(tokens[be]) && !BE_FORMS.has(tokens[be]?.norm ?? '')) be--;
      if (!BE_FORMS.has(tokens[be]?.norm ?? '')) return undefined;
      // ("has been quoted": auxiliaries before "been".)
      let subjectEnd = be - 1;
      while (subjectEnd > this.first && isModifier(tokens[subjectEnd])) subjectEnd--;
      const np = phraseEndingAt(tokens, subjectEnd, this.first);
      return np === undefined ? undefined : phraseSpan(this.ctx, np);
    }
    return undefined;
  }

  /**
   * Whether the "that" at `k` is a relative pronoun in subject position: a noun phrase (no
   * pronoun) ends right before it and no cue precedes it ("signs that read", not "said that").
   * ("retracted a study that claimed ...", "rejected a report that said ...": a cue that takes
   * only an object before the phrase leaves no clause for "that" to open; it is the phrase's
   * relative pronoun, where "told the board that states must act" opens what was told.)
   */
  private relativeThatSubject(k: number): boolean {
    const { tokens } = this.ctx;
    const before = tokens[k - 1];
    if (k - 1 < this.first || before === undefined || before.kind !== 'word' || matchCue(this.ctx, k - 1, this.end) !== undefined) return false;
    const np = phraseEndingAt(tokens, k - 1, this.first);
    if (np === undefined || np.kind === 'pronoun') return false;
    const cue = matchCue(this.ctx, np.first - 1, this.end);
    return cue === undefined || cue.form.entry.frames.every((f) => f === 'object');
  }

  /**
   * Whether the "to" at `to` closes a move onto a platform: "took to Twitter", "went on CNN",
   * "appeared on “Fox & Friends”" within a few words before it.
   */
  private platformBefore(to: number): boolean {
    const { tokens } = this.ctx;
    for (let j = to - 2; j > this.first && j >= to - 8; j--) {
      const t = tokens[j];
      if (t === undefined || t.text === ',' || t.text === ';' || t.text === '.') return false;
      const verb = tokens[j - 1]?.norm ?? '';
      if ((t.norm === 'to' && TAKE_FORMS.has(verb)) || (t.norm === 'on' && (GO_FORMS.has(verb) || APPEAR_FORMS.has(verb)))) return true;
    }
    return false;
  }

  /**
   * The phrase between a verb of leading and the "to" at `to` ("led Republicans to say", "prompted
   * the mayor to ask"); else undefined.
   */
  private ledBefore(to: number): SpeakerPhrase | undefined {
    const { tokens } = this.ctx;
    // (Read from the verb on: "The remark prompted Lind" is otherwise one phrase.)
    let verb = to - 2;
    while (verb > this.first && verb > to - 10 && !LEAD_FORMS.has(tokens[verb]?.norm ?? '') && tokens[verb]?.kind === 'word') verb--;
    if (verb <= this.first || !LEAD_FORMS.has(tokens[verb]?.norm ?? '')) return undefined;
    if (verb === to - 2 && isObjectPronoun(tokens[to - 1]) && tokens[to - 1]?.norm !== 'it') return phraseSpan(this.ctx, { first: to - 1, last: to - 1, kind: 'pronoun' });
    const np = phraseEndingAt(tokens, to - 1, verb + 1);
    return np !== undefined && np.first === verb + 1 && np.last === to - 1 ? phraseSpan(this.ctx, np) : undefined;
  }

  /**
   * The one an ordinal phrase before the "to" at `to` names ("the first senator", "one of the
   * earliest growers", "the only one"): the subject of a linking verb before the phrase ("Lind was
   * the first to ...") or else the phrase itself; undefined when no ordinal after "the" heads it.
   */
  private ordinalBefore(to: number): SpeakerPhrase | undefined {
    const { tokens } = this.ctx;
    let the = to - 2;
    while (the > this.first && the > to - ORDINAL_REACH && !ORDINAL_HEADS.has(tokens[the + 1]?.norm ?? '') && tokens[the]?.kind === 'word') the--;
    if (the < this.first || tokens[the]?.norm !== 'the' || !ORDINAL_HEADS.has(tokens[the + 1]?.norm ?? '')) return undefined;
    // (The noun, if any, runs up to the "to": "the first senator in the state to", not "the first
    // time he had a chance to".)
    // (The word before "to" names people: the ordinal itself, a name, a plural, a role or a group;
    // "the first time to", "the only chance to" name no one.)
    const head = tokens[to - 1];
    if (head === undefined || !(the + 2 === to || isCapitalised(head) || hasPluralEnding(head.norm) || ROLE_WORDS.has(head.norm) || GROUP_HEADS.has(head.norm))) return undefined;
    if (the + 2 < to) {
      const np = phraseEndingAt(tokens, to - 1, the);
      if (np === undefined || np.first > the + 2 || np.kind === 'pronoun') return undefined;
    }
    let first = the;
    if (tokens[the - 1]?.norm === 'of' && (tokens[the - 2]?.norm === 'one' || tokens[the - 2]?.norm === 'among')) first = the - 2;
    const link = tokens[first - 1];
    if (link !== undefined && first - 1 > this.first && ORDINAL_LINKS.has(link.norm)) {
      const subject = phraseEndingAt(tokens, first - 2, this.first);
      if (subject !== undefined) return phraseSpan(this.ctx, subject);
    }
    return phraseSpan(this.ctx, { first, last: to - 1, kind: 'description' });
  }

  /** The first finite verb outside a quotation from token `from` to the sentence's end, else undefined. */
  private finiteVerbAfter(from: number): number | undefined {
    for (let j = from; j < this.end; j++) if (this.ctx.inQuote[j] !== 1 && FINITE_VERBS.has(this.ctx.tokens[j]?.norm ?? '')) return j;
    return undefined;
  }

  /** Whether a semicolon stands between the last statement's cue and token `k`: a new clause with a subject of its own. */
  private semicolonSince(k: number): boolean {
    const last = this.out[this.out.length - 1];
    const from = last === undefined ? this.first : this.tokenAfter(last.cue?.end ?? last.contentStart);
    for (let j = from; j < k; j++) if (this.ctx.tokens[j]?.text === ';' && this.ctx.inQuote[j] !== 1) return true;
    return false;
  }

  /** Whether a statement found so far has its cue between tokens `from` and `to`. */
  private statementCueBetween(from: number, to: number): boolean {
    const { tokens } = this.ctx;
    const a = tokens[from]?.start ?? 0;
    const b = tokens[to]?.start ?? 0;
    for (let i = this.out.length - 1; i >= 0; i--) {
      const cue = this.out[i]?.cue;
      if (cue !== undefined && cue.start >= a && cue.end <= b) return true;
    }
    return false;
  }

  /**
   * Where a statement whose cue comes after it starts, when a semicolon before the speaker at
   * `before` follows another statement's cue in the same sentence ("Police said two men were
   * held; a third was freed, officials added"): right after that semicolon, since the clause
   * before it has a source of its own. Else `start`.
   */
  private afterAttributedClause(start: number, before: number): number {
    const { tokens } = this.ctx;
    let semicolon = -1;
    for (let j = before - 1; j > start; j--) {
      if (tokens[j]?.text === ';' && this.ctx.inQuote[j] !== 1) {
        semicolon = j;
        break;
      }
    }
    return semicolon >= 0 && this.statementCueBetween(start, semicolon) ? semicolon + 1 : start;
  }

  /** The index of the first token that starts at or after text offset `offset`. */
  private tokenAfter(offset: number): number {
    const { tokens } = this.ctx;
    return this.first + partitionPoint(this.end - this.first, (j) => (tokens[this.first + j]?.start ?? Infinity) < offset);
  }

  run(): RawQuote[] {
    const { tokens } = this.ctx;
    if (this.first > 0 && this.ctx.closes[this.first - 1] === 1) this.quoteVerb(this.first - 1);
    for (let i = this.first; i < this.end; i++) {
      if (this.ctx.inQuote[i] === 1) continue;
      const t = tokens[i];
      if (t === undefined) continue;
      const kind = t.kind;
      // One look-up tells which of the word-triggered rules below may fire (most words fire none)
      // and whether the word may start a cue.
      const entry = kind === 'word' ? wordEntryOf(this.ctx, t) : NO_ENTRY;
      const trigger = entry.triggers;
      if ((trigger & TRIGGER_ACCORDING) !== 0 && tokens[i + 1]?.norm === 'to') {
        i = this.accordingTo(i);
        continue;
      }
      if (kind === 'punct' && t.text === ':') {
        const found = this.out.length;
        this.colon(i);
        const last = this.out[found - 1];
        if (this.out.length === found && (last === undefined || (last.cue !== undefined && this.tokenAfter(Math.max(last.cue.end, last.contentEnd)) <= i))) this.colonAfterClause(i);
        continue;
      }
      if ((trigger & TRIGGER_IN) !== 0) {
        // ("In the words of one lawmaker, the bill is dead": a source cited as "according to" one is.)
        if (tokens[i + 1]?.norm === 'the' && tokens[i + 2]?.norm === 'words' && tokens[i + 3]?.norm === 'of') {
          i = this.accordingTo(i, i + 3);
          continue;
        }
        if (i === this.first || (i === this.first + 1 && LINKING_CONJUNCTIONS.has(tokens[this.first]?.norm ?? ''))) this.inSource(i);
        else if (i > this.first + 2 && this.ctx.inQuote[i] !== 1) this.inPollAfter(i);
      }
      if ((trigger & TRIGGER_TO) !== 0 && i === this.first) this.toSource(i);
      if ((trigger & TRIGGER_VOTE) !== 0 && tokens[i + 1]?.norm === 'for' && this.ctx.inQuote[i] !== 1) this.shareVote(i);
      if ((trigger & TRIGGER_PROJECTED) !== 0 && this.ctx.inQuote[i] !== 1) this.projected(i);
      if ((trigger & TRIGGER_TO) !== 0 && i > this.first + 1 && PLEDGE_NOUNS.has(tokens[i - 1]?.norm ?? '') && this.ctx.inQuote[i] !== 1) this.nominalInfinitive(i - 1);
      if (i < this.suppressUntil) continue;
      if (kind === 'quote' && this.ctx.closes[i] === 1) {
        const next = this.quoteVerb(i);
        if (next !== undefined) i = next;
        continue;
      }
      // What follows looks for words only (seem verbs, attitudes, "that", cues): skip the rest at once.
      if (kind !== 'word') continue;
      if ((trigger & RULE_TRIGGERS) !== 0) {
        if ((trigger & TRIGGER_REPORTEDLY) !== 0) {
          this.hearsay(i);
          continue;
        }
        if ((trigger & TRIGGER_SEEM) !== 0) {
          this.seeming(i);
          continue;
        }
        // ("she is confident the port will reopen": outside a quotation, a clause without "that" too.)
        if ((trigger & TRIGGER_ATTITUDE) !== 0 && (tokens[i + 1]?.norm === 'that' || (this.ctx.inQuote[i] !== 1 && mainClauseAt(this.ctx, i + 1, this.end))) && this.attitude(i)) continue;
        if ((trigger & TRIGGER_STANCE) !== 0) {
          const stancePreposition = STANCE_NOUN_PREPOSITIONS.get(t.norm);
          if (stancePreposition !== undefined && !isCapitalised(t) && (tokens[i + 1]?.norm === stancePreposition || (tokens[i + 1]?.norm === 'against' && stancePreposition === 'on')) && this.nominalObject(i)) continue;
        }
        if ((trigger & TRIGGER_DOUBT) !== 0 && DOUBT_LINKS.has(tokens[i + 1]?.norm ?? '') && this.raisedDoubt(i)) continue;
        if ((trigger & TRIGGER_THAT) !== 0 && NOUN_CUES.has(tokens[i - 1]?.norm ?? '')) {
          this.nominal(i);
          continue;
        }
        if ((trigger & TRIGGER_THAT) !== 0 && COPULAS_BEFORE_THAT.has(tokens[i - 1]?.norm ?? '') && this.copularNominal(i)) continue;
        if ((trigger & TRIGGER_THAT) !== 0 && i > this.first + 2 && this.heldAmong(i)) continue;
        if ((trigger & TRIGGER_REACTION) !== 0 && (tokens[i + 1]?.norm === 'from' || (tokens[i + 1]?.norm === 'of' && REACTION_OF_NOUNS.has(t.norm) && DETERMINERS.has(tokens[i - 1]?.norm ?? ''))) && this.reactionFrom(i)) continue;
        if ((trigger & TRIGGER_BACKING) !== 0 && i > this.first && this.ctx.inQuote[i - 1] !== 1) {
          const next = this.cue({ form: BACKING_FORM, first: i, last: i });
          if (next !== undefined) i = next;
          continue;
        }
        if ((trigger & TRIGGER_STIR) !== 0 && this.stirred(i)) continue;
        if ((trigger & TRIGGER_KNOWN) !== 0 && (tokens[i + 1]?.norm === 'as' || (tokens[i + 1]?.norm === 'for' && t.norm === 'known')) && this.knownAs(i)) continue;
        if ((trigger & TRIGGER_POLL) !== 0 && this.pollPlaces(i)) continue;
        if ((trigger & TRIGGER_AGENT) !== 0 && tokens[i + 1]?.norm === 'of' && this.stanceAgent(i)) continue;
        // ("offered the customary words of support": "of" opens what is named only after "endorsement" or "criticism".)
        const lightLink = tokens[i + 1]?.norm ?? '';
        // (A day after "on" dates the act and opens no topic: `lightVerbObject` passes it over.)
        if ((trigger & TRIGGER_LIGHT) !== 0 && LIGHT_LINKS.has(lightLink) && (lightLink !== 'of' || t.norm === 'endorsement' || t.norm === 'criticism') && this.ctx.inQuote[i] !== 1) {
          const next = this.lightVerbObject(i);
          if (next !== undefined) {
            i = next;
            continue;
          }
        }
      }
      const forms = entry.forms;
      if (forms === undefined) continue;
      let match = matchForms(this.ctx, entry, i, this.end);
      // ("have argued for years that ...": "for" and a span of time date the verb; they are not
      // the preposition of "argue for".)
      if (match !== undefined && match.last === i + 1 && tokens[i + 1]?.norm === 'for' && SPANS_OF_TIME.has(tokens[i + 2]?.norm ?? '')) match = entry.single === undefined ? undefined : { form: entry.single, first: i, last: i };
      // ("insisted on Friday that ...", "called on Monday for a recount": "on" and a weekday or a
      // date date the verb; they are not the preposition of "insist on" or "call on".)
      // (The verb alone, when it takes a clause; else "on" stays the cue's: "commented on Monday that".)
      else if (match !== undefined && match.last === i + 1 && tokens[i + 1]?.norm === 'on' && skipTimeAdjunct(tokens, i + 1, this.end) > i + 1) {
        const single = entry.single !== undefined && (has(entry.single, 'that') || has(entry.single, 'clause')) ? { form: entry.single, first: i, last: i } : undefined;
        match = separatedParticle(this.ctx, forms, i, this.end) ?? single ?? match;
      }
      // ("admitted to police that he took the car": "to" and a listener before "that" say whom the
      // speaker admitted it to, so the clause is what was admitted and the cue is the one word.)
      else if (match !== undefined && match.last === i + 1 && tokens[i + 1]?.norm === 'to' && entry.single !== undefined && listenerBeforeThat(tokens, i + 2, this.end)) match = { form: entry.single, first: i, last: i };
      // "bragged loudly about his record", "warned darkly of riots": a manner between a verb and
      // its preposition belongs to the two-word cue.
      // ("asked the public for patience": a listener between a verb of asking and "for", too.)
      if (match === undefined || (match.last === i && isModifierAt(this.ctx, i + 1))) match = separatedAbout(this.ctx, forms, i, this.end) ?? listenerFor(this.ctx, forms, i, this.end) ?? match;
      // "called on Monday for a recount": a time between a verb and its preposition, too.
      else if (match.last === i) match = separatedParticle(this.ctx, forms, i, this.end) ?? listenerFor(this.ctx, forms, i, this.end) ?? match;
      if (match === undefined) continue;
      const next = this.cue(match);
      if (next !== undefined) i = next;
    }
    return this.out;
  }

  /**
   * "“Quiet,” he demanded.", "“This is fantastic!” beamed Ana Reyes.": a verb the lexicon lacks,
   * right after a quotation that closes on a comma, "!" or "?" and next to its subject, reports the
   * quotation. Where to go on, when a statement was read.
   */
  private quoteVerb(closer: number): number | undefined {
    const { tokens } = this.ctx;
    const inner = tokens[closer - 1]?.text;
    if (inner !== ',' && inner !== '!' && inner !== '?') return undefined;
    const first = tokens[closer + 1];
    if (first === undefined || first.kind !== 'word' || closer + 2 >= this.end) return undefined;
    // Only a quotation that opens the sentence or follows a colon: "the ''clash of civilizations,''
    // revamped his plans" reads a title inside the writer's sentence.
    // (A quotation that closes the sentence before, "“Mexico!” | the crowd screamed back.", is
    // checked where the speaker's sentence is read.)
    let open = closer - 1;
    while (open > this.first && this.ctx.inQuote[open] === 1) open--;
    if (closer >= this.first && ((open !== this.first && tokens[open - 1]?.text !== ':') || this.ctx.opens[open] !== 1)) return undefined;
    let verb = closer + 1;
    let inverted = true;
    if (!isCapitalised(first) && first.norm.endsWith('ed') && closer >= this.first) {
      // "... beamed Ana Reyes", "... exhorted the mayor": a name or a determiner follows.
      const after = tokens[verb + 1];
      if (after === undefined || after.kind !== 'word' || !(isCapitalised(after) || DETERMINERS.has(after.norm))) return undefined;
    } else {
      inverted = false;
      const np = phraseStartingAt(tokens, closer + 1, this.end);
      if (np === undefined || (np.kind === 'pronoun' && !PERSONAL_SUBJECTS.has(first.norm)) || (np.kind !== 'pronoun' && np.kind !== 'name' && first.norm !== 'the')) return undefined;
      verb = np.last + 1;
      // ("the crowd jeered back": a phrase may run on over a verb in -ed.)
      for (let k = closer + 3; k <= np.last; k++) {
        if (tokens[k]?.norm.endsWith('ed') === true) {
          verb = k;
          break;
        }
      }
    }
    const v = tokens[verb];
    if (v === undefined || v.kind !== 'word' || isCapitalised(v) || v.norm.length < 5) return undefined;
    const past = v.norm.endsWith('ed');
    // ("he mocks": a form in -s only after "he" or "she".)
    if (!past && !(v.norm.endsWith('s') && !v.norm.endsWith('ss') && verb === closer + 2 && (first.norm === 'he' || first.norm === 'she'))) return undefined;
    if (FINITE_VERBS.has(v.norm)) return undefined;
    let last = verb;
    if (!inverted) {
      if (QUOTE_VERB_PARTICLES.has(tokens[verb + 1]?.norm ?? '')) last++;
      // The subject and the verb alone, up to a comma or the sentence's end: "he demanded, as ...".
      const end = tokens[last + 1];
      if (last + 1 < this.end && end !== undefined && end.text !== ',' && end.text !== '.') return undefined;
    }
    // (A cue that may follow its content is read as the lexicon has it; "demanded", "remembered"
    // and "screamed back" are read here.)
    const known = matchCue(this.ctx, verb, this.end);
    if (known !== undefined && has(known.form, 'postposed') && last === verb) return undefined;
    return this.cue({ form: past ? QUOTE_VERB_PAST : QUOTE_VERB_PRESENT, first: verb, last });
  }

  /**
   * "The leak raised fresh doubts about whether the dam will hold": a question or a doubt that
   * something brings up names no speaker; its wh-clause is the content. Whether one was pushed.
   */
  private raisedDoubt(noun: number): boolean {
    const { tokens } = this.ctx;
    let link = noun + 1;
    // "questions as to why ...".
    if (tokens[link]?.norm === 'as') {
      if (tokens[link + 1]?.norm !== 'to') return false;
      link++;
    }
    const start = link + 1;
    const wh = tokens[start];
    if (wh === undefined || start >= this.end || !WH_WORDS.has(wh.norm) || wh.norm === 'who' || wh.norm === 'when' || wh.norm === 'where' || wh.norm === 'which') return false;
    // The raising verb, past a determiner and up to two adjectives: "begged the question", "raised serious new doubts".
    let k = noun - 1;
    while (k >= this.first && k > noun - 4 && tokens[k] !== undefined && !DOUBT_RAISERS.has(tokens[k]?.norm ?? '') && (tokens[k] as Token).kind === 'word' && !isCapitalised(tokens[k] as Token)) k--;
    if (k < this.first || !DOUBT_RAISERS.has(tokens[k]?.norm ?? '') || this.ctx.inQuote[k] === 1) return false;
    const stop = contentEndFrom(this.ctx, start, this.end, this.first);
    if (!hasWords(this.ctx, start, stop, 3)) return false;
    const cue = { start: tokens[k]?.start ?? 0, end: tokens[noun]?.end ?? 0 };
    return this.push(start, stop, undefined, cue, RULE_CONFIDENCE.nominal, ['nominal.doubt']) !== undefined;
  }

  /**
   * "The ad angered farmers", "Her pitch has resonated with voters": the subject is the content
   * and the ones stirred the speaker. Whether a statement was pushed.
   */
  private stirred(verb: number): boolean {
    const { tokens } = this.ctx;
    // ("will resonate with", never "to resonate with" or "was rattled by").
    const resonate = tokens[verb]?.norm.startsWith('resonat') === true;
    let k = verb - 1;
    if (resonate && tokens[verb]?.norm === 'resonate' && !STIR_AUXILIARIES.has(tokens[k]?.norm ?? '')) return false;
    while (k > this.first && (STIR_AUXILIARIES.has(tokens[k]?.norm ?? '') || isModifier(tokens[k]))) k--;
    const before = tokens[k];
    if (before === undefined || k < this.first) return false;
    // ("“Fix the roads” resonated with drivers": a quotation that opens the clause is its subject.)
    let quoted = -1;
    if (this.ctx.closes[k] === 1) {
      let j = k - 1;
      while (j > this.first && this.ctx.inQuote[j] === 1) j--;
      if (this.ctx.opens[j] === 1 && (j === this.first || tokens[j - 1]?.kind === 'punct')) quoted = j;
    }
    if (quoted < 0 && (before.kind !== 'word' || BE_FORMS.has(before.norm) || this.ctx.inQuote[k] === 1)) return false;
    let objectStart = verb + 1;
    if (resonate) {
      if (tokens[objectStart]?.norm !== 'with') return false;
      objectStart++;
    }
    // ("rattled off the figures": a particle, not an audience.)
    const first = tokens[objectStart];
    if (first === undefined || first.kind !== 'word' || first.norm === 'off' || this.ctx.inQuote[objectStart] === 1) return false;
    // ("The slogan resonated with him": an object pronoun is the audience too.)
    const audience = STIRRED_PRONOUNS.has(first.norm) && (first.norm !== 'her' || tokens[objectStart + 1]?.kind !== 'word') ? { first: objectStart, last: objectStart, kind: 'pronoun' as const } : phraseStartingAt(tokens, objectStart, this.end);
    if (audience === undefined) return false;
    const cue = { start: tokens[verb]?.start ?? 0, end: tokens[resonate ? verb + 1 : verb]?.end ?? 0 };
    if (quoted >= 0) return this.push(quoted, k + 1, phraseSpan(this.ctx, audience), cue, RULE_CONFIDENCE.nominal, ['stir.object']) !== undefined;
    // ("a fare rise by the board that rattled commuters": a relative pronoun stands for the phrase before it.)
    const last = (before.norm === 'that' || before.norm === 'which') && k > this.first ? k - 1 : k;
    const start = this.subjectRunStart(last);
    // ("he angered farmers": a person stirring others says nothing by it.)
    if (tokens[last]?.kind !== 'word' || start > last || (start === last && CLAUSE_PRONOUNS.has(tokens[last]?.norm ?? ''))) return false;
    return this.push(start, last + 1, phraseSpan(this.ctx, audience), cue, RULE_CONFIDENCE.nominal, ['stir.object']) !== undefined;
  }

  /**
   * Where the subject that ends at `last` starts: it runs back to the clause's start ("The mayor's
   * remarks about the harbor | angered").
   */
  private subjectRunStart(last: number): number {
    const { tokens } = this.ctx;
    let start = last;
    while (start > this.first) {
      const t = tokens[start - 1];
      if (t === undefined || this.ctx.inQuote[start - 1] === 1 || (t.kind === 'punct' && !isPossessiveToken(t)) || (t.kind === 'word' && !isCapitalised(t) && (FINITE_VERBS.has(t.norm) || SUBORDINATORS.has(t.norm) || t.norm === 'that' || t.norm === 'but' || (t.norm === 'and' && SUBJECT_PRONOUNS.has(tokens[start]?.norm ?? '')) || matchCue(this.ctx, start - 1, this.end)?.form.tense === 'past'))) break;
      start--;
    }
    return start;
  }

  /**
   * "Lind is best known for her work on the dam", "Kell was known as a fair judge": a reputation
   * is a statement with no speaker, the subject and what it is known as or for together its
   * content. Whether a statement was pushed.
   */
  private knownAs(known: number): boolean {
    const { tokens } = this.ctx;
    const start = known + 2;
    if (start >= this.end || this.ctx.inQuote[start] === 1) return false;
    let k = known - 1;
    while (k > this.first && (isModifier(tokens[k]) || KNOWN_DEGREES.has(tokens[k]?.norm ?? '')) && !BE_FORMS.has(tokens[k]?.norm ?? '')) k--;
    const before = tokens[k];
    if (before === undefined || k < this.first || before.kind !== 'word' || this.ctx.inQuote[k] === 1) return false;
    // ("Kell is seen as the favorite" reads; "being seen as weak", "to be seen as fair" and "a rival
    // who is seen as" mostly are not statements.)
    const standing = tokens[known]?.norm !== 'known';
    if (standing && (before.norm === 'being' || (before.norm === 'be' && tokens[k - 1]?.norm === 'to'))) return false;
    let first: number;
    if (BE_FORMS.has(before.norm)) {
      // ("Lind, who is known for ...": the relative pronoun stands for the phrase before it.)
      let last = k - 1;
      while (last > this.first && isModifier(tokens[last]) && !BE_FORMS.has(tokens[last]?.norm ?? '')) last--;
      const subject = tokens[last];
      // ("what is known as the spring round", "it has long been known for years that": a name given
      // or an expletive is no reputation; "... and was known as" shares a subject further back.)
      if (last < this.first || subject === undefined || subject.kind !== 'word' || this.ctx.inQuote[last] === 1 || subject.norm === 'what' || subject.norm === 'it' || subject.norm === 'and' || subject.norm === 'but') return false;
      // ("the sheriff, who is known for ...": the relative pronoun opens it.)
      first = RELATIVE_PRONOUNS.has(subject.norm) ? last : this.subjectRunStart(last);
      if (standing && (RELATIVE_PRONOUNS.has(tokens[first]?.norm ?? '') || tokens[first - 1]?.norm === 'whose')) return false;
      if (LEADING_CONJUNCTIONS.has(tokens[first]?.norm ?? '')) first++;
      if (first > last) return false;
    } else {
      // ("a system known as the Ledger", "a town known for its mills": a participle after its noun
      // mostly names a thing, which is no statement.)
      return false;
    }
    let stop = contentEndFrom(this.ctx, start, this.end, this.first, true);
    // ("the sheriff, who is known for his stance, spoke": a relative clause ends at its comma or bracket.)
    // ("Kell is seen as the favorite, largely because ...": a standing ends at its comma.)
    if (standing || RELATIVE_PRONOUNS.has(tokens[first]?.norm ?? '')) {
      for (let j = start + 1; j < stop; j++) {
        if (tokens[j]?.text === ',' || tokens[j]?.text === ')') {
          stop = j;
          break;
        }
      }
    }
    if (!hasWords(this.ctx, start, stop, 1)) return false;
    const cue = { start: tokens[known]?.start ?? 0, end: tokens[known + 1]?.end ?? 0 };
    return this.push(first, stop, undefined, cue, RULE_CONFIDENCE.passive, [standing ? 'passive.seen' : 'passive.known']) !== undefined;
  }

  /**
   * "Kell took a swipe at the board", "Lind made an odd, barely hidden attack on the levy": a
   * light verb with a noun of a stand reads as an object cue from the verb to the preposition.
   * The index to resume the scan from, or undefined when nothing was read.
   */
  private lightVerbObject(noun: number): number | undefined {
    const { tokens } = this.ctx;
    // ("issued a statement on Friday saying ...": "on" and a day or a date say when, not what about;
    // a that-clause after them is still what the statement says.)
    const when = skipTimeAdjunct(tokens, noun + 1, this.end);
    if (when > noun + 1 && tokens[when]?.norm !== 'that') return undefined;
    // ("an odd, barely hidden attack": up to four words or commas describe the noun.)
    let j = noun - 1;
    while (j > noun - 5 && j > this.first) {
      const t = tokens[j];
      if (t === undefined || !(t.text === ',' || (t.kind === 'word' && !isCapitalised(t) && !DETERMINERS.has(t.norm) && !LIGHT_VERB_FORMS.has(t.norm)))) break;
      j--;
    }
    if (DETERMINERS.has(tokens[j]?.norm ?? '')) j--;
    const form = LIGHT_VERB_FORMS.get(tokens[j]?.norm ?? '');
    if (form === undefined || j < this.first || this.ctx.inQuote[j] === 1) return undefined;
    return this.cue({ form, first: j, last: noun + 1 });
  }

  /**
   * "Kell is a vocal critic of the levy", "the growers were early backers of the dam": a subject
   * linked by "be" to a noun of the stand it takes has voiced what follows "of". Whether a
   * statement was pushed.
   */
  private stanceAgent(noun: number): boolean {
    const { tokens } = this.ctx;
    const start = noun + 2;
    if (start >= this.end || this.ctx.inQuote[start] === 1 || this.ctx.inQuote[noun] === 1 || isCapitalised(tokens[noun] as Token)) return false;
    // ("a longtime, vocal critic", "strong supporters": up to two words describe the stand.)
    let k = noun - 1;
    // ("a more devoted foe": "more" and "most" grade the stand.)
    while (k > noun - 3 && k > this.first && tokens[k]?.kind === 'word' && !isCapitalised(tokens[k] as Token) && (!DETERMINERS.has(tokens[k]?.norm ?? '') || DEGREE_WORDS.has(tokens[k]?.norm ?? '')) && !BE_FORMS.has(tokens[k]?.norm ?? '') && !LINKING_VERBS.has(tokens[k]?.norm ?? '') && !OBJECT_PREPOSITIONS.has(tokens[k]?.norm ?? '') && contractedAuxiliary(tokens[k]) === undefined) k--;
    // ("is the chief architect of the plan", "the most outspoken proponent of": "the" too.)
    if (tokens[k]?.norm === 'a' || tokens[k]?.norm === 'an' || tokens[k]?.norm === 'the') k--;
    else if (!hasPluralEnding(tokens[noun]?.norm ?? '')) return false;
    const link = tokens[k]?.norm ?? '';
    let speaker: SpeakerPhrase | undefined;
    if (contractedAuxiliary(tokens[k]) === 'be') {
      // "She's a critic of ...": the pronoun carries the verb.
      speaker = phraseSpan(this.ctx, { first: k, last: k, kind: 'pronoun' });
    } else {
      if (!BE_FORMS.has(link) && !LINKING_VERBS.has(link)) return false;
      // ("to be a critic of", "being a champion of": no subject of its own.)
      if (link === 'be' || link === 'being') return false;
      k--;
      while (k >= this.first && isModifier(tokens[k])) k--;
      // ("Kell has not endorsed Lind and has been a critic of ...": the subject of the first verb.)
      // ("Rhonda Holt, 51, is an ardent backer of ...": a subject closed by an appositive's comma
      // is the sentence's.)
      if (tokens[k]?.norm === 'and' || tokens[k]?.norm === 'but') speaker = this.nearestClauseSubject(k, true) ?? this.subject();
      else if (tokens[k]?.text === ',') speaker = this.subject();
      else {
        const np = phraseEndingAt(tokens, k, this.first);
        if (np !== undefined && !(np.kind === 'pronoun' && (tokens[np.first]?.norm === 'it' || tokens[np.first]?.norm === 'that' || tokens[np.first]?.norm === 'what'))) speaker = phraseSpan(this.ctx, np);
      }
    }
    if (speaker === undefined) return false;
    let stop = contentEndFrom(this.ctx, start, this.end, this.first, true);
    // ("a more devoted foe of the toll than most mayors": the comparison is the writer's.)
    if (DEGREE_WORDS.has(tokens[noun - 1]?.norm ?? '') || DEGREE_WORDS.has(tokens[noun - 2]?.norm ?? '')) {
      for (let j = start + 1; j < stop; j++) {
        if (tokens[j]?.norm === 'than') {
          stop = j;
          break;
        }
      }
    }
    if (!hasWords(this.ctx, start, stop, 1)) return false;
    const cue = { start: tokens[noun]?.start ?? 0, end: tokens[noun + 1]?.end ?? 0 };
    return this.push(start, stop, speaker, cue, RULE_CONFIDENCE.nominal, ['nominal.agent']) !== undefined;
  }

  /**
   * Where the noun phrase that a relative clause after token `last` is on starts, taking in one
   * phrase after "about", "on", "over" or "of" ("remarks about pensions that ..."); `this.first`
   * when no phrase ends there.
   */
  private relativeHeadStart(last: number): number {
    const { tokens } = this.ctx;
    const np = phraseEndingAt(tokens, last, this.first);
    if (np === undefined) return this.first;
    const preposition = tokens[np.first - 1]?.norm ?? '';
    const head = preposition === 'about' || preposition === 'on' || preposition === 'over' || preposition === 'of' ? phraseEndingAt(tokens, np.first - 2, this.first) : undefined;
    return head?.first ?? np.first;
  }

  /**
   * "The levy drew sharp criticism from growers", "Kell has won support from the union": a
   * reaction drawn from others makes the subject what they spoke of, and those after "from" the
   * speakers. Whether a statement was pushed.
   */
  private reactionFrom(noun: number): boolean {
    const { tokens } = this.ctx;
    // The verb that draws the reaction, past a determiner and up to two adjectives: "drew sharp criticism".
    let verb = noun - 1;
    while (verb > this.first && verb > noun - 4 && !REACTION_VERBS.has(tokens[verb]?.norm ?? '') && tokens[verb]?.kind === 'word' && !isCapitalised(tokens[verb] as Token)) verb--;
    if (verb <= this.first || !REACTION_VERBS.has(tokens[verb]?.norm ?? '') || this.ctx.inQuote[verb] === 1) return false;
    const source = phraseStartingAt(tokens, noun + 2, this.end);
    if (source === undefined || this.ctx.inQuote[noun + 2] === 1) return false;
    // ("drew criticism from abroad", "won praise from elsewhere": an adverb of place names no one.)
    if (source.first === source.last && SENTENCE_ADVERBS.has(tokens[source.first]?.norm ?? '')) return false;
    // The subject before the verb, past auxiliaries and adverbs: "the plan is already facing criticism".
    let k = verb - 1;
    let progressive = false;
    while (k > this.first && (STIR_AUXILIARIES.has(tokens[k]?.norm ?? '') || BE_FORMS.has(tokens[k]?.norm ?? '') || isModifier(tokens[k]))) {
      if (BE_FORMS.has(tokens[k]?.norm ?? '')) progressive = true;
      k--;
    }
    // ("by winning support from", ", drawing scorn from": a participle without "be" has no subject of its own here.)
    if (!progressive && tokens[verb]?.norm.endsWith('ing') === true) return false;
    const before = tokens[k];
    // ("in the face of attacks from Kell": after a determiner or a preposition the verb is a noun;
    // "leads the field but faces criticism from": a subject shared over a conjunction is left.)
    if (before === undefined || before.kind !== 'word' || this.ctx.inQuote[k] === 1 || before.norm === 'to' || DETERMINERS.has(before.norm) || NP_PREPOSITIONS.has(before.norm) || BE_FORMS.has(before.norm) || CLAUSE_CONJUNCTIONS.has(before.norm) || LEADING_CONJUNCTIONS.has(before.norm)) return false;
    const last = (before.norm === 'that' || before.norm === 'which') && k > this.first ? k - 1 : k;
    if (tokens[last]?.kind !== 'word') return false;
    let start = this.subjectRunStart(last);
    // ("But Kell drew ...": a conjunction opening the sentence is no part of the subject; "a race in
    // which Kell won ...": the subject starts after the relative pronoun.)
    if (LEADING_CONJUNCTIONS.has(tokens[start]?.norm ?? '')) start++;
    // ("Last week Kell won ...", "Earlier this week Lind won ...": an opening time phrase is no part of it either.)
    if ((tokens[start]?.norm === 'earlier' || tokens[start]?.norm === 'later') && TIME_PERIOD_OPENERS.has(tokens[start + 1]?.norm ?? '')) start++;
    start = skipTimeAdjunct(tokens, start, last);
    for (let j = last; j > start; j--) {
      if (RELATIVE_PRONOUNS.has(tokens[j - 1]?.norm ?? '')) {
        start = j;
        break;
      }
    }
    // ("apologized for remarks about pensions that drew criticism from ...": after a relative
    // pronoun, what drew the reaction is the phrase the clause is on, not the sentence before it.)
    if (last === k - 1) start = Math.max(start, this.relativeHeadStart(last));
    if (start > last) return false;
    const cue = { start: tokens[verb]?.start ?? 0, end: tokens[noun + 1]?.end ?? 0 };
    return this.push(start, last + 1, phraseSpan(this.ctx, source), cue, RULE_CONFIDENCE.nominal, ['reaction.from']) !== undefined;
  }

  /**
   * "Kell's answer was that the pier is safe", "her hope has been that ...": a noun of saying
   * before "be" and "that" names what was said, as in "her claim that". Whether the noun was one.
   */
  private copularNominal(that: number): boolean {
    const { tokens } = this.ctx;
    const perfect = tokens[that - 1]?.norm === 'been' && (tokens[that - 2]?.norm === 'has' || tokens[that - 2]?.norm === 'had');
    const noun = perfect ? that - 3 : that - 2;
    const word = tokens[noun]?.norm ?? '';
    if (noun > this.first && (NOUN_CUES.has(word) || COPULAR_NOUN_CUES.has(word))) {
      this.nominal(that, noun);
      return true;
    }
    // ("The view among strategists is that turnout will decide it": a noun of belief placed
    // "among" a group before "be" is the group's view, as in "a sense among growers that".)
    const holder = phraseEndingAt(tokens, noun, this.first);
    if (holder === undefined || tokens[holder.first - 1]?.norm !== 'among') return false;
    const held = tokens[holder.first - 2];
    if (holder.first - 2 < this.first || held === undefined || held.kind !== 'word' || isCapitalised(held) || !(NOUN_CUES.has(held.norm) || HELD_AMONG_NOUNS.has(held.norm) || COPULAR_NOUN_CUES.has(held.norm))) return false;
    return this.nominalContent(that, holder.first - 2, phraseSpan(this.ctx, holder));
  }

  /**
   * "his warning that ...", "Trump's claim that ...": a noun of saying with a that-clause. The
   * speaker is the possessor, when there is one.
   */
  private nominal(that: number, noun = that - 1): void {
    const { tokens } = this.ctx;
    // "Sanders hopes that ...": after a name or a pronoun the word is a verb, not a noun.
    const before = tokens[noun - 1];
    const unowned = UNOWNED_NOUN_CUES.has(tokens[noun]?.norm ?? '');
    // ("His warning that ...": a possessive pronoun may open the sentence.)
    if (before === undefined || noun - 1 < this.first || pronounOf(before) !== undefined || (isCapitalised(before) && !isPossessiveToken(before) && !unowned && !POSSESSIVE_DETERMINERS.has(before.norm))) return;
    let k = noun - 1;
    while (k >= this.first && tokens[k]?.kind === 'word' && !isPossessiveToken(tokens[k]) && !DETERMINERS.has(tokens[k]?.norm ?? '') && k > noun - 3) k--;
    const owner = tokens[k];
    let speaker: SpeakerPhrase | undefined;
    if (owner !== undefined && k >= this.first && (isPossessiveToken(owner) || POSSESSIVE_DETERMINERS.has(owner.norm))) {
      const np = isPossessiveToken(owner) ? this.possessor(k) : { first: k, last: k, kind: 'pronoun' as const };
      if (np !== undefined) speaker = phraseSpan(this.ctx, np);
      // ("Lind laid out her fears that ...", "Kell shared his belief that ...": a possessive pronoun
      // right after a verb stands for the clause's subject; after a preposition or "is" it stays.)
      const verb = tokens[k - 1];
      if (speaker !== undefined && np?.kind === 'pronoun' && verb !== undefined && k - 1 > this.first && verb.kind === 'word' && !isCapitalised(verb) && !BE_FORMS.has(verb.norm) && !NP_PREPOSITIONS.has(verb.norm) && !OBJECT_PREPOSITIONS.has(verb.norm) && !isModifier(verb)) {
        speaker = this.ownerSubject(k) ?? speaker;
      }
    }
    // Without a possessor the noun names no speaker; such claims are too often the writer's own.
    if (speaker === undefined && !unowned) return;
    this.nominalContent(that, noun, speaker);
  }

  /**
   * "a sense among growers that the levy will fail", "mounting anxiety among party leaders that
   * ...": a noun of belief or feeling placed "among" a group holds the group's view, and the group
   * is its holder as a possessor would be. Whether a statement was pushed.
   */
  private heldAmong(that: number): boolean {
    const { tokens } = this.ctx;
    const next = tokens[that + 1];
    // ("anxiety among the members that is ...": "that" with a verb straight after it is a relative pronoun.)
    if (next === undefined || that + 1 >= this.end || FINITE_VERBS.has(next.norm)) return false;
    let holder = phraseEndingAt(tokens, that - 1, this.first);
    // ("among senior Democrats and some of her allies": the group may be two phrases joined by "and".)
    if (holder !== undefined && tokens[holder.first - 1]?.norm === 'and') {
      const first = phraseEndingAt(tokens, holder.first - 2, this.first);
      if (first !== undefined && tokens[first.first - 1]?.norm === 'among') holder = { first: first.first, last: holder.last, kind: 'group' };
    }
    if (holder === undefined || tokens[holder.first - 1]?.norm !== 'among') return false;
    const noun = holder.first - 2;
    const word = tokens[noun];
    if (noun < this.first || word === undefined || word.kind !== 'word' || isCapitalised(word) || this.ctx.inQuote[noun] === 1 || !(NOUN_CUES.has(word.norm) || HELD_AMONG_NOUNS.has(word.norm))) return false;
    return this.nominalContent(that, noun, phraseSpan(this.ctx, holder));
  }

  /** What a noun of saying at `noun` reports, the clause after "that" at `that`, pushed for `speaker`. Whether a statement was pushed. */
  private nominalContent(that: number, noun: number, speaker: SpeakerPhrase | undefined): boolean {
    const { tokens } = this.ctx;
    const start = that + 1;
    // "Despite Smith's claim that ..., the firm ...": in a fronted phrase the claim ends at its comma.
    const fronted = this.frontedLimit(noun, that) ?? (FRONTED_PREPOSITIONS.has(tokens[this.first]?.norm ?? '') ? this.firstComma(start) : undefined);
    const whole = contentEndFrom(this.ctx, start, fronted ?? this.end, this.first);
    let stop = this.beforeVerdict(start, whole);
    // "his claim that the dam leaks, and his refusal to ...", "her warning that the port will
    // close — which aides denied": a claim named inside a sentence ends at its first comma or dash
    // (not one that closes an adjunct it opens with: "her view that to pay for it, towns must ...").
    const opener = tokens[start]?.norm ?? '';
    // (Not after "be": "Kell's answer was that the pier, old as it is, is safe" is the sentence's predicate.)
    for (let k = opener === 'to' || FRONTED_OPENERS.has(opener) || noun !== that - 1 ? stop : start + 2; k < stop; k++) {
      const u = tokens[k];
      if (u === undefined || this.ctx.inQuote[k] === 1 || (u.text !== ',' && !isDash(u))) continue;
      stop = trimEnd(this.ctx, start, k);
      break;
    }
    // ("Lind's claim that crime fell is false": two words and a verdict cut off.)
    if (!hasWords(this.ctx, start, stop, stop < whole ? 2 : 3)) return false;
    const cue = { start: tokens[noun]?.start ?? 0, end: tokens[noun]?.end ?? 0 };
    return this.push(start, stop, speaker, cue, RULE_CONFIDENCE.nominal, ['nominal.that']) !== undefined;
  }

  /**
   * "Lind's attacks on the levy", "her criticism of the mayor": a noun of stance with its
   * possessor names what the stand is about. Whether a statement was pushed.
   */
  private nominalObject(noun: number): boolean {
    const { tokens } = this.ctx;
    let speaker = this.nounOwner(noun);
    if (speaker === undefined) return false;
    // ("Lind stepped up his attacks on Ruiz": a possessive pronoun stands for the clause's subject.)
    if (speaker.phrase.kind === 'pronoun') speaker = this.ownerSubject(speaker.phrase.first) ?? speaker;
    const start = noun + 2;
    if (start >= this.end || this.ctx.inQuote[start] === 1) return false;
    const fronted = this.frontedLimit(noun, noun + 1) ?? (FRONTED_PREPOSITIONS.has(tokens[this.first]?.norm ?? '') ? this.firstComma(start) : undefined);
    let stop = contentEndFrom(this.ctx, start, fronted ?? this.end, this.first, true);
    // ("Lind's criticism of the levy | came on Friday": the noun phrase may be the subject.)
    for (let j = start + 1; j < stop; j++) {
      const t = tokens[j];
      // ("his attacks on the levy | and his promise to ...": a second noun of its own.)
      const nextOwned = (t?.norm === 'and' || t?.norm === 'or') && POSSESSIVE_DETERMINERS.has(tokens[j + 1]?.norm ?? '');
      if (t !== undefined && (t.text === ',' || nextOwned || (t.kind === 'word' && !isCapitalised(t) && (COMMON_VERBS.has(t.norm) || FINITE_VERBS.has(t.norm) || SUBORDINATORS.has(t.norm) || OBJECT_ADJUNCTS.has(t.norm))))) {
        stop = trimEnd(this.ctx, start, j);
        break;
      }
    }
    if (!hasWords(this.ctx, start, stop, 1)) return false;
    const cue = { start: tokens[noun]?.start ?? 0, end: tokens[noun + 1]?.end ?? 0 };
    return this.push(start, stop, speaker, cue, RULE_CONFIDENCE.nominal, ['nominal.object']) !== undefined;
  }

  /**
   * The subject a few lowercase words before the possessive pronoun at `owner` ("Lind has
   * stepped up | his", "they were unsparing in | their"): a name or a personal pronoun; else
   * undefined.
   */
  private ownerSubject(owner: number): SpeakerPhrase | undefined {
    const { tokens } = this.ctx;
    for (let j = owner - 1; j >= this.first && j >= owner - 6; j--) {
      const t = tokens[j];
      if (t === undefined || t.kind !== 'word' || this.ctx.inQuote[j] === 1) return undefined;
      // ("found it hard to repeat his attacks": "it" is no one.)
      if (t.norm === 'it') return undefined;
      if (isCapitalised(t) || SUBJECT_PRONOUNS.has(t.norm)) {
        if (j === owner - 1) return undefined;
        const np = phraseEndingAt(tokens, j, this.first);
        return np === undefined ? undefined : phraseSpan(this.ctx, np);
      }
      if (DETERMINERS.has(t.norm) || isPossessiveToken(t) || SUBORDINATORS.has(t.norm) || t.norm === 'that' || t.norm === 'and' || t.norm === 'but') return undefined;
    }
    return undefined;
  }

  /**
   * The possessor of the noun at `noun`, with up to two words between ("Lind's sharpest attacks",
   * "their criticism"); undefined when no possessive stands there.
   */
  private nounOwner(noun: number): SpeakerPhrase | undefined {
    const { tokens } = this.ctx;
    let k = noun - 1;
    while (k >= this.first && tokens[k]?.kind === 'word' && !isPossessiveToken(tokens[k]) && !DETERMINERS.has(tokens[k]?.norm ?? '') && k > noun - 3) k--;
    const owner = tokens[k];
    if (owner === undefined || k < this.first || !(isPossessiveToken(owner) || POSSESSIVE_DETERMINERS.has(owner.norm))) return undefined;
    const np = isPossessiveToken(owner) ? this.possessor(k) : { first: k, last: k, kind: 'pronoun' as const };
    return np === undefined ? undefined : phraseSpan(this.ctx, np);
  }

  /**
   * "Kell's promise to cut the toll", "his call to close the pier": a noun of a pledge or an
   * appeal with its possessor names what was pledged, from its "to".
   */
  private nominalInfinitive(noun: number): void {
    const { tokens } = this.ctx;
    const speaker = this.nounOwner(noun);
    if (speaker === undefined) return;
    const start = noun + 1;
    const fronted = this.frontedLimit(noun, start) ?? (FRONTED_PREPOSITIONS.has(tokens[this.first]?.norm ?? '') ? this.firstComma(start) : undefined);
    let stop = contentEndFrom(this.ctx, start, fronted ?? this.end, this.first);
    // ("his call to close the pier, which ...", "her promise to cut the toll was kept": what is
    // pledged ends at a comma or a dash, and before a finite verb that no clause of its own opens,
    // the verb of the sentence the pledge is the subject of.)
    // (A hyphen inside a word is no dash: "the Vale-Dune ferry".)
    let clause = false;
    for (let k = start + 2; k < stop; k++) {
      const u = tokens[k];
      if (u === undefined || this.ctx.inQuote[k] === 1) continue;
      if (u.text === ',' || (isDash(u) && u.start > (tokens[k - 1]?.end ?? 0))) {
        stop = trimEnd(this.ctx, start, k);
        break;
      }
      if (RELATIVE_PRONOUNS.has(u.norm) || SUBORDINATORS.has(u.norm)) clause = true;
      // ("to cut fares won him the county", "to cut fares resonated with ...": a verb in the past
      // after a noun; not a second verb of the pledge after "and": "to cut fares and build ...".)
      const lead = tokens[k - 1];
      // (Only before an object or a preposition: "11 million undocumented people", "the United States".)
      const next = tokens[k + 1];
      const verbal = next !== undefined && !isCapitalised(u) && (next.kind === 'punct' || NP_PREPOSITIONS.has(next.norm) || DETERMINERS.has(next.norm) || POSSESSIVE_DETERMINERS.has(next.norm) || isObjectPronoun(next));
      const finite = FINITE_VERBS.has(u.norm) || (verbal && (COMMON_VERBS.has(u.norm) || (u.norm.length > 4 && u.norm.endsWith('ed'))));
      if (!clause && finite && u.kind === 'word' && lead !== undefined && lead.kind === 'word' && !PLEDGE_VERB_LINKS.has(lead.norm) && !isModifier(lead)) {
        stop = trimEnd(this.ctx, start, k);
        break;
      }
    }
    if (!hasWords(this.ctx, start, stop, 2)) return;
    const cue = { start: tokens[noun]?.start ?? 0, end: tokens[noun]?.end ?? 0 };
    this.push(start, stop, speaker, cue, RULE_CONFIDENCE.nominal, ['nominal.infinitive']);
  }

  /**
   * Where a claim named as a subject ends before the writer's verdict on it: "Lind's claim that
   * crime fell | is false", "the mayor's assertion that ... | has been disputed", or before a
   * modal that carries the sentence's own verb. Else `stop`.
   */
  private beforeVerdict(start: number, stop: number): number {
    const { tokens } = this.ctx;
    for (let k = start + 2; k < stop - 1; k++) {
      const verb = tokens[k]?.norm ?? '';
      // "Kell's claim that he has a path to the nomination would depend on ...": a modal right after
      // a noun, once the claim has a verb of its own, is the verb of the sentence the claim is the
      // subject of (not after a conjunction, a pronoun or a relative pronoun, which open clauses).
      const lead = tokens[k - 1];
      if (this.ctx.inQuote[k] !== 1 && MAIN_MODALS.has(verb) && lead !== undefined && lead.kind === 'word' && !RELATIVE_PRONOUNS.has(lead.norm) && !isModifier(lead) && !CLAUSE_PRONOUNS.has(lead.norm) && lead.norm !== 'it' && lead.norm !== 'and' && lead.norm !== 'or' && lead.norm !== 'but' && this.hasVerb(start, k, true)) return trimEnd(this.ctx, start, k);
      if (this.ctx.inQuote[k] === 1 || !(BE_FORMS.has(verb) || verb === 'has' || verb === 'have')) continue;
      let m = k + 1;
      while (m < stop && (isModifier(tokens[m]) || tokens[m]?.norm === 'been')) m++;
      if (VERDICT_WORDS.has(tokens[m]?.norm ?? '') && this.hasVerb(start, k)) return trimEnd(this.ctx, start, k);
    }
    return stop;
  }

  /**
   * When a finite verb follows the cue straight away (at `after`), the clause after the cue lacks
   * its subject: the cue sits in a relative clause without "that" on a noun before the speaker
   * ("a move traders said could tighten supplies", "a gamble Halloran said could help"). Within a
   * phrase that the reader took whole, the speaker is then the name after a lower-case noun, or
   * the plural noun of people after the noun a determiner opens; else undefined.
   */
  private gappedRelativeSpeaker(np: NounPhrase, after: number): NounPhrase | undefined {
    const { tokens } = this.ctx;
    if (!FINITE_VERBS.has(tokens[after]?.norm ?? '') || np.last - np.first < 2 || !DETERMINERS.has(tokens[np.first]?.norm ?? '')) return undefined;
    // "a gamble Halloran said": a name run after a lower-case noun that is no title.
    let name = np.last;
    while (name > np.first && isCapitalised(tokens[name] as Token)) name--;
    const noun = tokens[name];
    if (name < np.last && name > np.first && singularCommonHead(noun) && !ROLE_WORDS.has(noun?.norm ?? '') && this.lowerCaseWords(np.first + 1, name)) {
      return { first: name + 1, last: np.last, kind: 'name' };
    }
    // "a move traders said": a plural noun of people after the determiner's noun.
    const head = tokens[np.first + 1];
    const last = tokens[np.last];
    if (np.last === np.first + 2 && head !== undefined && last !== undefined && !isCapitalised(last) && (GROUP_HEADS.has(last.norm) || hasPluralEnding(last.norm)) && singularCommonHead(head) && !ATTRIBUTIVE_ADJECTIVES.has(head.norm)) {
      return { first: np.last, last: np.last, kind: 'group' };
    }
    return undefined;
  }

  /** Whether tokens [from, to] are all lower-case words that are no conjunction or preposition: a common noun phrase's words. */
  private lowerCaseWords(from: number, to: number): boolean {
    for (let j = from; j <= to; j++) {
      const t = this.ctx.tokens[j];
      if (t === undefined || t.kind !== 'word' || isCapitalised(t) || t.norm === 'and' || t.norm === 'or' || NP_PREPOSITIONS.has(t.norm)) return false;
    }
    return true;
  }

  /**
   * The head of a relative clause without a pronoun that ends at token `k`, right before a cue:
   * "The growers I interviewed | said", "Everyone we spoke to | said". A noun phrase, a subject
   * pronoun and a verb whose object is the gap (with its preposition left stranded at the end) can
   * only be a subject with its relative clause, so the phrase speaks; else undefined.
   */
  private contactRelativeHead(k: number): NounPhrase | undefined {
    const { tokens } = this.ctx;
    const verb = STRANDED_PREPOSITIONS.has(tokens[k]?.norm ?? '') ? k - 1 : k;
    const v = tokens[verb];
    // ("Analysts I trust | say": the clause's verb may be a cue of its own, whose statement the
    // next cue's check ruled out.)
    if (v === undefined || v.kind !== 'word' || isCapitalised(v) || !(COMMON_VERBS.has(v.norm) || (v.norm.length > 4 && v.norm.endsWith('ed')) || matchCue(this.ctx, verb, verb + 1) !== undefined)) return undefined;
    // ("I have to thank", "they were to reply with": an auxiliary before "to" carries an infinitive.)
    if (FINITE_VERBS.has(v.norm) || AUXILIARIES.has(v.norm) || BE_FORMS.has(v.norm) || v.norm === 'been') return undefined;
    if (verb - 2 < this.first || !PERSONAL_SUBJECTS.has(tokens[verb - 1]?.norm ?? '')) return undefined;
    const np = phraseEndingAt(tokens, verb - 2, this.first) ?? demonstrativeHead(tokens, verb - 2, this.first);
    // (A personal pronoun before another is no head: "then he said we ...".)
    if (np === undefined || (np.kind === 'pronoun' && (pronounOf(tokens[np.last]) !== undefined || isObjectPronoun(tokens[np.last])))) return undefined;
    return np;
  }

  /**
   * The subject whose restrictive relative clause ends at token `k` ("Friends of the senator who
   * have seen him lately"), or undefined: the clause opens with who, whose or that right after a
   * noun phrase, holds no comma, quotation or cue, and is short.
   */
  private relativeSubject(k: number): NounPhrase | undefined {
    const { tokens } = this.ctx;
    const reach = relativeReach(tokens, k, this.first);
    for (let r = k - 1; r > this.first && r >= k - reach; r--) {
      const t = tokens[r];
      if (t === undefined || t.kind === 'punct' || this.ctx.opens[r] === 1 || this.ctx.inQuote[r] === 1) return undefined;
      // ("A porter who asked that his name not be used said": a "that" after a cue opens the clause
      // said inside the relative clause, no relative pronoun.)
      if (t.norm === 'that' && this.saidClauseCueBefore(r)) continue;
      if (t.norm === 'who' || t.norm === 'whose' || t.norm === 'that') {
        // ("a grower who sold corn and who asked not to be named said": a second relative clause
        // joined by "and" belongs to the head of the first.)
        const joined = tokens[r - 1]?.norm === 'and' ? this.firstRelative(r - 1, t.norm) : undefined;
        if (joined !== undefined) r = joined;
        const np = phraseEndingAt(tokens, r - 1, this.first) ?? demonstrativeHead(tokens, r - 1, this.first);
        return np === undefined || np.kind === 'pronoun' ? undefined : (this.treatedHead(np, np.last) ?? np);
      }
      // ("Groups that have endorsed him say ...", "Groups who wrote to him say ...": a cue with only
      // its object after it belongs to the relative clause.)
      // ("A ranger who said the dam had failed told ...": nor with a clause said after it, when the
      // relative pronoun is its subject.)
      // ("who asked that his name not be used said": a cue word after a determiner is a noun.)
      if (DETERMINERS.has(tokens[r - 1]?.norm ?? '')) continue;
      const inner = matchCue(this.ctx, r, this.end);
      if (inner !== undefined && !this.objectOnlyAfter(inner.last, k) && !this.infinitiveOnlyAfter(inner.last, k) && !(RELATIVE_SUBJECT_PRONOUNS.has(tokens[r - 1]?.norm ?? '') && this.subjectClauseAfter(inner))) return undefined;
    }
    return undefined;
  }

  /**
   * Whether a clause with a subject of its own follows the cue `inner`: "said | the dam had
   * failed", "asked | that his name not be used" (not a question, "show | where the votes came from").
   */
  private subjectClauseAfter(inner: CueMatch): boolean {
    const next = this.ctx.tokens[inner.last + 1];
    if (next?.norm === 'that') return true;
    return (has(inner.form, 'clause') || has(inner.form, 'that')) && opensSubject(next);
  }

  /** Whether a cue ends right before the "that" at `that`, which then opens its clause: "asked | that", "insisted | that". */
  private saidClauseCueBefore(that: number): boolean {
    for (let first = that - 1; first >= this.first && first >= that - 3; first--) {
      const cue = matchCue(this.ctx, first, this.end);
      // (Not a noun after a determiner, "a message that ...", where "that" is a relative pronoun.)
      if (cue !== undefined && cue.last === that - 1) return !DETERMINERS.has(this.ctx.tokens[first - 1]?.norm ?? '');
    }
    return false;
  }

  /**
   * The relative pronoun `word` that opens the first of two relative clauses joined by the "and"
   * at `and` ("who sold corn | and who ..."), within the window and with no quotation or
   * punctuation but a comma before the "and"; undefined when there is none.
   */
  private firstRelative(and: number, word: string): number | undefined {
    const { tokens } = this.ctx;
    const from = tokens[and - 1]?.text === ',' ? and - 2 : and - 1;
    for (let r = from; r > this.first && r >= and - RELATIVE_SUBJECT_WINDOW; r--) {
      const t = tokens[r] as Token;
      if (t.kind !== 'word' || this.ctx.inQuote[r] === 1) return undefined;
      if (t.norm === word) return r;
    }
    return undefined;
  }

  /**
   * The phrase before a comma that opens the first of two relative clauses joined by the "and"
   * at `and` ("The mayor, | who lost the vote, and who ..."); undefined when the first clause
   * has no comma before it.
   */
  private commaRelativeHead(and: number, word: string): NounPhrase | undefined {
    const r = this.firstRelative(and, word);
    if (r === undefined || this.ctx.tokens[r - 1]?.text !== ',') return undefined;
    return phraseEndingAt(this.ctx.tokens, r - 2, this.first);
  }

  /**
   * Whether only a to-infinitive without a clause of its own stands between the cue ending at
   * `last` and token `k` ("an official who asked not to be named | said", "a donor who wants to be
   * paid | says"): the infinitive completes the relative clause's verb, so the cue at `k` is the
   * main clause's.
   */
  private infinitiveOnlyAfter(last: number, k: number): boolean {
    const { tokens } = this.ctx;
    let to = last + 1;
    if (tokens[to]?.norm === 'not' || tokens[to]?.norm === 'never') to++;
    if (tokens[to]?.norm !== 'to' || to + 1 >= k) return false;
    for (let j = to + 1; j < k; j++) {
      const t = tokens[j] as Token;
      if (t.kind !== 'word' || this.ctx.inQuote[j] === 1 || t.norm === 'that' || FINITE_VERBS.has(t.norm) || matchCue(this.ctx, j, this.end) !== undefined) return false;
    }
    return true;
  }

  /**
   * "with polls showing her behind", "despite a survey finding that ...", "need support with recent
   * polls showing ...": a poll or a study in an adjunct of circumstance is the source of what its
   * participle shows. The part of `np` after the adjunct's preposition, else undefined.
   */
  private circumstanceSource(np: NounPhrase): NounPhrase | undefined {
    const { tokens } = this.ctx;
    for (let w = np.last; w >= np.first - 1 && w >= this.first; w--) {
      // ("in the wake of a poll showing ...", "in light of a study finding ...": "of" after such a noun too.)
      const occasion = tokens[w]?.norm === 'of' && OCCASION_NOUNS.has(tokens[w - 1]?.norm ?? '');
      if (CIRCUMSTANCE_PREPOSITIONS.has(tokens[w]?.norm ?? '') || occasion) return w < np.last ? { ...np, first: w + 1 } : undefined;
    }
    return undefined;
  }

  /**
   * Whether token `verb` is a verb of perception whose object is the subject of the cue `match`, a
   * bare infinitive with a clause or a quotation after it: "heard Lind say (that) the dam leaks",
   * "saw her tell the crowd, “...”". (Not "hearing Rask say it", a thing heard, not a statement.)
   */
  private perceivedSaying(verb: number, match: CueMatch): boolean {
    if (match.form.tense !== 'base' || !PERCEPTION_VERBS.has(this.ctx.tokens[verb]?.norm ?? '')) return false;
    const quote = this.ctx.tokens[match.last + 1]?.text === ',' ? match.last + 2 : match.last + 1;
    return clauseAfterVerb(this.ctx, match.last, this.end) || this.ctx.opens[quote] === 1;
  }

  /**
   * Whether "her" at token `j` is the object that closes a relative clause in the subject of the cue
   * `match`, not a possessive before it: "Officials who met her said the talks ...", "groups who
   * wrote to her say they ..." (a clause follows the cue; "who praised her stated goal" has none).
   */
  private objectHerAt(j: number, match: CueMatch): boolean {
    const { tokens } = this.ctx;
    const tense = match.form.tense;
    // ("The clip shows her saying ...": after a verb that depicts, "her" is the one shown speaking.)
    if (tokens[j]?.norm === 'her' && tense === 'gerund' && DEPICTING_VERBS.has(tokens[j - 1]?.norm ?? '')) return true;
    if (tokens[j]?.norm !== 'her' || (tense !== 'past' && tense !== 'present' && tense !== 'base')) return false;
    // ("heard her say ...": after a verb of perception "her" is the subject of a bare infinitive.)
    if (this.perceivedSaying(j - 1, match)) return true;
    // ("Two people close to her said ...": after "close to" "her" ends the subject as "him" does.)
    if (tokens[j - 1]?.norm === 'to' && tokens[j - 2]?.norm === 'close') return true;
    return clauseAfterVerb(this.ctx, match.last, this.end) && this.relativeSubject(j) !== undefined;
  }

  /**
   * Whether the words after the cue ending at token `last` up to token `k` are only its object, a
   * pronoun or a noun phrase, maybe after a preposition ("endorsed him", "praised the mayor", "wrote
   * to her", "spoke with reporters"), so the cue belongs to a relative clause: no clause follows it.
   */
  private objectOnlyAfter(last: number, k: number): boolean {
    const { tokens } = this.ctx;
    let from = last + 1;
    if (from < k && OBJECT_LINKS.has(tokens[from]?.norm ?? '')) from++;
    if (from === k) return isObjectPronoun(tokens[k]);
    return phraseStartingAt(tokens, from, k + 1)?.last === k;
  }

  /**
   * When `np` follows a participle, a weekday if any and a preposition of
   * {@link PARTICIPLE_PREPOSITIONS} ("a lawsuit filed | against | the city"), the phrase from the
   * noun before the participle to `last`; else undefined. The participle's object is not the
   * subject: a noun takes the participle's phrase as a modifier.
   */
  private placedParticipleHead(np: NounPhrase, last: number): NounPhrase | undefined {
    const { tokens } = this.ctx;
    // ("A porter identified only as Kofi said", "a man known as Doc says": the name a participle
    // gives the head closes the subject, whose head speaks.)
    if (tokens[np.first - 1]?.norm === 'as' && np.kind === 'name') {
      let q = np.first - 2;
      if (NAME_LIMITERS.has(tokens[q]?.norm ?? '')) q--;
      if (NAMING_AS_PARTICIPLES.has(tokens[q]?.norm ?? '') && q - 1 >= this.first) {
        const head = phraseEndingAt(tokens, q - 1, this.first);
        if (head !== undefined && head.kind !== 'pronoun' && head.kind !== 'name' && head.last === q - 1) return { ...head, last };
      }
    }
    // ("A man injured last year in the blast said": the phrase read back from the cue may open at the
    // time's noun, "year in the blast"; the participle before the time closes the head.)
    // (Or at the time's opener: "this week at the depot".)
    const timeAt = TIME_PERIODS.has(tokens[np.first]?.norm ?? '') ? np.first - 1 : TIME_PERIODS.has(tokens[np.first + 1]?.norm ?? '') ? np.first : -1;
    const opener = tokens[timeAt]?.norm ?? '';
    if (timeAt > this.first && (opener === 'last' || opener === 'this' || opener === 'next') && plainParticiple(tokens[timeAt - 1]) && timeAt - 2 >= this.first) {
      const head = phraseEndingAt(tokens, timeAt - 2, this.first);
      if (head !== undefined && head.kind !== 'pronoun' && head.last === timeAt - 2) return { ...head, last };
    }
    if (!PARTICIPLE_PREPOSITIONS.has(tokens[np.first - 1]?.norm ?? '')) return undefined;
    let q = np.first - 2;
    // ("An audit published last year by the comptroller found", "a poll released on Monday by the
    // institute shows": a time may stand between the participle and its preposition.)
    if (!plainParticiple(tokens[q])) {
      let p = q - 1;
      while (p > this.first && p >= np.first - 5 && !plainParticiple(tokens[p])) p--;
      if (skipTimeAdjunct(tokens, p + 1, np.first - 1) === np.first - 1) q = p;
    }
    if (!plainParticiple(tokens[q]) || q - 1 < this.first) return undefined;
    const head = phraseEndingAt(tokens, q - 1, this.first);
    if (head === undefined || head.kind === 'pronoun' || head.last !== q - 1) return undefined;
    return { ...head, last };
  }

  /**
   * Whether the words from token `from` to the next punctuation other than a comma (within
   * {@link VIEW_REACH} tokens) say how something is viewed: "as", "with" or a manner adverb in "-ly" ("viewed the
   * levy as a tax", "view the press with distrust", "viewed him favorably").
   */
  private viewHeldAfter(from: number): boolean {
    const { tokens } = this.ctx;
    for (let k = from; k < this.end && k < from + VIEW_REACH; k++) {
      const t = tokens[k] as Token;
      if ((t.kind === 'punct' && t.text !== ',') || this.ctx.opens[k] === 1) return false;
      if (t.norm === 'as' || t.norm === 'with' || (t.kind === 'word' && t.norm.length > 4 && t.norm.endsWith('ly') && !isCapitalised(t))) return true;
    }
    return false;
  }

  /**
   * When `np`, before a relative clause on the subject, is the object of a participle's
   * preposition ("a woman (being) treated for | cancer who asked ...", "a man injured in | the
   * blast who ..."), the phrase from the noun before the participle to `last`: the clause's head is
   * that noun, not the participle's object. Undefined otherwise.
   */
  private treatedHead(np: NounPhrase, last: number): NounPhrase | undefined {
    const { tokens } = this.ctx;
    const preposition = tokens[np.first - 1]?.norm ?? '';
    if (!PARTICIPLE_PREPOSITIONS.has(preposition) && preposition !== 'for') return undefined;
    let q = np.first - 2;
    if (!plainParticiple(tokens[q])) return undefined;
    if (tokens[q - 1]?.norm === 'being') q--;
    if (q - 1 < this.first) return undefined;
    const head = phraseEndingAt(tokens, q - 1, this.first);
    if (head === undefined || head.kind === 'pronoun' || head.last !== q - 1) return undefined;
    return { ...head, last };
  }

  /**
   * When the phrase `np` is a count after a past participle ("a post shared | more than 4,000
   * times on X", "a video viewed | 2 million times"), the phrase from the noun before the
   * participle to `last`: a reduced relative on the subject, whose participle takes the count.
   */
  private countedParticipleHead(np: NounPhrase, last: number): NounPhrase | undefined {
    const { tokens } = this.ctx;
    // (The phrase may open with the count's bound: "more than 4,000 times".)
    let count = np.first;
    while (count < last && COUNT_HEDGES.has(tokens[count]?.norm ?? '')) count++;
    if (tokens[count]?.kind !== 'number') return undefined;
    let q = count - 1;
    while (q > this.first && COUNT_HEDGES.has(tokens[q]?.norm ?? '')) q--;
    if (!plainParticiple(tokens[q]) || q - 1 < this.first) return undefined;
    const head = phraseEndingAt(tokens, q - 1, this.first);
    if (head === undefined || head.kind === 'pronoun' || head.last !== q - 1) return undefined;
    return { ...head, last };
  }

  /**
   * Whether "that" at `that` opens a short relative clause whose gap is its subject and which
   * ends in the phrase that starts at `object`: "that" and a verb, then that phrase, perhaps after
   * a preposition ("that built | the dam", "that appeared in | a journal").
   */
  private thatRelativeAt(that: number, object: number): boolean {
    const { tokens } = this.ctx;
    // ("a letter that was sent to parents", "the report that has been released": a passive or a
    // perfect, whose participle is the clause's verb.)
    let at = that + 1;
    while (at < object && RELATIVE_AUXILIARIES.has(tokens[at]?.norm ?? '')) at++;
    const passive = at > that + 1 && (plainParticiple(tokens[at]) || IRREGULAR_PARTICIPLES.has(tokens[at]?.norm ?? ''));
    // ("that regulates | the drug": a verb in "-s" too, which no noun can be with a phrase right after it.)
    const verb = tokens[at];
    if (!passive && !this.gapVerbAt(at) && !(verb !== undefined && verb.kind === 'word' && !isCapitalised(verb) && verb.norm.length > 3 && hasPluralEnding(verb.norm))) return false;
    const preposition = tokens[at + 1]?.norm ?? '';
    return object === at + 1 || (object === at + 2 && (NP_PREPOSITIONS.has(preposition) || preposition === 'to'));
  }

  /**
   * When the phrase `np` closes a restrictive relative clause ("officials who spoke with The
   * Post"), the phrase from the clause's head to `np`'s end; else undefined. The clause opens with
   * who or whose after a noun phrase, holds a verb, and no punctuation or quotation.
   */
  private relativeHead(np: NounPhrase, last = np.last): NounPhrase | undefined {
    const { tokens } = this.ctx;
    // ("a driver who asked not to be named because he feared ...": a phrase right after a
    // subordinator that is no preposition is the subject of that clause, not the end of a
    // relative clause on a head before it.)
    if (CLAUSE_ONLY_SUBORDINATORS.has(tokens[np.first - 1]?.norm ?? '')) return undefined;
    // "a letter from the county obtained by the paper warns": a reduced relative before "by".
    const by = tokens[np.first - 1];
    // ("a man shot dead by police": a state the act left its object in may stand before "by".)
    const result = RESULT_STATES.has(tokens[np.first - 2]?.norm ?? '') ? 1 : 0;
    const participle = tokens[np.first - 2 - result];
    // ("a letter sent by the growers says": an irregular participle too.)
    if (by?.norm === 'by' && plainParticiple(participle) && np.first - 3 - result >= this.first) {
      const head = phraseEndingAt(tokens, np.first - 3 - result, this.first);
      // ("the farmer who wrote the speech delivered by the mayor says": the phrase so joined may
      // itself end a relative clause on the subject.)
      if (head !== undefined && head.kind !== 'pronoun') return this.relativeHead(head, np.last) ?? { ...head, last: np.last };
    }
    // ("a video posted by the paper to its website shows": a place or a listener after the agent.)
    if (by !== undefined && by.norm !== 'by' && (NP_PREPOSITIONS.has(by.norm) || by.norm === 'to')) {
      let k = np.first - 2;
      while (k > this.first + 1 && k > np.first - AGENT_REACH && tokens[k]?.kind === 'word' && tokens[k]?.norm !== 'by') k--;
      if (tokens[k]?.norm === 'by' && k < np.first - 2 && plainParticiple(tokens[k - 1]) && k - 2 >= this.first) {
        const head = phraseEndingAt(tokens, k - 2, this.first);
        if (head !== undefined && head.kind !== 'pronoun') return this.relativeHead(head, np.last) ?? { ...head, last: np.last };
      }
    }
    // "a lawsuit filed against the city alleges", "a complaint filed Monday with the board says": a
    // reduced relative with a place or a party after its participle.
    const placed = this.placedParticipleHead(np, last) ?? this.countedParticipleHead(np, last);
    if (placed !== undefined) return placed;
    // "An aide speaking to the paper said": a reduced relative in "-ing", with or without a
    // preposition before its object.
    const gerundAt = by?.norm === 'to' || (by !== undefined && NP_PREPOSITIONS.has(by.norm)) ? np.first - 2 : np.first - 1;
    const gerund = tokens[gerundAt];
    if (gerund !== undefined && gerund.kind === 'word' && gerund.norm.endsWith('ing') && !PREPOSITIONAL_PARTICIPLES.has(gerund.norm) && !isCapitalised(gerund) && gerundAt - 1 >= this.first && tokens[gerundAt - 1]?.kind === 'word') {
      const head = phraseEndingAt(tokens, gerundAt - 1, this.first);
      if (head !== undefined && head.kind !== 'pronoun' && head.last === gerundAt - 1) return { ...head, last };
    }
    let verb = false;
    const reach = relativeReach(tokens, np.first, this.first);
    for (let r = np.first - 1; r > this.first && r >= np.first - reach; r--) {
      const t = tokens[r];
      if (t === undefined || t.kind !== 'word' || this.ctx.inQuote[r] === 1) return undefined;
      if (t.norm === 'who' || t.norm === 'whose' || t.norm.startsWith("who'")) {
        // ("growers who favor the levy agree": a lower-case word between the pronoun and the phrase
        // before the cue is the relative clause's verb, whatever its form.)
        const next = tokens[r + 1];
        const verbAfter = (r + 1 < np.first || (r + 1 === np.first && np.first < np.last)) && next !== undefined && next.kind === 'word' && !isCapitalised(next) && !DETERMINERS.has(next.norm) && !SUBJECT_PRONOUNS.has(next.norm);
        if (!verb && !t.norm.startsWith("who'") && !verbAfter) return undefined;
        // ("a grower who sold corn and who spoke on condition of anonymity said": a second relative
        // clause joined by "and" belongs to the head of the first, as in {@link relativeSubject}.)
        const joined = tokens[r - 1]?.norm === 'and' ? this.firstRelative(r - 1, t.norm) : undefined;
        if (joined !== undefined) r = joined;
        const head = phraseEndingAt(tokens, r - 1, this.first) ?? demonstrativeHead(tokens, r - 1, this.first);
        if (head === undefined || head.kind === 'pronoun') return undefined;
        return { ...head, last };
      }
      // "The man whom the council named treasurer said": "whom" opens a relative clause on the
      // head before it, with a subject and a verb of its own, which the phrase read back from the
      // cue may hold ("the council named treasurer").
      if (t.norm === 'whom' && this.hasVerb(r + 2, last + 1, true)) {
        const head = phraseEndingAt(tokens, r - 1, this.first);
        return head === undefined || head.kind === 'pronoun' || head.last !== r - 1 ? undefined : { ...head, last };
      }
      // "The firm that built the dam said", "A study that appeared in a journal found": "that" and
      // a verb whose object (or a preposition's) is the phrase before the cue make a relative
      // clause on the sentence's subject, whose own subject is the gap, as "who" does.
      // ("The union that represents nurses said": the phrase read back from the cue may have
      // taken the clause's verb in "-s" for a modifier of its object.)
      // ("a claim that officials at the ministry denied": a noun of people straight after "that" is
      // the clause's subject, with the gap its object, not a verb in "-s".)
      // ("Rescuers searched on, as the firm that ran the trip said ...": the head may open a clause
      // after a subordinator and its comma, as after a comma alone.)
      if (t.norm === 'that' && (this.thatRelativeAt(r, np.first) || (r === np.first - 1 && np.first < np.last && !GROUP_HEADS.has(tokens[np.first]?.norm ?? '') && !PEOPLE_NOUNS.has(tokens[np.first]?.norm ?? '') && this.thatRelativeAt(r, np.first + 1)))) {
        const head = phraseEndingAt(tokens, r - 1, this.first);
        const opened = head !== undefined && (head.first === this.first || tokens[head.first - 1]?.text === ',' || (SUBORDINATORS.has(tokens[head.first - 1]?.norm ?? '') && tokens[head.first - 2]?.text === ','));
        return head === undefined || head.kind === 'pronoun' || head.last !== r - 1 || !opened ? undefined : { ...head, last };
      }
      if (!verb && !isCapitalised(t) && ((classAt(this.ctx, r) & (CLASS_COMMON_VERB | CLASS_AUXILIARY)) !== 0 || t.norm.endsWith('ed') || t.norm.endsWith("'d") || matchCue(this.ctx, r, this.end) !== undefined)) verb = true;
    }
    return undefined;
  }

  /**
   * Whether a name runs from `from` to a comma at or before `comma` with a word in lower case or a
   * number after it: "Tom Hale, a former governor,", "Piet Laane, 61,". (Not "Tom Reed of Dover,
   * Del.,": a capitalised word after the comma goes on naming the place.)
   */
  private nameInCommasAt(from: number, comma: number): boolean {
    const { tokens } = this.ctx;
    const np = phraseStartingAt(tokens, from, comma + 1);
    const next = np === undefined ? undefined : tokens[np.last + 2];
    return np !== undefined && np.kind === 'name' && np.first === from && tokens[np.last + 1]?.text === ',' && next !== undefined && !isCapitalised(next);
  }

  /**
   * A name that opens the sentence and is followed, through commas before token `comma`, by
   * appositives that run to the cue at `k + 1` ("Jon Berg, who lost his barn in Lund,
   * Sweden, in May 2019, said"). Undefined when there is none.
   */
  private nameBeforeAppositives(comma: number, k: number): NounPhrase | undefined {
    const { tokens } = this.ctx;
    let found: NounPhrase | undefined;
    for (let c = comma - 1; c > this.first && c > k - 40; c--) {
      // ("Sen. Lind, a Republican, said she agreed, while Rep. Bell, a Democrat, objected": a
      // clause a subordinator opens after a comma ends the appositives; the name that opens the
      // sentence belongs to the clause before it.)
      const t = tokens[c];
      if (t !== undefined && SUBORDINATORS.has(t.norm) && this.ctx.inQuote[c] !== 1 && (tokens[c - 1]?.text === ',' || (this.ctx.closes[c - 1] === 1 && tokens[c - 2]?.text === ','))) break;
      if (t?.text !== ',' || this.ctx.inQuote[c] === 1) continue;
      const read = phraseEndingAt(tokens, c - 1, this.first);
      // ("A woman who lives upstairs, who gave only her first name, Amina, said": the description
      // may end in a relative clause of its own before the one that holds the later commas.)
      const np = read !== undefined && read.first !== this.first && tokens[c + 1]?.norm === 'who' ? (this.relativeHead(read) ?? read) : read;
      // ("Separately, the mayor, Jean Roux, said": a sentence adverb is no name.)
      const adverb = np !== undefined && np.first === np.last && isSentenceAdverb(tokens[np.first]);
      // ("“...,” Vera Holm, 67, a clerk, said": or one right after the quotation that opens it.)
      const opens = np !== undefined && (np.first === this.first || (this.ctx.closes[np.first - 1] === 1 && tokens[np.first - 2]?.text === ','));
      // ("“...,” the woman, who gave only her first name, Amina, said": a description too, when a
      // relative clause on it holds the later commas.)
      // ("Lawyers for the candidate, Tom Hale, a former governor, argued": so is one with a name in
      // commas right after it, the first of its appositives.)
      const named = np !== undefined && np.kind !== 'pronoun' && this.nameInCommasAt(c + 1, comma);
      const described = np !== undefined && np.kind !== 'pronoun' && (tokens[c + 1]?.norm === 'who' || named);
      if (np !== undefined && (np.kind === 'name' || described) && opens && !adverb && this.isAppositive(c + 1, k)) found = np;
    }
    return found;
  }

  /**
   * Where the statement in [start, stop) before a post-posed attribution begins: at a quotation
   * that a colon or a lone dash introduces and that runs to the end ("The mayor looked tired:
   * “We need rain,” she said", "Kell was unmoved - “Not one cent,” he said"), else `start`.
   * (Dropping an opening adverbial or subordinate clause as well was measured on polnear-train
   * and cost more than it gained: gold keeps it more often.)
   */
  private quotationAfterColon(start: number, stop: number): number {
    const { tokens } = this.ctx;
    // (A dash that closes an aside, "in May -- when rates rose -- “...”", introduces nothing.)
    let dashes = 0;
    for (let k = start; k < stop - 1; k++) {
      const text = tokens[k]?.text;
      const dash = text !== undefined && DASHES.has(text) && this.ctx.inQuote[k] !== 1;
      if ((text === ':' || (dash && k > start && dashes === 0)) && this.ctx.inQuote[k] !== 1 && this.ctx.opens[k + 1] === 1 && (this.closingOf(k + 1) ?? -1) >= stop) return k + 1;
      if (dash) dashes++;
    }
    return start;
  }

  /**
   * The possessor whose possessive is token `k`: the run of capitalised words that ends there
   * ("Mayor Jo A. Lind's"), or a short phrase from its determiner ("the county police's").
   */
  private possessor(k: number): NounPhrase | undefined {
    const { tokens } = this.ctx;
    const owner = tokens[k];
    if (owner === undefined) return undefined;
    let first = k;
    if (isCapitalised(owner)) {
      while (first - 1 >= this.first && tokens[first - 1] !== undefined && isCapitalised(tokens[first - 1] as Token) && k - first < 5) first--;
      if (tokens[first - 1]?.norm === 'the' && first - 1 >= this.first) first--;
    } else {
      while (first - 1 >= this.first && first > k - 3 && tokens[first - 1]?.kind === 'word' && !DETERMINERS.has(tokens[first]?.norm ?? '') && !CLAUSE_OPENERS_BEFORE_POSSESSOR.has(tokens[first - 1]?.norm ?? '')) first--;
      if (!DETERMINERS.has(tokens[first]?.norm ?? '') && !isCapitalised(tokens[first] as Token)) first = k;
    }
    return phraseEndingAt(tokens, k, first, true);
  }

  /**
   * "Marrow appears to be slipping", "others seemed ready to leave": an impression reported
   * without anyone to hold it. The whole clause is the content, and there is no speaker.
   */
  private seeming(i: number): void {
    const { tokens } = this.ctx;
    const next = tokens[i + 1];
    if (next === undefined || next.kind !== 'word' || isCapitalised(next)) return;
    if (SEEM_SETTING_WORDS.has(next.norm)) return;
    // ("appeared briefly in court", "appeared publicly at a rally": a manner adverb before the
    // setting leaves the verb one of appearing; "appeared visibly shaken" keeps the impression.)
    if (isMannerAdverb(next) && SEEM_SETTING_WORDS.has(tokens[i + 2]?.norm ?? '')) return;
    // "the fix seemed more likely to hold", "the reasons seem so obvious": a degree word makes it
    // the writer's comparison, not an impression anyone holds (on polnear-train 1 of 11 such
    // readings was right; "most" and "as" after the verb stay, being right more often).
    if (next.norm === 'more' || next.norm === 'less' || next.norm === 'so' || next.norm === 'too') return;
    // "the mayor seemed to offer a deal", "they seem to be hoping for ...", "she seemed hopeful that
    // ...": the verb after the impression is a statement of its own, read from its own cue.
    let after = i + 1;
    if (next.norm === 'to') after += tokens[i + 2]?.norm === 'be' ? 2 : 1;
    if ((after > i + 1 && matchCue(this.ctx, after, this.end) !== undefined) || (ATTITUDE_ADJECTIVES.has(next.norm) && tokens[i + 2]?.norm === 'that')) return;
    let start = this.subjectBeforeAside(this.clauseStart(i), i);
    if (start >= i) return;
    // ("a plan that now seems doomed", "a rule that doesn't seem fair": with only auxiliaries and
    // adverbs before the verb, its subject is the relative pronoun's noun, outside the clause.)
    let subject = start;
    while (subject < i && isModifier(tokens[subject]) && !DETERMINERS.has(tokens[subject]?.norm ?? '')) subject++;
    if (subject === i) return;
    // ("making money appear on demand", "the remark made the rival appear to flinch": a bare "appear"
    // or "seem" after "make" or "let" and its object says what was brought about, not an impression.)
    if (this.causativeComplement(start, i)) return;
    // ("What seemed likely was a deal", "By then, what seemed a romp was a race": a free relative
    // as the subject is the writer's own framing, not an impression anyone holds.)
    if (tokens[start]?.norm === 'what' && (start === this.first || tokens[start - 1]?.kind === 'punct')) return;
    // "Officials said the suspect appeared to ...": an impression inside a reported clause is
    // part of what was reported.
    const at = tokens[i]?.start ?? 0;
    if (this.out.some((q) => q.contentStart <= at && at < q.contentEnd && (tokens[start]?.start ?? 0) < q.contentStart)) return;
    // "it appeared that X": the impression is X.
    if (tokens[start]?.norm === 'it' && start === i - 1 && next.norm === 'that') start = i + 2;
    // "it seems the river has peaked", "it seems like no one is safe", "it seems
    // likely he will run": after an empty "it" the impression is what follows the verb.
    else if (tokens[start]?.norm === 'it' && start === i - 1 && next.norm !== 'to') start = next.norm === 'like' && tokens[i + 2]?.kind === 'word' ? i + 2 : i + 1;
    let stop = contentEndFrom(this.ctx, Math.max(i, start), this.end, this.first);
    // "Rubio appeared poised to win after finishing second", "Trump seemed to waver, saying ...": the
    // impression ends at a comma, a colon or a subordinate clause (not "if" or "whether", which
    // can complete it).
    for (let k = i + 2; k < Math.min(stop, i + SEEMING_WINDOW); k++) {
      const u = tokens[k];
      if (u === undefined || this.ctx.inQuote[k] === 1 || this.ctx.opens[k] === 1) continue;
      // ("seems ready to join, imposing a floor price": a participle that is no cue goes on with the
      // impression; on polnear-train 2 of 3 such were gold.)
      if (u.text === ',' && this.plainParticipleAt(k + 1)) continue;
      if (u.text === ',' || u.text === ':' || (u.kind === 'word' && !isCapitalised(u) && (SUBORDINATORS.has(u.norm) || u.norm === 'unlike') && u.norm !== 'whether' && u.norm !== 'if' && u.norm !== 'as')) {
        stop = trimEnd(this.ctx, start, k);
        break;
      }
    }
    if (!hasWords(this.ctx, start, stop, 4)) return;
    const cue = { start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 };
    this.push(start, stop, undefined, cue, RULE_CONFIDENCE.seeming, ['seeming']);
  }

  /**
   * Whether the seem verb at `i` is a bare infinitive after "make" or "let" in [from, i): "made
   * the rival appear", "let the deal seem closer".
   */
  private causativeComplement(from: number, i: number): boolean {
    const { tokens } = this.ctx;
    const verb = tokens[i]?.norm;
    if (verb !== 'appear' && verb !== 'seem') return false;
    // (Not in a relative clause on the subject within the clause: "voters who made the trip seem
    // weary" is a plural verb; "a remark that made him seem cold" is no such clause.)
    for (let k = from; k < i - 1; k++) {
      if (!CAUSATIVES.has(tokens[k]?.norm ?? '') || this.ctx.inQuote[k] === 1) continue;
      const before = tokens[k - 1]?.norm ?? '';
      if (k === from || !RELATIVE_OPENERS.has(before)) return true;
    }
    return false;
  }

  /** Whether a lower-case participle in "-ing" that is no cue stands at `k` ("revealing", not "saying"). */
  private plainParticipleAt(k: number): boolean {
    const t = this.ctx.tokens[k];
    return t !== undefined && t.kind === 'word' && !isCapitalised(t) && t.norm.length > 5 && t.norm.endsWith('ing') && matchCue(this.ctx, k, this.end) === undefined;
  }

  /**
   * "The council has reportedly dropped the plan": a clause marked as hearsay, from no one
   * named. "Reportedly, X" marks X; "X reportedly said Y" is left to "said".
   */
  private hearsay(i: number): void {
    const { tokens } = this.ctx;
    const next = tokens[i + 1];
    if (next === undefined || matchCue(this.ctx, i + 1, this.end) !== undefined) return;
    const start = i === this.first && next.text === ',' ? i + 2 : this.clauseStart(i);
    if (start >= this.end) return;
    const stop = contentEndFrom(this.ctx, Math.max(i, start), this.end, this.first);
    if (!hasWords(this.ctx, start, stop, 4)) return;
    const cue = { start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 };
    this.push(start, stop, undefined, cue, RULE_CONFIDENCE.hearsay, ['hearsay']);
  }

  /**
   * "Protesters were frustrated that ...", "she is confident that ...": an attitude named by an
   * adjective after "be", held by the subject.
   */
  private attitude(i: number): boolean {
    const { tokens } = this.ctx;
    let k = i - 1;
    while (k >= this.first && isModifier(tokens[k]) && !BE_FORMS.has(tokens[k]?.norm ?? '')) k--;
    // ("seemed confident that", "remain hopeful that": a verb of seeming or of staying links the
    // attitude as "be" does.)
    const linked = BE_FORMS.has(tokens[k]?.norm ?? '') || SEEM_VERBS.has(tokens[k]?.norm ?? '') || ADJECTIVE_LINKS.has(tokens[k]?.norm ?? '');
    if (!linked && !/'(?:s|re|m)$/.test(tokens[k]?.norm ?? '')) return false;
    let speaker: SpeakerPhrase | undefined;
    if (linked) {
      k--;
      while (k >= this.first && isModifier(tokens[k])) k--;
      const np = phraseEndingAt(tokens, k, this.first);
      if (np !== undefined) speaker = phraseSpan(this.ctx, np);
    } else {
      // "they're confident that": the pronoun carries the verb.
      const pronoun = pronounOf(tokens[k]);
      if (pronoun !== undefined) speaker = phraseSpan(this.ctx, { first: k, last: k, kind: 'pronoun' });
    }
    if (speaker === undefined || speaker.phrase.kind === 'pronoun' && IMPERSONAL_PRONOUNS.has(tokens[speaker.phrase.first]?.norm ?? '')) return false;
    // ("Asked whether he was confident the men would be found, Roe paused": an attitude put as a
    // question is held by no one. After "if" it is kept: "no one can say if Lind is sure that ...".)
    if (tokens[speaker.phrase.first - 1]?.norm === 'whether') return false;
    const start = tokens[i + 1]?.norm === 'that' ? i + 2 : i + 1;
    const stop = contentEndFrom(this.ctx, start, this.end, this.first);
    if (!hasWords(this.ctx, start, stop, 3)) return false;
    const cue = { start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 };
    this.push(start, stop, speaker, cue, RULE_CONFIDENCE.belief, ['belief', 'belief.attitude']);
    return true;
  }

  /**
   * "In a new CNN poll, 60 percent of voters ...": a poll or survey named in a fronted phrase is
   * the source of the clause after its comma.
   */
  private inSource(i: number): void {
    const { tokens } = this.ctx;
    // "In their view, ...", "In Lind's opinion, ...": the holder of a view.
    const holder = tokens[i + 1];
    if (holder !== undefined && VIEW_NOUNS.has(tokens[i + 2]?.norm ?? '') && tokens[i + 3]?.text === ',' && (POSSESSIVE_DETERMINERS.has(holder.norm) || (isCapitalised(holder) && /['’]s?$/.test(holder.text)))) {
      const start = i + 4;
      // (As after a fronted "according to", the view is the whole sentence after the source.)
      const stop = trimEnd(this.ctx, start, this.end);
      if (!hasWords(this.ctx, start, stop, 3)) return;
      const cue = { start: tokens[i]?.start ?? 0, end: tokens[i + 2]?.end ?? 0 };
      this.push(start, stop, phraseSpan(this.ctx, { first: i + 1, last: i + 1, kind: POSSESSIVE_DETERMINERS.has(holder.norm) ? 'pronoun' : 'name' }), cue, RULE_CONFIDENCE.accordingTo, ['in-source', 'in-source.view']);
      return;
    }
    let comma = -1;
    let poll = false;
    for (let k = i + 1; k < Math.min(this.end, i + 20); k++) {
      const t = tokens[k];
      if (t === undefined || this.ctx.opens[k] === 1 || FINITE_VERBS.has(t.norm) || SUBORDINATORS.has(t.norm) || t.norm === 'about') return;
      if (t.text === ',') {
        comma = k;
        break;
      }
      // ("In the wake of a poll showing ..., Kell said": a poll inside the object of another noun
      // is the occasion, not the source.)
      if (t.norm === 'of' && !poll) return;
      if (POLL_NOUNS.has(t.norm)) poll = true;
    }
    if (comma < 0 || !poll) return;
    const np = phraseStartingAt(tokens, i + 1, comma);
    if (np === undefined) return;
    // "In a poll of 800 voters, conducted in May, ...": a participle phrase belongs to the source;
    // "In a poll, however, ...": so does an adverb between commas.
    let start = comma + 1;
    const next = tokens[start];
    // ("In a poll, only 6 percent ...": not an adverb that qualifies a number.)
    const qualifiesNumber = tokens[start + 1]?.kind === 'number';
    if (next !== undefined && next.kind === 'word' && !isCapitalised(next) && !qualifiesNumber && (next.norm.endsWith('ed') || isModifier(next) || next.norm === 'however')) {
      const second = this.firstComma(start);
      if (second === undefined || second - start > 12) return;
      start = second + 1;
    }
    const stop = trimEnd(this.ctx, start, this.end);
    if (!hasWords(this.ctx, start, stop, 3)) return;
    const cue = { start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 };
    this.push(start, stop, phraseSpan(this.ctx, np, comma - 1), cue, RULE_CONFIDENCE.accordingTo, ['in-source']);
  }

  /**
   * "Kell leads Lind by nine points in a new Courier poll.": a poll or survey named at the end of
   * a clause is the source of that clause.
   */
  private inPollAfter(i: number): void {
    const { tokens } = this.ctx;
    // One poll, named with its article or owner ("a new Courier poll", "Monday's poll"), or an
    // average of polls; "leading in the polls", "ahead in national polls" name none. (Tested
    // first: most "in"s lead no poll, and this spares them the scan.)
    const lead = tokens[i + 1];
    if (lead === undefined || !(lead.norm === 'a' || lead.norm === 'an' || lead.norm === 'the' || isPossessiveToken(lead))) return;
    // The poll's noun past its determiner and modifiers ("the latest Vale College poll", "a county
    // average of recent polls"), before any comma or verb.
    let head = -1;
    const limit = Math.min(this.end, i + 12);
    for (let k = i + 1; k < limit; k++) {
      const t = tokens[k];
      const bits = classAt(this.ctx, k);
      if (t === undefined || (t.kind === 'punct' && t.text !== '/' && t.text !== '-') || (bits & (CLASS_FINITE | CLASS_SUBORDINATOR)) !== 0) break;
      if ((bits & CLASS_POLL_NOUN) !== 0 && t.norm !== 'polling') {
        head = k;
        break;
      }
    }
    if (head < 0 || head === i + 1) return;
    let average = false;
    for (let k = i + 2; k < head && !average; k++) average = tokens[k]?.norm === 'average' && tokens[k + 1]?.norm === 'of';
    if (hasPluralEnding(tokens[head]?.norm ?? '') && !average) return;
    // The phrase closes the clause, a participle phrase on it aside ("a poll released Monday"):
    // "growers in the poll had not decided" goes on past it.
    let after = head + 1;
    const next = tokens[after];
    if (next !== undefined && next.kind === 'word' && POLL_PARTICIPLES.has(next.norm)) {
      // (Its time and its authors: "released Monday", "conducted by the Vale Courier in May";
      // "voters surveyed in a poll released Monday support Kell" goes on past them.)
      after++;
      for (let t = tokens[after]; t !== undefined && after < this.end && t.kind !== 'punct' && (t.kind === 'number' || isCapitalised(t) || POLL_DETAIL_WORDS.has(t.norm)); t = tokens[++after]);
    }
    const closing = tokens[after];
    if (after < trimEnd(this.ctx, i, this.end) && closing?.text !== ',' && closing?.text !== ';') return;
    const stop = trimEnd(this.ctx, this.first, i);
    // ("..., 52% to 44%, in the survey": a clause with no verb of its own goes on before its comma.)
    let start = this.clauseStart(stop);
    for (let hop = 0; hop < 2 && !this.hasVerb(start, stop) && start - 1 > this.first; hop++) start = this.clauseStart(start - 1);
    // ("..., where Kell has a lead in the Courier poll": what the poll found follows the
    // subordinator; a relative clause lacks its subject.)
    const opener = tokens[start];
    if (opener !== undefined && RELATIVE_GAPS.has(opener.norm)) return;
    if (opener !== undefined && (SUBORDINATORS.has(opener.norm) || opener.norm === 'where')) start++;
    if (!hasWords(this.ctx, start, stop, 3) || !(this.hasVerb(start, stop) || this.presentAfterSubject(start, stop))) return;
    // A statement found already in the clause has its own source ("most said ... in the poll").
    const from = tokens[start]?.start ?? 0;
    const to = tokens[i]?.start ?? 0;
    for (const q of this.out) if (q.contentStart < to && q.contentEnd > from) return;
    const cue = { start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 };
    this.push(start, stop, phraseSpan(this.ctx, { first: i + 1, last: head, kind: 'description' }), cue, RULE_CONFIDENCE.accordingTo, ['in-source', 'in-source.after']);
  }

  /**
   * "The Courier poll has Kell leading by six points", "a survey out on Monday had her at 7
   * percent", "the poll puts her support at 40 percent": a poll that places a candidate reports
   * where it places them. Whether a statement was pushed.
   */
  private pollPlaces(i: number): boolean {
    const { tokens } = this.ctx;
    let v = i + 1;
    // ("a survey released Friday", "the poll out Monday": a participle phrase on the poll.)
    const participle = tokens[v]?.norm ?? '';
    if (POLL_PARTICIPLES.has(participle) || participle === 'out') {
      const limit = Math.min(this.end, v + 5);
      for (v++; v < limit && tokens[v]?.kind === 'word' && !PLACING_VERBS.has(tokens[v]?.norm ?? ''); v++);
    }
    const verb = tokens[v];
    const placed = tokens[v + 1];
    if (verb === undefined || !PLACING_VERBS.has(verb.norm) || placed === undefined || !(isCapitalised(placed) || isObjectPronoun(placed))) return false;
    const np = phraseEndingAt(tokens, i, this.first);
    if (np === undefined) return false;
    const start = v + 1;
    const stop = contentEndFrom(this.ctx, start, this.end, this.first, true);
    if (!hasWords(this.ctx, start, stop, 3)) return false;
    const cue = { start: verb.start, end: verb.end };
    return this.push(start, stop, phraseSpan(this.ctx, np, v - 1), cue, RULE_CONFIDENCE.accordingTo, ['evidence', 'evidence.places']) !== undefined;
  }

  /**
   * "56 percent would vote for Kell", "nearly 12 percent of them voted for Lind": a share of voters
   * whose vote is counted states their choice, and the one voted for is the content. (A vote by
   * anyone else is an act, not a statement: "Lind voted for the bill".)
   */
  private shareVote(verb: number): void {
    const { tokens } = this.ctx;
    let k = verb - 1;
    if (tokens[k]?.norm === 'would' || tokens[k]?.norm === 'will') k--;
    // The share: "56 percent", "27%", or "12 percent of them" with its "of" phrase.
    let share = k;
    if (tokens[k - 1]?.norm === 'of' && (isObjectPronoun(tokens[k]) || DETERMINERS.has(tokens[k]?.norm ?? ''))) share = k - 2;
    else if (tokens[k - 1]?.norm === 'of' || tokens[k - 2]?.norm === 'of') {
      const of = tokens[k - 1]?.norm === 'of' ? k - 1 : k - 2;
      share = of - 1;
    }
    const unit = tokens[share];
    if (unit === undefined || share <= this.first - 1 || !(unit.norm === 'percent' || unit.text === '%')) return;
    let first = share - 1;
    if (tokens[first]?.kind !== 'number' && !SPELLED_NUMBER.test(tokens[first]?.norm ?? '')) return;
    while (first - 1 >= this.first && APPROXIMATORS.has(tokens[first - 1]?.norm ?? '')) first--;
    const object = phraseStartingAt(tokens, verb + 2, this.end);
    if (object === undefined || object.kind === 'pronoun') return;
    let stop = contentEndFrom(this.ctx, verb + 2, this.end, this.first, true);
    // ("would vote for Kell for president": the office is not whom they vote for; "for Kell,
    // followed by Lind with 22 percent": nor is a participle phrase after a comma.)
    for (let j = verb + 3; j < stop; j++) {
      const next = tokens[j + 1];
      const participle = tokens[j]?.text === ',' && next !== undefined && next.kind === 'word' && !isCapitalised(next) && (next.norm.endsWith('ed') || next.norm.endsWith('ing'));
      if (tokens[j]?.norm === 'for' || participle) {
        stop = j;
        break;
      }
    }
    const cue = { start: tokens[verb]?.start ?? 0, end: tokens[verb + 1]?.end ?? 0 };
    this.push(verb + 2, stop, phraseSpan(this.ctx, { first, last: k, kind: 'group' }), cue, RULE_CONFIDENCE.accordingTo, ['share-vote']);
  }

  /**
   * "Kell was projected the winner", "The deficit is projected to reach $5 billion", "the ballots
   * were deemed invalid": a projection or a judgement in the passive with no "by" names no one who
   * made it; the whole clause is what was projected or deemed, as with "is expected to".
   */
  private projected(i: number): void {
    const { tokens } = this.ctx;
    let k = i - 1;
    while (k > this.first && isModifier(tokens[k]) && !BE_FORMS.has(tokens[k]?.norm ?? '')) k--;
    const next = tokens[i + 1];
    if (k <= this.first || next === undefined || !BE_FORMS.has(tokens[k]?.norm ?? '')) return;
    const deemed = tokens[i]?.norm === 'deemed';
    // (What is deemed is a word or a quotation after it, not an agent or a clause: "deemed by", "deemed that".)
    const complement = deemed ? (next.kind === 'word' || this.ctx.opens[i + 1] === 1) && next.norm !== 'by' && next.norm !== 'that' && next.norm !== 'to' : DECLARED_LEADS.has(next.norm);
    if (!complement && (deemed || next.norm !== 'to')) return;
    const cue = { start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 };
    this.raised({ form: deemed ? DEEMED_FORM : PROJECTED_FORM, first: i, last: i }, cue, complement);
  }

  /** Whether a word in -s right after a name or a subject pronoun is in [from, to): "Kell leads", "she trails". */
  private presentAfterSubject(from: number, to: number): boolean {
    const { tokens } = this.ctx;
    for (let j = from + 1; j < to; j++) {
      const t = tokens[j];
      const before = tokens[j - 1];
      if (t !== undefined && before !== undefined && t.kind === 'word' && t.norm.endsWith('s') && !isCapitalised(t) && (isCapitalised(before) || SUBJECT_PRONOUNS.has(before.norm))) return true;
    }
    return false;
  }

  /**
   * "To Lind, the levy is a tax on farmers", "To them, the vote signals a shift": a sentence opened
   * by "To" and the one whose view it gives (a name, a pronoun, a plural or a phrase with a name;
   * not "To the extent ...", "To a standing ovation, ...", "To date, ...").
   */
  private toSource(i: number): void {
    const { tokens } = this.ctx;
    const lead = tokens[i + 1];
    if (lead === undefined) return;
    const np: NounPhrase | undefined = isObjectPronoun(lead) && lead.norm !== 'it' && lead.norm !== 'you' ? { first: i + 1, last: i + 1, kind: 'pronoun' } : phraseStartingAt(tokens, i + 1, this.end);
    if (np === undefined || !(isCapitalised(lead) || DETERMINERS.has(lead.norm) || POSSESSIVE_DETERMINERS.has(lead.norm) || np.kind === 'pronoun')) return;
    const head = tokens[np.last];
    if (head === undefined || !(np.kind === 'pronoun' || isCapitalised(head) || hasPluralEnding(head.norm) || GROUP_HEADS.has(head.norm))) return;
    let comma = np.last + 1;
    if (tokens[comma]?.text !== ',') return;
    // ("To Kell, who has studied the dam, the levy ...": a relative clause on the holder.)
    if (RELATIVE_GAPS.has(tokens[comma + 1]?.norm ?? '')) {
      const second = this.firstComma(comma + 1);
      if (second === undefined) return;
      comma = second;
    }
    const start = comma + 1;
    const stop = contentEndFrom(this.ctx, start, this.end, this.first);
    if (!hasWords(this.ctx, start, stop, 3)) return;
    const cue = { start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 };
    this.push(start, stop, phraseSpan(this.ctx, np), cue, RULE_CONFIDENCE.accordingTo, ['in-source', 'in-source.to']);
  }

  /**
   * "Trump is expected to win Iowa", "councillors who are expected to back her": a view held by
   * no one named. The content is the clause with its subject (from a relative pronoun when one
   * opens it), and there is no speaker.
   */
  private raised(match: CueMatch, cue: { start: number; end: number }, complement = false): void {
    const { tokens } = this.ctx;
    let start = this.clauseStart(match.first);
    // ("When the ayes were declared the majority, ...": what was declared opens after a subordinator.)
    if (complement && SUBORDINATORS.has(tokens[start]?.norm ?? '') && start + 1 < match.first) start++;
    for (let j = match.first - 1; j > start; j--) {
      if (this.ctx.inQuote[j] !== 1 && (tokens[j]?.norm === 'who' || tokens[j]?.norm === 'which')) {
        start = j;
        break;
      }
    }
    start = this.subjectBeforeAside(start, match.first);
    if (tokens[start]?.norm === 'and' || tokens[start]?.norm === 'but') start++;
    // ("Lind said the river was expected to crest": inside what a cue before it reports, the clause
    // starts where that report's content starts, after the cue.)
    const holder = this.out[this.out.length - 1];
    const holderStart = holder === undefined ? -1 : this.tokenAfter(holder.contentStart);
    if (holder !== undefined && holderStart > start && holderStart < match.first && holder.contentEnd >= (tokens[match.last]?.end ?? 0)) start = holderStart;
    let stop = contentEndFrom(this.ctx, Math.max(match.last, start), this.end, this.first);
    // ("was declared the victor in May by the board, and ...": a complement ends as an object does.)
    if (complement) stop = Math.min(stop, contentEndFrom(this.ctx, match.last + 1, this.end, this.first, true));
    // ("were deemed ineligible, the chair said": what is deemed is a word or a phrase, closed by a comma.)
    if (complement && match.form === DEEMED_FORM) stop = Math.min(stop, this.firstComma(match.last + 1) ?? stop);
    // ("The levy, which is expected to pass, would cost millions": a relative clause ends before the
    // main verb.)
    const relativeEnd = tokens[start]?.norm === 'who' || tokens[start]?.norm === 'which' ? relativeClauseEnd(this.ctx, match.last + 1, this.end) : undefined;
    if (relativeEnd !== undefined && relativeEnd < stop) stop = relativeEnd;
    // "The plant is expected to close in May, putting 300 people out of work", "..., partly owing
    // to the strike": a participle or a cause after a comma is the writer's comment on what is expected.
    for (let j = match.last + 2; j < stop; j++) {
      // ("one chosen by Kell who, with the council behind him, would ...": not an aside after a relative pronoun.)
      if (tokens[j]?.text !== ',' || this.ctx.inQuote[j] === 1 || RELATIVE_GAPS.has(tokens[j - 1]?.norm ?? '')) continue;
      const after = tokens[j + 1];
      const verb = after !== undefined && after.norm.endsWith('ly') ? tokens[j + 2] : after;
      if (after !== undefined && (after.norm === 'with' || after.norm === 'partly' || (verb !== undefined && verb.kind === 'word' && !isCapitalised(verb) && verb.norm.length > 5 && verb.norm.endsWith('ing') && !PREPOSITIONAL_PARTICIPLES.has(verb.norm)))) {
        stop = j;
        break;
      }
    }
    if (!hasWords(this.ctx, start, stop, 4)) return;
    // ("was declared the victor in May by the networks": an agent after the complement declared it.)
    let speaker: SpeakerPhrase | undefined;
    // (A relative clause on the complement, "an election that was marred by fraud", is the writer's
    // and ends it; an agent after a participle is the participle's.)
    for (let j = match.last + 2; complement && j < stop - 1; j++) {
      const word = tokens[j]?.norm ?? '';
      if ((word === 'that' || RELATIVE_GAPS.has(word)) && this.ctx.inQuote[j] !== 1) {
        stop = trimEnd(this.ctx, start, j);
        break;
      }
      if (word === 'by' && tokens[j - 1]?.norm.endsWith('ed') === true) break;
      if (word !== 'by' || this.ctx.inQuote[j] === 1) continue;
      const agent = phraseStartingAt(tokens, j + 1, this.end);
      if (agent !== undefined && agent.kind !== 'pronoun') {
        speaker = phraseSpan(this.ctx, agent);
        stop = j;
      }
      break;
    }
    this.push(start, stop, speaker, cue, RULE_CONFIDENCE.seeming, ['raised']);
  }

  /**
   * When the clause found for a cue at `k` starts at `start` with no subject of its own, right
   * after a comma that closes an aside on the subject ("The bank, which cut rates in May, is
   * expected to ...", "Lind, the likely nominee, seemed ..."), the start of that subject; else `start`.
   */
  private subjectBeforeAside(start: number, k: number): number {
    const { tokens } = this.ctx;
    if (tokens[start - 1]?.text !== ',' || start - 1 <= this.first || this.ctx.inQuote[start - 1] === 1) return start;
    // ("who works for the port and, Kell said, has lately seemed ...": an attribution set off by
    // commas, its cue last, is no aside on a subject.)
    if (matchCue(this.ctx, start - 2, start - 1) !== undefined) return start;
    // ("The bank, which cut rates in May, is widely expected to ...": an adverb may grade the cue.)
    for (let j = start; j < k; j++) {
      const t = tokens[j];
      if (t === undefined || !(BE_FORMS.has(t.norm) || AUXILIARIES.has(t.norm) || t.norm === 'not' || t.norm === 'has' || t.norm === 'have' || t.norm === 'had' || (j > start && isModifier(t)))) return start;
    }
    for (let j = start - 2; j > Math.max(this.first, start - ASIDE_WINDOW); j--) {
      const t = tokens[j];
      if (t === undefined || this.ctx.inQuote[j] === 1) continue;
      if (t.text === ';' || t.text === ':' || this.ctx.closes[j] === 1 || this.ctx.opens[j] === 1) return start;
      if (t.text === ',') return j > this.first ? this.clauseStart(j) : start;
    }
    return start;
  }

  /** Where the clause holding token `k` starts: after the last comma, colon, dash, "that" or subordinator before it, or at the sentence's start. */
  private clauseStart(k: number): number {
    const { tokens } = this.ctx;
    for (let j = k; j > Math.max(this.first, k - 30); j--) {
      const t = tokens[j - 1];
      if (t === undefined || this.ctx.inQuote[j - 1] === 1) continue;
      if (t.text === ',' || t.text === ':' || t.text === ';' || isDash(t) || t.norm === 'that' || (SUBORDINATORS.has(t.norm) && !isCapitalised(t))) return this.pastConjunction(j, k);
      // "for what appears to be ...", "and who seem to be ...": a relative pronoun opens the clause, with it.
      if ((t.norm === 'what' || t.norm === 'who' || t.norm === 'which') && !isCapitalised(t)) return j - 1;
    }
    return this.pastConjunction(this.first, k);
  }

  /**
   * "But the plan seemed doomed", "..., and the mayor appeared to relent", "But the dam will hold,
   * according to the engineer": the conjunction joins the writer's sentences and is not part of
   * what was reported.
   * ("So far the dam has held": not "so", which also opens adverbs.)
   */
  private pastConjunction(j: number, k: number): number {
    const next = this.ctx.tokens[j + 1];
    return j + 1 < k && next !== undefined && next.kind === 'word' && LINKING_CONJUNCTIONS.has(this.ctx.tokens[j]?.norm ?? '') && this.ctx.inQuote[j] !== 1 ? j + 1 : j;
  }

  /**
   * "Despite the storm, the pier held, Kell said": a concession that opens the sentence before a
   * statement whose cue follows is the writer's framing; the statement starts after its comma.
   * ("While" and "as" lost as often as they won and are left out.)
   */
  private pastConcession(start: number, stop: number): number {
    const { tokens } = this.ctx;
    const norm = tokens[start]?.norm ?? '';
    const k = norm === 'even' && tokens[start + 1]?.norm === 'though' ? start + 1 : start;
    if ((k === start && !CONCESSIVE_OPENERS.has(norm)) || this.ctx.inQuote[start] === 1) return start;
    const comma = this.firstComma(k + 1);
    if (comma === undefined || comma + 2 >= stop || this.ctx.opens[comma + 1] === 1) return start;
    for (let j = k + 1; j < comma; j++) if (this.ctx.opens[j] === 1) return start;
    return comma + 1;
  }

  /**
   * Where what a source named after it covers starts, from `from` up to `stop`: inside a
   * parenthesis still open before "according to" only what the parenthesis holds ("farm counties
   * like Dane (most voters there were growers, according to a county survey)"), and after a colon
   * that opens a clause only that clause ("The levy has not hurt trade: exports rose 4 percent,
   * according to the port").
   */
  private sourcedPart(from: number, stop: number): number {
    const { tokens } = this.ctx;
    for (let k = stop - 1; k > from; k--) {
      const t = tokens[k];
      if (t === undefined || this.ctx.inQuote[k] === 1 || t.kind !== 'punct') continue;
      if (t.text === ')') return from;
      if (t.text === '(' || (t.text === ':' && mainClauseAt(this.ctx, k + 1, stop))) return k + 1;
    }
    return from;
  }

  /** "According to X, Y." / "Y, according to X." / "Y, according to X, Z." */
  /**
   * Whether the comma at `comma` after the source `np` opens the name of the one its role word
   * describes, closed by a comma before a new subject: "according to the spokesman, Tom Reilly,
   * the talks ...". (Not "according to the prosecutor, Kell, 34, took ...": an age or a relative
   * after the name makes it the clause's subject.)
   */
  private namedRole(np: NounPhrase, comma: number): boolean {
    const { tokens } = this.ctx;
    const name = tokens[comma + 1];
    if (np.kind === 'name' || !ROLE_WORDS.has(tokens[np.last]?.norm ?? '') || name === undefined || name.kind !== 'word' || !isCapitalised(name)) return false;
    const close = this.firstComma(comma + 1);
    const next = close === undefined ? undefined : tokens[close + 1];
    return next !== undefined && next.kind === 'word' && (isCapitalised(next) || DETERMINERS.has(next.norm) || SUBJECT_PRONOUNS.has(next.norm));
  }

  private accordingTo(i: number, last = i + 1): number {
    const { tokens } = this.ctx;
    // ("But according to the survey, Y", "And, according to aides, Y": a linking conjunction joins
    // the writer's sentences; the source still leads the statement.)
    const linked = (i <= this.first + 2 && i > this.first && LINKING_CONJUNCTIONS.has(tokens[this.first]?.norm ?? '') && isCapitalised(tokens[this.first] as Token) && (i === this.first + 1 || tokens[this.first + 1]?.text === ',')) || (i > this.first + 1 && this.connectiveComma(this.first) === i - 1);
    // ("It did not go unnoticed: According to polls, Y", "because, according to aides, Y": after a
    // colon, or a subordinator and its comma, the source leads the clause that follows it. Not
    // "the year before," or "a day after,": after a span of time the word is an adverb.)
    const opensClause = tokens[i - 1]?.text === ':' || (tokens[i - 1]?.text === ',' && SUBORDINATORS.has(tokens[i - 2]?.norm ?? '') && !TIME_PERIODS.has(tokens[i - 3]?.norm ?? '') && i - 2 >= this.first);
    const leading = i === this.first || (i === this.first + 1 && tokens[this.first]?.kind === 'punct') || linked || (opensClause && this.ctx.inQuote[i] !== 1);
    let np = trimTimeLead(tokens, phraseStartingAt(tokens, last + 1, this.end));
    // "According to early returns of the survey conducted by the county, Y": at the sentence's
    // start the source runs to its comma, whatever words it holds.
    const sourceEnd = leading ? this.firstComma(last + 1) : undefined;
    if (sourceEnd !== undefined && sourceEnd - (last + 1) <= LEADING_SOURCE_WINDOW && sourceEnd > last + 1 && (np === undefined || np.last + 1 < sourceEnd)) {
      const whole = phraseStartingAt(tokens, last + 1, sourceEnd);
      np = { first: last + 1, last: sourceEnd - 1, kind: whole?.kind ?? 'description', ...(whole?.name === undefined ? {} : { name: whole.name }) };
    }
    if (np === undefined) return last;
    // "voted according to their instinctive preference", "went according to plan": "according to"
    // a wish or a bare plan means in keeping with it; no one is cited. (A plan with a determiner
    // may be a document that is cited: "according to her plan, taxes rise".)
    const kept = tokens[np.last]?.norm ?? '';
    if ((ACCORDANCE_NOUNS.has(kept) || (np.first === np.last && BARE_ACCORDANCE_NOUNS.has(kept))) && !this.hasPreposition(np.first, np.last)) return last;
    let speakerLast = np.last;
    const cue = { start: tokens[i]?.start ?? 0, end: tokens[last]?.end ?? 0 };
    // An appositive after the source ("according to Jane Roe, a pollster,") belongs to it.
    let after = np.last + 1;
    let appositiveLast = leading ? np.last : this.trailingAppositive(np.last);
    // ("The crews, according to the log, left the dock": after the source's comma the clause
    // resumes; an appositive is a noun phrase, ending at its end or at a relative pronoun or a
    // preposition.)
    if (appositiveLast > np.last && !RELATIVE_GAPS.has(tokens[np.last + 2]?.norm ?? '')) {
      const appositive = phraseStartingAt(tokens, np.last + 2, appositiveLast + 1);
      const next = appositive === undefined ? undefined : tokens[appositive.last + 1];
      if (appositive === undefined || (appositive.last < appositiveLast && !RELATIVE_GAPS.has(next?.norm ?? '') && !NP_PREPOSITIONS.has(next?.norm ?? '') && next?.text !== ',')) appositiveLast = np.last;
    }
    if (appositiveLast > np.last) {
      speakerLast = appositiveLast;
      after = this.end;
    } else if (tokens[after]?.text === ',' && (DETERMINERS.has(tokens[after + 1]?.norm ?? '') || (leading && RELATIVE_GAPS.has(tokens[after + 1]?.norm ?? '')) || this.namedRole(np, after))) {
      // ("According to Pike, who reviewed the contracts, the state overpaid": a relative clause too.)
      let k = after + 1;
      while (k < this.end && tokens[k]?.text !== ',') k++;
      // ("According to the memo, the dam leaks, ...": a clause after the comma is no appositive.)
      // (An appositive may end in a relative clause: "a friend of hers who ran the mill".)
      const appositive = RELATIVE_GAPS.has(tokens[after + 1]?.norm ?? '') ? undefined : phraseStartingAt(tokens, after + 1, k);
      // ("According to the memo, the dam leaks, and repairs will cost millions": nor is a phrase
      // whose comma "and", "or" or "but" follows; an appositive's comma gives way to the clause.)
      const clause = (appositive !== undefined && appositive.last !== k - 1 && !RELATIVE_GAPS.has(tokens[appositive.last + 1]?.norm ?? '')) || TRAILING_CONJUNCTIONS.has(tokens[k + 1]?.norm ?? '');
      // ("According to the filing, the broker, who kept the books, moved the funds": a relative
      // clause after the phrase that closes before a verb makes the phrase that verb's subject.)
      // ("According to the log, the pilot, a former air force captain, turned back": so does an
      // appositive on it.)
      const subject = (RELATIVE_GAPS.has(tokens[k + 1]?.norm ?? '') || (leading && DETERMINERS.has(tokens[k + 1]?.norm ?? ''))) && relativeClauseClosesBeforeVerb(this.ctx, k + 2, this.end);
      if (k < this.end && !clause && !subject) {
        speakerLast = k - 1;
        after = k;
      }
    }
    // "according to estimates by Ana Pike of Vale College", "a filing released by the Vale
    // County Council": a named author after "by" belongs to the source.
    if (speakerLast === np.last) {
      let by = np.last + 1;
      const participle = tokens[by];
      // ("a report released Wednesday by ...", "issued on Monday by ...": a day may stand between.)
      let day = by + 1;
      if (tokens[day]?.norm === 'on' && WEEKDAYS.has(tokens[day + 1]?.norm ?? '')) day++;
      if (!WEEKDAYS.has(tokens[day]?.norm ?? '')) day = by;
      if (participle !== undefined && participle.kind === 'word' && !isCapitalised(participle) && participle.norm.endsWith('ed') && tokens[day + 1]?.norm === 'by') by = day + 1;
      const author = tokens[by]?.norm === 'by' ? phraseStartingAt(tokens, by + 1, this.end) : undefined;
      let named = false;
      for (let j = author?.first ?? 0; author !== undefined && j <= author.last && !named; j++) named = isCapitalised(tokens[j] as Token);
      if (author !== undefined && named) {
        speakerLast = author.last;
        after = author.last + 1;
      } else if (by === np.last + 1 && np.last > np.first && plainParticiple(tokens[np.last])) {
        // ("according to a copy seen by reporters": the participle opens a reduced relative whose
        // unnamed agent is no author; the source is the noun before it.)
        speakerLast = np.last - 1;
      }
    }
    const speaker = phraseSpan(this.ctx, np, speakerLast);
    const rules = ['according-to'];
    if (leading) {
      let start = tokens[after]?.text === ',' ? after + 1 : after;
      // ("According to Ruth Kell, writing for the Courier: the dam will fail": a participle's phrase
      // on the source, closed by a colon or a comma, is no part of what is sourced; so is a past
      // participle's, "According to the complaint, filed Tuesday in court, the firm ...".)
      if (participleAside(tokens, start) || (start > after && plainParticiple(tokens[start]) && participleAdjunctAt(tokens, start + 1))) {
        for (let k = start + 1; k < Math.min(this.end - 1, start + APPOSITIVE_WINDOW); k++) {
          const t = tokens[k];
          if (t === undefined || this.ctx.opens[k] === 1 || FINITE_VERBS.has(t.norm)) break;
          if (t.text === ':' || t.text === ',') {
            start = k + 1;
            break;
          }
        }
      }
      // "According to the memo, the dam leaks, a flaw the board denies": a fronted source covers the
      // whole sentence after it.
      // ("According to the audit, costs rose, and engineers said the dam leaks": a clause after a
      // comma and "and" or "but" with a subject and a cue of its own is sourced too, and is read
      // as a statement of its own, inside the sourced one.)
      const stop = trimEnd(this.ctx, start, this.end);
      let resume = stop - 1;
      for (let k = start + 1; k + 2 < stop; k++) {
        if (tokens[k]?.text !== ',' || this.ctx.inQuote[k] === 1 || !TRAILING_CONJUNCTIONS.has(tokens[k + 1]?.norm ?? '') || !newAttributionAhead(this.ctx, k + 2, this.end)) continue;
        resume = k + 1;
        break;
      }
      this.push(start, stop, speaker, cue, RULE_CONFIDENCE.accordingTo, [...rules, 'according-to.before']);
      return Math.max(last, resume);
    }
    // The source runs to the next comma ("according to a survey by the Marrow Ferry Board");
    // without a comma after it, nothing of the statement follows.
    const comma = this.firstComma(after);
    const restEmpty = comma === undefined || trimEnd(this.ctx, comma, this.end) <= comma + 1;
    const stop = trimEnd(this.ctx, this.first, tokens[i - 1]?.text === ',' ? i - 1 : i);
    // After another attribution in the sentence, "according to" covers only the clause before it.
    // ("The dam, which is nearly done, is expected to open, according to the ministry": not at
    // a comma before that attribution's own cue.)
    let start = this.first;
    const previous = this.out[this.out.length - 1];
    if (previous !== undefined) {
      const floor = Math.max(this.first, this.tokenAfter(previous.cue?.end ?? previous.contentStart));
      // ("plans to cut 400 jobs, or a tenth of its staff, according to ...": nor is a phrase with
      // no verb, which only restates what comes before it.)
      let segmentEnd = stop;
      for (let j = stop - 1; j > floor; j--) {
        // (", affecting 600 workers, according to ...": a participle phrase is no clause of its own.)
        const next = tokens[j + 1];
        const participle = next !== undefined && next.kind === 'word' && !isCapitalised(next) && next.norm.endsWith('ing') && next.norm.length > 5;
        if (tokens[j]?.text === ',' && this.ctx.inQuote[j] !== 1 && !participle) {
          if (!this.hasVerb(j + 1, segmentEnd, true)) {
            segmentEnd = j;
            continue;
          }
          start = j + 1;
          break;
        }
      }
    }
    // ("The mayor stayed silent; her aides fear a recall, according to two people close to her":
    // a source after clauses joined by a semicolon covers only the last; a list in semicolons,
    // "A was paid $40; B was paid $90; and C was paid $10", is sourced whole.)
    for (let j = stop - 1; j > start; j--) {
      if (tokens[j]?.text !== ';' || this.ctx.inQuote[j] === 1) continue;
      const next = tokens[j + 1]?.norm;
      if (next !== 'and' && next !== 'or') start = j + 1;
      break;
    }
    // "Y, according to X, but Z" / "Y, according to X, taking ...": after a whole clause the source closes what it covers;
    // "The senator, according to aides, will resign" interrupts a clause, which then runs on.
    const resumes = comma !== undefined && (FINITE_VERBS.has(tokens[comma + 1]?.norm ?? '') || COMMON_VERBS.has(tokens[comma + 1]?.norm ?? ''));
    const wholeClause = !resumes && tokens[stop - 1]?.norm !== 'that' && hasWords(this.ctx, start, stop, 4) && this.hasVerb(start, stop);
    if (restEmpty || wholeClause) {
      const from = this.sourcedPart(start === this.first ? this.pastConcession(this.pastConjunction(start, stop), stop) : this.pastConjunction(start, stop), stop);
      // "That is according to the poll": the copula joins the subject to its source; the subject is what is sourced.
      const copula = stop - 1 > from && tokens[i - 1]?.text !== ',' && COPULAS.has(tokens[stop - 1]?.norm ?? '');
      const quote = this.push(from, copula ? stop - 1 : stop, speaker, cue, RULE_CONFIDENCE.accordingTo, [...rules, 'according-to.after']);
      // ("That's according to the poll": so is an "'s" contracted onto the subject.)
      const last = tokens[stop - 1];
      if (quote !== undefined && !copula && tokens[i - 1]?.text !== ',' && last !== undefined && CONTRACTED_IS_SUBJECTS.has(last.norm)) quote.contentEnd = last.end - 2;
    } else this.push(this.first, trimEnd(this.ctx, this.first, this.end), speaker, cue, RULE_CONFIDENCE.accordingTo, [...rules, 'according-to.inside']);
    // "..., according to Ana Pike, who said the count would end soon": a relative clause on the
    // source that closes the sentence may hold a statement of the source's own; the scan goes on
    // at its comma. ("..., according to the sheriff's office, which said he surrendered": so may
    // one on a body.)
    const relative = tokens[speakerLast + 2]?.norm;
    if (tokens[speakerLast + 1]?.text === ',' && (relative === 'who' || relative === 'which') && tokens[i - 1]?.text === ',') return speakerLast + 1;
    return this.end;
  }

  /**
   * "Asked about the dam, Lind demurred: “Not today.”": a quotation that closes the sentence after
   * a colon is spoken by the subject of the clause before the colon.
   */
  private colonAfterClause(i: number): void {
    const { tokens } = this.ctx;
    if (this.ctx.opens[i + 1] !== 1) return;
    const closed = this.closingOf(i + 1);
    if (closed === undefined || trimEnd(this.ctx, closed, this.end) > closed) return;
    const subject = this.nearestClauseSubject(i);
    if (subject === undefined) return;
    const quote = this.push(i + 1, closed, subject, { start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 }, RULE_CONFIDENCE.colon, ['colon', 'colon.clause']);
    if (quote !== undefined) this.suppressUntil = closed;
  }

  /** "Putin: “We are ready”" in a headline, and "Name: words" at a sentence's start. */
  private colon(i: number): void {
    const { tokens } = this.ctx;
    if (i + 1 >= this.end) return;
    let startMin = this.first;
    for (let k = i - 1; k > Math.max(this.first, i - 12); k--) {
      // ("Storm floods coast; governor: “Stay away”": a semicolon in a headline sets off a second
      // headline as a dash does.)
      if (isDash(tokens[k]) || (tokens[k]?.text === ';' && this.sentence.paragraph === 0)) {
        startMin = k + 1;
        break;
      }
    }
    const np = phraseEndingAt(tokens, i - 1, startMin);
    if (np === undefined || np.kind === 'pronoun') return;
    const words = tokens.slice(np.first, np.last + 1);
    const quoted = this.ctx.opens[i + 1] === 1;
    // ("Her answer: “We will rebuild.”", "His verdict: “It is over.”": a possessive pronoun's word
    // for what was said labels the quotation of the one the pronoun stands for.)
    if (quoted && np.first === startMin && np.last === np.first + 1 && POSSESSIVE_DETERMINERS.has(tokens[np.first]?.norm ?? '') && tokens[np.first]?.norm !== 'its' && SPOKEN_NOUNS.has(tokens[np.last]?.norm ?? '')) {
      const closed = this.closingOf(i + 1) ?? this.end;
      if (!hasWords(this.ctx, i + 1, closed, 1)) return;
      const quote = this.push(i + 1, closed, phraseSpan(this.ctx, { first: np.first, last: np.first, kind: 'pronoun' }), { start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 }, RULE_CONFIDENCE.colon, ['colon', 'colon.owner']);
      if (quote !== undefined) this.suppressUntil = closed;
      return;
    }
    // ("...; minister: “The money is not there”": after such a break a lower-case role speaks a quotation.)
    const roleAfterBreak = quoted && startMin > this.first && np.first === startMin && this.sentence.paragraph === 0 && ROLE_WORDS.has(tokens[np.last]?.norm ?? '');
    // "From the report: “...”", "More from the report: “...”": the source named after a "from"
    // that opens the sentence speaks the quotation, capitalised or not.
    const opensFrom = quoted && tokens[np.first - 1]?.norm === 'from' && (np.first - 1 === this.first || (np.first - 2 === this.first && tokens[this.first]?.norm === 'more'));
    if ((!opensFrom && !roleAfterBreak && !words.some((w) => isCapitalised(w))) || words.length > 8) return;
    // "A lesson from Greta Lind: “...”": a label is spoken by the name it comes from.
    const source = np.name === undefined ? -1 : np.name.first - (tokens[np.name.first - 1]?.norm === 'the' ? 2 : 1);
    const from = quoted && np.name !== undefined && tokens[source]?.norm === 'from' && np.name.last === np.last;
    // "Port Director On Tariffs: ...", "Lind in 1992: ...", "Lind in a statement: “...”": the topic,
    // time or channel after the speaker is not part of it (nor, when the phrase opens the sentence,
    // does a label word there, "a", make the phrase a label).
    let topic = -1;
    for (let k = np.first + 1; k < np.last && topic < 0; k++) if (COLON_TOPIC_WORDS.has(tokens[k]?.norm ?? '')) topic = k;
    if (!from && !opensFrom && labelIn(tokens, np.first, topic > 0 && np.first === startMin ? topic : np.last + 1)) return;
    const atStart = np.first === startMin;
    if (!quoted && !atStart) return;
    // "“Dam to close in May,” by Ana Pike: “...”": the author of a quoted title is introducing an excerpt of a story.
    const by = np.first - 1 > this.first && tokens[np.first - 1]?.norm === 'by' ? np.first - 2 : -1;
    if (by >= 0 && (tokens[by]?.text === ',' || this.ctx.closes[by] === 1)) return;
    // Unquoted, only a name speaks ("TAPPER: ...", "Lopez: ..."), or in a headline a group
    // ("Economists: Slump Is Near"); "The goal: ..." is a label.
    if (!quoted && np.kind !== 'name' && !(np.kind === 'group' && this.sentence.paragraph === 0 && np.first === np.last) && !isTranscriptRole(tokens, np)) return;
    const start = i + 1;
    if (tokens[start]?.norm.startsWith('http')) return;
    // "Ohio: Ana Pike, Tom Kell, ...": a list of names after a place is a roster, not a statement.
    if (!quoted && tokens[start + 2]?.text === ',' && tokens[start + 5]?.text === ',' && isCapitalised(tokens[start] as Token) && isCapitalised(tokens[start + 1] as Token) && isCapitalised(tokens[start + 3] as Token) && isCapitalised(tokens[start + 4] as Token)) return;
    // The speaker of a run-on headline is the name right before the colon.
    // ("Survivor of Himalayan avalanche: “...”": not a capitalised modifier inside a phrase whose
    // lower-case head ends it; the whole phrase speaks.)
    const named = topic > 0 ? { ...np, first: INTRODUCERS.has(tokens[np.first]?.norm ?? '') ? np.first + 1 : np.first, last: topic - 1 } : np.name !== undefined && !this.lowerHeadAfterName(np) ? { ...np, first: np.name.first } : np;
    // "TAPPER: ..." opening a paragraph is a turn of a transcript: it runs to the paragraph's end.
    const turn = !quoted && np.first === this.first && this.ctx.paragraphFirst[this.sentence.paragraph] === this.first;
    // "Ryan: ‘Hate’ Has ‘No Place’ in Politics": a quotation that the sentence goes on from is only part of what is said.
    const closed = quoted ? (this.closingOf(i + 1) ?? this.end) : this.end;
    // ("Minister: “We will not back down” as strike spreads": a subordinator right after the
    // quotation opens the writer's clause, not more of what was said.)
    const goesOn = quoted && closed < this.end && tokens[closed]?.kind === 'word' && !SUBORDINATORS.has(tokens[closed]?.norm ?? '') && !this.cueBetween(closed, this.end);
    const stop = quoted
      ? goesOn
        ? contentEndFrom(this.ctx, start, this.end, this.first)
        : closed
      : turn
        ? trimEnd(this.ctx, start, this.ctx.paragraphEnd[this.sentence.paragraph] ?? this.end)
        : contentEndFrom(this.ctx, start, this.end, this.first);
    if (!hasWords(this.ctx, start, stop, 2)) return;
    const headline = this.sentence.paragraph === 0;
    // "Harbor Notes: The Long Fight for the Dock", "Lind and Kell: A Strained Friendship": in a
    // headline, an unquoted phrase that opens with an article and has no verb is the piece's
    // subtitle, naming its topic; what stands before the colon is a series or a subject, not a speaker.
    // ("The Quiet Fixer: Inside the Rise of Ana Lind", "Harbor Notes: Behind the Strike": so is
    // one that opens with a preposition of place.)
    if (!quoted && headline && (ARTICLES.has(tokens[start]?.norm ?? '') || SUBTITLE_PREPOSITIONS.has(tokens[start]?.norm ?? '')) && !this.hasVerb(start, stop) && !titleCaseVerb(tokens, start + 1, stop)) return;
    // "Lind: Hold on.", "Kell: A long shot.": a name and a few words of the writer's own, past the
    // headline, are a section's heading; a turn of a transcript has a comma or asks ("Lind: Well, no.").
    if (!quoted && !headline && !hasWords(this.ctx, start, stop, 5) && tokens[stop - 1]?.text !== '?' && (this.firstComma(start) ?? stop) >= stop) return;
    // "Lind answered with a line fit for Kell himself: “...”": a phrase that closes a clause of its
    // own before the colon is that clause's object; the clause's subject speaks.
    // (Only a person named or a pronoun: "The delay does not surprise Kell: “...”" is Kell's.)
    let subject = quoted && !atStart && !from ? this.nearestClauseSubject(np.first) : undefined;
    if (subject !== undefined && ((subject.phrase.kind !== 'name' && subject.phrase.kind !== 'pronoun') || DETERMINERS.has(tokens[subject.phrase.first]?.norm ?? ''))) subject = undefined;
    const quote = this.push(start, stop, subject ?? phraseSpan(this.ctx, named), { start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 }, RULE_CONFIDENCE.colon, [headline ? 'headline.colon' : 'colon']);
    if (quote !== undefined && headline) quote.mode = 'headline';
    if (quote !== undefined) this.suppressUntil = stop;
  }

  /** Whether a cue stands among tokens [from, to) outside quotations. */
  private cueBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.ctx.inQuote[k] !== 1 && matchCue(this.ctx, k, to) !== undefined) return true;
    return false;
  }

  /** The token index just past the closing mark of the quotation opened at `open`. */
  /**
   * Whether the quotation opening at `open` is the title of a work named just before it and closes
   * the sentence: "..., Lind wrote in her 2012 memoir, “River Days.”" names the book; what she wrote
   * is the clause before the attribution. A title has a few words, each capitalised but the small ones.
   */
  private workTitleAt(open: number): boolean {
    const { tokens } = this.ctx;
    if (tokens[open - 1]?.text !== ',' || !TITLED_WORKS.has(tokens[open - 2]?.norm ?? '')) return false;
    const close = this.closingOf(open);
    if (close === undefined) return false;
    for (let k = close; k < this.end; k++) if (tokens[k]?.kind !== 'punct') return false;
    let words = 0;
    for (let k = open + 1; k < close - 1; k++) {
      const t = tokens[k];
      if (t === undefined || t.kind === 'punct') continue;
      words++;
      if (words > TITLE_WORDS || (!isCapitalised(t) && t.kind !== 'number' && !(words > 1 && TITLE_SMALL_WORDS.has(t.norm)))) return false;
    }
    return words > 0;
  }

  private closingOf(open: number): number | undefined {
    const q = this.ctx.openerAt.get(open);
    if (q === undefined) return undefined;
    for (let k = open + 1; k < this.end; k++) if ((this.ctx.tokens[k]?.end ?? 0) >= q.close) return k + 1;
    return undefined;
  }

  /**
   * Where an adjunct tail after a cue ends ("said on Tuesday", "told reporters after the
   * meeting"): the index of the comma or the sentence's end; undefined when a clause follows.
   */
  private adjunctTail(j: number, form: CueForm, afterQuote = false): number | undefined {
    const { tokens } = this.ctx;
    if (j >= this.end) return this.end;
    const t = tokens[j];
    // ("hiring continues to grow", "the mayor continued to insist": "to" and a verb after a cue
    // that only follows its content make it an ordinary verb.)
    if (t?.norm === 'to' && !has(form, 'clause') && !has(form, 'listener') && !has(form, 'addressee') && startsVerbPhrase(tokens[j + 1])) return undefined;
    if (t === undefined || t.text === ',' || t.text === ';' || isDash(t)) return j;
    // "said a strategist who worked for Bush": a relative clause on the speaker runs to a comma or the end.
    if (t.norm === 'who' || t.norm === 'whose') {
      for (let k = j + 1; k < Math.min(this.end, j + 40); k++) {
        if (this.ctx.opens[k] === 1) return undefined;
        if (this.ctx.tokens[k]?.text === ',') return k;
      }
      return j + 40 >= this.end ? this.end : undefined;
    }
    let onlyPunctuation = true;
    for (let k = j; k < this.end && onlyPunctuation; k++) onlyPunctuation = tokens[k]?.kind === 'punct' || this.ctx.closes[k] === 1;
    if (onlyPunctuation) return this.end;
    // ("potent chemicals found in refrigerants": "found" follows its content only at a clause's end.)
    if (form.entry.lemma === 'find') return undefined;
    // "“Q,” the senator said as he left", "“Q,” she said answering a question": a subordinate
    // clause or a participle right after the cue is the writer's, not part of the attribution.
    // ("“Q,” she said when asked about the dam": so is the question put to the speaker.)
    if (afterQuote && t.kind === 'word' && !isCapitalised(t) && ((SUBORDINATORS.has(t.norm) && (pronounOf(tokens[j + 1]) !== undefined || tokens[j + 1]?.norm === 'asked' || DETERMINERS.has(tokens[j + 1]?.norm ?? '') || isCapitalised(tokens[j + 1] ?? t))) || (t.norm.endsWith('ing') && t.norm.length > 5 && !PREPOSITIONAL_PARTICIPLES.has(t.norm)))) return j;
    // "“Q,” she said and walked off": a second verb joined by "and" is a new clause of the writer's.
    if (afterQuote && (t.norm === 'and' || t.norm === 'but') && startsVerbPhrase(tokens[j + 1])) return j;
    const quotedTitle = this.ctx.opens[j] === 1 && (this.closingOf(j) ?? this.end) - j <= 8;
    // After "told", any phrase is whom the speaker told ("he told cheering supporters").
    let listener =
      has(form, 'listener') &&
      (isObjectPronoun(t) || isCapitalised(t) || t.norm === 'reporters' || DETERMINERS.has(t.norm) || quotedTitle || (has(form, 'addressee') && form.tense !== 'base' && phraseStartingAt(tokens, j, this.end) !== undefined));
    // "said 20 minutes into the hearing", "said Tuesday", "said dryly".
    // ("“Q,” she tweeted the day after the vote": after a quotation, a time phrase too.)
    // ("“Q,” he said three days after the flood, “...”": a count of days too.)
    const time = t.kind === 'number' || WEEKDAYS.has(t.norm) || (MONTHS.has(t.norm) && isCapitalised(t)) || (afterQuote && (TIME_PERIOD_OPENERS.has(t.norm) || COUNT_WORDS.has(t.norm)) && TIME_PERIODS.has(tokens[j + 1]?.norm ?? ''));
    const manner = t.kind === 'word' && !isCapitalised(t) && t.norm.endsWith('ly') && t.norm.length > 4;
    if ((!ADJUNCT_OPENERS.has(t.norm) || (t.norm === 'to' && has(form, 'infinitive'))) && !listener && !time && !manner) return undefined;
    // A tail longer than this is a clause, not an adjunct; the bound keeps long sentences linear.
    const limit = Math.min(this.end, j + 30);
    for (let k = j; k < limit; k++) {
      const u = tokens[k];
      if (u === undefined || u.text === ',' || isDash(u)) return k;
      // "Trump said before adding: ..." — the participle starts a statement of its own.
      if (k > j && matchCue(this.ctx, k, this.end)?.form.tense === 'gerund') return k;
      // "... said in March after the Kell mill announced ...", "... said as the heckler yelled", "... said one
      // source who asked ...": a subordinate or relative clause ends the tail.
      // ("... said two days after the storm, “...”": before a determiner "after" is a preposition.)
      if (k > j && SUBORDINATORS.has(u.norm) && (u.norm !== 'as' || pronounOf(tokens[k + 1]) !== undefined || DETERMINERS.has(tokens[k + 1]?.norm ?? '')) && !(afterQuote && (u.norm === 'after' || u.norm === 'before') && tokens[k + 1]?.norm === 'the')) return k;
      if (k > j && (u.norm === 'who' || u.norm === 'which')) return k;
      // ("“Q,” Lind said at a forum on what has become the main issue": after a quotation, a
      // clause opened by "what" belongs to the adjunct, not to the attribution.)
      if (afterQuote && k > j && u.norm === 'what') return k;
      // ("said in May": a capitalised word inside the tail is a name, not a modal.)
      // ("“Q,” Reyes recalled of a talk she had with Kell": after a quotation, a pronoun and a verb
      // right after a noun of the adjunct are a relative clause on it.)
      const contact = afterQuote && k > j + 2 && NP_PREPOSITIONS.has(t.norm) && SUBJECT_PRONOUNS.has(tokens[k - 1]?.norm ?? '') && this.contactClauseAt(k - 1);
      if (FINITE_VERBS.has(u.norm) && !(k > j && isCapitalised(u)) && !contact) return undefined;
      // ("told Dunmore residents not to swim": an infinitive right after the listener is what was told.)
      if (listener && !afterQuote && k > j && u.norm === 'to' && startsVerbPhrase(tokens[k + 1])) return undefined;
      if (listener && NP_PREPOSITIONS.has(u.norm) && u.norm !== 'to') listener = false;
      // "said by telephone on ''Meet the Press.''": a short quoted title stays in the tail.
      const title = this.ctx.openerAt.get(k);
      if (title !== undefined) {
        const close = this.closingOf(k);
        if (close !== undefined && close - k <= 8) {
          k = close - 1;
          continue;
        }
        return undefined;
      }
      // "“...,” she said in an interview that aired Sunday.": a relative clause on the adjunct runs to its comma or the end.
      // ("“Q,” he said in his speech that night": "that" before a time word is a determiner.)
      if (u.norm === 'that' && k > j && TIME_PERIODS.has(tokens[k + 1]?.norm ?? '')) continue;
      if (u.norm === 'that' && relativeThat(tokens, k)) {
        let m = k + 1;
        while (m < this.end && tokens[m]?.text !== ',' && this.ctx.opens[m] !== 1) m++;
        return m >= this.end ? this.end : m;
      }
      if (u.norm === 'that' || u.text === ':' || (k > j && SUBJECT_PRONOUNS.has(u.norm) && !(afterQuote && k > j + 1 && NP_PREPOSITIONS.has(t.norm) && this.contactClauseAt(k)))) return undefined;
    }
    return limit >= this.end ? this.end : undefined;
  }

  /**
   * Whether the subject pronoun at `k` opens a relative clause without "that" on the noun before
   * it: "a talk she had with Kell", "the speech he gave on Monday".
   */
  private contactClauseAt(k: number): boolean {
    const { tokens } = this.ctx;
    const noun = tokens[k - 1];
    const verb = tokens[k + 1];
    return noun !== undefined && noun.kind === 'word' && !isCapitalised(noun) && !WH_WORDS.has(noun.norm) && !FINITE_VERBS.has(noun.norm) && !NP_PREPOSITIONS.has(noun.norm) && !DETERMINERS.has(noun.norm) && verb !== undefined && verb.kind === 'word' && !BE_FORMS.has(verb.norm) && tokens[k]?.norm !== 'it';
  }

  /**
   * Whether the object after a "recall" at `k` is something withdrawn ({@link WITHDRAWN_NOUNS}, or
   * an amount of goods in {@link MEASURE_UNITS}),
   * after a few words of its phrase ("its top envoy", "some 40,000 pickup trucks"), and not the
   * subject of a remembered act or an owner ("the envoy telling him", "the envoy's warning").
   */
  private recallsWithdrawn(k: number): boolean {
    const { tokens } = this.ctx;
    for (let j = k; j < Math.min(this.end, k + 4); j++) {
      const t = tokens[j];
      if (t === undefined || (t.kind !== 'word' && t.kind !== 'number')) return false;
      // ("recalled the envoy telling him to leave", "the envoy's warning": a memory of the envoy.)
      if (WITHDRAWN_NOUNS.has(t.norm)) {
        const next = tokens[j + 1];
        return !(next !== undefined && (isPossessiveToken(next) || (next.kind === 'word' && next.norm.endsWith('ing'))));
      }
      // ("recalled 40,000 pounds of ground beef": an amount of goods by weight or volume.)
      if (MEASURE_UNITS.has(t.norm) && j > k && countBefore(tokens[j - 1]) && tokens[j + 1]?.norm === 'of') return true;
      // (Determiners, numbers and approximations lead up to the noun; another word only right
      // before it: "its top envoy", "about 2 million cars", not "the day the troops arrived".)
      if (t.kind !== 'number' && !DETERMINERS.has(t.norm) && !APPROXIMATORS.has(t.norm) && !MEASURE_UNITS.has(tokens[j + 1]?.norm ?? '') && !WITHDRAWN_NOUNS.has(tokens[j + 1]?.norm ?? '')) return false;
    }
    return false;
  }

  /** Whether the word before token `k` may be a verb whose object starts at `k`: a lower-case word, no preposition, determiner or time word ("wrote an essay", not "Last week a report"). */
  private verbBefore(k: number): boolean {
    const t = this.ctx.tokens[k - 1];
    return k - 1 > this.first && t !== undefined && t.kind === 'word' && !isCapitalised(t) && !NP_PREPOSITIONS.has(t.norm) && !DETERMINERS.has(t.norm) && !TIME_UNITS.has(t.norm) && t.norm !== 'and' && t.norm !== 'or';
  }

  /**
   * The index just before an idiom of emphasis that ends at the "to" at `to` and lends its tense to
   * the cue after it: "went so far as to claim", "took pains to stress", "hastened to add"; else undefined.
   */
  private emphasisIdiomBefore(to: number): number | undefined {
    const { tokens } = this.ctx;
    const before = tokens[to - 1]?.norm ?? '';
    let verb = -1;
    if (HASTEN_FORMS.has(before)) verb = to - 1;
    else if (before === 'pains' && TAKE_FORMS.has(tokens[to - 2]?.norm ?? '')) verb = to - 2;
    else if (before === 'as' && tokens[to - 2]?.norm === 'far' && tokens[to - 3]?.norm === 'so' && GO_FORMS.has(tokens[to - 4]?.norm ?? '')) verb = to - 4;
    return verb > this.first ? verb - 1 : undefined;
  }

  /**
   * "“We are ready,” was all Lind would say.", "“No,” is all she said.": a quotation, then "was
   * all", the speaker and the cue ending the sentence; reads the quotation as the speaker's and
   * returns the last token read, else undefined.
   */
  private allThatWasSaid(match: CueMatch, cueSpan: { start: number; end: number }): number | undefined {
    const { tokens } = this.ctx;
    let k = match.first - 1;
    while (k > this.first && AUXILIARIES.has(tokens[k]?.norm ?? '')) k--;
    const np = phraseAfterAll(tokens, k, this.first);
    if (np === undefined || tokens[np.first - 1]?.norm !== 'all' || !BE_FORMS.has(tokens[np.first - 2]?.norm ?? '')) return undefined;
    const mark = np.first - 3;
    const contentEnd = this.ctx.closes[mark] === 1 ? mark + 1 : tokens[mark]?.text === ',' && this.ctx.closes[mark - 1] === 1 ? mark : -1;
    if (contentEnd <= this.first) return undefined;
    return this.postposed(np, np.last, contentEnd, match.last + 1, cueSpan, ['postposed', 'postposed.all']);
  }

  /**
   * "What Lind said was that the levy was unfair", "All Kell told them, in the end, was: “Wait.”":
   * in a pseudo-cleft the clause after "was that" (or the quotation after "was") is what was
   * said, and the phrase between "what" or "all" and the cue is the speaker. Read only when
   * "what" or "all" opens the clause, so that "the plan that Lind said was dead" is left alone,
   * and only before "that" or a quotation, so that "What Lind said was false" (a judgement of the
   * words, not the words) is no statement. Where to go on; undefined when there is no such cleft.
   */
  private pseudoCleft(match: CueMatch, cueSpan: { start: number; end: number }): number | undefined {
    const { tokens } = this.ctx;
    const np = phraseAfterAll(tokens, match.first - 1, this.first);
    if (np === undefined || np.last !== match.first - 1) return undefined;
    const lead = np.first - 1;
    const leadWord = tokens[lead]?.norm;
    if ((leadWord !== 'what' && leadWord !== 'all') || !(lead === this.first || tokens[lead - 1]?.kind === 'punct' || LINKING_CONJUNCTIONS.has(tokens[lead - 1]?.norm ?? ''))) return undefined;
    let k = match.last + 1;
    // ("What Lind said, in short, was ...": a short aside between commas.)
    if (tokens[k]?.text === ',') {
      let close = k + 1;
      while (close < this.end && close <= k + CLEFT_ASIDE_REACH && tokens[close]?.text !== ',') close++;
      if (tokens[close]?.text !== ',') return undefined;
      k = close + 1;
    }
    // ("What Lind told them was ...": the listener after the cue.)
    if (isObjectPronoun(tokens[k]) && has(match.form, 'listener')) k++;
    if (!BE_FORMS.has(tokens[k]?.norm ?? '')) return undefined;
    k++;
    if (tokens[k]?.norm === 'that') k++;
    else if (tokens[k]?.text === ',' || tokens[k]?.text === ':') k++;
    // ("What Lind said was false": the words are judged, not given; no statement.)
    if (k >= this.end || !(this.ctx.opens[k] === 1 || (tokens[k - 1]?.kind === 'word' && tokens[k - 1]?.norm === 'that') || mainClauseAt(this.ctx, k, this.end))) return match.last;
    const stop = this.ctx.opens[k] === 1 ? (this.closingOf(k) ?? this.end) : contentEndFrom(this.ctx, k, this.end, this.first);
    this.push(k, stop, phraseSpan(this.ctx, np, np.last), cueSpan, RULE_CONFIDENCE.preposed, ['preposed', 'preposed.cleft']);
    return stop - 1;
  }

  /**
   * Whether a noun phrase or an object pronoun at token `from` is followed by a participle of
   * saying: "(shows) Lind saying ...", "(heard) him telling aides ...". See {@link DEPICTING_VERBS}.
   */
  private depictedSpeechAt(from: number): boolean {
    const { tokens } = this.ctx;
    const np = isObjectPronoun(tokens[from]) ? { first: from, last: from } : phraseStartingAt(tokens, from, this.end);
    if (np === undefined) return false;
    // (The phrase reader may take the participle into the phrase, "Lind saying", as it would "Lind Park".)
    for (let k = np.first + 1; k <= np.last + 1; k++) {
      const cue = speechGerundAt(this.ctx, k, this.end);
      if (cue !== undefined) return this.reportedAfter(cue.last);
    }
    return false;
  }

  /**
   * The one a verb of {@link DEPICTING_VERBS} shows just before the participle after token `k`:
   * the phrase `np` read back from `k` ("shows the mayor | telling"), the name inside it when the
   * phrase reader took the verb for its title ("captures Lind"), or an object pronoun at `k`
   * ("shows him | saying"); else undefined.
   */
  private shownBefore(np: NounPhrase | undefined, k: number): NounPhrase | undefined {
    const { tokens } = this.ctx;
    if (np === undefined) {
      const pronoun = tokens[k];
      return pronoun !== undefined && isObjectPronoun(pronoun) && pronoun.norm !== 'it' && DEPICTING_VERBS.has(tokens[k - 1]?.norm ?? '') ? { first: k, last: k, kind: 'pronoun' } : undefined;
    }
    if (DEPICTING_VERBS.has(tokens[np.first - 1]?.norm ?? '')) return np;
    const verb = np.name === undefined ? '' : tokens[np.name.first - 1]?.norm ?? '';
    return np.name !== undefined && DEPICTING_VERBS.has(verb) && !DEPICTING_NOUNS.has(verb) ? { first: np.name.first, last: np.name.last, kind: 'name', name: np.name } : undefined;
  }

  /**
   * Whether what follows the verb ending at token `last` is something said: a quotation, a clause,
   * or a listener and "that" ("saying the dam leaks", "telling aides that ..."; not "telling the
   * story of the town").
   */
  private reportedAfter(last: number): boolean {
    const { tokens } = this.ctx;
    const mark = tokens[last + 1]?.text;
    if (this.ctx.opens[mark === ',' || mark === ':' ? last + 2 : last + 1] === 1 || clauseAfterVerb(this.ctx, last, this.end)) return true;
    for (let k = last + 2; k < Math.min(this.end, last + 5); k++) {
      const t = tokens[k];
      if (t === undefined || t.kind === 'punct') return false;
      if (t.norm === 'that') return true;
    }
    return false;
  }

  /** Handles one cue; returns the token index to continue from. */
  private cue(cueMatch: CueMatch): number | undefined {
    const { tokens } = this.ctx;
    let match = cueMatch;
    // ("would neither confirm nor deny that ...", "did not confirm or deny the report": two cues
    // joined by "or" or "nor" are one cue, and what follows the second is what both report.)
    const joiner = tokens[match.last + 1]?.norm;
    const joined = joiner === 'or' || joiner === 'nor' ? matchCue(this.ctx, match.last + 2, this.end) : undefined;
    if (joined !== undefined && joined.form.tense === match.form.tense) match = { first: match.first, last: joined.last, form: joined.form };
    let form = match.form;
    const cueSpan = { start: tokens[match.first]?.start ?? 0, end: tokens[match.last]?.end ?? 0 };
    const adjacent = tokens[match.first - 1];
    const adjacentClass = classAt(this.ctx, match.first - 1);
    // ("“We are ready,” was all Lind would say.": the quotation is all the speaker said.)
    if (match.last + 1 >= this.end - 1 && has(form, 'postposed')) {
      const all = this.allThatWasSaid(match, cueSpan);
      if (all !== undefined) return all;
    }
    // ("What Lind said was that the levy was unfair": a pseudo-cleft.)
    if (form.tense === 'past' || form.tense === 'present') {
      const cleft = this.pseudoCleft(match, cueSpan);
      if (cleft !== undefined) return cleft;
    }
    // ("Kell is fond of saying that ...": the saying is the statement, read at "saying".)
    if (gerundIdiomBefore(tokens, match.last) !== undefined && speechGerundAt(this.ctx, match.last + 1, this.end) !== undefined) return undefined;
    // ("The clip shows Lind saying that ...": what is shown is her statement, read at "saying".)
    if (DEPICTING_CUE_LEMMAS.has(form.entry.lemma) && this.depictedSpeechAt(match.last + 1)) return undefined;
    // "an estimated 5,000", "the 16 states": after a determiner or a number the word is no verb.
    // ("The monthly farm report has lifted prices": a verb of saying is never followed straight
    // by an auxiliary, so the word is a noun.)
    // ("the levy, which she believes will ruin farmers": in a relative clause whose subject is the
    // gap, the verb of the gap's clause follows the cue directly.)
    if ((form.tense === 'base' || form.tense === 'present') && (classAt(this.ctx, match.last + 1) & CLASS_FINITE) !== 0 && match.last + 1 < this.end && !this.relativeGapBefore(match.first, has(form, 'clause'))) return undefined;
    // ("Investigators viewed the footage", "a clip viewed 2 million times": "view" holds a view
    // only as "view X as ...", "with ..." or with a manner, "view X favorably".)
    if (form.entry.lemma === 'view' && !this.viewHeldAfter(match.last + 1)) return undefined;
    // ("his home state of Vermont": a bare form before "of" is a noun.)
    if (form.tense === 'base' && form.words.length === 1 && tokens[match.last + 1]?.norm === 'of') return undefined;
    // ("the growers whose support he wants", "Lind gets less support than Kell": after "whose" or a
    // comparative of quantity a bare or present form is a noun.)
    if ((adjacentClass & CLASS_NOUN_MARKER) !== 0 && (form.tense === 'base' || form.tense === 'present')) return undefined;
    // ("one of the drafters of that 2013 charter said", "the 2024 survey finds": after a determiner and
    // a year a bare or present form is a noun.)
    if ((form.tense === 'base' || form.tense === 'present') && adjacent?.kind === 'number' && (DETERMINERS.has(tokens[match.first - 2]?.norm ?? '') || tokens[match.first - 2]?.norm === 'that')) return undefined;
    // ("her 32% support gives her a lead", "41 percent support against the mayor": after a share, a present
    // form that a preposition, a verb or punctuation follows is a noun.)
    const afterShare = tokens[match.last + 1];
    const shareNoun = (adjacent?.text === '%' || adjacent?.norm === 'percent') && (form.tense === 'present' || form.tense === 'base') && (afterShare === undefined || afterShare.kind === 'punct' || NP_PREPOSITIONS.has(afterShare.norm) || AFTER_SHARE_NOUN.has(afterShare.norm));
    if (shareNoun) return undefined;
    // ("Do you support the new dam?": a question put to the reader about a stance attributes
    // nothing; "Do you think ...?" still asks about a belief, which gold marks.)
    if (form.entry.kind !== 'belief' && match.first === this.first + 2 && DO_FORMS.has(tokens[this.first]?.norm ?? '') && tokens[this.first + 1]?.norm === 'you' && tokens[this.end - 1]?.text === '?') return undefined;
    // ("the board should not confirm a new clerk", "you should have said no", "what should we talk
    // about": an act one ought to perform has not been performed; 0 of 5 right on polnear-train.)
    if (adjacent?.norm === 'should' || (tokens[match.first - 2]?.norm === 'should' && (isModifier(adjacent) || SUBJECT_PRONOUNS.has(adjacent?.norm ?? '')))) return undefined;
    // ("a shirt that read “Save the Dam”", "a sign, which read ...": words printed on a thing are
    // no one's statement; 0 of 6 right on polnear-train.)
    if (form.entry.lemma === 'read' && (adjacent?.norm === 'that' || adjacent?.norm === 'which')) return undefined;
    // ("a line diplomats read as a warning", "words many read as a threat": "read as" is how words
    // were taken, not words that were written.)
    if (form.entry.lemma === 'read' && tokens[match.last + 1]?.norm === 'as') return undefined;
    // ("analysts I trust say the gap is small", "people we met believe ...": a cue right before
    // another finite one, with a personal pronoun after a plural noun for its subject, is the verb of
    // a relative clause without "that" on that noun; the next cue is the statement's.)
    if (adjacent !== undefined && PERSONAL_SUBJECTS.has(adjacent.norm) && match.first - 2 >= this.first && this.contactRelativeCue(match)) return undefined;
    // ("Oates pleaded guilty and will testify", "has pleaded not guilty": a plea entered in court
    // is an act on the charge, not a report of something said.)
    if (form.entry.lemma === 'plead' && PLEA_WORDS.has(tokens[match.last + 1]?.norm ?? '')) return undefined;
    // ("Marovia recalled its ambassador", "recalls envoy", "recalled 40,000 cars": a recall of
    // envoys, troops or goods withdraws them; nothing is remembered aloud.)
    // ("“It was cold,” recalled the envoy": not an inverted cue after what was said.)
    if (form.entry.lemma === 'recall' && adjacent?.text !== ',' && this.ctx.closes[match.first - 1] !== 1 && this.recallsWithdrawn(match.last + 1)) return undefined;
    // ("his outrageous views", "more ambiguous remarks", "a boastful claim": after an adjective in
    // -ous or -ful a present or bare form is a noun ("the faithful say" still has its subject).)
    if ((form.tense === 'present' || form.tense === 'base') && adjacent !== undefined && adjacent.kind === 'word' && adjacent.norm.length > 5 && (adjacent.norm.endsWith('ous') || adjacent.norm.endsWith('ful')) && !isCapitalised(adjacent) && tokens[match.first - 2]?.norm !== 'the') return undefined;
    // ("leads by 270 pledged delegates": a past form between a number and a plural is an adjective.)
    // ("the 43-year-old said": an age is a person, not a count.)
    const numberNoun = adjacent?.kind === 'number' && !isAgeNoun(adjacent) && (form.tense === 'present' || DETERMINERS.has(tokens[match.first - 2]?.norm ?? '') || tokens[match.first - 2]?.norm === 'the' || (form.tense === 'past' && hasPluralEnding(tokens[match.last + 1]?.norm ?? '')));
    // ("promises 300 permanent posts, and ...": after a count and a word that is no plural, a
    // present form in "-s" is the counted noun; "300 voters say", "43 percent say" keep their verb.)
    // ("The 50-state poll finds", "a 2011 email shows": not after a compound, an ordinal or a year.)
    if (form.tense === 'present' && adjacent !== undefined && adjacent.kind === 'word' && !isCapitalised(adjacent) && plainCount(tokens[match.first - 2]) && !hasPluralEnding(adjacent.norm) && !IRREGULAR_PLURALS.has(adjacent.norm) && adjacent.norm !== 'percent') return undefined;
    const proportion = (classAt(this.ctx, match.first - 2) & CLASS_PROPORTION_LINK) !== 0;
    // "Some said ...", "Many believe ...": a quantifier standing alone at a clause's start is the subject.
    const beforeAdjacent = tokens[match.first - 2];
    // ("A few said ...", "..., and a few agreed": "few" after "a" stands alone as "few" does; the
    // article is where the clause opens.)
    const quantifierStart = adjacent?.norm === 'few' && beforeAdjacent?.norm === 'a' && match.first - 2 >= this.first ? match.first - 2 : match.first - 1;
    const beforeQuantifier = tokens[quantifierStart - 1];
    const quantifierSubject = adjacent !== undefined && (adjacentClass & CLASS_STANDALONE_QUANTIFIER) !== 0 && (form.tense === 'past' || form.tense === 'present' || form.tense === 'base') && (quantifierStart === this.first || beforeQuantifier === undefined || beforeQuantifier.kind === 'punct' || beforeQuantifier.norm === 'and' || beforeQuantifier.norm === 'but' || beforeQuantifier.norm === 'yet' || SUBORDINATORS.has(beforeQuantifier.norm) || PLURAL_SUBJECT_PRONOUNS.has(beforeQuantifier.norm) || (FLOATING_QUANTIFIERS.has(adjacent.norm) && (hasPluralEnding(beforeQuantifier.norm) || isCapitalised(beforeQuantifier) || QUANTIFIER_AUXILIARIES.has(beforeQuantifier.norm))));
    // "Of the 40 delegates, two said ...", "all but two said ...", "The two said ...": so is a count
    // word alone after a comma, a conjunction, "the" or "all", or at the sentence's start.
    // (After "the" or "all" only a past form: "the four states voted" has a noun in -s.)
    const countLead = beforeAdjacent?.norm ?? '';
    // ("One aide said the vote was lost; the other said it was won": "the other" is the second of a
    // pair, and so a subject, before a past form; "the other claims were dropped" has a noun in -s.)
    const countSubject = adjacent !== undefined && (NUMBER_WORDS.has(adjacent.norm) || (adjacent.norm === 'other' && countLead === 'the')) && form.tense !== 'gerund' && (match.first - 1 === this.first || beforeAdjacent?.kind === 'punct' || countLead === 'and' || countLead === 'but' || (form.tense === 'past' && (countLead === 'the' || countLead === 'all')));
    // ("those backing Lind": the demonstrative is the group that backs.)
    const backers = adjacent?.norm === 'those' && form.tense === 'gerund' && BACKING_PARTICIPLES.has(form.entry.lemma);
    // (After a preposition the form is a noun, unless the preposition is left stranded at the end
    // of a relative clause in the subject: "the growers we talked with | said".)
    if (adjacent !== undefined && match.first > this.first && (((adjacentClass & CLASS_DETERMINER) !== 0 && !proportion && !quantifierSubject && !countSubject && !backers && !this.objectHerAt(match.first - 1, match)) || numberNoun || adjacent.norm === 'the' || ((adjacentClass & CLASS_NP_PREPOSITION) !== 0 && this.contactRelativeHead(match.first - 1) === undefined && !(form.tense === 'gerund' && gerundIdiomBefore(tokens, match.first - 1) !== undefined)))) return undefined;
    // "the United States": a capitalised cue inside a sentence is a name, unless the sentence is a title-case headline.
    const cueToken = tokens[match.first];
    if (cueToken !== undefined && isCapitalised(cueToken) && match.first > this.first && !this.titleCase()) return undefined;
    // "As first reported by the county paper, the mayor resigned": a source after "as ... by".
    if ((form.tense === 'past' || form.tense === 'participle') && tokens[match.last + 1]?.norm === 'by') {
      let as = match.first - 1;
      while (as > this.first && isModifier(tokens[as])) as--;
      if (as === this.first && tokens[as]?.norm === 'as') {
        const comma = this.firstComma(match.last + 2);
        const source = comma === undefined ? undefined : phraseStartingAt(tokens, match.last + 2, comma);
        if (comma !== undefined && source !== undefined && source.kind !== 'pronoun' && source.last === comma - 1) {
          // (As after a fronted "according to", what it covers is the whole sentence after the source.)
          const stop = trimEnd(this.ctx, comma + 1, this.end);
          this.push(comma + 1, stop, phraseSpan(this.ctx, source), cueSpan, RULE_CONFIDENCE.passive, ['passive.by', 'passive.as']);
          return Math.max(match.last, stop - 1);
        }
      }
    }
    // "Said the mayor, “We will rebuild.”": an inverted cue opening the sentence.
    if (match.first === this.first && cueToken !== undefined && isCapitalised(cueToken) && (form.tense === 'past' || form.tense === 'present') && has(form, 'postposed')) {
      const np = phraseStartingAt(tokens, match.last + 1, this.end);
      let mark = np === undefined ? -1 : np.last + 1;
      // ("Said Dora Poynter, who grew up with him, “...”": an appositive between commas.)
      if (np !== undefined && tokens[mark]?.text === ',' && this.ctx.opens[mark + 1] !== 1) {
        const second = this.firstComma(mark + 1);
        if (second !== undefined && this.ctx.opens[second + 1] === 1 && this.isAppositive(mark + 1, second)) mark = second;
      }
      const open = mark + 1;
      if (np !== undefined && np.kind !== 'pronoun' && (tokens[mark]?.text === ',' || tokens[mark]?.text === ':') && this.ctx.opens[open] === 1) {
        const closed = this.closingOf(open) ?? this.end;
        this.push(open, closed, phraseSpan(this.ctx, np, mark - 1), cueSpan, RULE_CONFIDENCE.postposed, ['postposed.inverted', 'postposed.leading']);
        return closed - 1;
      }
    }
    let k = match.first - 1;
    let auxiliary = false;
    let be = false;
    let hypothetical = false;
    let predicative = false;
    // "Lind has written that ...", "had spoken about the levy": a participle after "have" is finite.
    let perfect = false;
    // "the mayor seemed to offer", "they seem to be hoping": the impression verb stands between the
    // subject and the cue.
    if (tokens[k]?.norm === 'be' && tokens[k - 1]?.norm === 'to' && SEEM_VERBS.has(tokens[k - 2]?.norm ?? '') && k - 2 > this.first) {
      be = true;
      k -= 3;
    } else if (tokens[k]?.norm === 'to' && SEEM_VERBS.has(tokens[k - 1]?.norm ?? '') && k - 1 > this.first) {
      auxiliary = true;
      k -= 2;
    } else if (tokens[k]?.norm === 'to' && ASPECT_VERBS.has(tokens[k - 1]?.norm ?? '') && k - 1 > this.first) {
      // "Lind continued to assert that ...", "began to question whether ...": a verb of aspect
      // carries the tense.
      auxiliary = true;
      k -= 2;
    } else if (tokens[k]?.norm === 'to' && tokens[k - 1]?.norm === 'on' && GO_FORMS.has(tokens[k - 2]?.norm ?? '') && k - 2 > this.first) {
      // "He went on to call Reyes a liar."
      auxiliary = true;
      k -= 3;
    } else if (tokens[k]?.norm === 'to' && (CONTROL_VERBS.has(tokens[k - 1]?.norm ?? '') || habitBareBefore(tokens, k)) && k - 1 > this.first && (!tokens[k - 1]?.norm.endsWith('ing') || isModifier(tokens[k - 2]) || contractedAuxiliary(tokens[k - 2]) !== undefined)) {
      // "Kell tried to argue that ...", "is trying to convince": the subject of "try" makes
      // the statement ("a strategy of trying to ..." names no one).
      auxiliary = true;
      k -= 2;
    } else if (tokens[k]?.norm === 'to' && tokens[k - 1]?.norm === 'way' && tokens[k - 3]?.norm === 'of' && tokens[k - 4]?.norm === 'out' && GO_FORMS.has(tokens[k - 5]?.norm ?? '') && POSSESSIVE_DETERMINERS.has(tokens[k - 2]?.norm ?? '') && k - 5 > this.first) {
      // "Kell went out of her way to praise the crew": the idiom carries the tense.
      auxiliary = true;
      k -= 6;
    } else if (tokens[k]?.norm === 'to' && this.emphasisIdiomBefore(k) !== undefined) {
      // "Kell went so far as to claim ...", "took pains to stress ...": the idiom carries the tense.
      auxiliary = true;
      k = this.emphasisIdiomBefore(k) as number;
    } else if (tokens[k]?.norm === 'to' && CONTROL_ADJECTIVES.has(tokens[k - 1]?.norm ?? '') && k - 1 > this.first) {
      // "Growers were quick to point out that ...", "voters are more likely to say ...": after "be".
      k -= 2;
      if (DEGREE_WORDS.has(tokens[k]?.norm ?? '')) k--;
      // ("has been quick to", "would be eager to": "been" and "be" after an auxiliary.)
      if ((tokens[k]?.norm === 'been' || tokens[k]?.norm === 'be') && isModifier(tokens[k - 1])) {
        k--;
        be = true;
      }
      if (!isModifier(tokens[k]) && contractedAuxiliary(tokens[k]) !== 'be') return undefined;
      auxiliary = true;
      predicative = true;
    } else if (form.tense === 'gerund' && (gerundIdiomBefore(tokens, k) ?? -1) >= this.first) {
      // "Lind stopped short of calling ...", "Kell is fond of saying ...": the idiom carries the tense.
      be = true;
      auxiliary = true;
      k = gerundIdiomBefore(tokens, k) as number;
    } else if (form.tense === 'gerund' && (ASPECT_VERBS.has(tokens[k]?.norm ?? '') || KEEP_FORMS.has(tokens[k]?.norm ?? '')) && k > this.first) {
      // "Reyes began talking about ...", "she kept insisting ...": the -ing form is the verb's.
      be = true;
      k -= 1;
    }
    // Modifiers between the subject and the cue; a second run after a short prepositional phrase
    // that follows an auxiliary ("have in the past said", "has in particular noted").
    for (let run = 0; run < 2; run++) {
      // ("has been saying for months that": "been" before a progressive is part of the verb.)
      // ("..., and most recently defended ...": "most" before an adverb in -ly intensifies it.)
      // ("has been critical of", "would be willing to": "been" and "be" carry an adjective cue.)
      while (k >= this.first && (isModifierAt(this.ctx, k) || (tokens[k]?.norm === 'been' && form.tense === 'gerund') || ((tokens[k]?.norm === 'been' || tokens[k]?.norm === 'be' || ADJECTIVE_LINKS.has(tokens[k]?.norm ?? '')) && isAdjectiveEntry(form.entry)) || (tokens[k]?.norm === 'most' && k + 1 < match.first && isModifier(tokens[k + 1]) && (tokens[k + 1]?.norm.endsWith('ly') ?? false)))) {
        // "Both said ...", "..., and all agreed": a quantifier opening the clause is its subject.
        // ("Lind and Sen. Tom Kell (R-Ore.) both condemned ...", "The growers — whose farms flooded —
        // both urged ...": after a parenthesis or an aside between dashes it floats after the subject.)
        const intensifier = tokens[k]?.norm === 'most' && k + 1 < match.first && (tokens[k + 1]?.norm.endsWith('ly') ?? false);
        if (STANDALONE_QUANTIFIERS.has(tokens[k]?.norm ?? '') && !intensifier && (k === this.first || tokens[k - 1]?.kind === 'punct' || tokens[k - 1]?.norm === 'and' || tokens[k - 1]?.norm === 'but' || SUBORDINATORS.has(tokens[k - 1]?.norm ?? '')) && !this.floatsAfterAside(k)) break;
        if (AUXILIARIES.has(tokens[k]?.norm ?? '')) auxiliary = true;
        if (BE_FORMS.has(tokens[k]?.norm ?? '') || ADJECTIVE_LINKS.has(tokens[k]?.norm ?? '')) be = true;
        else if (PERFECT_AUXILIARIES.has(tokens[k]?.norm ?? '')) perfect = true;
        if (k === match.first - 1 && HYPOTHETICAL_MODALS.has(tokens[k]?.norm ?? '') && !FIRST_PERSON.has(tokens[k - 1]?.norm ?? '')) hypothetical = true;
        k--;
      }
      // "Voters might blame the mayor", "the panel could declare the claim void": a statement that
      // may or may not be made is reported by no one (right before the cue, on polnear-train 1 in 15
      // such cues is gold; "could also declare", "could only quip" and the writer's own "we might
      // wish that ..." are kept).
      if (hypothetical) return undefined;
      // "The mayor three days ago said ...": a time phrase in "ago" stands between the subject and the cue.
      const ago = agoPhraseBefore(tokens, k, this.first);
      if (ago < k) {
        k = ago;
        continue;
      }
      // "He's suggesting that ...", "I'd add that ...": a subject pronoun can carry the auxiliary;
      // "'s" before a participle is "has" ("she's argued").
      if (run === 0) {
        const contracted = contractedAuxiliary(tokens[k]);
        if (contracted === 'be' && form.tense !== 'past' && form.tense !== 'participle') be = true;
        else if (contracted !== undefined) {
          auxiliary = true;
          perfect = true;
        }
      }
      // "were willing to", "is ready to": an adjective of readiness is a cue only after "be".
      if (run === 0 && isAdjectiveEntry(form.entry) && !be) return undefined;
      const pp = run === 0 ? this.phraseAfterAuxiliary(k) : undefined;
      if (pp === undefined) break;
      k = pp;
    }
    if (predicative && !be) return undefined;
    if (this.placeAfterSubject(k)) k--;
    // "A poll out Monday showed", "a survey released this week finds": the time belongs to the source.
    if (k < match.first - 1 && EVIDENCE_LEMMAS.has(form.entry.lemma) && EVIDENCE_RELEASE_WORDS.has(tokens[k]?.norm ?? '') && EVIDENCE_NOUNS.has(tokens[k - 1]?.norm ?? '')) k--;
    // "he, once again, pledged": an adverbial between commas stands outside the clause.
    if (tokens[k]?.text === ',') {
      let m = k - 1;
      while (m >= this.first && m > k - 5 && (isModifier(tokens[m]) || ASIDE_ADVERBS.has(tokens[m]?.norm ?? ''))) m--;
      if (m < k - 1 && tokens[m]?.text === ',') k = m - 1;
    }
    let prev = tokens[k];
    // "Harte took to Facebook to say that ...", "went on CNN to declare ...": a purpose after a
    // move onto a platform is the subject's statement.
    // ("rose to say", "took the floor to ask": so is a purpose after rising to speak.)
    // ("Shares rose to say nothing of bonds": "to say nothing of" is a phrase of addition, no purpose.)
    if (form.tense === 'base' && prev?.norm === 'to' && (this.platformBefore(k) || (riseToSpeakBefore(tokens, k, this.first) && !sayNothingOfAt(tokens, match.last + 1)))) {
      return this.preposed(match, this.clauseSubjectBefore(k) ?? this.subject(), cueSpan, ['purpose'], RULE_CONFIDENCE.chained);
    }
    // "The delay led some growers to wonder whether ...", ", leaving voters to ask ...": the phrase
    // that is led to the statement makes it.
    if (form.tense === 'base' && prev?.norm === 'to') {
      const led = this.ledBefore(k);
      if (led !== undefined) return this.preposed(match, led, cueSpan, ['caused'], RULE_CONFIDENCE.chained);
    }
    // "Lind was the first senator to endorse Kell", "one of the earliest growers to back the levy":
    // after an ordinal or "only", the infinitive is a relative clause whose subject is the phrase.
    if (form.tense === 'base' && prev?.norm === 'to' && form.entry.kind === 'speech') {
      const ordinal = this.ordinalBefore(k);
      if (ordinal !== undefined) {
        // ("The first senator to endorse Kell was Lind": a phrase that is itself the subject ends
        // what was said at the main clause's verb, and a name after "was" says who it is.)
        const verb = ordinal.phrase.last === k - 1 ? this.finiteVerbAfter(match.last + 1) : undefined;
        const named = verb !== undefined && BE_FORMS.has(tokens[verb]?.norm ?? '') ? phraseStartingAt(tokens, verb + 1, this.end) : undefined;
        const speaker = named !== undefined && named.kind === 'name' ? phraseSpan(this.ctx, named) : ordinal;
        return this.preposed(match, speaker, cueSpan, ['ordinal'], RULE_CONFIDENCE.chained, verb);
      }
    }
    // "Asked whether he would run, Smith said ...", "she was asked about the vote": the question
    // is attributed, to its asker when a "by" phrase names one.
    // ("When pressed on why ...", "Pressed by a senator on whether ...": so is one put with "pressed".)
    if (form.tense === 'past' && has(form, 'question') && (tokens[match.first]?.norm === 'asked' || this.questionTopicAhead(match))) {
      const bare = k < this.first || be || BE_FORMS.has(prev?.norm ?? '') || ASKED_OPENERS.has(prev?.norm ?? '') || this.askedAfterSubject(match.first);
      const asked = bare ? this.askedQuestion(match, cueSpan) : undefined;
      if (asked !== undefined) return asked;
    }
    // "Lind has been faulted by two of her rivals": a passive names its speaker after "by".
    if ((form.tense === 'participle' || form.tense === 'past') && (be || BE_FORMS.has(prev?.norm ?? ''))) {
      const told = match.first === match.last && TOLD_PARTICIPLES.has(tokens[match.first]?.norm ?? '') ? this.toldPassive(match, cueSpan) : undefined;
      if (told !== undefined) return told;
      const passive = this.passiveBy(match, k, cueSpan);
      if (passive !== undefined) return passive;
      // "The vote is expected to ...": a passive with no "by" names no one who holds the view;
      // PolNeAR still counts the expectation, with the whole clause as what is expected.
      // ("had been reported to the election board": "to" and a noun phrase name where it went, not an infinitive.)
      if (tokens[match.last + 1]?.norm === 'to') {
        if (RAISING_PASSIVES.has(tokens[match.first]?.norm ?? '') && !opensPhraseAfterTo(tokens[match.last + 2])) this.raised(match, cueSpan);
        return undefined;
      }
      // "Ruiz was declared the winner", "the ayes were declared the majority": a declaration with no
      // "by" names no one who made it; PolNeAR counts it as it counts an expectation, the whole
      // clause being what was declared.
      if (tokens[match.first]?.norm === 'declared' && match.first === match.last && DECLARED_LEADS.has(tokens[match.last + 1]?.norm ?? '')) {
        this.raised(match, cueSpan, true);
        return undefined;
      }
      // "Lind was named director": the subject of a passive is
      // what the statement is about, not its speaker (an adjective of stance such as "were
      // concerned that" still is).
      // ("was told that ...", "is worried about ...": a clause or topic after the passive still reads,
      // and so does an impersonal "It was announced on Monday that ...".)
      const after = tokens[match.last + 1]?.norm;
      // ("It is considered a threat": a cue without a clause frame has no impersonal passive.)
      const impersonal = (tokens[k]?.norm === 'it' || tokens[k - 1]?.norm === 'it') && (has(form, 'clause') || has(form, 'that'));
      // ("were worried about ...": a cue with its own preposition is a stance too.)
      const phrasal = match.last > match.first;
      if (!isAdjectiveEntry(form.entry) && (form.tense === 'participle' || form.tense === 'past') && after !== 'that' && after !== 'about' && !impersonal && !phrasal) return undefined;
    }
    // "Lind hired a pollster, having rejected one in May", "Having said that he would run, Kell ...":
    // a perfect participle is no subject; the clause it continues speaks.
    if (prev?.norm === 'having' && (form.tense === 'participle' || form.tense === 'past')) {
      const lead = tokens[k - 1];
      if (k === this.first || lead === undefined || lead.text === ',' || isDash(lead) || lead.norm === 'and' || lead.norm === 'but' || lead.norm === 'after' || lead.norm === 'while') {
        return this.preposed(match, this.nearestClauseSubject(k) ?? this.clauseSubjectBefore(k) ?? this.subject(), cueSpan, ['participle'], RULE_CONFIDENCE.participle);
      }
    }
    // ("Lind, with polls showing her lead down, told ...": a poll's participle in an aside before the
    // comma reports, but the sentence's subject is still to come back; "The head of the group
    // backing Ruiz for mayor, Tom Vale, praised ...": a stand named inside the subject is no
    // statement of the clause, so a comma after it joins no second verb to it.)
    const sameSubject = this.out.length > 0 && prev?.text === ',' && !ASIDE_RULES.has(this.out[this.out.length - 1]?.rules[1] ?? '') && !this.afterRelative() && !this.semicolonSince(k) && !this.coordinatedAppositive(k) && !this.nounAppositiveOfSubject(k) && namingAsideEnd(this.ctx, match.first, this.end) < 0;

    // ", saying (that) ..." and "..., adding ...": the subject of the sentence speaks again.
    // "is calling for", "was saying": a progressive is a finite verb.
    const progressive = form.tense === 'gerund' && be;
    if (form.tense === 'gerund' && !progressive) {
      // ("flipped his pick on the spot – saying he would ...": a spaced dash sets off a participle
      // with a clause after it as a comma does.)
      // ("wrote to the board last week warning that ...": so does a time adjunct closing the clause
      // before, with "that" after the cue; not after a document named in that clause, "a reply to the
      // letter the union sent on Monday warning that ...", which may be the one that warns.)
      const afterTime = k + 1 < match.first && tokens[match.last + 1]?.norm === 'that' && skipTimeAdjunct(tokens, k + 1, match.first) === match.first && !this.documentBefore(k);
      const afterComma = prev !== undefined && (prev.text === ',' || afterTime || (spacedDash(this.ctx, k) && clauseAfterVerb(this.ctx, match.last, this.end)) || (this.ctx.closes[k] === 1 && tokens[k - 1]?.text === ','));
      // ("..., praising the crew but warning that ...": "but" joins participles too.)
      const coordinatedParticiple = (prev?.norm === 'and' || prev?.norm === 'but') && (this.out.some((q) => q.rules[0] === 'participle') || this.participleBefore(k));
      // "a super PAC backing Ana Ruiz", "those supporting Lind": a group named by the candidate it
      // backs takes a stand; on polnear-train this frame is gold in 18 of 40 uses.
      if (BACKING_PARTICIPLES.has(form.entry.lemma) && prev !== undefined && k === match.first - 1) {
        const speaker = this.backer(k, match.last + 1);
        // (The backed names end the stand: "groups backing Ruiz and Lind spent $2 million".)
        const named = speaker === undefined ? undefined : this.namesEnd(match.last + 1);
        if (named !== undefined) return this.preposed(match, speaker, cueSpan, ['participle', 'participle.backer'], RULE_CONFIDENCE.participle, named);
      }
      // Participles of attitude ("supporting", "urging", "discussing") more often describe than report.
      // (", seeking an injunction", "after seeking to convince delegates": an adverbial "seeking" is
      // the subject's own aim; on polnear-train 7 of 11 such uses were gold, while "supporting",
      // "echoing", "attacking" and the rest after a comma fell below 1 in 4.)
      if (ATTITUDE_PARTICIPLES.has(form.entry.lemma) && !(form.entry.lemma === 'seek' && prev !== undefined && (afterComma || PARTICIPLE_SUBORDINATORS.has(prev.norm)))) return undefined;
      // "Holt was quoted as saying ...", "was quoted by the agency as saying ...".
      const quoted = prev?.norm === 'as' ? this.quotedAs(k) : undefined;
      // ("“We were ready,” Kell was quoted as saying by the daily Post.": with only an adjunct after
      // the participle, what was said is the quotation that closes right before the one quoted.)
      const quotedLead = quoted === undefined ? -1 : quoted.phrase.first - 1;
      if (quoted !== undefined && quotedLead > this.first && (this.ctx.closes[quotedLead] === 1 || (tokens[quotedLead]?.text === ',' && this.ctx.closes[quotedLead - 1] === 1))) {
        const tail = this.adjunctTail(match.last + 1, form, true);
        if (tail !== undefined && tail >= this.end) return this.postposed(quoted.phrase, quoted.phrase.last, this.ctx.closes[quotedLead] === 1 ? quotedLead + 1 : quotedLead, tail, cueSpan, ['participle', 'participle.quoted']);
      }
      if (quoted !== undefined) return this.preposed(match, quoted, cueSpan, ['participle', 'participle.quoted'], RULE_CONFIDENCE.participle);
      // "Lind can be heard saying that ...", "Kell was seen telling reporters ...": after a passive
      // verb of perception the participle is what its subject was heard or seen to say.
      if (prev !== undefined && PASSIVE_PERCEPTIONS.has(prev.norm) && BE_FORMS.has(tokens[k - 1]?.norm ?? '')) {
        return this.preposed(match, this.nearestClauseSubject(k) ?? this.clauseSubjectBefore(k) ?? this.subject(), cueSpan, ['participle', 'participle.perceived'], RULE_CONFIDENCE.participle);
      }
      // "Noting that the pier had closed, Lind said ...": a participle opening the sentence is said by
      // the subject of the main clause after its comma, and what it reports ends at that comma.
      // ("Regarding the vote, ...": not a participle that works as a preposition.)
      if (match.first === this.first && !PREPOSITIONAL_PARTICIPLES.has(tokens[match.first]?.norm ?? '')) {
        // ("Citing “ties to the valley,” the mayor said ...": the comma may stand inside a quotation
        // that closes the phrase; what is reported then ends with the quotation.)
        const comma = this.clauseComma(match.last + 1);
        const end = comma !== undefined && this.ctx.closes[comma] === 1 ? comma + 1 : comma;
        const speaker = comma === undefined || comma - match.last > FRONTED_PARTICIPLE_REACH ? undefined : sentenceSubject(this.ctx, this.first, this.end);
        if (comma === undefined || speaker === undefined || speaker.phrase.first !== comma + 1) return undefined;
        // ("Citing the storms, Lind asked ...": a verb right after the subject, which a phrase scan
        // may take for a participle after a noun.)
        let verb = speaker.phrase.last + 1;
        while (verb < this.end && isModifier(tokens[verb]) && !FINITE_VERBS.has(tokens[verb]?.norm ?? '')) verb++;
        if (!mainClauseAt(this.ctx, comma + 1, this.end) && !startsPredicate(this.ctx, verb, this.end)) return undefined;
        return this.preposed(match, speaker, cueSpan, ['participle', 'participle.fronted'], RULE_CONFIDENCE.participle, end);
      }
      // "..., with the deputy minister, Pavel Dorin, saying ...": the subject of an absolute "with"
      // phrase may carry a name in commas, after which the comma is no clause break.
      const absoluteNamed = prev?.text === ',' ? this.absoluteWithAppositive(k) : undefined;
      if (absoluteNamed !== undefined && (has(form, 'clause') || has(form, 'object') || has(form, 'infinitive'))) return this.preposed(match, absoluteNamed, cueSpan, ['participle', 'participle.attached'], RULE_CONFIDENCE.participle);
      // ("accused the board of raising fares by announcing cuts": after a gerund the participle
      // tells how that act was done, and is no statement of the subject's.)
      if (prev?.norm === 'by' && gerundNamedBefore(tokens, k, this.first)) return undefined;
      // ("The mayor angered farmers by announcing ...": after a verb of stirring, those stirred end
      // right before "by"; the one who stirred them, that statement's content, is the subject.)
      const stir = prev?.norm === 'by' ? this.out[this.out.length - 1] : undefined;
      if (stir !== undefined && stir.rules[0] === 'stir.object' && stir.speaker !== undefined && stir.speaker.phrase.last === k - 1) {
        const stirrer = phraseEndingAt(tokens, this.tokenAfter(stir.contentEnd) - 1, this.first);
        if (stirrer !== undefined && stirrer.kind !== 'pronoun') return this.preposed(match, phraseSpan(this.ctx, stirrer), cueSpan, ['participle', 'participle.by'], RULE_CONFIDENCE.participle);
      }
      if (prev !== undefined && (afterComma || coordinatedParticiple || PARTICIPLE_SUBORDINATORS.has(prev.norm))) {
        // ("Ryan, who had surprised Kell by declaring ...", "the leak, which forced her out after
        // showing that ...": after "by", "after", "while" the participle belongs to the verb just
        // before it, whose subject may be a relative pronoun; after a comma the relative clause may
        // have closed.)
        return this.preposed(match, this.nearestClauseSubject(k, PARTICIPLE_SUBORDINATORS.has(prev.norm)) ?? this.clauseSubjectBefore(k) ?? this.subject(), cueSpan, prev.norm === 'by' ? ['participle', 'participle.by'] : ['participle'], RULE_CONFIDENCE.participle);
      }
      // "issued a statement saying ...": the document's author speaks; "a sign saying ...",
      // "with Trump calling for ...", "voters saying ...": the phrase before the participle does.
      let np = prev === undefined ? undefined : phraseEndingAt(tokens, k, this.first);
      // "sent a letter to Congress saying ...": the document before "to" and its addressee.
      // ("posted a statement on Facebook saying ...", "issued a letter through her lawyer saying ...":
      // so after the medium or the channel.)
      // (A name after the preposition may have been read with the document as one phrase, "a statement on Facebook".)
      // ("wrote an essay in the Courier arguing ...": the name may come with its determiner.)
      if (np !== undefined) {
        let linked = documentLinkAt(tokens, np.first) || np.name === undefined ? np.first : np.name.first;
        if (linked > np.first && DETERMINERS.has(tokens[linked - 1]?.norm ?? '')) linked--;
        // ("posted a statement on its website saying ...", "a video on social media promising ...": the
        // phrase read back may hold the document, the link and a channel in lower case.)
        if (!documentLinkAt(tokens, linked) && !DOCUMENT_NOUNS.has(tokens[np.last]?.norm ?? '')) {
          for (let j = np.first + 2; j <= np.last; j++) {
            if (documentLinkAt(tokens, j)) {
              linked = j;
              break;
            }
          }
        }
        const document = documentLinkAt(tokens, linked) ? phraseEndingAt(tokens, linked - 2, this.first) : undefined;
        // (After "in" only a document that is a verb's object: "A report in the Courier citing ..."
        // as a subject is the report's own phrase.)
        if (document !== undefined && (tokens[linked - 1]?.norm !== 'in' || this.verbBefore(document.first))) np = document;
      }
      // ("a letter signed by forty parents asking the board to ...": those who signed the document
      // speak through it.)
      if (np !== undefined && np.kind !== 'pronoun' && signedDocumentBefore(tokens, np.first, this.first) && form.entry.kind === 'speech' && (has(form, 'that') || has(form, 'infinitive') || has(form, 'listener') || has(form, 'object')) && tokens[match.last + 1]?.text !== ',') {
        return this.preposed(match, phraseSpan(this.ctx, np), cueSpan, ['participle', 'participle.attached'], RULE_CONFIDENCE.participle);
      }
      const head = tokens[np?.last ?? -1]?.norm ?? '';
      // ("a statement calling on residents to stay home", "a letter vowing to appeal": after a
      // document an infinitive reads too, its author speaking; a bare object such as "a book praising
      // the governor" more often describes the document than reports it.)
      const documentFrame = has(form, 'that') || has(form, 'infinitive') || has(form, 'listener') || (has(form, 'object') && head !== 'book' && head !== 'memoir');
      const lead = np === undefined ? undefined : tokens[np.first - 1];
      const source = np !== undefined && EVIDENCE_NOUNS.has(head) && EVIDENCE_PARTICIPLES.has(tokens[match.first]?.norm ?? '') ? this.circumstanceSource(np) : undefined;
      if (source !== undefined) return this.preposed({ ...match, form: evidenceForm(form) }, phraseSpan(this.ctx, source), cueSpan, ['evidence', 'evidence.participle'], RULE_CONFIDENCE.participle);
      // (", with the union calling her a champion", ", with Kell calling for a ban": after a comma and
      // "with" the phrase is the participle's subject, whatever the cue's frame; "replaced it with
      // language calling for aid" describes the language.)
      const absolute = lead?.norm === 'with' && np !== undefined && (np.first - 1 === this.first || tokens[np.first - 2]?.text === ',') && (has(form, 'object') || has(form, 'infinitive') || has(form, 'question'));
      // ("The clip shows Lind saying that ...", "cameras caught him telling aides ...": the one shown speaks.)
      const shown = this.shownBefore(np, k);
      if (shown !== undefined && has(form, 'clause') && !PICTURE_NOUNS.has(tokens[shown.last]?.norm ?? '') && this.reportedAfter(match.last) && (shown.kind !== 'pronoun' || isObjectPronoun(tokens[shown.last]))) {
        return this.preposed(match, phraseSpan(this.ctx, shown), cueSpan, ['participle', 'participle.depicted'], RULE_CONFIDENCE.participle);
      }
      if (np === undefined || np.kind === 'pronoun' || !(has(form, 'clause') || absolute || (documentFrame && DOCUMENT_NOUNS.has(head)))) return undefined;
      if (!DOCUMENT_NOUNS.has(head) && !(lead !== undefined && (lead.norm === 'with' || lead.text === ',' || isDash(lead)))) return undefined;
      // ("the council's letter praising the crew": a named possessor of a document is its author; a
      // possessive pronoun, "revised her statement explaining ...", stands for the subject.)
      const owner = DOCUMENT_NOUNS.has(head) ? this.nounOwner(np.last) : undefined;
      // ("held up a sign saying ...": a sign speaks for itself; "carrying signs saying ...", its carriers.)
      // ("joined the rally carrying signs reading ...": a phrase read back over the carrying
      // participle still has the carriers for its speaker.)
      const carried = DISPLAY_NOUNS.has(head) && np.last - 1 > np.first && CARRYING_PARTICIPLES.has(tokens[np.last - 1]?.norm ?? '');
      const display = DISPLAY_NOUNS.has(head) && DETERMINERS.has(tokens[np.first]?.norm ?? '') && !carried;
      // ("In a statement praising the crew, the council said ...", "Later, in her letter urging calm,
      // Kell wrote ...": a document that opens the clause after "in", unless a name owns it, is itself
      // the source named.)
      const framing = lead?.norm === 'in' && (np.first - 1 === this.first || tokens[np.first - 2]?.text === ',');
      const speaker = DOCUMENT_NOUNS.has(head) && !display ? (owner !== undefined && owner.phrase.kind !== 'pronoun' ? owner : framing ? phraseSpan(this.ctx, np) : this.nearestClauseSubject(np.first, true) ?? this.subject()) : phraseSpan(this.ctx, np);
      // "with every ward reporting, the lead held": a participle with a comma right after
      // it takes no complement; the clause after the comma is the sentence's own, not what was
      // reported. (A quotation after the comma is what was said: "a sign saying, “Go home.”")
      if (tokens[match.last + 1]?.text === ',' && this.ctx.opens[match.last + 2] !== 1) return undefined;
      return this.preposed(match, speaker, cueSpan, ['participle', 'participle.attached'], RULE_CONFIDENCE.participle);
    }
    // ("is backing down", "backing the bill": "backing" is a cue only after a group.)
    if (form === BACKING_FORM) return undefined;
    // "... and added that ...", "... but emphasized that ...": a second statement by the same speaker.
    // "... joked about X, declined to affirm Y": a comma-joined verb shares the subject too, and so
    // does a present one, "Lind slams Kell, praises Ortiz" (not a plural noun, "..., claims that
    // no one checked", unless capitalised in a headline).
    // ("The levy failed the town, said Ana Lind, a grower": a speaker after the cue inverts it, even
    // when the sentence has a statement before the comma.)
    const presentVerb = (classAt(this.ctx, match.first) & CLASS_NOUN_LIKE_PRESENT) === 0 || isCapitalised(tokens[match.first] as Token);
    // ("said the report, expected next year, could differ": a participle set off by commas before
    // a finite verb is an aside on the noun before it, not a second verb of the subject's.)
    if (prev?.text === ',' && form.tense === 'past' && participleAsideAt(this.ctx, match.last + 1, this.end)) return undefined;
    if (prev !== undefined && (prev.norm === 'and' || prev.norm === 'but' || (sameSubject && (form.tense === 'past' || (form.tense === 'present' && presentVerb)) && !(k === match.first - 1 && this.invertedSpeakerAfter(match)))) && (form.tense === 'past' || form.tense === 'present' || auxiliary)) {
      const shared = this.asideSubject(k) ?? this.nearestClauseSubject(k, prev.norm === 'and' || prev.norm === 'but') ?? this.relativeSpeakerBefore(k) ?? this.subject();
      // ("Lind praised the crew and showed flashes of humour", "Kell said the photos showed a crack
      // but did not show its cause": only a poll, a report or other evidence shows what it reports;
      // a person who shows displays something, and a "show" after a reported clause is that
      // clause's own verb. "The poll was taken in May and shows Lind ahead" still reports.)
      if (form.entry.lemma === 'show' && !EVIDENCE_NOUNS.has(tokens[shared?.phrase.last ?? -1]?.norm ?? '')) return undefined;
      return this.preposed(match, shared, cueSpan, ['chained'], RULE_CONFIDENCE.chained);
    }
    // "Many have lost work and worry about the levy", "They met the mayor and say ...": a bare form
    // after "and" shares a plural subject (or "I", "you").
    if (form.tense === 'base' && !auxiliary && prev?.norm === 'and' && !this.infinitiveBefore(k)) {
      const shared = this.nearestClauseSubject(k, true) ?? this.subject();
      const head = shared === undefined ? '' : tokens[shared.phrase.last]?.norm ?? '';
      const plural = shared !== undefined && (shared.phrase.kind === 'pronoun' ? PLURAL_SUBJECT_PRONOUNS.has(head) || head === 'i' : shared.phrase.kind === 'group' || isPluralPhrase(tokens, shared.phrase.first, shared.phrase.last, this.first));
      if (plural) return this.preposed(match, shared, cueSpan, ['chained'], RULE_CONFIDENCE.chained);
    }
    // ("has known him for years" is acquaintance, not a view: measured 0 of 4 on polnear-train.)
    const perfectParticiple = perfect && form.tense === 'participle' && (form.entry.lemma !== 'know' || tokens[match.last + 1]?.norm === 'that');
    if ((!isFinite(form) && !progressive && !perfectParticiple) || prev === undefined) return undefined;
    if (progressive && BE_FORMS.has(tokens[k]?.norm ?? '')) {
      k--;
      while (k >= this.first && isModifier(tokens[k])) k--;
    }
    prev = tokens[k];
    if (prev === undefined) return undefined;

    // "“Q,” said Jane Roe." and "Q, said Jane Roe, a pollster."
    const closer = this.ctx.closes[k] === 1 || (prev.text === ',' && this.ctx.closes[k - 1] === 1);
    // (Not with "told": the phrase after it is whom the speaker told.)
    // ("..., say some Democrats": the bare form inverts before a plural.)
    const pluralAfter = form.tense === 'base' && isPluralPhrase(tokens, match.last + 1, Math.min(this.end - 1, match.last + 3), this.first);
    // ("Lind said the board had “very clearly” rejected the plan": a quoted phrase that ends on a
    // word inside a clause that opened before it is part of that clause, and the verb after it is
    // the clause's own, not an inverted cue.)
    const quotedInClause = prev.text !== ',' && this.ctx.closes[k] === 1 && tokens[k - 1]?.kind === 'word' && (this.ctx.closerAt.get(k)?.open ?? 0) > (tokens[this.first]?.start ?? 0);
    if ((prev.text === ',' || this.ctx.closes[k] === 1) && !quotedInClause && k === match.first - 1 && has(form, 'postposed') && !has(form, 'addressee') && (form.tense !== 'base' || pluralAfter) && !this.subjectWithAppositive(k)) {
      let np = phraseStartingAt(tokens, match.last + 1, this.end);
      // ("“Q,” said Tom Hale in a statement issued by his lawyers.", "..., said the mayor at a news
      // conference": the channel or the occasion after the name is the cue's adjunct, not part of
      // the speaker.)
      for (let j = (np?.first ?? this.end) + 1; np !== undefined && j <= np.last; j++) {
        if ((tokens[j]?.norm === 'in' || tokens[j]?.norm === 'at' || tokens[j]?.norm === 'during') && (channelAdjunctAt(tokens, j) || opensTimeAdjunct(tokens, j))) {
          np = phraseStartingAt(tokens, match.last + 1, j);
          break;
        }
      }
      const tail = np === undefined ? undefined : this.adjunctTail(np.last + 1, form, closer);
      const lead = np === undefined ? undefined : tokens[np.first];
      const named = np !== undefined && tokens.slice(np.first, np.last + 1).some((t) => isCapitalised(t));
      // ("..., said police.", "..., said federal investigators, who ...": a bare group of officials
      // or witnesses inverts too.)
      const group = np !== undefined && (GROUP_HEADS.has(tokens[np.last]?.norm ?? '') || tokens[np.last]?.norm === 'police');
      // ("..., explained the difference": after a determiner, a head that names no one who speaks
      // or writes is the verb's object.)
      const head = np === undefined ? '' : (tokens[np.last]?.norm ?? '');
      const speaking = closer || !MUTE_HEADS.has(head);
      const plausible = lead !== undefined && (np?.kind === 'pronoun' || named || group || (DETERMINERS.has(lead.norm) && speaking) || ROLE_WORDS.has(lead.norm)) && !(np !== undefined && !closer && this.presentCueWithin(np));
      if (np !== undefined && plausible && (np.kind !== 'pronoun' || closer) && tail !== undefined) {
        const contentEnd = prev.text === ',' ? (this.ctx.closes[k - 1] === 1 ? k : trimEnd(this.ctx, this.first, k)) : k + 1;
        const speakerLast = this.trailingAppositive(np.last);
        // "The cost of the dam, said Ana Lind, a planner, would double": an inverted attribution
        // inside a clause whose verb follows it; what was said is the whole clause.
        const resumed = closer || prev.text !== ',' || this.finiteBefore(k) ? -1 : this.resumesAfter(speakerLast);
        if (resumed > 0) {
          const stop = contentEndFrom(this.ctx, resumed + 2, this.end, this.first);
          if (this.push(this.first, stop, phraseSpan(this.ctx, np, resumed), cueSpan, RULE_CONFIDENCE.postposed, ['postposed.inverted', 'postposed.parenthetical']) !== undefined) return stop - 1;
        }
        // ("Ana Lind, a grower from Kent, posted the clip", "Another delegate, Tom Reed of Dover,
        // explained his vote", "Reed, who has starred in two films, posted the clip": before the
        // comma stands only the subject with what is put in about it, no clause; the verb after the
        // comma is the subject's own, read forwards below. A fragment with no such aside, "More
        // money for the dock, said Reed", is still what was said.)
        // ("The firm that built the bridge, Brackley Civil Engineering, denies any wrongdoing": a name
        // set off after a description with a clause of its own is still the subject.)
        if (closer || !this.subjectAside(this.first, contentEnd) || (this.verbOutsideRelatives(this.first, contentEnd) && !this.namedAfterDescription(contentEnd))) {
          const participle = speakerLast > np.last && tokens[speakerLast + 1]?.text === ',' && this.gerundCueAt(speakerLast + 2);
          return this.postposed(np, speakerLast, contentEnd, speakerLast > np.last && !participle ? this.end : speakerLast > np.last ? speakerLast + 1 : tail, cueSpan, ['postposed.inverted']);
        }
      }
    }

    // "Mr. Hale, citing “the magic of Lind,” said ...", "Hale, who called it “magic,” said ...": a
    // quotation closes the participle or relative clause between the subject and its cue.
    const inserted = this.ctx.closes[k] === 1 && tokens[k - 1]?.text === ',' ? this.subjectBeforeInsert(k) : undefined;
    if (inserted !== undefined) return this.preposed(match, inserted, cueSpan, ['chained'], RULE_CONFIDENCE.chained);

    // The speaker before the cue, with an appositive between commas ("Jane Roe, a pollster, said").
    let np: NounPhrase | undefined;
    let speakerLast = k;
    if (prev.text === ',' && tokens[k - 1]?.text === ')') {
      // "Sen. Ana Pike (D-Ore.), said ...": a comma after the parenthesis of a name.
      np = phraseEndingAt(tokens, k - 1, this.first);
      speakerLast = k - 1;
    } else if (prev.text === ',' || (this.ctx.closes[k] === 1 && tokens[k - 1]?.text === ',')) {
      // ("Dana Fenn, star of the drama “Low Tide,” thanked ...": the appositive may end in a quoted
      // title with the comma inside its closing mark; the search starts at that mark.)
      let m = prev.text === ',' ? k - 1 : k;
      // (The closing mark of a quotation other than a title that was stepped over; -1 when none was.)
      let quotedAt = -1;
      while (m > this.first && m > k - 40 && tokens[m]?.text !== ',') {
        // "Lena Ortiz, the author of “Dry Valleys,” about ..., said": a quoted title inside the
        // appositive is stepped over; any other quotation ends the search, but in a relative
        // clause ("Ken Varga, who vowed to “shut down” the depots, said"), checked below.
        const quoted = this.ctx.closerAt.get(m);
        if (quoted !== undefined) {
          let open = m - 1;
          while (open > this.first && open > m - 10 && this.ctx.openerAt.get(open) !== quoted) open--;
          // ("Ana Lind, a pro-levy “super PAC,” argued ...": a short quotation that ends the
          // appositive, its comma inside the mark, need not be a title.)
          if (this.ctx.openerAt.get(open) !== quoted) break;
          if (!isCapitalised(tokens[open + 1] as Token) && !(m === k && prev.text !== ',' && m - open <= 8)) {
            if (prev.text !== ',') break;
            if (quotedAt < 0) quotedAt = m;
          }
          m = open;
        }
        m--;
      }
      if (quotedAt >= 0 && !(tokens[m]?.text === ',' && RELATIVE_GAPS.has(tokens[m + 1]?.norm ?? ''))) m = quotedAt;
      else m = this.listOpening(m, k);
      const inner = tokens[m + 1];
      const joinedRelative = inner?.norm === 'and' && RELATIVE_GAPS.has(tokens[m + 2]?.norm ?? '');
      if (tokens[m]?.text === ',' && inner !== undefined && (joinedRelative || this.isAppositive(m + 1, k))) {
        np = phraseEndingAt(tokens, m - 1, this.first);
        // ("The man who found the body, Tom Reed, said": the phrase before the appositive may end
        // a relative clause on the subject; the speaker is the phrase the clause belongs to.)
        if (np !== undefined && np.kind !== 'pronoun') np = this.relativeHead(np) ?? np;
        speakerLast = prev.text === ',' ? k - 1 : k;
        // ("The notice, signed by the editor, Ana Vance, said ...": a phrase after a participle and
        // "by" in commas is the participle's agent, set off with its appositive; the subject before
        // the first comma speaks, and both asides are about it.)
        const agentOf = np === undefined ? undefined : phraseBeforeAgentAside(tokens, np.first, this.first);
        if (agentOf !== undefined) {
          np = agentOf;
          speakerLast = agentOf.last;
        }
        // "Ana Pike, 58, who farms outside Umeå, says": the appositive holds commas
        // of its own; a name opening the sentence before them is the speaker.
        const named = this.nameBeforeAppositives(m, k);
        if (named !== undefined) np = named;
        // "Kolar, speaking in Brill, said", "The ministry, in a statement, said": an adjunct of
        // the saying between the commas is no part of the speaker.
        // ("Lind, for her part, said", "Kell, like many growers, said", not "Lind, as well as her aides,": a joined phrase.)
        // ("Duvall, appearing later on the show, said", "Lind, looking tired, said": a participle's
        // phrase there is a free adjunct of the speaker's clause, not a name for the speaker.)
        else if ((SPEAKER_ADJUNCT_OPENERS.has(inner.norm) || participleAside(tokens, m + 1)) && !(inner.norm === 'as' && tokens[m + 2]?.norm === 'well') && np !== undefined && np.last === m - 1) speakerLast = m - 1;
        // "An inspector who toured the mill, and who asked not to be named, said": a relative
        // clause joined by "and" to one without commas belongs to the head of the first.
        // ("The mayor, who lost the vote, and who plans to run again, said": both clauses between
        // commas belong to the phrase before the first.)
        else if (joinedRelative) np = this.commaRelativeHead(m + 1, tokens[m + 2]?.norm ?? '') ?? (np === undefined ? undefined : this.relativeHead(np) ?? np);
      }
    } else if (isDash(prev)) {
      // "The justice — who has sparred with Trump — said ...": an appositive between dashes.
      np = this.dashAppositive(k);
      if (np !== undefined) speakerLast = prev.text === '-' && tokens[k - 1]?.text === '-' ? k - 2 : k - 1;
      // ("Lind - speaking in Brill - said", "The ministry — for its part — said": an adjunct of the
      // saying between dashes is no part of the speaker, as between commas.)
      const inner = np === undefined ? -1 : tokens[np.last + 1]?.text === '-' && tokens[np.last + 2]?.text === '-' ? np.last + 3 : np.last + 2;
      if (np !== undefined && (SPEAKER_ADJUNCT_OPENERS.has(tokens[inner]?.norm ?? '') || participleAside(tokens, inner))) speakerLast = np.last;
    } else if (prev.norm === 'that' && (form.tense === 'past' || form.tense === 'present' || (form.tense === 'base' && pluralAntecedentOf(tokens, k))) && RELATIVE_THAT_CUES.has(form.entry.lemma) && this.relativeThatSubject(k)) {
      // "water bottles that said, “...”", "a report that found ...": a relative "that" speaks for
      // the phrase before it, as "which" does; so after a plural, "polls that show ...",
      // "businesses that warn ...", with the bare form that agrees with it.
      np = { first: k, last: k, kind: 'pronoun' };
    } else if (prev.norm !== 'and' && prev.norm !== 'or' && prev.norm !== 'but') {
      // ("... to promote Cruz and attack Trump": a verb after a conjunction shares a subject
      // further back, which the chained rule reads; the words before "and" are no speaker.)
      // ("the growers we talked with said": a preposition left stranded before the cue closes a
      // relative clause in the subject, and is no phrase of its own.)
      const stranded = NP_PREPOSITIONS.has(prev.norm);
      // ("analysts I trust say": so does a cue right after a personal pronoun, which a phrase read
      // back would take for a noun.)
      const cuedClause = !stranded && PERSONAL_SUBJECTS.has(tokens[k - 1]?.norm ?? '') && matchCue(this.ctx, k, k + 1) !== undefined;
      const contact = stranded || cuedClause ? this.contactRelativeHead(k) : undefined;
      np = contact ?? phraseEndingAt(tokens, k, this.first);
      if (contact !== undefined) speakerLast = k;
      else if (np !== undefined) {
        // "farmers who spoke with Mayor Jo Lind said": the phrase before the cue ends a
        // relative clause; the speaker is the phrase the clause belongs to.
        np = this.relativeHead(np) ?? np;
        np = this.subjectBeforeAdjunct(np) ?? np;
        np = this.gappedRelativeSpeaker(np, match.last + 1) ?? np;
        speakerLast = np.last;
        // ("A report released on Monday says ...", "a survey by the institute published on Sunday
        // found ...": a participle before a time passed over is a reduced relative on the phrase,
        // and the time is its own; the speaker runs through it.)
        if (np.last === k && k < match.first - 1 && np.last > np.first && plainParticiple(tokens[k]) && tokens[k]?.norm.endsWith('ed') === true && skipTimeAdjunct(tokens, k + 1, match.first) === match.first) speakerLast = match.first - 1;
      } else if ((form.tense === 'past' || form.tense === 'present' || form.tense === 'base') && form.entry.kind !== 'intention' && prev.kind === 'word' && !BE_FORMS.has(prev.norm) && !AUXILIARIES.has(prev.norm) && !NP_PREPOSITIONS.has(prev.norm) && (!DETERMINERS.has(prev.norm) || this.objectHerAt(k, match)) && prev.norm !== 'been' && prev.norm !== 'be') {
        // "The officials whose laws were struck down say ...": a relative clause ends the subject.
        np = this.relativeSubject(k);
        if (np !== undefined) speakerLast = k;
      }
      // ("The growers I interviewed said": after no preposition, read here once the others fail.)
      if (np === undefined && !stranded) {
        np = this.contactRelativeHead(k);
        if (np !== undefined) speakerLast = k;
      }
      // "heard him say ...": after a verb of perception an object pronoun is the subject of the
      // bare infinitive, and speaks.
      if (np === undefined && isObjectPronoun(prev) && this.perceivedSaying(k - 1, match)) {
        np = { first: k, last: k, kind: 'pronoun' };
        speakerLast = k;
      }
    }
    if (np === undefined) return undefined;
    // ("..., a claim officials denied", "an account residents dispute": an indefinite noun of
    // saying and a bare plural of people before the cue is a relative clause without "that" on
    // the noun, not a compound speaker; the noun is what the people speak of.)
    if (np.last === np.first + 2 && ARTICLES.has(tokens[np.first]?.norm ?? '') && tokens[np.first]?.norm !== 'the' && isThatNoun(tokens[np.first + 1]) && (GROUP_HEADS.has(tokens[np.last]?.norm ?? '') || PEOPLE_NOUNS.has(tokens[np.last]?.norm ?? ''))) return undefined;
    // ("The firm did not answer detailed questions": a lone word after "not" or an auxiliary is
    // a verb, and a form in -ed after it an adjective on its object, no cue.)
    if (form.tense === 'past' && np.first === np.last && np.kind === 'description' && tokens[np.first]?.kind === 'word' && !isCapitalised(tokens[np.first] as Token) && (tokens[np.first - 1]?.norm === 'not' || AUXILIARIES.has(tokens[np.first - 1]?.norm ?? ''))) return undefined;
    // "A new poll shows Smith with a lead", "..., records show.": a poll or a record "shows" and
    // "finds" a clause or a state of affairs, and may follow it.
    // ("A study by the valley institute found ...": the study, with its author, is the source.)
    if (EVIDENCE_LEMMAS.has(form.entry.lemma) && tokens[np.first - 1]?.norm === 'by' && np.first - 2 >= this.first) {
      const study = phraseEndingAt(tokens, np.first - 2, this.first);
      if (study !== undefined && this.isEvidenceSource(study)) np = { ...np, first: study.first };
    }
    if (EVIDENCE_LEMMAS.has(form.entry.lemma) && this.isEvidenceSource(np)) {
      form = evidenceForm(form);
      match = { ...match, form };
    }
    // ("Several reports and a detailed audit reveal ...": a base form after a singular phrase with
    // "and" and a plural before it agrees with the two together, the subject that speaks.)
    if (form.tense === 'base' && np.kind !== 'pronoun' && tokens[np.first - 1]?.norm === 'and' && !isPluralPhrase(tokens, np.first, np.last, this.first)) {
      const before = phraseEndingAt(tokens, np.first - 2, this.first);
      const lead = before === undefined ? undefined : tokens[before.first - 1];
      if (before !== undefined && before.kind !== 'pronoun' && (lead === undefined || before.first === this.first || lead.text === ',') && isPluralPhrase(tokens, before.first, before.last, this.first)) np = { first: before.first, last: np.last, kind: 'group' };
    }
    const head = tokens[np.last];
    let coordinated = false;
    for (let c = np.first; c <= np.last && !coordinated; c++) coordinated = tokens[c]?.norm === 'and';
    // ("who's thinking": the relative pronoun may carry a contracted auxiliary.)
    const pronoun = np.kind === 'pronoun' ? pronounOf(head) : undefined;
    const relative = pronoun === 'who' || pronoun === 'which';
    // Agreement: "they says" and "the reports claims" are not cues; a bare form needs a plural,
    // first- or second-person subject or an auxiliary ("would say").
    if (form.tense === 'present' && head !== undefined && !coordinated && ((np.kind === 'pronoun' && !SINGULAR_SUBJECTS.has(head.norm)) || (np.kind !== 'pronoun' && np.first === np.last && isPluralNoun(head)))) return undefined;
    // ("took questions, offering long answers", ", giving detailed replies", ", offering answers on
    // prices": an "-ing" word after a comma, with a modifier after it or a preposition after the
    // form, is a participle whose object the present form ends; ", polling shows Lind ahead" and
    // ", marketing chief says" keep their speaker.)
    if (form.tense === 'present' && head !== undefined && np.kind !== 'name' && tokens[np.first - 1]?.text === ',' && gerundAt(tokens[np.first]) && (np.last - np.first === 1 ? !ROLE_WORDS.has(head.norm) : np.first === np.last && (np.last + 1 < match.first || NP_PREPOSITIONS.has(tokens[match.last + 1]?.norm ?? '')))) return undefined;
    // "the Paris attacks", "his calls": present forms that are more often plural nouns need a pronoun subject.
    // The word after them settles it: "The campaign plans to ...", "The Post reports that ...".
    // ("Western states that ...", "Corn Belt states that ...": before "states" a name is a modifier.)
    const nounFirst = tokens[match.first]?.norm === 'states';
    // (Only those forms need it settled: the rest is read for them alone.)
    const nounLike = form.tense === 'present' && (classAt(this.ctx, match.first) & CLASS_NOUN_LIKE_PRESENT) !== 0;
    const verbal =
      nounLike &&
      // ("School board votes to close ...": a headline's subject needs no determiner.)
      ((VERBAL_AFTER.get(tokens[match.first]?.norm ?? '')?.includes(tokens[match.first + 1]?.norm ?? '') === true && !relativeThatAt(tokens, match.first + 1) && (nounFirst ? DETERMINERS.has(tokens[np.first]?.norm ?? '') && head !== undefined && !isCapitalised(head) : np.kind === 'name' || np.kind === 'group' || DETERMINERS.has(tokens[np.first]?.norm ?? '') || (np.first === this.first && this.sentence.paragraph === 0 && tokens[np.first]?.kind === 'word'))) ||
      // "Lind claims he was misled", "The ad claims “...”": a subject pronoun or a quotation after it
      // (contracted too: "Lind claims he's owed").
      ((PERSONAL_SUBJECTS.has(pronounOf(tokens[match.first + 1]) ?? '') || this.ctx.opens[match.first + 1] === 1) && (np.kind === 'name' || np.kind === 'group' || DETERMINERS.has(tokens[np.first]?.norm ?? ''))) ||
      // "The mayor calls it a “disaster”": an object pronoun after it.
      (isObjectPronoun(tokens[match.first + 1]) && tokens[match.first + 1]?.norm !== 'us' && (np.kind === 'name' || np.kind === 'group' || DETERMINERS.has(tokens[np.first]?.norm ?? ''))) ||
      // "The union's lawsuit demands his reinstatement": after a singular noun and before a determiner.
      // ("A lawsuit filed by two workers claims the firm ...": the noun before a reduced relative is the head.)
      // ("The ad claims Ruiz abandoned veterans": so before a name that opens a clause with its own
      // verb, after a short subject; "any whiter states Ohio could cede" holds a noun.)
      ((DETERMINERS.has(tokens[match.first + 1]?.norm ?? '') || (!nounFirst && np.last - np.first < 3 && nameClauseAt(this.ctx, match.first + 1, this.end))) && singularCommonHead(headBeforeReducedRelative(tokens, np)) && np.first < np.last && (isPossessiveToken(tokens[np.first]) || DETERMINERS.has(tokens[np.first]?.norm ?? ''))) ||
      // "Ortiz calls the port “a mistake”", "Reyes calls Lind unqualified", "Mora calls herself a
      // moderate": after a person's name (no determiner before it, no possessive) and before a
      // phrase; "states" only before a name ("Western states this week" is no verb).
      (np.kind === 'name' && head !== undefined && !isPossessiveToken(head) && !DETERMINERS.has(tokens[np.first]?.norm ?? '') && (nounFirst ? match.last + 1 < this.end && isCapitalised(tokens[match.last + 1] as Token) : this.phraseOpensAt(match.first + 1))) ||
      // "Lind supports raising the toll": after a person's name and before a gerund.
      (np.kind === 'name' && head !== undefined && !isPossessiveToken(head) && !DETERMINERS.has(tokens[np.first]?.norm ?? '') && gerundAt(tokens[match.first + 1])) ||
      // "..., the Daily Courier reports.": after a comma and closing the sentence.
      // (", beating estimates.", ", confirming fears.": a lone "-ing" word before such a form is a
      // participle with the plural noun for its object, no subject.)
      ((tokens[np.first - 1]?.text === ',' || this.ctx.closes[np.first - 1] === 1) && np.first - 1 > this.first && this.endsSentence(match.last + 1) && !(np.first === np.last && gerundAt(tokens[np.first]))) ||
      // "The Brill Herald reports Kolar's visit was cut short": after a name and before a clause with its own subject and verb.
      namedReportAt(this.ctx, np, match.last + 1, this.end, this.first) ||
      // "a toll that Lind hopes will pass", "the dam, which the town fears could fail": after a
      // relative pronoun and the subject, a finite verb straight after the form has the pronoun
      // for its subject, so the form is the relative clause's verb.
      (relativeOpensAt(tokens, np.first - 1) && FINITE_VERBS.has(tokens[match.last + 1]?.norm ?? '')));
    // ("Mora, who backs Reyes, ...": a relative pronoun is a subject too.)
    if (nounLike && !verbal && !(np.kind === 'pronoun' && SINGULAR_SUBJECTS.has(head?.norm ?? ''))) return undefined;
    // "Jo Ames, vice president and general counsel for the firm, said ...": a bare form after a
    // title word closes the title, it is no verb.
    if (form.tense === 'base' && match.first === match.last && ROLE_WORDS.has(tokens[match.first]?.norm ?? '') && ROLE_WORDS.has(tokens[match.first - 1]?.norm ?? '')) return undefined;
    // ("heard Lind say ...", "watched the mayor tell ...": after a verb of perception a bare
    // infinitive needs no agreement with its subject.)
    const perceived = this.perceivedSaying(np.first - 1, match);
    if (form.tense === 'base' && !auxiliary && !perceived && head !== undefined && !(np.kind === 'pronoun' ? BASE_FORM_PRONOUNS.has(head.norm) || pluralAntecedentOf(tokens, np.first) : np.kind === 'group' || coordinated || isPluralPhrase(tokens, np.first, np.last, this.first))) return undefined;

    // "“We will win.” The mayor said.": a sentence of its own that holds only the speaker, the cue
    // and an adjunct attributes the quotation that closes the sentence before it.
    if (np.first === this.first && this.out.length === 0 && has(form, 'postposed') && form.tense !== 'base' && form.entry.kind === 'speech' && form.entry.lemma !== 'report' && !has(form, 'addressee') && this.ctx.closes[this.first - 1] === 1) {
      const tail = this.adjunctTail(match.last + 1, form, true);
      const quoted = this.ctx.closerAt.get(this.first - 1);
      if (tail !== undefined && tail >= this.end && quoted !== undefined) {
        let open = this.first - 1;
        while (open > 0 && (tokens[open]?.start ?? 0) > quoted.open) open--;
        // (Only the paragraph's first quotation, in the same paragraph: a later one may continue
        // an attributed quote.)
        const paragraphStart = this.ctx.paragraphFirst[this.sentence.paragraph] ?? 0;
        let earlier = false;
        for (let k = paragraphStart; k < open && !earlier; k++) earlier = this.ctx.opens[k] === 1;
        if (this.ctx.openerAt.get(open) === quoted && !earlier && open >= paragraphStart) {
          this.push(open, this.first, phraseSpan(this.ctx, np, speakerLast), cueSpan, RULE_CONFIDENCE.postposed, ['postposed', 'postposed.next-sentence']);
          return this.end;
        }
      }
    }
    const before = tokens[np.first - 1];
    if (before !== undefined && before.norm === 'as' && !auxiliary) {
      const as = this.asSource(np, speakerLast, match, cueSpan);
      if (as !== undefined) return as;
    }
    const afterComma = before !== undefined && np.first - 1 >= this.first && (before.text === ',' || this.ctx.closes[np.first - 1] === 1 || isDash(before));
    // "“We will rebuild,” she continued" attributes; "..., the strike would continue", "..., the
    // abuses are likely to continue" do not: a verb that says only after its content does so in a
    // plain past or present, and after a modal or a "to" it keeps its own sense.
    const ownSense = auxiliary && !perfect && onlyAfterContent(form);
    if (afterComma && has(form, 'postposed') && np.first - 1 > this.first && !relative && !ownSense) {
      const tail = this.adjunctTail(match.last + 1, form, this.ctx.closes[np.first - 1] === 1 || (before.text === ',' && this.ctx.closes[np.first - 2] === 1));
      // "If the law conflicts with it, Rubio said, Christians must ignore it": after a fronted
      // clause, a parenthetical attribution still covers the whole sentence.
      // ("While the river rose, Moss said, “nothing was done”": so does a quotation that goes on in lower case.)
      const quoteGoesOn = tail !== undefined && this.ctx.opens[tail + 1] === 1 && tokens[tail + 2]?.kind === 'word' && !isCapitalised(tokens[tail + 2] as Token);
      const parenthetical = tail !== undefined && tokens[tail]?.text === ',' && ((tokens[tail + 1]?.kind === 'word' && this.ctx.opens[tail + 1] !== 1) || quoteGoesOn);
      // ("Though he dropped the plan, growers questioned his sincerity", "Since May, officials have
      // told them not to swim": after a fronted subordinate clause, a phrase after the cue is its
      // object or listener, and the cue reads forwards.)
      const objectAfter = this.startsWithSubordinator() && this.ctx.closes[np.first - 1] !== 1 && !(before.text === ',' && this.ctx.closes[np.first - 2] === 1) && (DETERMINERS.has(tokens[match.last + 1]?.norm ?? '') || isObjectPronoun(tokens[match.last + 1]));
      // "In the last Mass of her tour, held by the river, Sister Ann told a story", "Not long after
      // Reed posted it, Kell asked him about it": when the cue goes on with words of its own, a
      // fronted adjunct with no main clause before the speaker is no statement, and the cue reads forwards.
      // (Not when a quotation follows: "Soon after the vote, Kell wrote, “...”" quotes what was said.)
      const quoteAfter = tail !== undefined && tail < this.end && this.ctx.opens[tokens[tail]?.text === ',' ? tail + 1 : tail] === 1;
      const goesOn = !quoteAfter && (tokens[match.last + 1]?.kind === 'word' || tokens[match.last + 1]?.text === ':');
      // (", which ..." after the cue's phrase is a relative clause on it, no resumed statement.)
      const resumes = parenthetical && !RELATIVE_GAPS.has(tokens[(tail ?? 0) + 1]?.norm ?? '');
      const frontedOnly = goesOn && !resumes && this.frontedAdjunctOnly(Math.max(this.first, this.postposedUntil), np.first - 1);
      if (tail !== undefined && !frontedOnly && ((tail >= this.end && !objectAfter) || !this.startsWithSubordinator() || parenthetical)) {
        let contentEnd: number;
        if (before?.text === ',' && this.ctx.closes[np.first - 2] === 1) contentEnd = np.first - 1;
        else if (this.ctx.closes[np.first - 1] === 1) contentEnd = np.first;
        else contentEnd = trimEnd(this.ctx, this.first, np.first - 1);
        // "Last month, Conroy asked Sanders whether ...": when the words before the speaker are a
        // bare adjunct, no statement precedes it, and the cue is read forwards.
        const found = this.out.length;
        const next = this.postposed(np, speakerLast, contentEnd, tail, cueSpan, ['postposed']);
        if (next !== undefined || this.out.length > found) return next;
      }
    }
    // A phrase right after a verb is its object, not the subject of the cue ("met Putin said").
    // ("heard Lind say": not after a verb of perception, whose object says what follows.)
    // ("a charge Molina called “false”": after an article the cue's word is a noun, the head of a
    // relative clause whose subject is a bare name; "a post a fan account named ..." is no such clause.)
    const nounHead = np.kind === 'name' && !DETERMINERS.has(tokens[np.first]?.norm ?? '') && ARTICLES.has(tokens[np.first - 2]?.norm ?? '') && !COMMON_VERBS.has(before?.norm ?? '');
    if (np.kind !== 'pronoun' && !perceived && before !== undefined && np.first - 1 >= this.first && before.kind === 'word' && !isCapitalised(before) && !nounHead && (COMMON_VERBS.has(before.norm) || matchCue(this.ctx, np.first - 1, this.end) !== undefined)) return undefined;
    // "The mayor faces calls for an inquiry", "left the board facing demands to resign": after a
    // verb that draws a reaction, a present form that is more often a plural noun is one, the
    // verb's object, and no one speaks. ("The rival he faced says ...": not another cue.)
    const drawnBy = tokens[match.first - 1];
    if (drawnBy !== undefined && drawnBy.kind === 'word' && !isCapitalised(drawnBy) && REACTION_VERBS.has(drawnBy.norm) && NOUN_LIKE_PRESENT.has(tokens[match.first]?.norm ?? '')) return undefined;
    // "a group called Harbor Watch" names the group.
    if (form.entry.lemma === 'call' && form.tense === 'past' && match.last === match.first && this.namesWith(np, match.last + 1)) return undefined;
    if (match.first === match.last && nounAfterAttributive(tokens, match.first)) return undefined;
    const speaker = phraseSpan(this.ctx, np, speakerLast);
    const rule = form.entry.kind === 'belief' ? 'belief' : form.entry.kind === 'intention' ? 'intention' : form.entry.kind === 'evidence' ? 'evidence' : 'preposed';
    const confidence = rule === 'belief' ? RULE_CONFIDENCE.belief : rule === 'preposed' ? RULE_CONFIDENCE.preposed : RULE_CONFIDENCE.infinitive;
    // (A fronted clause, "When Sanders accused Clinton of X, she said ...", ends at its comma: see
    // `frontedLimit`; so does a condition, "If the rain continues, Kim said the dam would hold",
    // which the writer may have added as much as the speaker.)
    return this.preposed(match, speaker, cueSpan, [rule], confidence);
  }

  /**
   * The first verb of saying or belief with a clause, past or plural, within a few words
   * after `from` and before any punctuation ("the mayor | say the port ..."); else undefined.
   */
  private mainSpeechAhead(from: number): number | undefined {
    const { tokens } = this.ctx;
    for (let k = from + 1; k < Math.min(this.end, from + 14); k++) {
      const t = tokens[k];
      // ("Two members who voted against the plan, Ana Lind and Tom Reyes, said ...": the names in
      // apposition to the subject close the clause when the main verb of saying follows them.)
      if (t?.text === ',' && this.ctx.inQuote[k] !== 1) return this.namesThenSpeech(k) ? k : undefined;
      if (t === undefined || t.kind === 'punct' || this.ctx.opens[k] === 1) return undefined;
      // (Not a name, "the United States", nor a form in -s, which may be a plural noun: "three key states".)
      // ("who told her said the ...": "her" right after the clause's verb is its object when a clause
      // follows the next verb.)
      const objectHer = k - 1 === from && tokens[from]?.norm === 'her';
      if (t.kind !== 'word' || isCapitalised(t) || (nounAfter(tokens[k - 1]) && !objectHer)) continue;
      const cue = matchCue(this.ctx, k, this.end);
      if (cue === undefined || (objectHer && !clauseAfterVerb(this.ctx, cue.last, this.end))) continue;
      const { form } = cue;
      // ("a study that claimed to show ...": not a bare form after "to", the clause's own infinitive.)
      if ((form.entry.kind === 'speech' || form.entry.kind === 'belief') && (has(form, 'clause') || has(form, 'that')) && (form.tense === 'past' || (form.tense === 'base' && tokens[k - 1]?.norm !== 'to'))) {
        // ("who endorsed Lind just said ...": an adverb before the main verb is not named.)
        let at = k;
        while (at - 1 > from && isModifier(tokens[at - 1])) at--;
        return at;
      }
    }
    return undefined;
  }

  /**
   * Whether capitalised names, joined by "and" at most, run from the comma at `comma` to a
   * second comma that a verb of saying in the past follows: ", Ana Lind and Tom Reyes, said".
   */
  private namesThenSpeech(comma: number): boolean {
    const { tokens } = this.ctx;
    const first = tokens[comma + 1];
    if (first === undefined || !isCapitalised(first)) return false;
    for (let k = comma + 1; k < this.end && k < comma + NAMES_APPOSITIVE_REACH; k++) {
      const t = tokens[k] as Token;
      if (t.text === ',') {
        const cue = matchCue(this.ctx, k + 1, this.end);
        return cue !== undefined && (cue.form.entry.kind === 'speech' || cue.form.entry.kind === 'belief') && cue.form.tense === 'past';
      }
      if (t.kind !== 'word' || !(isCapitalised(t) || t.norm === 'and')) return false;
    }
    return false;
  }

  /**
   * Where the main clause's verb of saying follows a clause said inside a relative clause on the
   * subject: "A farmer who said the dam had failed | told reporters ...", "a nurse who asked that
   * her name not be used | said ...". The clause said has its subject and its own verb group; a
   * second verb of saying right after that group, or after the group and its object, with no
   * conjunction between, can only be the main clause's. Returns the index to stop at, if any.
   */
  private mainCueAfterSaidClause(from: number, stop: number): number | undefined {
    const tokens = this.ctx.tokens;
    const subject = phraseStartingAt(tokens, from, stop);
    if (subject === undefined) return undefined;
    let k = subject.last + 1;
    while (k < stop && isModifier(tokens[k]) && !AUXILIARY_GROUP.has(tokens[k]?.norm ?? '')) k++;
    if (!this.saidClauseVerbAt(k)) return undefined;
    // (Auxiliaries and "not" come first; the word after them is the group's own verb.)
    while (k < stop && (AUXILIARY_GROUP.has(tokens[k]?.norm ?? '') || isModifier(tokens[k]))) k++;
    k++;
    if (this.mainSpeechCueAt(k, stop)) return trimEnd(this.ctx, from, k);
    const object = phraseStartingAt(tokens, k, stop);
    return object !== undefined && this.mainSpeechCueAt(object.last + 1, stop) ? trimEnd(this.ctx, from, object.last + 1) : undefined;
  }

  /** Whether a verb of saying in the past or present, with words after it, starts at `k`, outside a quotation. */
  private mainSpeechCueAt(k: number, stop: number): boolean {
    const t = this.ctx.tokens[k];
    if (t === undefined || k >= stop || this.ctx.inQuote[k] === 1 || t.kind !== 'word' || isCapitalised(t)) return false;
    const main = matchCue(this.ctx, k, stop);
    return main !== undefined && (main.form.tense === 'past' || main.form.tense === 'present') && main.form.entry.kind === 'speech' && main.last + 1 < stop;
  }

  /** Whether token `k` opens the verb group of a clause said: "had failed", "not be used", "failed". */
  private saidClauseVerbAt(k: number): boolean {
    const t = this.ctx.tokens[k];
    if (t === undefined || t.kind !== 'word' || this.ctx.inQuote[k] === 1) return false;
    return AUXILIARY_GROUP.has(t.norm) || this.gapVerbAt(k) || matchCue(this.ctx, k, this.end) !== undefined;
  }

  /**
   * Where a relative clause on the sentence's subject ends: before the first finite verb outside a
   * quotation from `from` ("The things he wants to do | are simple"), or at `stop`.
   */
  private beforeMainVerb(from: number, stop: number): number {
    for (let k = from; k < stop; k++) {
      if (this.ctx.inQuote[k] !== 1 && FINITE_VERBS.has(this.ctx.tokens[k]?.norm ?? '')) return trimEnd(this.ctx, from, k);
    }
    return stop;
  }

  /**
   * Whether token `k`, right after a cue, is a finite verb with no subject before it, so the
   * clause's subject is a relative pronoun before the cue: "that she said | was late", "that
   * growers say | led them astray".
   */
  private gapVerbAt(k: number): boolean {
    const t = this.ctx.tokens[k];
    if (t === undefined || t.kind !== 'word' || k >= this.end) return false;
    if (FINITE_VERBS.has(t.norm) || COMMON_VERBS.has(t.norm)) return true;
    // ("a phrase he said hid the raid", "a mine the navy says sank the tug": an irregular past
    // right after the cue has no subject of its own either.)
    if (IRREGULAR_PASTS.has(t.norm)) return !isCapitalised(t);
    return t.norm.length > 4 && t.norm.endsWith('ed') && !isCapitalised(t);
  }

  /** Whether a document's noun ("letter", "report") stands in the statement's clause up to token `k`. */
  private documentBefore(k: number): boolean {
    for (let j = this.first; j <= k; j++) if (DOCUMENT_NOUNS.has(this.ctx.tokens[j]?.norm ?? '')) return true;
    return false;
  }

  /**
   * Whether the subject before the cue at `cueFirst` opens a relative clause whose gap is the
   * subject of what is said: after a relative pronoun ("which she says", "whom voters believe"),
   * or, for a cue that takes a clause, after a noun phrase with a determiner, with or without
   * "that" ("a plan that critics say will ...", "a move Lind says will ...").
   */
  private relativeGapBefore(cueFirst: number, clause: boolean): boolean {
    const { tokens } = this.ctx;
    const np = phraseEndingAt(tokens, cueFirst - 1, this.first);
    if (np === undefined || np.first - 1 < this.first) return false;
    // ("which even critics say": a focusing "even" may stand after the pronoun.)
    const rel = pastFocusingEven(tokens, np.first - 1);
    if (rel >= this.first && RELATIVE_GAPS.has(tokens[rel]?.norm ?? '')) return true;
    if (!clause) return false;
    // ("a move Lind says": the phrase reader may take the head noun for a title of the name; not
    // after "that", which closes the head: "a toll that Mayor Lind says", "that Kell and Lind say".)
    const subject = np.kind === 'name' && np.name !== undefined && tokens[np.first - 1]?.norm !== 'that' ? np.name.first : np.first;
    const headLast = tokens[subject - 1]?.norm === 'that' ? subject - 2 : subject - 1;
    if (headLast < this.first) return false;
    // ("claims that rights groups say are true": after "that" a bare plural is a head too.)
    return this.determinedHeadAt(headLast) || (headLast === subject - 2 && this.barePluralAt(headLast));
  }

  /** Whether the token at `k` is a lower-case plural noun that may head a phrase alone ("claims", "rumors"). */
  private barePluralAt(k: number): boolean {
    const t = this.ctx.tokens[k];
    if (t === undefined || t.kind !== 'word' || isCapitalised(t) || this.ctx.inQuote[k] === 1) return false;
    const n = t.norm;
    return n.length > 4 && n.endsWith('s') && !n.endsWith('ss') && !n.endsWith("'s") && mayHeadPhrase(n);
  }

  /** Whether a noun phrase opened by a determiner or a number ends at the lower-case noun at `k` ("a plan", "the move"). */
  private determinedHeadAt(k: number): boolean {
    const { tokens } = this.ctx;
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || isCapitalised(t) || this.ctx.inQuote[k] === 1) return false;
    if (!mayHeadPhrase(t.norm)) return false;
    const head = phraseEndingAt(tokens, k, this.first);
    if (head === undefined || head.kind === 'pronoun' || head.last !== k || head.first === k) return false;
    const lead = tokens[head.first];
    return lead !== undefined && (lead.kind === 'number' || DETERMINERS.has(lead.norm));
  }

  /**
   * Where the clause a verb of saying at `verb` would say starts, within a few words of adverbs
   * ("to say for certain who ...", "to convey that the ferries were safe"): at the words after the
   * verb when a question word with words after it follows, after "that" when a subject follows
   * it; else undefined ("to say more", "to convey that message").
   */
  private saidClauseAfter(verb: number, stop: number): number | undefined {
    const { tokens } = this.ctx;
    for (let k = verb + 1; k < Math.min(stop - 1, verb + 1 + SAYING_INFINITIVE_GAP); k++) {
      const t = tokens[k];
      if (t === undefined || t.kind !== 'word') return undefined;
      if (t.norm === 'that') return k === verb + 1 && opensSubject(tokens[k + 1]) ? k + 1 : undefined;
      if (WH_WORDS.has(t.norm)) return tokens[k + 1]?.kind === 'word' ? verb + 1 : undefined;
    }
    return undefined;
  }

  /**
   * The first token of the head noun phrase, opened by a determiner or a number, that ends at
   * `k`, right before the subject of a relative clause without "that" ("each levy | she would not
   * want to explain"); else undefined.
   * Not a phrase of time ("last week she vowed to ..."), nor one in an adjunct ("said in a statement
   * he intends to ...", "In the speech he vowed to ..."), nor a listener after a cue ("told aides he
   * plans to ...").
   */
  private contactHeadBefore(k: number): number | undefined {
    const { tokens } = this.ctx;
    if (!this.contactHeadAt(k) || TIME_PERIODS.has(tokens[k]?.norm ?? '')) return undefined;
    const head = phraseEndingAt(tokens, k, this.first);
    if (head === undefined || head.kind === 'pronoun' || head.last !== k) return undefined;
    // ("Kell called voters she hopes to win over": a phrase without a determiner or a number
    // may be a subject and its verb.)
    const lead = tokens[head.first];
    if (lead === undefined || (lead.kind !== 'number' && !DETERMINERS.has(lead.norm))) return undefined;
    const before = tokens[head.first - 1];
    if (before === undefined || head.first - 1 < this.first) return head.first;
    if (before.kind === 'word' && matchCue(this.ctx, head.first - 1, this.end) !== undefined) return undefined;
    // ("said in a statement he intends to ...": a phrase of place, time or manner after a preposition
    // is an adjunct; only a preposition that takes an argument may govern the head, and not where
    // it opens the clause.)
    if (!ADJUNCT_OPENERS.has(before.norm) && !NP_PREPOSITIONS.has(before.norm) && before.norm !== 'than') return head.first;
    const opener = tokens[head.first - 2];
    const clauseStart = head.first - 2 < this.first || opener === undefined || opener.kind !== 'word' || opener.norm === 'and' || opener.norm === 'but';
    return HEAD_PREPOSITIONS.has(before.norm) && !clauseStart ? head.first : undefined;
  }

  /**
   * Whether the word at `k` can end the head noun phrase of a relative clause without "that" that
   * follows it ("any bill | she would not want ..."): a lower-case word outside a quotation that is no
   * verb, auxiliary, preposition, determiner or subordinator.
   */
  private contactHeadAt(k: number): boolean {
    const t = this.ctx.tokens[k];
    if (t === undefined || t.kind !== 'word' || isCapitalised(t) || this.ctx.inQuote[k] === 1) return false;
    const n = t.norm;
    if (CONTACT_NON_HEADS.has(n) || isModifier(t)) return false;
    return !COMMON_VERBS.has(n) && !AUXILIARIES.has(n) && !NP_PREPOSITIONS.has(n) && !SUBORDINATORS.has(n) && !DETERMINERS.has(n) && !SUBJECT_PRONOUNS.has(n) && matchCue(this.ctx, k, this.end) === undefined;
  }

  /**
   * The group whose noun phrase ends at token `k` right before "supporting" or "backing" when a
   * name follows at `next` ("groups backing Gov. Ana Ruiz", "those supporting Lind"); else
   * undefined. A pronoun or a verb before the participle is no such group ("he is backing
   * Lind", "regretted supporting Lind").
   */
  private backer(k: number, next: number): SpeakerPhrase | undefined {
    const { tokens } = this.ctx;
    const head = tokens[k];
    const named = tokens[next];
    if (head === undefined || named === undefined || named.kind !== 'word' || !titledNameAt(tokens, next) || this.ctx.inQuote[k] === 1) return undefined;
    if (head.norm === 'those') return phraseSpan(this.ctx, { first: k, last: k, kind: 'pronoun' });
    if (head.kind !== 'word') return undefined;
    const np = phraseEndingAt(tokens, k, this.first);
    return np === undefined || np.kind === 'pronoun' ? undefined : phraseSpan(this.ctx, np);
  }

  /**
   * The end (exclusive) of the names that start at `i`, joined by commas and "and" ("Gov. Ana
   * Ruiz, Sen. Tom Lind and Mayor Eve Park"); undefined when no phrase starts there.
   */
  private namesEnd(i: number): number | undefined {
    const { tokens } = this.ctx;
    let last = this.nameEnd(i);
    if (last === undefined) return undefined;
    // ("Ruiz's campaign, Voters First, spent": names joined by commas alone are an appositive.)
    const single = last;
    let joined = false;
    for (let n = 0; n < 6; n++) {
      let j = last + 1;
      if (tokens[j]?.text === ',') j++;
      const and = tokens[j]?.norm === 'and' || tokens[j]?.norm === 'or';
      if (and) j++;
      const t = tokens[j];
      if (j === last + 1 || t === undefined || t.kind !== 'word' || !isCapitalised(t)) break;
      const next = this.nameEnd(j);
      if (next === undefined) break;
      last = next;
      if (and || this.hasAnd(j, next)) {
        joined = true;
        break;
      }
    }
    return (joined ? last : single) + 1;
  }

  /** Whether "and" or "or" stands among tokens `from` to `to`. */
  private hasAnd(from: number, to: number): boolean {
    for (let k = from; k <= to; k++) {
      const n = this.ctx.tokens[k]?.norm;
      if (n === 'and' || n === 'or') return true;
    }
    return false;
  }

  /**
   * The last token of the name phrase that starts at `i`, before any preposition but "of" ("Ruiz
   * of Ohio | in Iowa") and before a past verb ("Ruiz | gathered").
   */
  private nameEnd(i: number): number | undefined {
    const { tokens } = this.ctx;
    const np = phraseStartingAt(tokens, i, this.end);
    if (np === undefined) return undefined;
    for (let j = np.first + 1; j <= np.last; j++) {
      const t = tokens[j];
      if (t === undefined || t.kind !== 'word' || isCapitalised(t)) continue;
      if ((t.norm !== 'of' && NP_PREPOSITIONS.has(t.norm)) || COMMON_VERBS.has(t.norm) || FINITE_VERBS.has(t.norm) || (t.norm.endsWith('ed') && !t.norm.endsWith('eed'))) return j - 1;
    }
    return np.last;
  }

  /**
   * Whether the words right before token `k` are a noun phrase that a comma opens, an appositive
   * ("Kell, | a grower | who ..."), so a relative clause on it closes with the appositive's comma.
   */
  private appositiveNounBefore(k: number): boolean {
    const before = this.ctx.tokens[k - 1];
    if (before === undefined || before.kind !== 'word' || k - 1 <= this.first) return false;
    const np = phraseEndingAt(this.ctx.tokens, k - 1, this.first);
    return np !== undefined && np.kind !== 'pronoun' && this.ctx.tokens[np.first - 1]?.text === ',';
  }

  /**
   * Whether a participle opened by a comma stands before token `k` in the sentence ("...,
   * calling the levy unfair and suggesting that ..."), so a participle after "and" joins it.
   */
  private participleBefore(k: number): boolean {
    const { tokens } = this.ctx;
    for (let j = k - 1; j > this.first && j >= k - 25; j--) {
      const t = tokens[j];
      if (t === undefined || t.text === '.' || t.text === ';' || this.ctx.opens[j] === 1) return false;
      if (t.kind === 'word' && !isCapitalised(t) && t.norm.endsWith('ing') && t.norm.length > 5 && tokens[j - 1]?.text === ',') return true;
    }
    return false;
  }

  /**
   * When tokens up to `k` end with a short prepositional phrase right after an auxiliary ("have
   * | in the past |", "has | in particular |"), the index of the auxiliary; else undefined.
   */
  private phraseAfterAuxiliary(k: number): number | undefined {
    const { tokens } = this.ctx;
    for (let p = k; p > this.first && p >= k - 3; p--) {
      const t = tokens[p];
      if (t === undefined || t.kind !== 'word' || isCapitalised(t)) return undefined;
      if (t.norm === 'in' || t.norm === 'at' || t.norm === 'for' || t.norm === 'on') {
        const aux = tokens[p - 1]?.norm ?? '';
        return AUXILIARIES_BEFORE_PLACE.has(aux) ? p - 1 : undefined;
      }
    }
    return undefined;
  }

  /**
   * The subject before a participle or relative clause that the last statement opened and whose
   * quotation closes at `k` ("Hale, citing “...,”"): the phrase before that clause's comma.
   */
  private subjectBeforeInsert(k: number): SpeakerPhrase | undefined {
    const { tokens } = this.ctx;
    const last = this.out[this.out.length - 1];
    if (last === undefined || last.cue === undefined || (tokens[k]?.end ?? 0) < last.contentEnd) return undefined;
    const relative = last.speaker !== undefined && last.speaker.phrase.kind === 'pronoun' && (tokens[last.speaker.phrase.first]?.norm === 'who' || tokens[last.speaker.phrase.first]?.norm === 'which');
    if (last.rules[0] !== 'participle' && !relative) return undefined;
    const opens = (relative ? last.speaker?.phrase.first : this.tokenAfter(last.cue.start)) ?? 0;
    if (tokens[opens - 1]?.text !== ',' || opens - 2 < this.first) return undefined;
    const np = phraseEndingAt(tokens, opens - 2, this.first);
    return np === undefined || np.first !== this.first ? undefined : phraseSpan(this.ctx, np);
  }

  /** Whether only closing punctuation stands from `k` to the sentence's end. */
  private endsSentence(k: number): boolean {
    for (let j = k; j < this.end; j++) if (this.ctx.tokens[j]?.kind !== 'punct') return false;
    return true;
  }

  /** Whether a phrase opens at `k`: a determiner, an object pronoun, a reflexive, a capitalised word or a quotation ("calls the port", "calls Avel", "calls it", "calls herself"). */
  private phraseOpensAt(k: number): boolean {
    const t = this.ctx.tokens[k];
    if (t === undefined || k >= this.end) return false;
    return this.ctx.opens[k] === 1 || DETERMINERS.has(t.norm) || (isObjectPronoun(t) && t.norm !== 'us') || REFLEXIVES.has(t.norm) || (t.kind === 'word' && isCapitalised(t));
  }

  /** "Officials there say", "activists here said": a place adverb at `k` after a plural noun belongs to the subject. */
  private placeAfterSubject(k: number): boolean {
    const { tokens } = this.ctx;
    const t = tokens[k];
    const noun = tokens[k - 1];
    if (t === undefined || (t.norm !== 'here' && t.norm !== 'there') || k <= this.first || noun === undefined || noun.kind !== 'word') return false;
    // "residents here say", "advocates of tighter rules here say": after a noun, not after a verb.
    return isPluralNoun(noun) || (phraseEndingAt(tokens, k - 1, this.first) !== undefined && !noun.norm.endsWith('ed') && pronounOf(noun) === undefined);
  }

  /**
   * Whether the last statement found has a relative pronoun for its speaker ("Warren, who has not
   * backed anyone, said"): a comma after it closes the relative clause, and the verb after it is the
   * main clause's, not a second verb of "who".
   */
  private afterRelative(): boolean {
    const phrase = this.out[this.out.length - 1]?.speaker?.phrase;
    return phrase !== undefined && phrase.kind === 'pronoun' && RELATIVE_GAPS.has(this.ctx.tokens[phrase.first]?.norm ?? '');
  }

  /**
   * "The justice — who has sparred with Trump — said": the phrase before an appositive between dashes
   * that closes at token `k` ("--" comes as two hyphens: each pair counts as one dash).
   */
  /** Whether the quantifier at `k` ("both", "all", "each") follows a parenthesis or an aside between dashes. */
  private floatsAfterAside(k: number): boolean {
    const prev = this.ctx.tokens[k - 1];
    if (prev === undefined || k - 1 <= this.first || !FLOATING_QUANTIFIERS.has(this.ctx.tokens[k]?.norm ?? '')) return false;
    return prev.text === ')' || (DASHES.has(prev.text) && this.dashAppositive(k - 1) !== undefined);
  }

  /**
   * Whether the phrase `np` ends in a lower-case head after its name ("of Himalayan avalanche"),
   * which the name only modifies, or its name is the object of "of" inside it ("Mayor of flooded
   * Tessbury", "Friend of Ana Lind"): the name is then a place or a person the speaker is
   * named by, not the speaker.
   */
  private lowerHeadAfterName(np: NounPhrase): boolean {
    const { tokens } = this.ctx;
    const head = tokens[np.last];
    if (np.name === undefined) return false;
    if (np.name.last < np.last && head !== undefined && head.kind === 'word' && !isCapitalised(head)) return true;
    // (A participle may stand between "of" and the name: "of flooded Tessbury"; not a noun, which
    // the name follows as its own: "secretary of state Ana Lind". "A lesson from Ana Lind" is hers.)
    let k = np.name.first - 1;
    while (k > np.first && tokens[k]?.kind === 'word' && !isCapitalised(tokens[k] as Token) && (tokens[k]?.norm ?? '').endsWith('ed')) k--;
    return k > np.first && tokens[k]?.norm === 'of';
  }

  private dashAppositive(k: number): NounPhrase | undefined {
    const { tokens } = this.ctx;
    const close = tokens[k]?.text === '-' && tokens[k - 1]?.text === '-' ? k - 1 : k;
    let m = close - 1;
    let quoted = false;
    while (m > this.first && m > k - 40 && !isDash(tokens[m]) && this.ctx.opens[m] !== 1) {
      // ("Ken Varga - who vowed to “shut down” the depots - said": a quotation inside a relative
      // clause between the dashes is stepped over, checked below.)
      if (this.ctx.closes[m] === 1) {
        const mark = this.ctx.closerAt.get(m);
        let open = m - 1;
        while (open > this.first && open > m - 10 && this.ctx.openerAt.get(open) !== mark) open--;
        if (mark === undefined || this.ctx.openerAt.get(open) !== mark) break;
        quoted = true;
        m = open;
      }
      m--;
    }
    if (quoted && !RELATIVE_GAPS.has(tokens[m + 1]?.norm ?? '')) return undefined;
    if (!isDash(tokens[m]) || m >= close - 1 || !this.isAppositive(m + 1, close)) return undefined;
    return phraseEndingAt(tokens, close < k && tokens[m - 1]?.text === '-' ? m - 2 : m - 1, this.first);
  }

  /**
   * "As the Post reported, X." (the "as" clause opens the sentence or follows a conjunction) and
   * "X, as Smith noted." / "X, as Smith noted, is Y.": the clause of saying names the source of the
   * main clause. Returns the index to continue from, or undefined when the words do not fit.
   */
  private asSource(np: NounPhrase, speakerLast: number, match: CueMatch, cueSpan: { start: number; end: number }): number | undefined {
    const { tokens } = this.ctx;
    const as = np.first - 1;
    const form = match.form;
    if (as < this.first || (np.kind === 'pronoun' && !asPronounSource(tokens[np.first])) || !(has(form, 'postposed') || AS_KNOWING.has(form.entry.lemma)) || has(form, 'addressee') || (form.tense === 'base' && !pluralSource(tokens, np)) || form.tense === 'gerund') return undefined;
    const tail = this.adjunctTail(match.last + 1, match.form);
    if (tail === undefined) return undefined;
    // ("However, as the Courier reported, ...": a connective before it still leaves "as" leading.)
    const lead = as === this.first || (as === this.first + 1 && LEADING_CONJUNCTIONS.has(tokens[this.first]?.norm ?? '')) || (as > this.first + 1 && this.connectiveComma(this.first) === as - 1);
    if (lead) {
      if (tokens[tail]?.text !== ',') return undefined;
      const start = tail + 1;
      const stop = contentEndFrom(this.ctx, start, this.end, this.first);
      if (!hasWords(this.ctx, start, stop, 3)) return undefined;
      this.push(start, stop, phraseSpan(this.ctx, np, speakerLast), cueSpan, RULE_CONFIDENCE.postposed, ['postposed', 'postposed.as']);
      return stop;
    }
    if (tokens[as - 1]?.text !== ',' || as - 1 <= this.first) return undefined;
    return this.postposed(np, speakerLast, trimEnd(this.ctx, this.first, as - 1), tail, cueSpan, ['postposed', 'postposed.as']);
  }

  /**
   * Whether the words from `from` to the phrase end `last` open with an event that is convened
   * ("news conference", "snap election" ...) and no second phrase after it names it ("a meeting
   * “a farce”", "a meeting a farce").
   */
  private convenedEvent(from: number, last: number): boolean {
    const { tokens } = this.ctx;
    for (let k = from; k <= last && k < from + 3; k++) {
      const t = tokens[k];
      if (t === undefined || t.kind !== 'word' || NP_PREPOSITIONS.has(t.norm)) return false;
      if (CONVENED_EVENTS.has(t.norm)) return this.ctx.opens[k + 1] !== 1 && !DETERMINERS.has(tokens[k + 1]?.norm ?? '');
    }
    return false;
  }

  /**
   * Whether the object of "call" from `first` to `last` is someone phoned or summoned: a pronoun, a
   * name or a phrase headed by a word for people, with nothing after it but a reflexive, an adverb
   * in "-ly", a time ("called Kell shortly after the vote", "called both candidates Tuesday",
   * "calling major donors himself") or a name in apposition ("called a delegate, Ana Pike"). A
   * second phrase says what someone was called instead ("called Kell a fraud", "called the voters
   * naive").
   */
  private phonedPerson(first: number, phrase: NounPhrase | undefined, last: number): boolean {
    const { tokens } = this.ctx;
    let head = phrase === undefined ? first : phrase.last;
    // (A phrase scan may take a reflexive after the noun into its phrase: "major donors himself".)
    while (head > first && REFLEXIVES.has(tokens[head]?.norm ?? '')) head--;
    const word = tokens[head];
    if (word === undefined || !(isObjectPronoun(word) || isCapitalised(word) || namesPeople(word.norm))) return false;
    // (A phrase for people opens in lower case and holds no preposition nor a plural noun before
    // its head: not "Kell unfit for the post of mayor" nor "the rebels terrorists",
    // which a phrase scan may read as one phrase.)
    if (!isObjectPronoun(word) && !isCapitalised(word) && (isCapitalised(tokens[first] as Token) || this.hasPreposition(first, head) || this.pluralBefore(first, head))) return false;
    let k = head + 1;
    while (k <= last) {
      const t = tokens[k] as Token;
      const timed = skipTimeAdjunct(tokens, k, last + 1);
      if (timed > k) k = timed;
      else if (REFLEXIVES.has(t.norm) || (t.kind === 'word' && t.norm.endsWith('ly') && !NOUNS_IN_LY.has(t.norm))) k++;
      else return CALL_TIME_OPENERS.has(t.norm) || (t.text === ',' && this.nameRunsTo(k + 1, last) && this.predicateEndsAt(last + 1));
    }
    return true;
  }

  /**
   * Whether what a verb took as its object ends at `k`: the sentence ends, or "and" or "but" opens
   * the subject's next predicate ("called a delegate, Ana Pike, and urged her to run"), so that no
   * second phrase ("..., Ana Pike, “a fraud”") follows an appositive.
   */
  private predicateEndsAt(k: number): boolean {
    const { tokens } = this.ctx;
    const t = tokens[k];
    if (k >= this.end || t === undefined) return true;
    const next = t.text === ',' ? tokens[k + 1] : t;
    return next !== undefined && (next.norm === 'and' || next.norm === 'but' || (next.kind === 'punct' && next.text !== ',' && this.ctx.opens[k + 1] !== 1 && this.ctx.opens[k] !== 1));
  }

  /** Whether a plural noun stands from `first` to before `head`: "the rebels" in "the rebels terrorists". */
  private pluralBefore(first: number, head: number): boolean {
    for (let j = first; j < head; j++) {
      const t = this.ctx.tokens[j];
      if (t !== undefined && hasPluralEnding(t.norm) && !isPossessiveToken(t)) return true;
    }
    return false;
  }

  /** Whether a preposition stands between `first` and `last`. */
  private hasPreposition(first: number, last: number): boolean {
    for (let j = first; j <= last; j++) if (NP_PREPOSITIONS.has(this.ctx.tokens[j]?.norm ?? '')) return true;
    return false;
  }

  /** Whether the words from `k` to `last` are all capitalised: a name ("Ana Pike"). */
  private nameRunsTo(k: number, last: number): boolean {
    if (k > last) return false;
    for (let j = k; j <= last; j++) {
      const t = this.ctx.tokens[j];
      if (t === undefined || t.kind !== 'word' || !isCapitalised(t)) return false;
    }
    return true;
  }

  /**
   * Whether the cue at `cue` ("named", "called") follows a lower-case noun whose phrase opens with
   * "a" or "an" within a few words, past modifiers and commas but no preposition, and comes before
   * a capitalised name: "an already-celebrated builder named Tom Reed".
   */
  private namedAfterIndefinite(cue: number): boolean {
    const { tokens } = this.ctx;
    const noun = tokens[cue - 1];
    const name = tokens[cue + 1];
    if (noun === undefined || noun.kind !== 'word' || isCapitalised(noun) || name === undefined || name.kind !== 'word' || !isCapitalised(name)) return false;
    for (let j = cue - 2; j >= this.first && j > cue - 10; j--) {
      const t = tokens[j];
      if (t === undefined || this.ctx.inQuote[j] === 1) return false;
      if (t.norm === 'a' || t.norm === 'an') return true;
      if (DETERMINERS.has(t.norm) || NP_PREPOSITIONS.has(t.norm) || t.norm === 'and' || t.norm === 'or' || (t.kind === 'punct' && t.text !== ',' && t.text !== '-')) return false;
    }
    return false;
  }

  private namesWith(np: NounPhrase, next: number): boolean {
    const { tokens } = this.ctx;
    const name = this.ctx.opens[next] === 1 ? tokens[next + 1] : tokens[next];
    if (name === undefined || name.kind !== 'word' || !isCapitalised(name)) return false;
    const lead = tokens[np.first]?.norm ?? '';
    const before = np.first > this.first ? tokens[np.first - 1] : undefined;
    return lead === 'a' || lead === 'an' || (before !== undefined && before.kind === 'word' && !isCapitalised(before) && OBJECT_PREPOSITIONS.has(before.norm));
  }

  /**
   * Whether the sentence up to the comma at `comma` is a subject with an appositive ("Jane Roe,
   * a pollster,"): a phrase from the sentence's start, a comma, and words that can stand beside
   * it. Such a stretch is the speaker of the cue after it, not a statement of its own.
   */
  private subjectWithAppositive(comma: number): boolean {
    if (this.ctx.tokens[comma]?.text !== ',') return false;
    const np = this.phraseBeforeAppositive(comma);
    if (np === undefined) return false;
    const lead = this.ctx.tokens[this.first]?.norm ?? '';
    return np.first === this.first || (np.first === this.first + 1 && (LINKING_CONJUNCTIONS.has(lead) || lead === 'still' || lead === 'so'));
  }

  /**
   * Whether the comma at `comma` closes an appositive after a new subject that a conjunction
   * opens ("..., and Tom Reed, the budget adviser, said"): the verb after it has that subject,
   * not the subject of the clause before the conjunction.
   * ("The port plans to dredge the channel, a spokeswoman, Ana Ruiz, said": so after a comma
   * where the statement read before it ends; the phrase is no part of what was said.)
   */
  private coordinatedAppositive(comma: number): boolean {
    const np = this.phraseBeforeAppositive(comma);
    if (np === undefined) return false;
    const before = this.ctx.tokens[np.first - 1];
    if (before?.text === ',') {
      const last = this.out[this.out.length - 1];
      return last !== undefined && last.contentEnd <= before.start;
    }
    if (this.reducedRelativeAfter(np)) return true;
    const lead = before?.norm ?? '';
    return CLAUSE_CONJUNCTIONS.has(lead) && lead !== 'as';
  }

  /**
   * Whether the determined phrase `np` opens a relative clause with no "that" on a noun that a
   * comma or dash sets off after a clause ("..., a step the spokeswoman, Ana Ruiz, called prudent",
   * "- a move the mayor, Tom Reed, described as late"): the phrase is the subject of the verb after
   * its appositive, not of the clause before the comma.
   */
  private reducedRelativeAfter(np: NounPhrase): boolean {
    const { tokens } = this.ctx;
    // (With "that" or "which" the clause is relative all the same: "a step that the spokeswoman, ...".)
    const noun = tokens[np.first - 1]?.norm === 'that' || tokens[np.first - 1]?.norm === 'which' ? np.first - 2 : np.first - 1;
    const t = tokens[noun];
    if (t === undefined || t.kind !== 'word' || isCapitalised(t) || !DETERMINERS.has(tokens[np.first]?.norm ?? '')) return false;
    const head = phraseEndingAt(tokens, noun, this.first);
    if (head === undefined || head.kind === 'pronoun' || head.last !== noun || !DETERMINERS.has(tokens[head.first]?.norm ?? '')) return false;
    const lead = tokens[head.first - 1];
    return lead !== undefined && head.first - 1 > this.first && (lead.text === ',' || isDash(lead));
  }

  /**
   * The phrase (not a pronoun) before an appositive that the comma at `comma` closes ("Jane Roe |,
   * a pollster,"), within a few dozen words and no quotation mark; else undefined.
   */
  private phraseBeforeAppositive(comma: number): NounPhrase | undefined {
    const { tokens } = this.ctx;
    let m = comma - 1;
    while (m > this.first && m > comma - 40 && tokens[m]?.text !== ',') {
      if (this.ctx.opens[m] === 1 || this.ctx.closes[m] === 1) return undefined;
      m--;
    }
    if (tokens[m]?.text !== ',' || !this.isAppositive(m + 1, comma)) return undefined;
    const np = phraseEndingAt(tokens, m - 1, this.first);
    return np === undefined || np.kind === 'pronoun' ? undefined : np;
  }

  /**
   * Whether a named or determined phrase right after the cue ends where an inverted speaker does
   * ("..., said Ana Lind, a grower", "..., said the bureau's director on Monday").
   */
  private invertedSpeakerAfter(match: CueMatch): boolean {
    const { tokens } = this.ctx;
    const form = match.form;
    if (!has(form, 'postposed') || has(form, 'addressee')) return false;
    const np = phraseStartingAt(tokens, match.last + 1, this.end);
    const lead = tokens[match.last + 1];
    // (", concluded this year": a time phrase after the cue is no speaker.)
    if (np === undefined || np.kind === 'pronoun' || lead === undefined || TIME_PERIODS.has(tokens[np.last]?.norm ?? '')) return false;
    if (!(np.kind === 'name' || isCapitalised(lead) || DETERMINERS.has(lead.norm) || ROLE_WORDS.has(lead.norm))) return false;
    return this.adjunctTail(np.last + 1, form) !== undefined;
  }

  /**
   * Whether the comma at `comma` closes a noun-phrase appositive of the sentence's opening subject
   * ("Tom Reed, a radio host considered among the sharpest,") or a relative clause on it ("The win,
   * which Kell conceded at noon,"), not a participle or a clause put in ("Kell, when asked about it,").
   */
  private nounAppositiveOfSubject(comma: number): boolean {
    if (!this.subjectWithAppositive(comma)) return false;
    const { tokens } = this.ctx;
    let m = comma - 1;
    while (m > this.first && tokens[m]?.text !== ',') m--;
    const inner = tokens[m + 1];
    return inner !== undefined && (DETERMINERS.has(inner.norm) || ROLE_WORDS.has(inner.norm) || inner.kind === 'number' || inner.norm === 'who' || inner.norm === 'whom' || inner.norm === 'which');
  }

  /**
   * Whether the "who" at `who` opens a restrictive relative clause (no comma, dash or parenthesis
   * before it) whose verb at `cue` is in the perfect: "activists who have long demanded".
   */
  private perfectRelative(who: number, cue: number): boolean {
    const { tokens } = this.ctx;
    const before = tokens[who - 1];
    if (who - 1 < this.first || before === undefined || before.kind === 'punct' || this.ctx.closes[who - 1] === 1) return false;
    const aux = tokens[who + 1]?.norm;
    if (aux !== 'has' && aux !== 'have') return false;
    for (let k = who + 2; k < cue; k++) if (!isModifier(tokens[k]) || FINITE_VERBS.has(tokens[k]?.norm ?? '')) return false;
    return true;
  }

  /** Whether a phrase names a poll, a study or a record ("a new CNN poll", "FEC records"). */
  private isEvidenceSource(np: NounPhrase): boolean {
    for (let i = np.first; i <= np.last; i++) if (EVIDENCE_NOUNS.has(this.ctx.tokens[i]?.norm ?? '')) return true;
    return false;
  }

  private titleCaseMemo: boolean | undefined;

  /** Whether most words of the sentence are capitalised, as in a headline. */
  private titleCase(): boolean {
    if (this.titleCaseMemo !== undefined) return this.titleCaseMemo;
    let words = 0;
    let capitals = 0;
    for (let i = this.first; i < this.end; i++) {
      const t = this.ctx.tokens[i];
      if (t?.kind !== 'word' || t.norm.length < 4) continue;
      words++;
      if (isCapitalised(t)) capitals++;
    }
    this.titleCaseMemo = words >= 3 && capitals >= 0.7 * words;
    return this.titleCaseMemo;
  }

  /**
   * Whether tokens [from, to) between two commas can stand beside a speaker: an appositive
   * ("a pollster", "vice president of X"), a relative clause ("who backs Cruz"), a phrase
   * ("in her dissent", "including Trump"), or anything else without a finite verb.
   */
  /**
   * Where an aside ends in a list, the comma `m` that the search back from the comma `k` before a
   * cue stopped at, moved back over the list's items: in "The panel, made up of judges, lawyers
   * and clerks, said" the comma after "judges" parts two items, and the aside opens at the comma
   * after "panel". The words after `m` must end the list ("lawyers and clerks", "and clerks"),
   * a lower-case word stand before `m`, and each item stepped over be a few words with no verb;
   * `m` when no comma opens the list.
   */
  private listOpening(m: number, k: number): number {
    const { tokens } = this.ctx;
    // (After a name the words are its appositive, even with "and" in them: "Jo Kell, president and
    // founder, said", "Ana Roe, chair of the Ways and Means Committee, said".)
    const before = tokens[m - 1];
    if (tokens[m]?.text !== ',' || before === undefined || before.kind !== 'word' || isCapitalised(before) || !this.bareItem(m + 1, k, true)) return m;
    let open = m;
    for (let item = m; item > this.first; ) {
      let p = item - 1;
      while (p > this.first && p > item - LIST_ITEM_WORDS - 1 && tokens[p]?.text !== ',') p--;
      if (tokens[p]?.text !== ',' || p <= this.first || this.ctx.inQuote[p] === 1) break;
      open = p;
      if (!this.bareItem(p + 1, item, false)) break;
      item = p;
    }
    return open;
  }

  /**
   * Whether tokens [from, to) are an item of a list, a few words or numbers with no verb, no
   * relative pronoun and no quotation; with `last`, the list's last item, joined by "and" or "or".
   */
  private bareItem(from: number, to: number, last: boolean): boolean {
    const { tokens } = this.ctx;
    if (to - from > (last ? 2 * LIST_ITEM_WORDS : LIST_ITEM_WORDS) || from >= to) return false;
    let joined = false;
    for (let j = from; j < to; j++) {
      const t = tokens[j];
      if (t === undefined || (t.kind !== 'word' && t.kind !== 'number') || this.ctx.inQuote[j] === 1 || FINITE_VERBS.has(t.norm) || RELATIVE_GAPS.has(t.norm)) return false;
      if (t.norm === 'and' || t.norm === 'or') joined = true;
    }
    return joined === last;
  }

  private isAppositive(from: number, to: number): boolean {
    const { tokens } = this.ctx;
    const inner = tokens[from];
    if (inner === undefined || from >= to) return false;
    if (DETERMINERS.has(inner.norm) || ROLE_WORDS.has(inner.norm) || isCapitalised(inner) || inner.kind === 'number') return true;
    if (ASIDE_OPENERS.has(inner.norm)) return true;
    if (NP_PREPOSITIONS.has(inner.norm) || ASIDE_PREPOSITIONS.has(inner.norm)) return true;
    for (let j = from; j < to; j++) if (FINITE_VERBS.has(tokens[j]?.norm ?? '')) return false;
    return true;
  }

  /**
   * Whether the cue `match`, after a personal pronoun, closes a relative clause without "that" on
   * the plural noun before the pronoun, a finite cue following it: "analysts I | trust | say ...".
   */
  private contactRelativeCue(match: CueMatch): boolean {
    const { tokens } = this.ctx;
    const noun = tokens[match.first - 2];
    if (noun === undefined || noun.kind !== 'word' || (isCapitalised(noun) && match.first - 2 !== this.first) || !(GROUP_HEADS.has(noun.norm) || PEOPLE_NOUNS.has(noun.norm) || (noun.norm.length > 3 && noun.norm.endsWith('s') && !noun.norm.endsWith('ss') && !NP_PREPOSITIONS.has(noun.norm) && !SUBORDINATORS.has(noun.norm)))) return false;
    const next = matchCue(this.ctx, match.last + 1, this.end);
    return next !== undefined && next.first === match.last + 1 && (next.form.tense === 'present' || next.form.tense === 'past' || next.form.tense === 'base');
  }

  /** Whether "such" stands in tokens [from, to). */
  private hasSuch(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.ctx.tokens[k]?.norm === 'such') return true;
    return false;
  }

  /** Whether tokens [from, by) are lower-case words of a complement ("considered unclean"), not a time, a preposition or an article ("supported Friday", "written to him"). */
  private complementBefore(from: number, by: number): boolean {
    const { tokens } = this.ctx;
    for (let k = from; k < by; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word' || isCapitalised(t) || NP_PREPOSITIONS.has(t.norm) || DETERMINERS.has(t.norm) || WEEKDAYS.has(t.norm) || TIME_PERIODS.has(t.norm) || t.norm === 'to') return false;
    }
    return true;
  }

  /**
   * "claims that experts say are backed by no data": a verb of saying right before the passive
   * ends a relative clause with a gap; its subject is the speaker, not the passive's subject.
   */
  private sayingGap(end: number): boolean {
    const t = this.ctx.tokens[end];
    if (t === undefined || t.kind !== 'word' || isCapitalised(t)) return false;
    // (Only after "that" or "which" and its subject: "His comments were derided by ..." has none.)
    let k = end - 2;
    while (k > end - 5 && k >= this.first && this.ctx.tokens[k]?.kind === 'word' && this.ctx.tokens[k]?.norm !== 'that' && this.ctx.tokens[k]?.norm !== 'which') k--;
    const relative = this.ctx.tokens[k]?.norm;
    if (k < this.first || (relative !== 'that' && relative !== 'which')) return false;
    const cue = matchCue(this.ctx, end, this.end);
    return cue !== undefined && cue.last === end && cue.form.tense !== 'gerund' && cue.form.tense !== 'participle' && (cue.form.entry.kind === 'speech' || cue.form.entry.kind === 'belief');
  }

  /**
   * "The tariffs, which start in May, were described by ...", "Lind, the mayor, was faulted by
   * ...": when the comma at `end` closes an aside set off after the passive's subject, the last
   * token of that subject, before the aside's opening comma; else `end`. The aside holds no other
   * punctuation or quotation.
   */
  private beforeSubjectAside(end: number): number {
    const { tokens } = this.ctx;
    if (tokens[end]?.text !== ',' || this.ctx.inQuote[end] === 1) return end;
    for (let j = end - 1; j > Math.max(this.first, end - ASIDE_WINDOW); j--) {
      const t = tokens[j];
      if (t === undefined || this.ctx.inQuote[j] === 1 || this.ctx.opens[j] === 1 || this.ctx.closes[j] === 1 || t.text === ';' || t.text === ':' || isDash(t)) return end;
      if (t.text === ',') return j - 1;
    }
    return end;
  }

  /** Whether a passive's subject is someone who can be told something: a name or people ("Vantor", "the mayor", "voters"). */
  private namesListener(subject: NounPhrase): boolean {
    const head = this.ctx.tokens[subject.last];
    return head !== undefined && (isCapitalised(head) || namesPeople(head.norm));
  }

  /**
   * The main clause's verb after what a free relative subject names ("What the mayor called a farce
   * ended ...", "What she calls “the long winter” began ..."): the first finite or past form, outside
   * a quotation, right after a noun or a closing mark; undefined when none stands in [from, to).
   */
  private verbAfterNamed(from: number, to: number): number | undefined {
    const { tokens } = this.ctx;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      const before = tokens[k - 1];
      if (t === undefined || before === undefined || t.kind !== 'word' || isCapitalised(t) || this.ctx.inQuote[k] === 1) continue;
      if (!(before.kind === 'word' || this.ctx.closes[k - 1] === 1) || NO_SUBJECT_BEFORE.has(before.norm) || DETERMINERS.has(before.norm) || NP_PREPOSITIONS.has(before.norm) || BE_FORMS.has(before.norm) || isModifier(before)) continue;
      if (FINITE_VERBS.has(t.norm) || COMMON_VERBS.has(t.norm) || IRREGULAR_PASTS.has(t.norm) || (t.norm.endsWith('ed') && t.norm.length > 4)) return k;
    }
    return undefined;
  }

  /**
   * "The mayor was told by aides that the plan would fail", "was urged by aides to resign": when a
   * that-clause or an infinitive follows the source, the passive's subject is the one told or
   * urged, and what was said is that clause or infinitive. Returns the index to continue from,
   * or undefined when neither follows.
   */
  private passiveMessage(source: NounPhrase, cue: { start: number; end: number }): number | undefined {
    const { tokens } = this.ctx;
    const after = source.last + 1;
    const next = tokens[after];
    const that = next?.norm === 'that';
    if (!(that || (next?.norm === 'to' && startsVerbPhrase(tokens[after + 1]))) || after + 1 >= this.end) return undefined;
    const start = that ? after + 1 : after;
    const stop = contentEndFrom(this.ctx, start, this.end, this.first);
    if (stop <= start + 1) return undefined;
    this.push(start, stop, phraseSpan(this.ctx, source), cue, RULE_CONFIDENCE.passive, ['passive.by', that ? 'passive.that' : 'passive.infinitive']);
    return stop - 1;
  }

  /**
   * "Residents were told (by the council) that ...", "Lind had been warned in a letter that ...":
   * the subject of a passive verb of telling is the one told, not the speaker; the speaker is the
   * phrase after "by", or no one. What was told is the that-clause, which may come after the "by"
   * phrase or a short adjunct of time, place or medium. Undefined when no "that" follows.
   */
  private toldPassive(match: CueMatch, cue: { start: number; end: number }): number | undefined {
    const { tokens } = this.ctx;
    let source: NounPhrase | undefined;
    let that = match.last + 1;
    if (tokens[that]?.norm === 'by') {
      let limit = that + 1;
      while (limit < this.end && tokens[limit]?.norm !== 'that' && !BY_SOURCE_ENDS.has(tokens[limit]?.norm ?? '') && tokens[limit]?.kind === 'word') limit++;
      source = phraseStartingAt(tokens, that + 1, limit);
      if (source === undefined || source.kind === 'pronoun') return undefined;
      that = source.last + 1;
    }
    const limit = Math.min(this.end - 1, that + TOLD_ADJUNCT_WINDOW);
    while (that < limit && tokens[that]?.norm !== 'that' && tokens[that]?.kind === 'word' && !FINITE_VERBS.has(tokens[that]?.norm ?? '') && this.ctx.inQuote[that] !== 1) that++;
    if (tokens[that]?.norm !== 'that' || (that > match.last + 1 && source === undefined && !TOLD_ADJUNCT_OPENERS.has(tokens[match.last + 1]?.norm ?? ''))) return undefined;
    const stop = contentEndFrom(this.ctx, that + 1, this.end, this.first);
    const quote = this.push(that + 1, stop, source === undefined ? undefined : phraseSpan(this.ctx, source), cue, RULE_CONFIDENCE.passive, ['passive', 'passive.told']);
    return quote === undefined ? undefined : stop - 1;
  }

  /**
   * "X was criticized by Y (for Z)": the speaker is the phrase after "by", the content the
   * subject before the verb. Undefined when no "by" follows within a few words.
   */
  private passiveBy(match: CueMatch, subjectEnd: number, cue: { start: number; end: number }): number | undefined {
    const { tokens } = this.ctx;
    if (PASSIVE_CAUSE_LEMMAS.has(match.form.entry.lemma)) return undefined;
    let by = match.last + 1;
    while (by < Math.min(this.end, match.last + 5) && tokens[by]?.norm !== 'by' && tokens[by]?.kind === 'word' && !FINITE_VERBS.has(tokens[by]?.norm ?? '')) by++;
    if (tokens[by]?.norm !== 'by' || deadlineBy(tokens, by)) return undefined;
    // ("Ames is expected to be called by the defense", "was thought to have been taken by rebels":
    // a passive infinitive between the cue and "by" takes the agent for its own verb; the cue's
    // subject is only its subject.)
    for (let at = match.last + 1; at < by; at++) if (tokens[at]?.norm === 'be' || tokens[at]?.norm === 'been') return undefined;
    // ("Kell was quoted as saying by the Post": the source comes after the participle, which reads
    // the one quoted.)
    if (tokens[match.last + 1]?.norm === 'as' && tokens[match.last + 2]?.norm === 'saying') return undefined;
    // The source ends before a reason or time: "by his rivals for failing ...", "by voters in March".
    let limit = by + 1;
    while (limit < this.end && !BY_SOURCE_ENDS.has(tokens[limit]?.norm ?? '') && tokens[limit]?.kind !== 'punct') limit++;
    const source = trimTimeLead(tokens, phraseStartingAt(tokens, by + 1, limit));
    // "was quoted by the agency as saying ...": the one quoted is the speaker; "saying" reads it.
    if (tokens[limit]?.norm === 'as' && tokens[limit + 1]?.norm === 'saying') return undefined;
    let end = subjectEnd;
    while (end >= this.first && (BE_FORMS.has(tokens[end]?.norm ?? '') || isModifier(tokens[end]))) end--;
    // ("The deal runs five years and has to be approved by the members": the passive's subject is
    // the first verb's, before "and", not the phrase that ends there.)
    if (tokens[end]?.norm === 'and' || tokens[end]?.norm === 'or') return undefined;
    if (this.sayingGap(end)) return undefined;
    // ("Lind, the harbor master, was faulted by ...": the subject is named before the aside, and
    // what the act is aimed at runs through it.)
    const named = this.beforeSubjectAside(end);
    const subject = phraseEndingAt(tokens, named, this.first);
    if (source === undefined || subject === undefined || subject.kind === 'pronoun' || source.kind === 'pronoun') return undefined;
    // ("calls to look into the fires in Vale, where ..., were rejected by ...": before an aside the
    // phrase must open the clause, not end a longer subject that a preposition or "to" carries on.)
    // ("But the change, agreed on Sunday, was seen by ...": a conjunction may open the sentence.)
    const lead = subject.first - 1;
    if (named < end && lead >= this.first && tokens[lead]?.kind !== 'punct' && !(lead === this.first && (classAt(this.ctx, lead) & CLASS_LEADING_CONJUNCTION) !== 0)) return undefined;
    const told = this.passiveMessage(source, cue);
    if (told !== undefined) return told;
    // ("Vantor was advised by a bank", "The mayor was told by aides": with no message after the
    // source, the one told reports nothing; "a side of the story was told by the paper" still
    // names what was said.)
    if ((has(match.form, 'listener') || has(match.form, 'addressee')) && this.namesListener(subject)) return undefined;
    // "Lind will be remembered by many as a fair judge", "Ferries are considered unsafe by ...": a
    // passive that says what its subject is taken to be reports that whole clause, not only its
    // subject ("such backers as ..." names examples instead; "criticized by X for ..." keeps the
    // subject, what the criticism is aimed at).
    const judged = source.last + 1 === limit && tokens[limit]?.norm === 'as' && !this.hasSuch(source.first, limit) && tokens[limit + 1]?.kind === 'word';
    const complement = !judged && by > match.last + 1 && this.complementBefore(match.last + 1, by);
    const stop = judged ? contentEndFrom(this.ctx, limit, this.end, this.first) : complement ? by : named < end ? end : subject.last + 1;
    this.push(subject.first, stop, phraseSpan(this.ctx, source), cue, RULE_CONFIDENCE.passive, ['passive.by']);
    if (judged) return stop - 1;
    // ("The plan was welcomed by growers but criticised by the unions": a second participle of
    // the same passive, with an agent of its own, says its own of the same subject.)
    const link = tokens[source.last + 1]?.norm;
    const second = link === 'and' || link === 'but' ? matchCue(this.ctx, source.last + 2, this.end) : undefined;
    if (second === undefined || second.first !== source.last + 2 || (second.form.tense !== 'past' && second.form.tense !== 'participle') || tokens[second.last + 1]?.norm !== 'by') return source.last;
    let secondLimit = second.last + 2;
    while (secondLimit < this.end && !BY_SOURCE_ENDS.has(tokens[secondLimit]?.norm ?? '') && tokens[secondLimit]?.kind !== 'punct') secondLimit++;
    const other = trimTimeLead(tokens, phraseStartingAt(tokens, second.last + 2, secondLimit));
    if (other === undefined || other.kind === 'pronoun') return source.last;
    const otherCue = { start: tokens[second.first]?.start ?? 0, end: tokens[second.last]?.end ?? 0 };
    this.push(subject.first, stop, phraseSpan(this.ctx, other), otherCue, RULE_CONFIDENCE.passive, ['passive.by', 'passive.coordinated']);
    return other.last;
  }

  /**
   * Whether a verb of questioning other than "asked" ("pressed", "grilled") names its question by
   * a topic within a few words, across a "by" phrase but no punctuation: "pressed on why ...",
   * "grilled by reporters about whether ...".
   */
  private questionTopicAhead(match: CueMatch): boolean {
    const { tokens } = this.ctx;
    if (match.form.entry.lemma === 'ask') return false;
    for (let k = match.last; k < Math.min(this.end - 2, match.last + TOPIC_REACH); k++) {
      if (questionTopicAt(tokens, k)) return true;
      if (tokens[k + 1]?.kind === 'punct') return false;
    }
    return false;
  }

  /**
   * Whether the "asked" at `k` opens a participle clause set off by commas right after the
   * sentence's opening subject ("Pell, asked whether the talks had failed, said ..."): the
   * question was put to that subject, who answers in the main clause.
   */
  private askedAfterSubject(k: number): boolean {
    const { tokens } = this.ctx;
    if (tokens[k - 1]?.text !== ',' || k - 2 < this.first) return false;
    const np = phraseEndingAt(tokens, k - 2, this.first);
    return np !== undefined && np.first === this.first && np.kind !== 'pronoun';
  }

  /** Whether the "to" at `k` after "asked by" goes on with the asker: a determiner or a name follows it. */
  private askerGoesOn(k: number): boolean {
    const next = this.ctx.tokens[k + 1];
    return next !== undefined && next.kind === 'word' && (DETERMINERS.has(next.norm) || isCapitalised(next));
  }

  /**
   * The question after a bare or passive "asked" ("Asked on a radio show who runs the ferry",
   * "when asked by a neighbour whether ..."): it starts at a question word or "about" within a few
   * words, after an optional "by" phrase that names the asker.
   */
  private askedQuestion(match: CueMatch, cue: { start: number; end: number }): number | undefined {
    const { tokens } = this.ctx;
    let j = match.last + 1;
    let speaker: SpeakerPhrase | undefined;
    if (tokens[j]?.norm === 'by') {
      // ("Asked by counsel to the inquiry whether ...", "asked by an adviser to Mr Kell why ...": a
      // "to" before a determiner or a name is part of the asker; before a verb, "asked by the judge
      // to explain", it opens the request.)
      let limit = j + 1;
      while (limit < this.end && limit < j + 12 && tokens[limit]?.kind !== 'punct' && !WH_WORDS.has(tokens[limit]?.norm ?? '') && tokens[limit]?.norm !== 'about' && !(tokens[limit]?.norm === 'to' && !this.askerGoesOn(limit))) limit++;
      let np = phraseStartingAt(tokens, j + 1, limit);
      if (np === undefined) return undefined;
      const object = tokens[np.last + 1]?.norm === 'to' ? phraseStartingAt(tokens, np.last + 2, limit) : undefined;
      if (object !== undefined && object.kind !== 'pronoun') np = { first: np.first, last: object.last, kind: np.kind };
      speaker = phraseSpan(this.ctx, np);
      j = np.last + 1;
      // ("Asked by a farmer, Ana Ruiz, whether ...": a name set off by commas after the asker, with
      // the question after it, names the asker too.)
      const named = tokens[j]?.text === ',' && np.kind !== 'name' ? phraseStartingAt(tokens, j + 1, this.end) : undefined;
      if (named !== undefined && named.kind === 'name' && tokens[named.last + 1]?.text === ',' && WH_WORDS.has(tokens[named.last + 2]?.norm ?? '')) {
        speaker = phraseSpan(this.ctx, np, named.last);
        j = named.last + 2;
      }
    }
    // "Lee was asked, “What comes next?”": a quoted question after the passive is what was asked.
    const open = tokens[j]?.text === ',' || tokens[j]?.text === ':' ? j + 1 : j;
    const closed = quotedQuestionEnd(this.ctx, open, this.end);
    if (closed !== undefined && BE_FORMS.has(tokens[match.first - 1]?.norm ?? '')) {
      this.push(open, closed, speaker, cue, RULE_CONFIDENCE.question, ['asked', 'asked.quote']);
      return closed - 1;
    }
    let start = -1;
    for (let k = j; k < Math.min(this.end, j + 12); k++) {
      const t = tokens[k];
      if (t === undefined || this.ctx.opens[k] === 1) break;
      if (t.kind === 'word' && (WH_WORDS.has(t.norm) || t.norm === 'whom' || t.norm === 'about')) {
        start = k;
        break;
      }
      // "was asked to name a bill he had passed", "when asked to leave, ...": what was asked of
      // the subject is the request.
      if (t.norm === 'to' && tokens[k + 1]?.kind === 'word' && !isCapitalised(tokens[k + 1] as Token) ) {
        start = k;
        break;
      }
      // ("when asked in May whether ...": a capitalised "May" is the month, not a verb.)
      if (t.kind === 'punct' || (FINITE_VERBS.has(t.norm) && !isCapitalised(t)) || t.norm === 'to' || t.norm === 'that' || pronounOf(t) !== undefined) break;
    }
    if (start < 0) return undefined;
    // ("asked about how the toll would be spent": "about" before a wh-word only names the question's topic.)
    if (tokens[start]?.norm === 'about' && WH_WORDS.has(tokens[start + 1]?.norm ?? '')) start++;
    let stop = contentEndFrom(this.ctx, start, this.end, this.first);
    // "Asked whether ..., Smith said": a question fronted before the main clause ends at its comma.
    // ("And when asked who leads, most said ...", "Kell, when asked about the dam, said ...": so does
    // one opened after a linking conjunction or a comma.)
    const opener = tokens[match.first - 1];
    const before = tokens[match.first - 2];
    const inserted = (opener !== undefined && ASKED_OPENERS.has(opener.norm) && match.first - 2 >= this.first && before !== undefined && (before.text === ',' || (match.first - 2 === this.first && LINKING_CONJUNCTIONS.has(before.norm)))) || this.askedAfterSubject(match.first);
    // ("Kell, who was asked about the dam, left early": so does one asked in a relative clause set off by commas.)
    const relative = opener !== undefined && BE_FORMS.has(opener.norm) && RELATIVE_GAPS.has(before?.norm ?? '') && tokens[match.first - 3]?.text === ',';
    const fronted = (match.first <= this.first + 1 && (match.first === this.first || ASKED_OPENERS.has(tokens[this.first]?.norm ?? ''))) || inserted || relative;
    // ("Yet when growers were asked which ..., Kell led": so does one asked of a subject in a fronted
    // subordinate clause.)
    const comma = fronted ? this.firstComma(start) : this.frontedLimit(match.first, match.last);
    if (comma !== undefined && comma < stop) stop = comma;
    if (!hasWords(this.ctx, start, stop, 2)) return undefined;
    this.push(start, stop, speaker, cue, RULE_CONFIDENCE.question, ['asked', 'asked.question']);
    return Math.max(match.last, start - 1);
  }

  /** Whether tokens [from, to) hold something that looks like a finite verb (outside quotations). */
  /**
   * Whether the comma at `comma` hands back to the sentence's own predicate: "and" with a verb
   * ("..., and argued"), or a finite verb straight after a complete clause ("..., was cool to it").
   */
  private resumesPredicate(comma: number, start: number, stop: number): boolean {
    const { tokens } = this.ctx;
    const next = tokens[comma + 1];
    if (next === undefined) return false;
    if (next.norm === 'and') return startsPredicate(this.ctx, comma + 2, stop) && !FINITE_VERBS.has(tokens[comma + 2]?.norm ?? '');
    return FINITE_VERBS.has(next.norm) && this.hasVerb(start + 1, comma, true) && !this.embedsClause(start + 1, comma);
  }

  /**
   * Whether tokens [from, to) open a clause inside the clause ("when it rains", "that the
   * plan's new, ..."), whose comma then does not end the first clause.
   */
  /**
   * Whether a "that" inside tokens [from, comma) opens a fronted adjunct that the comma closes
   * ("was glad that when he visits, he is regularly asked about it": the clause after "that" goes on past the comma).
   */
  private frontedAfterThat(from: number, comma: number): boolean {
    for (let k = from + 1; k < comma - 2; k++) {
      if (this.ctx.tokens[k]?.norm === 'that' && this.ctx.inQuote[k] !== 1) return frontedAdjunct(this.ctx.tokens, k + 1, comma);
    }
    return false;
  }

  private embedsClause(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const norm = this.ctx.tokens[j]?.norm ?? '';
      if (norm === 'that' || SUBORDINATORS.has(norm) || RELATIVE_GAPS.has(norm)) return true;
    }
    return false;
  }

  /**
   * Where content that opens at `start` and is only a noun phrase so far ends before "and" or "but"
   * and a second predicate ("the call | but gave a brief account"): the conjunction, or the comma
   * before it; undefined when a verb comes first ("the levy passed and ...") or none follows.
   */
  private predicateAfterPhrase(start: number, stop: number): number | undefined {
    const { tokens } = this.ctx;
    const phrase = phraseStartingAt(tokens, start, stop);
    if (phrase === undefined || phrase.kind === 'pronoun' || this.ctx.inQuote[start] === 1) return undefined;
    const k = tokens[phrase.last + 1]?.text === ',' ? phrase.last + 2 : phrase.last + 1;
    const norm = tokens[k]?.norm;
    if (k + 2 >= stop || (norm !== 'and' && norm !== 'but')) return undefined;
    for (let j = phrase.first + 1; j <= phrase.last; j++) if (tokens[j]?.norm.endsWith('ed') === true) return undefined;
    // A verb and its object ("and visited the site"), not an adjective or a noun ("and scattered storms", "and hatred of").
    const verb = tokens[k + 1] as Token;
    const next = tokens[k + 2] as Token;
    if (verb.kind !== 'word' || isCapitalised(verb) || !(verb.norm.endsWith('ed') || FINITE_VERBS.has(verb.norm) || COMMON_VERBS.has(verb.norm))) return undefined;
    return DETERMINERS.has(next.norm) || POSSESSIVE_DETERMINERS.has(next.norm) || isObjectPronoun(next) ? phrase.last + 1 : undefined;
  }

  /**
   * The "and" (or "but") in [from, to) after which a past verb goes on from the subject of the
   * sentence, when the words before it have no verb: "declared an emergency late Sunday | and
   * asked ..."; undefined if none does.
   */
  private objectBeforeNextAct(from: number, to: number): number | undefined {
    const { tokens } = this.ctx;
    for (let j = from + 1; j < to - 1; j++) {
      const t = tokens[j];
      if (t === undefined || this.ctx.inQuote[j] === 1 || (t.norm !== 'and' && t.norm !== 'but')) continue;
      const verb = tokens[j + 1];
      if (verb === undefined || verb.kind !== 'word' || isCapitalised(verb)) return undefined;
      // (The verb takes an object or a clause: "and asked the state", not "and unsettled seas".)
      const object = tokens[j + 2];
      const takes = object !== undefined && object.kind === 'word' && (DETERMINERS.has(object.norm) || isObjectPronoun(object) || isCapitalised(object) || object.norm === 'to' || object.norm === 'that');
      const past = verb.norm.endsWith('ed') || IRREGULAR_PASTS.has(verb.norm) || NEXT_ACT_PASTS.has(verb.norm) || matchCue(this.ctx, j + 1, to)?.form.tense === 'past';
      return past && takes && !this.hasVerb(from, j, true) ? j : undefined;
    }
    return undefined;
  }

  private hasVerb(from: number, to: number, strict = false): boolean {
    const { tokens } = this.ctx;
    for (let j = from; j < to; j++) {
      const t = tokens[j];
      if (t === undefined || t.kind !== 'word' || this.ctx.inQuote[j] === 1) continue;
      if (FINITE_VERBS.has(t.norm) || COMMON_VERBS.has(t.norm) || /'(?:s|re|ve|d|ll|m)$/.test(t.norm) || /n't$/.test(t.norm)) return true;
      // (`strict` leaves out words in -s, which are as often nouns and pronouns: "his", "jobs".)
      if (j > from && !isCapitalised(t) && (strict ? /ed$/ : /(?:ed|es|s)$/).test(t.norm) && !DETERMINERS.has(tokens[j - 1]?.norm ?? '') && !isPluralNoun(t)) return true;
      if (matchCue(this.ctx, j, to) !== undefined) return true;
    }
    // A quotation may carry the verb: said the plan was “dead on arrival.”
    for (let j = from; j < to; j++) if (this.ctx.opens[j] === 1) return true;
    return false;
  }

  /**
   * Whether a comma in [from, to), after at least one word, sets off an appositive or a relative
   * clause: a determiner, a capitalised word or "who", "whom" or "which" follows it ("Reed, a
   * grower", "Another delegate, Tom Reed", "Reed, who ..."), as after a subject.
   */
  private subjectAside(from: number, to: number): boolean {
    const { tokens } = this.ctx;
    for (let j = from + 1; j < to - 1; j++) {
      if (tokens[j]?.text !== ',' || this.ctx.inQuote[j] === 1) continue;
      const next = tokens[j + 1];
      return next !== undefined && next.kind === 'word' && (DETERMINERS.has(next.norm) || isCapitalised(next) || RELATIVE_GAPS.has(next.norm));
    }
    return false;
  }

  /**
   * Whether the sentence up to `to` is a description that an article opens and then, after a
   * comma, only a capitalised name: "The firm that built the bridge, Brackley Civil Engineering",
   * "The contractor responsible for the work, Brackley". The description's noun is followed by a
   * relative clause, a prepositional phrase or a participle and its preposition, not by a verb of its
   * own ("The levy hit farms in Kent, Essex, say growers").
   */
  private namedAfterDescription(to: number): boolean {
    const { tokens } = this.ctx;
    if (!ARTICLES.has(tokens[this.first]?.norm ?? '')) return false;
    let comma = to - 1;
    while (comma > this.first && tokens[comma]?.text !== ',') {
      const t = tokens[comma];
      if (t === undefined || t.kind !== 'word' || !isCapitalised(t) || this.ctx.inQuote[comma] === 1) return false;
      comma--;
    }
    if (comma <= this.first + 1 || comma >= to - 1) return false;
    const np = phraseStartingAt(tokens, this.first, comma);
    if (np === undefined || np.last >= comma - 1) return false;
    for (let k = np.first + 2; k < np.last; k++) if (NP_PREPOSITIONS.has(tokens[k]?.norm ?? '')) return true;
    const next = tokens[np.last + 1]?.norm ?? '';
    const after = tokens[np.last + 2]?.norm ?? '';
    return next === 'that' || RELATIVE_GAPS.has(next) || (next.endsWith('ed') && (NP_PREPOSITIONS.has(after) || after === 'by'));
  }

  /**
   * Whether [from, to) has a verb (strictly read) outside relative clauses that a comma and "who",
   * "whom" or "which" open and the next comma closes: "Reed, who starred in two films," has none.
   */
  private verbOutsideRelatives(from: number, to: number): boolean {
    const { tokens } = this.ctx;
    let start = from;
    for (let j = from; j < to; j++) {
      if (tokens[j]?.text !== ',' || this.ctx.inQuote[j] === 1 || !RELATIVE_GAPS.has(tokens[j + 1]?.norm ?? '')) continue;
      if (this.hasVerb(start, j, true)) return true;
      let close = j + 2;
      while (close < to && (tokens[close]?.text !== ',' || this.ctx.inQuote[close] === 1)) close++;
      start = close;
      j = close - 1;
    }
    return start < to && this.hasVerb(start, to, true);
  }

  /**
   * Whether the comma at `comma`, after an attribution that opens at `speakerFirst`, begins a
   * sentence-final appositive on the whole report ("Fires broke out, the ministry said, the third
   * attack this month"): a noun phrase with no verb after a determiner, when the words before the
   * attribution do not end in a verb that it would complete ("It had been, she said, one of the slowest").
   * (A number ends no verb: "Fares will rise from June 1, the mayor said, a move that angered riders".)
   */
  private reportAppositive(comma: number, speakerFirst: number): boolean {
    const { tokens } = this.ctx;
    const det = tokens[comma + 1]?.norm ?? '';
    if (!DETERMINERS.has(det) || !finalAppositive(this.ctx, comma + 2, this.end, det !== 'the' || rankingAt(tokens, comma + 2))) return false;
    const before = tokens[speakerFirst - 2];
    if (before?.kind === 'number') return true;
    return before !== undefined && before.kind === 'word' && !FINITE_VERBS.has(before.norm) && !COMMON_VERBS.has(before.norm) && !before.norm.endsWith('ing');
  }

  /** Whether tokens [from, to) are only a prepositional or time phrase ("On the Republican stage"). */
  private isBareAdjunct(from: number, to: number): boolean {
    const { tokens } = this.ctx;
    const first = tokens[from];
    // ("Since then, ...", "Following the vote, ...", "Each week, ...": adjuncts of time too.)
    if (first === undefined || !(NP_PREPOSITIONS.has(first.norm) || ADJUNCT_OPENERS.has(first.norm) || BARE_ADJUNCT_OPENERS.has(first.norm) || first.norm === 'and' || first.norm === 'but')) return false;
    // ("But in the end, ..." is an adjunct after the conjunction; "But he runs the mill, Lind said"
    // is a clause: what follows "and" or "but" must open an adjunct itself.)
    // (Nor is a connective alone after it: "And so, he said, ...".)
    if (first.norm === 'and' || first.norm === 'but') return from + 1 >= to || (from + 2 === to && LEADING_CONNECTIVES.has(tokens[from + 1]?.norm ?? '')) || this.isBareAdjunct(from + 1, to);
    // ("This includes a new fund, Lind said": "this" opens a time phrase only before a period.)
    const next = tokens[from + 1]?.norm ?? '';
    if (first.norm === 'this' && !TIME_PERIODS.has(next) && !WEEKDAYS.has(next) && next !== 'past') return false;
    for (let j = from; j < to; j++) {
      const t = tokens[j];
      // ("In May, ...": a capitalised "May" inside the phrase is the month.)
      if (t === undefined || (FINITE_VERBS.has(t.norm) && !(j > from && isCapitalised(t)))) return false;
      // ("Later on “Morning Farm,” Lind ...": the quoted title of a programme after a preposition.)
      if (this.ctx.opens[j] === 1) {
        const close = this.closingOf(j);
        if (close === undefined || close > to || j === from || !NP_PREPOSITIONS.has(tokens[j - 1]?.norm ?? '') || !isCapitalised(tokens[j + 1] ?? t)) return false;
        j = close - 1;
        continue;
      }
      // ("At a rally in Brill, Ore., Lind ...": a comma between a place and its state; "On May 3,
      // during a tour of the mill, Lind ...": one adjunct after another.)
      const after = tokens[j + 1];
      if (t.text === ',' && !(j > from && isCapitalised(tokens[j - 1] as Token) && after !== undefined && isCapitalised(after)) && !(after !== undefined && j + 1 < to && !isCapitalised(after) && (NP_PREPOSITIONS.has(after.norm) || after.norm === 'during'))) return false;
      // ("In his column, he ..."; "this", "his": a cue's form after a determiner is a noun.)
      const prev = tokens[j - 1];
      const afterDeterminer = j > from && prev !== undefined && (DETERMINERS.has(prev.norm) || isPossessiveToken(prev));
      if (!afterDeterminer && matchCue(this.ctx, j, to) !== undefined) return false;
      if (t.kind === 'word' && !isCapitalised(t) && /(?:ed|s)$/.test(t.norm) && j > from && !afterDeterminer && !DETERMINERS.has(t.norm) && !isPluralNoun(t)) return false;
    }
    return true;
  }

  /**
   * When the sentence opens with a subordinate clause ("When Sanders said X, ...", "Now that
   * Trump has claimed X, ...", "After saying X, ...") and the cue at `cueFirst` stands in it,
   * the first comma after `cueLast`, where the main clause begins; else undefined. ("As one
   * employee told the paper, “...”" is the exception: "as" introduces what was said.)
   */
  private frontedLimit(cueFirst: number, cueLast: number): number | undefined {
    const { tokens } = this.ctx;
    let i = this.first;
    if ((classAt(this.ctx, i) & CLASS_LEADING_CONJUNCTION) !== 0) i++;
    if ((classAt(this.ctx, i) & CLASS_SUBORDINATOR_ADVERB) !== 0 && i + 1 < cueFirst) i++;
    const opener = tokens[i];
    if (opener === undefined || cueFirst - i > 2 * FRONTED_WINDOW) return undefined;
    const openerClass = classAt(this.ctx, i);
    const subordinate = ((openerClass & CLASS_SUBORDINATOR) !== 0 && opener.norm !== 'as') || (opener.norm === 'that' && tokens[i - 1]?.norm === 'now') || (opener.norm === 'though' && tokens[i - 1]?.norm === 'even');
    if (!subordinate && (openerClass & (CLASS_FRONTED_PREPOSITION | CLASS_NP_PREPOSITION)) === 0) return undefined;
    const comma = this.clauseComma(cueLast + 1);
    // (After a comma inside a closing mark the content keeps the mark.)
    const limit = comma !== undefined && this.ctx.closes[comma] === 1 ? comma + 1 : comma;
    // "For a mayor who opposed the dam, the vote was a defeat": a fronted phrase with the cue in it
    // ends where the main clause follows the comma.
    // ("In an interview, Smith said ...": not when a comma before the cue has closed the phrase.)
    if (!subordinate) {
      for (let k = i + 1; k < cueFirst; k++) if (tokens[k]?.text === ',' || this.ctx.opens[k] === 1) return undefined;
      return comma !== undefined && mainClauseAt(this.ctx, comma + 1, this.end) ? limit : undefined;
    }
    // (A longer fronted clause needs its main clause found after the comma.)
    if (cueFirst - i > FRONTED_WINDOW) return comma !== undefined && mainClauseAt(this.ctx, comma + 1, this.end) ? limit : undefined;
    // "When asked, Smith said ...": a comma before the cue has closed the fronted clause already,
    // unless a subject and its verb follow the next one ("While critics, fearing costs, opposed
    // the plan, the council has approved it").
    for (let k = i + 1; k < cueFirst; k++) {
      if (tokens[k]?.text === ',' || this.ctx.opens[k] === 1) return comma !== undefined && mainClauseAt(this.ctx, comma + 1, this.end) ? limit : undefined;
    }
    return limit;
  }

  /**
   * Whether tokens [from, to) are only a fronted adjunct, a subordinate clause or a prepositional
   * phrase with no main clause after it ("Not long after Reed posted it", "Friday morning, as the
   * parade went by", "In the text under the video", "In her last Mass, held by the river"). After
   * a comma only a participle's phrase may follow; anything else may open the main clause.
   */
  private frontedAdjunctOnly(from: number, to: number): boolean {
    const { tokens } = this.ctx;
    let i = from;
    // ("Friday morning, as the parade went by": a time phrase may stand before it.)
    const comma = this.firstComma(from);
    if (comma !== undefined && comma < to && SUBORDINATORS.has(tokens[comma + 1]?.norm ?? '') && this.isBareAdjunct(from, comma)) i = comma + 1;
    while (i < to && FRONTED_CLAUSE_LEADS.has(tokens[i]?.norm ?? '')) i++;
    const opener = tokens[i];
    if (opener === undefined || opener.kind !== 'word') return false;
    const subordinate = SUBORDINATORS.has(opener.norm);
    if (!subordinate && !NP_PREPOSITIONS.has(opener.norm) && !FRONTED_PREPOSITIONS.has(opener.norm) && opener.norm !== 'during') return false;
    let phraseEnd = to;
    for (let k = i + 1; k < to; k++) {
      const t = tokens[k];
      if (t === undefined || this.ctx.opens[k] === 1) return false;
      // (After a comma only a participle's phrase may follow, "..., held by the river", with no
      // finite verb or subject of its own.)
      if (phraseEnd < to && (FINITE_VERBS.has(t.norm) || PERSONAL_SUBJECTS.has(t.norm) || t.norm.endsWith("n't"))) return false;
      if (t.text !== ',') continue;
      if (phraseEnd === to) phraseEnd = k;
      const next = tokens[k + 1];
      if (next === undefined || next.kind !== 'word' || isCapitalised(next) || FINITE_VERBS.has(next.norm) || !(next.norm.endsWith('ed') || next.norm.endsWith('ing') || COMMON_VERBS.has(next.norm))) return false;
    }
    // Before its first comma, a subordinate clause has one subject and one verb ("After Reed sold
    // it he left", "After the mill closed the town lost its bank" go on into the main clause), a
    // prepositional phrase no subject and no finite verb ("In 2014 the town had").
    let verbs = 0;
    for (let k = subordinate ? i + 2 : i + 1; k < phraseEnd; k++) {
      const t = tokens[k];
      if (t === undefined || t.kind !== 'word') continue;
      if (PERSONAL_SUBJECTS.has(t.norm)) return false;
      if (!subordinate && (FINITE_VERBS.has(t.norm) || (COMMON_VERBS.has(t.norm) && !t.norm.endsWith('ed')))) return false;
      const prev = tokens[k - 1]?.norm ?? '';
      // (Not a second verb joined by "and", nor a participle after a determiner: "his contested seat".)
      if (subordinate && startsPredicate(this.ctx, k, to) && prev !== 'and' && prev !== 'or' && prev !== 'to' && !DETERMINERS.has(prev) && !isPossessiveToken(tokens[k - 1] as Token)) verbs++;
    }
    return verbs <= 1;
  }

  private startsWithSubordinator(): boolean {
    const t = this.ctx.tokens[this.first];
    return t !== undefined && SUBORDINATORS.has(t.norm) && t.norm !== 'as';
  }

  /** The index of the first comma outside quotations at or after `from`, if any. */
  private firstComma(from: number): number | undefined {
    if (this.commas === undefined) {
      this.commas = [];
      // (Not the comma between a town and its state: "in Dunmore, Ky., where ...".)
      for (let j = this.first; j < this.end; j++) if (this.ctx.inQuote[j] !== 1 && this.ctx.tokens[j]?.text === ',' && !stateComma(this.ctx.tokens, j)) this.commas.push(j);
    }
    const commas = this.commas;
    // (A binary search written out: a closure per call costs more than the search.)
    let lo = 0;
    let hi = commas.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((commas[mid] ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    return commas[lo];
  }
  /**
   * The first comma from `from` that can close a fronted clause: one outside quotations, or one
   * just inside a closing mark ("While Lind calls it “a fair deal,” Kell ..."), given as the
   * index of the mark, after which the main clause starts.
   */
  private clauseComma(from: number): number | undefined {
    const plain = this.firstComma(from);
    const { tokens, closes, inQuote } = this.ctx;
    const limit = plain ?? this.end;
    for (let k = from; k < limit; k++) {
      if (inQuote[k] === 1 && tokens[k]?.text === ',' && closes[k + 1] === 1) return k + 1;
    }
    return plain;
  }
  /**
   * Where an infinitive that starts at `from` ends before `stop`: before "and" or "but" and a
   * tensed auxiliary ("to vote but is undecided"), a new subject or a past form with its object,
   * unless a clause with a verb of its own came first ("to know the dam is safe and has been checked").
   */
  private infinitiveEnd(from: number, stop: number): number {
    const { tokens, inQuote } = this.ctx;
    for (let k = from + 1; k < stop; k++) {
      const t = tokens[k] as Token;
      if (inQuote[k] === 1) continue;
      if (t.norm === 'that' || FINITE_VERBS.has(t.norm)) return stop;
      if (t.norm !== 'and' && t.norm !== 'but') continue;
      // ("and has", "but is instead": an adverb may come first.)
      const verb = TENSED_AUXILIARIES.has(tokens[k + 1]?.norm ?? '') || !isModifier(tokens[k + 1]) ? k + 1 : k + 2;
      if (TENSED_AUXILIARIES.has(tokens[verb]?.norm ?? '')) return tokens[k - 1]?.text === ',' ? k - 1 : k;
      // "chose not to run and she won the debate", "declined to renew the lease and the club could
      // not stay": a subject with a verb of its own after "and" starts the writer's next clause.
      if (CLAUSE_PRONOUNS.has(tokens[k + 1]?.norm ?? '') || this.determinedClauseAt(k + 1, stop)) return tokens[k - 1]?.text === ',' ? k - 1 : k;
      // "vowed to keep the ferry running and repainted its hull": a past form with its object goes
      // on with the subject's next act, which an infinitive cannot take.
      const past = tokens[k + 1];
      if (past !== undefined && past.kind === 'word' && !isCapitalised(past) && past.norm.length > 4 && past.norm.endsWith('ed') && (DETERMINERS.has(tokens[k + 2]?.norm ?? '') || POSSESSIVE_DETERMINERS.has(tokens[k + 2]?.norm ?? ''))) return tokens[k - 1]?.text === ',' ? k - 1 : k;
    }
    return stop;
  }

  /** Whether a clause opens at `k` with a determiner, its noun phrase and a finite verb ("the board has", "its rivals could"). */
  private determinedClauseAt(k: number, stop: number): boolean {
    const { tokens } = this.ctx;
    const lead = tokens[k];
    if (lead === undefined || !DETERMINERS.has(lead.norm) || SUBORDINATORS.has(lead.norm)) return false;
    const np = phraseStartingAt(tokens, k, stop);
    return np !== undefined && FINITE_VERBS.has(tokens[np.last + 1]?.norm ?? '');
  }

  /** Commas outside quotations, in order; found on first use. */
  private commas: number[] | undefined;

  private preposed(
    match: CueMatch,
    speaker: SpeakerPhrase | undefined,
    cue: { start: number; end: number },
    rules: string[],
    confidence: number,
    limit?: number,
    forcedStart?: number,
  ): number | undefined {
    const { tokens } = this.ctx;
    // "There's still time for Vega to win them over, even after calling them lazy": a contracted
    // expletive names no one, so the sentence has no subject for a participle or a chained verb.
    if ((rules[0] === 'participle' || rules[0] === 'chained') && speaker !== undefined && speaker.phrase.first === speaker.phrase.last && EXPLETIVE_SUBJECTS.has(tokens[speaker.phrase.first]?.norm ?? '')) return undefined;
    // "In the next weeks the party would do well to court farmers, stressing ...": with no subject
    // found before the cue, the phrase the sentence's subject scan lands on can be the participle itself.
    if (speaker !== undefined && speaker.phrase.first <= match.last && speaker.phrase.last >= match.first && (rules[0] === 'participle' || rules[0] === 'chained')) return undefined;
    // "leaders who have slammed the mayor", "a grower who has pushed for a ban": a restrictive
    // relative clause in the perfect says what kind of people they are, not what they said (on
    // polnear-train 6 of 26 such statements were gold, a note repeated in many articles aside).
    if (speaker !== undefined && speaker.phrase.first === speaker.phrase.last && tokens[speaker.phrase.first]?.norm === 'who' && this.perfectRelative(speaker.phrase.first, match.first)) return undefined;
    // "..., committing gaffes after telling aides he would change": a bare gerund is an action, never
    // a speaker (on polnear-train 1 of 8 such speakers was right).
    const lone = speaker !== undefined && speaker.phrase.first === speaker.phrase.last ? tokens[speaker.phrase.first] : undefined;
    if (lone !== undefined && lone.kind === 'word' && lone.norm.length > 5 && lone.norm.endsWith('ing') && !isCapitalised(lone)) return undefined;
    // "a $2 billion plan to widen the port", "the city's $40 million plan": a sum of money after a
    // determiner modifies the noun after it and says nothing ("Fight for $15" is a name).
    if (speaker !== undefined && this.amountBefore(speaker.phrase.first)) return undefined;
    const form = match.form;
    // "Not everyone in her camp was ready to celebrate", "Not all delegates were eager to stay": a
    // readiness that "not" denies of part of a group is the writer's account of a mood, and no one
    // in particular intends anything (on polnear-train 0 of 2 such were gold).
    if (rules[0] === 'intention' && isAdjectiveEntry(form.entry) && speaker !== undefined && tokens[speaker.phrase.first]?.norm === 'not' && NEGATED_QUANTIFIERS.has(tokens[speaker.phrase.first + 1]?.norm ?? '')) return undefined;
    // "Voters may want to read the fine print": "may want to" or "might want to" is the writer's advice, not a wish.
    if (form.entry.lemma === 'want' && match.first > this.first && (tokens[match.first - 1]?.norm === 'may' || tokens[match.first - 1]?.norm === 'might')) return undefined;
    if (this.fixedPhraseAt(match)) return undefined;
    // "the tax, which he said had hurt growth": the relative pronoun is the subject of what was said,
    // so the content starts with it (not when the clause has a subject of its own: "which he said he opposed").
    let start = forcedStart;
    let asComplement = false;
    // ("the deal, which even critics say was fair": a focusing "even" may stand between the
    // relative pronoun and the subject.)
    let relAt = (speaker?.phrase.first ?? 0) - 1;
    if (tokens[relAt]?.norm === 'even' && relAt - 1 >= this.first && RELATIVE_OPENERS.has(tokens[relAt - 1]?.norm ?? '')) relAt--;
    const rel = speaker === undefined || relAt < this.first ? undefined : tokens[relAt];
    // ("the ruling, in which the judge cited ...": after a preposition the pronoun is no subject.)
    // ("voters, most of whom the poll described as undecided": not "of" after a quantifier that
    // follows a comma; the quantified phrase is the gap, and the content starts with it.)
    const quantifiedGap = rel?.norm === 'whom' && tokens[relAt - 1]?.norm === 'of' && STANDALONE_QUANTIFIERS.has(tokens[relAt - 2]?.norm ?? '') && tokens[relAt - 3]?.text === ',';
    const governed = rel !== undefined && PREPOSITIONS_BEFORE_RELATIVE.has(tokens[relAt - 1]?.norm ?? '') && !quantifiedGap;
    // "outlined how the board views the toll", "asked whether Lind would back the levy": a subject
    // right after "how", or after "whether" with a modal before the cue, opens an indirect question
    // someone else asks, not a statement (on polnear-train 0 of 12 and 0 of 6 such were gold).
    // (An intention keeps "how": "no word on how he planned to win the seat" is his plan.)
    // ("Asked if the board would declare an emergency, ...": "if" after a verb of asking opens the
    // same question as "whether".)
    const askedIf = rel?.norm === 'if' && (ASKING_WORDS.has(tokens[relAt - 1]?.norm ?? '') || ASKING_WORDS.has(tokens[relAt - 2]?.norm ?? ''));
    if (rel !== undefined && rules[0] !== 'intention' && (rel.norm === 'how' || ((rel.norm === 'whether' || askedIf) && QUESTION_MODALS.has(tokens[match.first - 1]?.norm ?? '')))) return undefined;
    // ("pointed to what analysts said was a mistake": so does a free relative's "what", whatever
    // precedes it; a quotation after the cue is still the whole content: "what he called “a farce”".)
    // (Not with a cue that names: "what he called “a farce”" is what was called so, "what" with it.)
    const freeWhat = rel?.norm === 'what' && (this.ctx.opens[match.last + 1] !== 1 || (has(form, 'object') && !has(form, 'clause')));
    // ("Contrary to what Lind said, the dam has leaked": a free relative that closes at the cue holds
    // nothing said; the clause after its comma is the writer's.)
    // ("What critics are saying: Growers say ...": nor does one that labels the lines after its colon,
    // which carry their own statements.)
    if (freeWhat && forcedStart === undefined && (tokens[match.last + 1]?.text === ',' || tokens[match.last + 1]?.text === ':')) return undefined;
    // ("a move that Lind described as reckless": "that" before the subject and "as" right after a
    // cue that takes an object is a relative pronoun, the object gap of the cue; a clause after
    // "that" would have an object of its own.)
    // ("a label that critics called alarmist.": so is it before "call" and a lone word that ends the
    // clause, what the gap was called.)
    // ("a grant that tenants called too little, too late": or a degree word and the word it grades.)
    const calledWord = tokens[match.last + 1];
    const graded = CALLED_DEGREES.has(calledWord?.norm ?? '') && tokens[match.last + 2]?.kind === 'word' && !isCapitalised(tokens[match.last + 2] as Token) ? 1 : 0;
    const calledGap = form.entry.lemma === 'call' && match.first === match.last && calledWord !== undefined && calledWord.kind === 'word' && !isCapitalised(calledWord) && !DETERMINERS.has(calledWord.norm) && pronounOf(calledWord) === undefined && !NP_PREPOSITIONS.has(calledWord.norm) && tokens[match.last + 2 + graded]?.kind === 'punct' && this.ctx.opens[match.last + 2 + graded] !== 1;
    const thatAs = rel?.norm === 'that' && (tokens[match.last + 1]?.norm === 'as' || calledGap) && has(form, 'object') && tokens[relAt - 1]?.kind === 'word';
    // ("a step Pruitt described as prudent": so is the gap of a clause without "that" on a noun of
    // a thing said or done, right before its subject.)
    const contactAs = rel !== undefined && rel.kind === 'word' && !isCapitalised(rel) && RELATIVE_HEAD_NOUNS.has(rel.norm) && tokens[match.last + 1]?.norm === 'as' && has(form, 'object') && speaker?.phrase.kind !== 'pronoun';
    if (start === undefined && rel !== undefined && (((RELATIVE_GAPS.has(rel.norm) || thatAs || contactAs) && !governed) || freeWhat) && rules[0] !== 'participle' && rules[0] !== 'chained') {
      const lead = tokens[match.last + 1]?.norm ?? '';
      // ("the dam, which she called a marvel", "whom he described as peaceful": the pronoun is the
      // object, and what follows says what it was called.)
      // ("the mill, which he accused of dumping steel", "whom Kell blamed for the delay": so is it
      // before what the object is charged with, blamed or praised for, after a pronoun or a name;
      // "who deserves credit for" has a noun where the cue would be.)
      const charged = match.first === match.last && CHARGE_PREPOSITIONS.has(lead) && (speaker?.phrase.kind === 'pronoun' || speaker?.phrase.kind === 'name');
      asComplement = (lead === 'as' || charged) && has(form, 'object');
      const complement = asComplement || (form.entry.lemma === 'call' && match.first === match.last);
      if ((!SUBJECT_PRONOUNS.has(lead) && !DETERMINERS.has(lead)) || complement) start = relAt;
      // (A restrictive "that" takes its noun along: "an attack that Lind described as cowardly" is
      // what was described, the noun phrase and its clause.)
      if (thatAs) start = phraseEndingAt(tokens, relAt - 1, this.first)?.first ?? relAt;
      if (contactAs) start = phraseEndingAt(tokens, relAt, this.first)?.first ?? relAt;
      if (quantifiedGap && start === relAt) start = relAt - 2;
    } else if (start === undefined && rel?.norm === 'that' && has(form, 'clause') && rules[0] !== 'participle' && rules[0] !== 'chained' && this.gapVerbAt(match.last + 1)) {
      // "a toll that the board said was overdue": a relative "that" is the subject of what was
      // said when a verb follows the cue right away, so the content starts with it.
      start = relAt;
    }
    // "The levy, which the treasurer said had cost millions, was repealed": the relative clause
    // ends where the main clause's verb follows a comma.
    let closes: number | undefined;
    // "The report, which said the dam leaks, was released": the same for a relative pronoun that speaks.
    // ("who's calling for ...": the pronoun may carry a contracted auxiliary.) ("Kell, a grower who
    // backed Lind, took the stage": so does a relative clause without a comma of its own inside an
    // appositive, whose comma after it closes both.)
    const relativeWord = speaker === undefined ? undefined : tokens[speaker.phrase.first];
    const relativeSpeaker = speaker !== undefined && (rel?.text === ',' || (speaker.phrase.first === match.first - 1 && this.appositiveNounBefore(speaker.phrase.first))) && speaker.phrase.kind === 'pronoun' && RELATIVE_GAPS.has(pronounOf(relativeWord) ?? relativeWord?.norm ?? '');
    if ((start !== undefined && start !== forcedStart) || relativeSpeaker) {
      const comma = relativeClauseEnd(this.ctx, match.last + 1, this.end);
      if (comma !== undefined) closes = this.ctx.closes[comma + 1] === 1 ? comma + 2 : comma;
      // ("The plan - which critics say is a giveaway - will cost $2 billion": a relative clause opened
      // after a dash closes at the dash before the main clause's verb.)
      else if (start === relAt && isDash(tokens[relAt - 1])) closes = dashedRelativeEnd(this.ctx, match.last + 1, this.end) ?? dashedClauseAfter(this.ctx, match.last + 1, this.end);
      else closes = dashedClauseAfter(this.ctx, match.last + 1, this.end);
    }
    // "Kell - who said he would close the port - told the board ...": a relative clause between
    // dashes ends at the second dash when the main clause's verb follows it.
    if (closes === undefined && speaker !== undefined && rel !== undefined && isDash(rel) && speaker.phrase.kind === 'pronoun' && RELATIVE_GAPS.has(relativeWord?.norm ?? '')) {
      closes = dashedRelativeEnd(this.ctx, match.last + 1, this.end);
    }
    // "Growers who praised the mayor say the port should close": what a relative clause on the
    // subject names ends where the main clause's verb of saying follows.
    // ("Officials who told her said ...", "those who know him say ...": so does a clause with a
    // listener or a pronoun object.)
    if (closes === undefined && rel !== undefined && rel.kind === 'word' && !governed && speaker !== undefined && speaker.phrase.first === speaker.phrase.last && (relativeWord?.norm === 'who' || relativeWord?.norm === 'that') && (has(form, 'object') || has(form, 'listener') || isObjectPronoun(tokens[match.last + 1]))) {
      closes = this.mainSpeechAhead(match.last + 1);
    }
    // ("the volunteers, whom she described as “tireless,” through the night": what a relative pronoun
    // was called ends at the first comma, inside a quotation or not.)
    if (start !== undefined && start !== forcedStart && closes === undefined && (asComplement || form.entry.lemma === 'call')) {
      for (let k = match.last + 2; k < this.end && k < match.last + 16; k++) {
        // ("what she called the angry, bitter campaign": not a comma between two adjectives before their noun.)
        // ("a grant that tenants described as too little, too late": nor one before a phrase that
        // repeats the word opening the phrase before it.)
        if (tokens[k]?.text !== ',' || coordinateAdjectivesAt(tokens, k) || repeatedLeadAt(tokens, k)) continue;
        closes = this.ctx.closes[k + 1] === 1 ? k + 2 : k;
        break;
      }
    }
    // ("The chairman (who asked that his name not be used) said turnout was up": a cue inside a
    // parenthesis says nothing past its closing mark.)
    closes ??= parenthesisCloseAfter(this.ctx, match.first, this.first, this.end);
    const end = limit ?? closes ?? this.frontedLimit(match.first, match.last) ?? this.end;
    let startAt = contentStartAfter(this.ctx, match, end) ?? distantThat(this.ctx, match, end);
    if (startAt === undefined && asComplement && match.last + 2 < end) startAt = { index: match.last + 1, rule: 'object' };
    if (startAt === undefined) return undefined;
    // ("a clerk who declined to be named said", "asked not to be identified by name": the terms on
    // which a source speaks are the writer's account of the sourcing, no stand of the source's.)
    if (rules[0] === 'intention' && sourcingTermsAt(tokens, startAt.index)) return undefined;
    let stop: number;
    if (startAt.rule === 'quote' && this.ctx.opens[startAt.index] === 1) {
      const closed = this.closingOf(startAt.index) ?? end;
      stop = contentEndFrom(this.ctx, startAt.index, end, this.first);
      if (stop < closed) stop = closed;
      // ("a ruling that Lind called “a disgrace” and that her party vowed to appeal": a second
      // relative clause on the same head, joined by "and", says nothing the speaker said.)
      else if (stop > closed && rel !== undefined && RELATIVE_OPENERS.has(rel.norm) && tokens[closed]?.norm === 'and' && tokens[closed + 1]?.norm === rel.norm) stop = closed;
      // "posted “Thank you, Lorne” moments after polls closed": a time after the quotation dates
      // the posting; it is no part of what was written.
      else if (stop > closed && timeAfterQuotation(this.ctx, closed, stop)) stop = closed;
      // "Banners reading “Kell Out” were unfurled": a participle inside the subject that opens the
      // sentence quotes only the quotation; the finite verb after it is the sentence's own.
      else if (stop > closed && match.form.tense === 'gerund' && speaker !== undefined && speaker.phrase.first === this.first && speaker.phrase.last + 1 === match.first && predicateAt(tokens[closed])) stop = closed;
    } else if (startAt.rule === 'answer') {
      stop = startAt.index + 1;
    } else {
      stop = contentEndFrom(this.ctx, startAt.index, end, this.first, startAt.rule === 'object');
      // "Experts point to the delays and overstretched clinics": after a cue in the present (or its base form), an
      // "-ed" word after "and" with a bare noun behind it is an adjective in a second object, not
      // the subject's next act in the past. (Not after content with a verb of its own, which was
      // no object: "campaigns against the levy galvanized growers and helped ...".)
      if (startAt.rule === 'object' && (form.tense === 'present' || form.tense === 'base') && participleBeforeNoun(this.ctx, stop, end) && !this.hasVerb(startAt.index, stop, true)) stop = contentEndFrom(this.ctx, stop + 1, end, this.first, true);
      // "declared an emergency and asked the state for help": a "clause" with no verb of its own
      // before "and" and a verb in the cue's tense is the cue's object, and that verb the subject's next act.
      if (startAt.rule === 'clause' && match.form.tense === 'past' && DETERMINERS.has(tokens[startAt.index]?.norm ?? '')) stop = this.objectBeforeNextAct(startAt.index, stop) ?? stop;
      // ("a levy which the board says funds the port and which growers call theft": content that
      // opens with a relative pronoun ends before "and" and the same pronoun, a second relative
      // clause on the same head with a subject of its own, as after a quotation.)
      if (start === relAt && rel !== undefined && RELATIVE_OPENERS.has(rel.norm)) {
        for (let k = startAt.index + 1; k + 1 < stop; k++) {
          if (tokens[k]?.norm !== 'and' || tokens[k + 1]?.norm !== rel.norm || this.ctx.inQuote[k] === 1) continue;
          stop = trimEnd(this.ctx, startAt.index, k);
          break;
        }
      }
      // "said the audit, while costly, was fair": a comma right after the clause's subject, before
      // any verb, opens an aside; the clause goes on after the aside's closing comma and verb.
      // (", but the voters still ...": a conjunction after the comma opens a clause, not an aside.)
      const aside = tokens[stop + 1]?.norm ?? '';
      if ((startAt.rule === 'clause' || startAt.rule === 'that') && opensSubject(tokens[startAt.index]) && tokens[stop]?.text === ',' && this.ctx.inQuote[stop] !== 1 && aside !== 'and' && aside !== 'but' && aside !== 'or' && !this.hasVerb(startAt.index + 1, stop, true)) {
        const close = relativeClauseEnd(this.ctx, stop + 2, end);
        if (close !== undefined) {
          stop = contentEndFrom(this.ctx, close, end, this.first);
          // ("..., would matter to voters: “...”": a quotation after a colon is a statement of its own.)
          for (let k = close + 1; k < stop; k++) {
            if (tokens[k]?.text === ':' && this.ctx.inQuote[k] !== 1) {
              stop = trimEnd(this.ctx, startAt.index, k);
              break;
            }
          }
        }
      }
      // "said if it rains, the mayor plans to close the dam": content that so far is only a fronted
      // adjunct goes on into the main clause after its comma, even when that clause has a cue of its own
      // (not one of saying: "if rates rise, he argued, ..." is the writer's next attribution).
      if ((startAt.rule === 'clause' || startAt.rule === 'that') && tokens[stop]?.text === ',' && this.ctx.inQuote[stop] !== 1 && (frontedAdjunct(tokens, startAt.index, stop) || this.frontedAfterThat(startAt.index, stop)) && mainClauseAt(this.ctx, stop + 1, end) && !speechAhead(this.ctx, stop + 1, end)) {
        stop = contentEndFrom(this.ctx, stop, end, this.first);
      }
      // "said the dam held, the work began in March": after a clause with its own subject and verb,
      // a comma and another subject with a verb start the writer's next clause (not after a fronted
      // adjunct: "said if it rains, the dam will hold").
      if ((startAt.rule === 'clause' || startAt.rule === 'that') && opensSubject(tokens[startAt.index])) {
        const comma = this.firstComma(startAt.index + 1);
        if (comma !== undefined && comma < stop && mainClauseAt(this.ctx, comma + 1, stop) && this.hasVerb(startAt.index + 1, comma, true) && !this.embedsClause(startAt.index + 1, comma)) stop = comma;
      }
      // ("Residents who said the water was unsafe were moved": in a restrictive relative clause on
      // the subject, a second finite verb right after the reported clause's complement is the
      // sentence's own predicate.)
      if ((startAt.rule === 'clause' || startAt.rule === 'that') && speaker !== undefined && speaker.phrase.kind === 'pronoun' && tokens[speaker.phrase.first]?.norm === 'who' && tokens[speaker.phrase.first - 1]?.kind === 'word') stop = this.mainPredicateIn(startAt.index, stop) ?? stop;
      // ("Asked how he would answer voters who felt abandoned, Lind paused": a relative clause
      // inside a fronted adjunct closes at its comma when the sentence's own subject and verb follow.)
      if (startAt.rule === 'clause' && speaker !== undefined && speaker.phrase.kind === 'pronoun' && tokens[speaker.phrase.first]?.norm === 'who' && speaker.phrase.first > this.first && !opensSubject(tokens[startAt.index])) {
        const comma = this.firstComma(startAt.index + 1);
        if (comma !== undefined && comma < stop && mainClauseAt(this.ctx, comma + 1, stop)) stop = comma;
      }
      // "confirmed the call but gave no date": read as a clause, content with no verb before "and"
      // or "but" and a verb right after it was an object; the verb starts the speaker's next act.
      if (startAt.rule === 'clause') {
        const conjunction = this.predicateAfterPhrase(startAt.index, stop);
        if (conjunction !== undefined) stop = conjunction;
      }
      // "..., saying the plan would fail, and argued for a delay", "..., urging that the city
      // wait, was cool to the idea": what a participle or a chained cue reports ends where the
      // sentence's own subject takes a verb again.
      if (rules[0] === 'participle' || rules[0] === 'chained') {
        const comma = this.firstComma(startAt.index + 1);
        if (comma !== undefined && comma < stop && this.resumesPredicate(comma, startAt.index, stop)) stop = comma;
      }
      // "Lind, who gave a speech denouncing the levy, will not attend": an object is never followed by a
      // comma and a finite verb of its own; there the clause around the cue has closed.
      if (startAt.rule === 'object') {
        // "the rivals mocked each other", "took aim at one another": a reciprocal object names only
        // the speakers themselves, no statement (on polnear-train 0 of 6 such objects were right).
        const lead = tokens[startAt.index]?.norm;
        if ((lead === 'each' && tokens[startAt.index + 1]?.norm === 'other') || (lead === 'one' && tokens[startAt.index + 1]?.norm === 'another')) return undefined;
        // "a cleric named Ana Pike", "a contest called the Dock Prize": "named" or "called" right
        // after an indefinite noun gives a thing its name; no one says anything (on polnear-train
        // none of 6 such readings was right). ("One grower called Kell “a fraud”": "one" before
        // the noun picks out a speaker.)
        const lemma = form.entry.lemma;
        const opener = speaker === undefined ? '' : (tokens[speaker.phrase.first]?.norm ?? '');
        // ("A lawyer for the tenants called the rent rise unfair": not where the indefinite phrase
        // opens the sentence and a determined common noun or a pronoun follows, the object of "called"
        // as the clause's verb.)
        if ((lemma === 'call' || lemma === 'name') && match.first === match.last && speaker !== undefined && speaker.phrase.last === match.first - 1 && INDEFINITES.has(opener) && opener !== 'one' && tokens[match.first - 1]?.kind === 'word' && !isCapitalised(tokens[match.first - 1] as Token) && !(speaker.phrase.first === this.first && commonObjectAt(tokens, match.last + 1))) return undefined;
        // ("the notice of an already-celebrated builder named Tom Reed", "a Salem, Ore., resident named
        // Ana": so when the indefinite article stands further back in the noun's phrase, before its
        // modifiers, and a name follows.)
        if ((lemma === 'call' || lemma === 'name') && form.tense === 'past' && match.first === match.last && this.namedAfterIndefinite(match.first)) return undefined;
        const comma = this.firstComma(startAt.index + 1);
        if (comma !== undefined && comma < stop && this.ctx.inQuote[comma] !== 1 && FINITE_VERBS.has(tokens[comma + 1]?.norm ?? '')) stop = comma;
        // ("a vote that growers called a farce and that the board said would stand": in a relative
        // clause whose object went before its subject, "and" with the same pronoun opens a second
        // relative clause on the same noun, no more of what was called.)
        const pronoun = speaker === undefined ? '' : (tokens[speaker.phrase.first - 1]?.norm ?? '');
        if (pronoun === 'that' || pronoun === 'which') {
          for (let k = startAt.index + 1; k + 1 < stop; k++) {
            if (tokens[k]?.norm === 'and' && tokens[k + 1]?.norm === pronoun && this.ctx.inQuote[k] !== 1) {
              stop = tokens[k - 1]?.text === ',' ? k - 1 : k;
              break;
            }
          }
        }
        // "Vega called Ana Pike.": "call" with one phrase and nothing said of it is a phone call or a summons.
        // (Only when the phrase is a name or a pronoun: "called the plan absurd" says what it is.)
        if (form.entry.lemma === 'call' && match.first === match.last && this.ctx.opens[startAt.index] !== 1) {
          const last = trimEnd(this.ctx, startAt.index, stop) - 1;
          const phrase = isObjectPronoun(tokens[startAt.index]) ? undefined : phraseStartingAt(tokens, startAt.index, stop);
          const lone = phrase === undefined ? startAt.index : phrase.last;
          const word = tokens[last];
          if (lone === last && word !== undefined && (lone === startAt.index ? isObjectPronoun(word) || isCapitalised(word) : isCapitalised(word))) return undefined;
          // ("called Kell shortly after", "called both candidates", "calling major donors himself": so
          // with a phrase for people and only an adverb, a time or a name beside it; not where the
          // object went before the subject, "the rival whom she called a traitor".)
          const relative = speaker === undefined ? undefined : tokens[speaker.phrase.first - 1]?.norm;
          const objectBefore = RELATIVE_PRONOUNS.has(relative ?? '') || relative === 'what';
          if (!objectBefore && this.phonedPerson(startAt.index, phrase, last)) return undefined;
          // "The union called a rally for Saturday", "called a halt to the talks": an event called is
          // convened or ordered, not named; a second phrase would name it ("called a meeting “a farce”").
          // ("called no witnesses", "called 14 witnesses": a count before what is summoned.) Not
          // where the object went before the subject: in "condemned what she called a rushed vote"
          // the vote is the name given to what she condemned.
          const count = tokens[startAt.index];
          const counted = count !== undefined && (INDEFINITE_ARTICLES.has(count.norm) || count.norm === 'no' || count.kind === 'number' || NUMBER_WORDS.has(count.norm));
          if (!objectBefore && phrase !== undefined && counted && this.convenedEvent(startAt.index + 1, phrase.last)) return undefined;
        }
      }
      // "declined to comment, citing ...": an intention ends at its first comma.
      // ("plans to hire inspectors, a spokeswoman, Ana Ruiz, said": a subject with an appositive and
      // a verb of its own after the comma is a new clause, not the next items of a list.)
      if (startAt.rule === 'infinitive') {
        const comma = this.firstComma(startAt.index);
        if (comma !== undefined && comma < stop && !PREPOSITIONAL_PARTICIPLES.has(tokens[comma + 1]?.norm ?? '') && !opensAppositive(tokens, comma, stop) && !resumesAfterRelative(this.ctx, comma, stop) && (!listGoesOn(this.ctx, comma, stop) || appositiveClauseAt(this.ctx, comma + 1, end)) && !addsToPhrase(tokens, comma)) stop = comma;
      }
      // "plans to vote in May but is undecided", "urged the board to resign and has called for a
      // vote": a tensed verb after "and" or "but" cannot go on with an infinitive; the writer
      // goes on with the subject's next predicate.
      // "asked the growers to back the levy — a plan with few friends", "asked them to stay home,
      // creating ...": after whom and what a cue asks, a dash, a participle or a new clause closes it
      // as it closes an object (an adjunct of time or place stays: "asked Kell to act at the meeting").
      if (startAt.rule === 'listener-infinitive') {
        const objectStop = contentEndFrom(this.ctx, startAt.index, end, this.first, true);
        const at = tokens[objectStop];
        // ("wants voters to know the dam is safe and has been inspected": not at a bare "and", which
        // may join the predicates of a clause inside.)
        if (objectStop < stop && at !== undefined && at.kind === 'punct') stop = objectStop;
      }
      if (startAt.rule === 'infinitive' || startAt.rule === 'listener-infinitive') stop = this.infinitiveEnd(startAt.index, stop);
    }
    // "Clinton said sarcastically.": a lone word after the cue is a manner, not a statement.
    if (startAt.rule !== 'quote' && !hasWords(this.ctx, startAt.index, stop, 2) && tokens[startAt.index]?.norm.endsWith('ly')) return undefined;
    // "Rubio responded first": a clause needs two words at least, and a verb when no "that" marks it
    // ("she wrote a children's book" reports no statement).
    // ("Lind did not say when.": a lone question word after a refusal is what was not said.)
    const withheld = startAt.rule === 'clause' && WH_WORDS.has(tokens[startAt.index]?.norm ?? '') && stop === startAt.index + 1 && isNegation(tokens[match.first - 1]);
    if ((startAt.rule === 'clause' || startAt.rule === 'that') && !hasWords(this.ctx, startAt.index, stop, 2) && !withheld) return undefined;
    // ("Asked whether the delay worried her, she paused": an object pronoun alone before a comma is
    // the verb's object, and the clause after the comma is the sentence's own, no statement.)
    if (startAt.rule === 'clause' && OBJECT_ONLY_PRONOUNS.has(tokens[startAt.index]?.norm ?? '') && tokens[startAt.index + 1]?.text === ',') return undefined;
    // (A personal pronoun opening it is a subject, so a verb follows: "say they only buy American";
    // after "say" three words are a statement unless they are a manner or an object: "said the same of Y".)
    const lead = tokens[startAt.index];
    // ("the tax, which he says hurts growth": after a relative pronoun that is the subject of what
    // was said, the word after the cue is that subject's verb, in -s or -ed or not.)
    const gapSubject = start === relAt && start !== forcedStart && rel !== undefined && RELATIVE_GAPS.has(rel.norm) && lead !== undefined && lead.kind === 'word' && !isCapitalised(lead) && (this.gapVerbAt(startAt.index) || (lead.norm.length > 3 && hasPluralEnding(lead.norm)));
    const pronounSubject = PERSONAL_PRONOUN_SUBJECTS.has(lead?.norm ?? '') || itPredicateAt(tokens, startAt.index) || (startAt.rule === 'clause' && nounPredicateAt(tokens, startAt.index, stop)) || gapSubject;
    // ("may add a second ferry to the route": "add" with a phrase and no verb adds a thing;
    // "observed a minute of silence", "observed voting in the north": "observe" so keeps a rite or
    // watches an event.)
    if (startAt.rule === 'clause' && THING_TAKING_CUES.has(form.entry.lemma) && this.ctx.opens[startAt.index] !== 1 && !this.hasVerb(startAt.index, stop, true)) return undefined;
    if (startAt.rule === 'clause' && !withheld && form.entry.kind !== 'evidence' && !madeEvidenceForms.has(form) && !hasWords(this.ctx, startAt.index, stop, 6) && !pronounSubject && !(form.entry.lemma === 'say' && hasWords(this.ctx, startAt.index, stop, 3) && (!isModifier(lead) || quantifiedPluralAt(tokens, startAt.index)) && !SAY_OBJECT_LEADS.has(lead?.norm ?? '')) && !this.hasVerb(startAt.index, stop)) {
      // ("demands the right to strike": a short phrase with no verb is the object, when the cue takes one.)
      if (!has(form, 'object') || form.entry.kind !== 'speech' || claimWon(form, lead)) return undefined;
      startAt = { index: startAt.index, rule: 'object' };
      stop = contentEndFrom(this.ctx, startAt.index, end, this.first, true);
    } else if (startAt.rule === 'clause' && has(form, 'object') && form.entry.kind === 'speech' && !pronounSubject && this.ctx.opens[startAt.index] !== 1) {
      // "denied the charges and accused her of lying", "confirmed the meeting on Monday": a cue
      // that also takes an object, with no verb before where an object would end, named a thing.
      // (Only where a dash or a joined predicate ends it: a time phrase after it, "announced two days
      // earlier that ...", may still lead into the clause.)
      const objectStop = contentEndFrom(this.ctx, startAt.index, end, this.first, true);
      const at = tokens[objectStop];
      const joined = at !== undefined && (at.norm === 'and' || at.norm === 'but' || (at.text === ',' && (tokens[objectStop + 1]?.norm === 'and' || tokens[objectStop + 1]?.norm === 'but')));
      // ("confirmed the death in a post on Sunday", "announced the merger on Twitter": so does the
      // channel the thing was named through.)
      const channel = at !== undefined && (mediumAt(tokens, objectStop) || channelAdjunctAt(tokens, objectStop));
      if (objectStop < stop && at !== undefined && (isDash(at) || joined || channel) && !this.hasVerb(startAt.index, objectStop, true)) {
        startAt = { index: startAt.index, rule: 'object' };
        stop = objectStop;
      }
    }
    // "Lind said, taking questions at the dam": a participle after the comma is an adjunct.
    if (startAt.rule === 'clause' && tokens[startAt.index - 1]?.text === ',' && lead !== undefined && !isCapitalised(lead) && lead.norm.endsWith('ing')) return undefined;
    // "After the hearing concluded, Lind left", "when it was announced, the mill closed": a cue that
    // a comma closes inside a fronted clause of time, condition or cause has nothing to report; the
    // clause after the comma is the sentence's own. (A quotation after the comma is still what was
    // said: "when she said, “We will stay.”")
    if (startAt.rule === 'clause' && startAt.index === match.last + 2 && tokens[match.last + 1]?.text === ',' && this.ctx.opens[startAt.index] !== 1 && speaker !== undefined && CAUSAL_SUBORDINATORS.has(tokens[speaker.phrase.first - 1]?.norm ?? '')) return undefined;
    // "a levy the council said was overdue": a clause that lacks its subject after a speaker that
    // follows a noun phrase directly is a relative clause without "that"; the content keeps the head.
    // ("a decision they say allowed the river to flood": so is one with a past form straight after
    // the cue, unless that form opens a subject with a verb of its own, "revised figures were wrong".)
    // ("growers who feel cheated": not when the speaker is itself a relative pronoun.)
    const relativeSubject = speaker !== undefined && (RELATIVE_GAPS.has(tokens[speaker.phrase.first]?.norm ?? '') || tokens[speaker.phrase.first]?.norm === 'that');
    if (start === undefined && startAt.rule === 'clause' && speaker !== undefined && !relativeSubject && startAt.index === match.last + 1 && (FINITE_VERBS.has(lead?.norm ?? '') || (this.gapVerbAt(startAt.index) && !mainClauseAt(this.ctx, startAt.index, end)))) {
      const before = tokens[speaker.phrase.first - 1];
      const head = before === undefined || before.kind !== 'word' || speaker.phrase.first - 1 < this.first || COMMON_VERBS.has(before.norm) || AUXILIARIES.has(before.norm) || NP_PREPOSITIONS.has(before.norm) || SUBORDINATORS.has(before.norm) ? undefined : phraseEndingAt(tokens, speaker.phrase.first - 1, this.first);
      if (head !== undefined && head.kind !== 'pronoun' && head.last === speaker.phrase.first - 1) start = head.first;
      // ("The toll they say was unfair is gone": a head that opens the sentence is its subject, and
      // the main clause's verb ends what the relative clause says.)
      // (The clause's own verb group, "would not have been", is passed first.)
      let own = startAt.index + 1;
      while (own < stop && (FINITE_VERBS.has(tokens[own]?.norm ?? '') || BE_FORMS.has(tokens[own]?.norm ?? '') || isModifier(tokens[own]))) own++;
      if (start === this.first) stop = this.beforeMainVerb(own, stop);
    }
    // "a strike it expects to end", "each levy she would not want to explain": an infinitive after a
    // speaker that follows a noun phrase directly is a relative clause without "that" as well; the
    // head is what the intention is about, so the content keeps it.
    if (start === undefined && startAt.rule === 'infinitive' && speaker !== undefined && !relativeSubject && speaker.phrase.first - 1 >= this.first) {
      start = this.contactHeadBefore(speaker.phrase.first - 1);
      // ("The things he wants to do are simple": a head that opens the sentence is its subject,
      // and the main clause's verb ends what the relative clause says.)
      if (start === this.first) stop = this.beforeMainVerb(startAt.index + 2, stop);
    }
    // "refused to endorse Kim", "declined to disavow the group": when the infinitive's verb is
    // itself a stance on someone, what the stance is about is the content; "declined to say who
    // would run it": after a verb of saying, the clause it would say. (So after "seek" too, which
    // is listed both as a verb of speech and of intention.)
    if (start === undefined && startAt.rule === 'infinitive') {
      const verb = startAt.index + 1;
      if (STANCE_INFINITIVES.has(tokens[verb]?.norm ?? '') && verb + 1 < stop && tokens[verb + 1]?.kind === 'word') start = verb + 1;
      else if (SAYING_INFINITIVES.has(tokens[verb]?.norm ?? '')) start = this.saidClauseAfter(verb, stop);
    }
    // "argued against a new levy", "cautioned against reading too much into it": what a cue argues
    // against is the content, without the preposition.
    if (start === undefined && startAt.rule === 'clause' && tokens[startAt.index]?.norm === 'against' && startAt.index + 1 < stop && tokens[startAt.index + 1]?.kind === 'word') start = startAt.index + 1;
    // "showed no sign of relenting", "shows little interest in the race": what the disposition is about is the content.
    if (start === undefined && form.entry.lemma === 'show') {
      for (let k = startAt.index; k < Math.min(stop - 2, startAt.index + 4); k++) {
        const t = tokens[k];
        if (t === undefined || t.kind !== 'word' || isCapitalised(t)) break;
        if (SHOWN_DISPOSITIONS.has(t.norm)) {
          if (DISPOSITION_LINKS.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.kind === 'word') start = k + 2;
          break;
        }
      }
    }
    // "refused to concede that the race was lost", "sought to stress that the mill was safe": after an
    // infinitive that is itself a cue of saying, the that-clause is what is said.
    if (start === undefined && startAt.rule === 'infinitive') {
      const inner = matchCue(this.ctx, startAt.index + 1, stop);
      const that = inner === undefined ? -1 : inner.last + 1;
      const lead = tokens[that + 1];
      if (inner !== undefined && (has(inner.form, 'that') || has(inner.form, 'clause')) && tokens[that]?.norm === 'that' && lead !== undefined && that + 2 < stop && (DETERMINERS.has(lead.norm) || SUBJECT_PRONOUNS.has(lead.norm) || isCapitalised(lead) || lead.norm === 'not' || this.ctx.opens[that + 1] === 1)) start = that + 1;
    }
    // "She saw his support collapse", "saw Ruiz carrying a sign": after a past "saw" a clause without
    // "that" is what was seen, not a view, unless it says what something was seen as ("saw the levy
    // as a mistake"); on polnear-train 1 in 15 such clauses without "as" is gold.
    if (startAt.rule === 'clause' && form.tense === 'past' && form.entry.lemma === 'see' && this.ctx.opens[startAt.index] !== 1) {
      let as = startAt.index;
      while (as < stop && tokens[as]?.norm !== 'as') as++;
      if (as === stop) return undefined;
    }
    // "debated tax credits and farm spending", "lent an ear to growers and named a chair": what would
    // open with "and" or "or" shows the cue word was a plural noun or the first of two verbs.
    const opener = tokens[start ?? startAt.index]?.norm;
    if ((opener === 'and' || opener === 'or') && this.ctx.inQuote[start ?? startAt.index] !== 1) return undefined;
    const frameRule = `${rules[0] ?? 'preposed'}.${startAt.rule}`;
    // "Donors who hope to give more would pay a fee": inside a relative clause with no comma
    // before it, an infinitive or an object ends where the main clause's verb follows.
    // ("a grower who sold corn and who wanted to be named said": so inside the second of two
    // relative clauses, whose speaker runs from the head to the second pronoun.)
    const relative = speaker !== undefined && RELATIVE_GAPS.has(tokens[speaker.phrase.last]?.norm ?? '') && (speaker.phrase.first === speaker.phrase.last ? tokens[speaker.phrase.first - 1]?.kind === 'word' : tokens[speaker.phrase.last - 1]?.norm === 'and');
    // ("What the mayor called a farce ended on Monday": so does a free relative that is the
    // sentence's subject, at the main clause's verb.)
    // (Only after a cue that names, "called", "dubbed", "described as": "What Lind wants is a vote"
    // is a pseudo-cleft, whose content follows "is".)
    const naming = NAMING_LEMMAS.has(form.entry.lemma) || tokens[match.last + 1]?.norm === 'as';
    const subjectWhat = naming && rel?.norm === 'what' && relAt === this.first && (startAt.rule === 'object' || startAt.rule === 'quote');
    if (subjectWhat) {
      const verb = this.verbAfterNamed(startAt.index + 1, stop);
      if (verb !== undefined) stop = trimEnd(this.ctx, startAt.index, verb);
    }
    // ("Builders who testified against Lind told the court ...": so does what a cue is against.)
    const against = startAt.rule === 'clause' && tokens[startAt.index]?.norm === 'against';
    if (relative && (startAt.rule === 'infinitive' || startAt.rule === 'object' || against)) {
      for (let k = startAt.index + 1; k < stop; k++) {
        const previous = tokens[k - 1]?.norm ?? '';
        // ("wanted a break from the board, growers who were angry ...": a verb right after a relative
        // pronoun is that relative clause's own, inside what is named.)
        if (RELATIVE_GAPS.has(previous) || previous === 'that') continue;
        // ("hoping to do more": after "to" the verb is no finite one.)
        if (this.ctx.inQuote[k] !== 1 && FINITE_VERBS.has(tokens[k]?.norm ?? '') && previous !== 'to') {
          stop = trimEnd(this.ctx, startAt.index, k);
          break;
        }
        // "Voters who praised the plan stayed home": so does a past verb that no lexicon knows, right
        // after the object's last word, when no agent or time follows it as it would follow a
        // participle on that object ("the plan unveiled Monday", "the plan backed by Kell").
        if (this.ctx.inQuote[k] !== 1 && mainVerbAfterObject(tokens, k)) {
          stop = trimEnd(this.ctx, startAt.index, k);
          break;
        }
        // "Voters who backed Kell expressed doubts": so does a main clause's own cue of saying.
        // ("who backed Kell and praised Lind": not a second verb of the relative clause, nor a
        // passive, "who asked not to be named".)
        // (Not a capitalised word, "praised the United States Navy", outside a title-case headline.)
        if (this.ctx.inQuote[k] !== 1 && previous !== 'to' && previous !== 'and' && previous !== 'or' && !BE_FORMS.has(previous) && (!isCapitalised(tokens[k] as Token) || this.titleCase())) {
          const main = matchCue(this.ctx, k, stop);
          if (main !== undefined && (main.form.tense === 'past' || main.form.tense === 'present') && main.form.entry.kind === 'speech') {
            let at = k;
            while (at - 1 > startAt.index && isModifier(tokens[at - 1])) at--;
            stop = trimEnd(this.ctx, startAt.index, at);
            break;
          }
        }
      }
    }
    // ("A farmer who said the dam had failed told reporters ...": so does a clause said, after its
    // own subject and verb.)
    if (relative && (startAt.rule === 'clause' || startAt.rule === 'that') && this.ctx.opens[startAt.index] !== 1) stop = this.mainCueAfterSaidClause(startAt.index, stop) ?? stop;
    // ("Lind, who advised the council during its review, said ...": after the listener, a bare
    // adjunct says when or where the advice was given, not what it was.)
    if (startAt.rule === 'listener' && this.ctx.opens[startAt.index] !== 1 && this.isBareAdjunct(startAt.index, stop)) return undefined;
    const conf = startAt.rule === 'object' ? Math.min(confidence, RULE_CONFIDENCE.object) : confidence;
    // "what he calls the ferry cartel": the free relative, speaker and cue with it, is what is named.
    // "what Sanders wanted to hear", "how he planned to reboot it": so is an intention's.
    if (start === undefined && ((startAt.rule === 'object' && rel?.norm === 'what') || (startAt.rule === 'infinitive' && (rel?.norm === 'what' || rel?.norm === 'how' || rel?.norm === 'whatever'))) && rules[0] !== 'chained' && rules[0] !== 'participle') start = (speaker?.phrase.first ?? 1) - 1;
    // "Lind denounced what he called a farce": the pronoun in a free relative stands for the subject
    // of the clause around it, which is named as the speaker. (Not before a quotation, which is the
    // whole content: "what he called “a farce”" keeps "he".)
    let owner = speaker;
    if (freeWhat && speaker !== undefined && speaker.phrase.kind === 'pronoun' && speaker.phrase.first === speaker.phrase.last && FREE_RELATIVE_PRONOUNS.has(tokens[speaker.phrase.first]?.norm ?? '')) {
      owner = this.nearestClauseSubject(speaker.phrase.first - 1) ?? speaker;
      // ("When he took office, he answered what they called a biased press": "they" does not stand
      // for a subject "he", nor "he" for "they".)
      const plural = tokens[speaker.phrase.first]?.norm === 'they';
      const ownerHead = tokens[owner.phrase.last]?.norm ?? '';
      if (owner.phrase.kind === 'pronoun' && (ownerHead === 'they') !== plural) owner = speaker;
      // ("Arlo was faulted by farmers for what they call a weak stance": nor does "they" stand for a
      // singular noun, one without a plural "-s" that names no group.)
      else if (plural && owner.phrase.kind !== 'pronoun' && !hasPluralEnding(ownerHead) && !GROUP_HEADS.has(ownerHead)) owner = speaker;
      // ("The agency published what it called the full text": "it" stands for a subject that is no
      // person's pronoun and no plural: "Lind signed what it called ..." is someone else's "it",
      // while a name after "the" names a body, "the Evening Lantern printed what it said were ...".
      // Nor for a subject set off by a comma from its verb, "when a paper, the Lantern, printed what
      // it said ...", where the subject found may be another clause's.)
      else if (tokens[speaker.phrase.first]?.norm === 'it' && (owner.phrase.kind === 'pronoun' ? ownerHead !== 'it' : (owner.phrase.kind === 'name' && tokens[owner.phrase.first]?.norm !== 'the') || hasPluralEnding(ownerHead) || punctuationIn(tokens, owner.phrase.last + 1, relAt))) owner = speaker;
    }
    // ("Fans — some holding signs reading “Truth Wins” — cheered": an attribution inside a pair of
    // dashes says what it says inside them; the closing dash ends it.)
    if (start === undefined && stop > startAt.index && this.openDashBefore(match.first)) stop = closingDashIn(this.ctx, startAt.index, stop) ?? stop;
    // ("The man whom the council named treasurer | said ...": what a restrictive relative clause
    // holds, read from its relative pronoun, ends before the sentence's own predicate.)
    if (start !== undefined && start < match.first && RELATIVE_GAPS.has(tokens[start]?.norm ?? '') && tokens[start - 1]?.kind === 'word' && start - 1 >= this.first) stop = this.mainPredicateIn(match.last + 1, stop, true) ?? stop;
    this.push(start ?? startAt.index, stop, owner, cue, conf, [...rules, frameRule]);
    return Math.max(match.last, startAt.index - 1);
  }

  /**
   * Where, in content [start, stop) reported by a relative "who" on the subject, a second finite
   * verb takes up the sentence's own predicate ("... who said the water was unsafe | were moved"):
   * after the clause's first finite verb and a word that is no verb, with no conjunction, relative
   * word or punctuation between. Undefined when there is none.
   */
  private mainPredicateIn(start: number, stop: number, afterVerb = false): number | undefined {
    const { tokens } = this.ctx;
    let finite = afterVerb;
    for (let j = start; j < stop; j++) {
      const t = tokens[j];
      if (t === undefined || t.kind !== 'word' || this.ctx.inQuote[j] === 1 || CLAUSE_LINKS_IN_CONTENT.has(t.norm)) return undefined;
      const prev = tokens[j - 1];
      // ("Officials who said the dam had been inspected | declined to comment", "... | told
      // reporters ...": a refusal or a cue in the past after the clause is the predicate too.)
      const act = finite && (REFUSALS.has(t.norm) || matchCue(this.ctx, j, stop)?.form.tense === 'past');
      if (!FINITE_VERBS.has(t.norm) && !act) continue;
      if (finite && j > start && prev !== undefined && !FINITE_VERBS.has(prev.norm) && !isModifier(prev) && !isCapitalised(prev)) return j;
      finite = true;
    }
    return undefined;
  }

  /** Whether a spaced dash before token `k` in the sentence opens a pair of dashes still open at `k`. */
  private openDashBefore(k: number): boolean {
    let open = false;
    for (let j = this.first; j < k; j++) if (this.ctx.inQuote[j] !== 1 && spacedDash(this.ctx, j)) open = !open;
    return open;
  }

  /**
   * The index of a quotation opening in lower case after a short appositive or clause that starts
   * at `from` and closes with a comma ("a planner at the bank, “lies in ...”", "before the news
   * broke, “but ...”"), if any.
   */
  private quoteAfterAppositive(from: number): number | undefined {
    const { tokens } = this.ctx;
    for (let k = from; k < this.end && k < from + SPEAKER_APPOSITIVE_WINDOW; k++) {
      const t = tokens[k];
      if (t === undefined || this.ctx.opens[k] === 1 || this.ctx.closes[k] === 1 || t.text === '.' || t.text === ';') return undefined;
      if (t.text !== ',') continue;
      if (this.ctx.opens[k + 1] !== 1) continue;
      const first = tokens[k + 2];
      return first !== undefined && first.kind === 'word' && !isCapitalised(first) ? k + 1 : undefined;
    }
    return undefined;
  }

  /**
   * When a finite verb follows the comma after an inverted speaker at `last`, past an appositive or
   * a relative clause on the speaker ("..., said Lind, a grower, would ...", "..., said Lind, who
   * knows him, would ..."), the speaker's last token; else -1.
   */
  private resumesAfter(last: number): number {
    const { tokens } = this.ctx;
    if (tokens[last + 1]?.text !== ',' || this.ctx.inQuote[last + 1] === 1) return -1;
    let speakerLast = last;
    let next = last + 2;
    const opener = tokens[next];
    if (opener !== undefined && !FINITE_VERBS.has(opener.norm)) {
      const comma = this.firstComma(next);
      if (comma === undefined || comma - next > 15) return -1;
      if (!RELATIVE_GAPS.has(opener.norm)) {
        if (!this.isAppositive(next, comma)) return -1;
        speakerLast = comma - 1;
      }
      next = comma + 1;
    }
    const verb = tokens[next];
    return verb !== undefined && verb.kind === 'word' && !isCapitalised(verb) && FINITE_VERBS.has(verb.norm) ? speakerLast : -1;
  }

  /** Whether a finite verb stands in [this.first, to) outside quotation marks. */
  private finiteBefore(to: number): boolean {
    const { tokens } = this.ctx;
    for (let j = this.first; j < to; j++) {
      const t = tokens[j];
      if (t !== undefined && this.ctx.inQuote[j] !== 1 && (FINITE_VERBS.has(t.norm) || COMMON_VERBS.has(t.norm))) return true;
    }
    return false;
  }

  /** Whether the words at `k` open a question put to someone: "Asked ...", "When asked ...". */
  private askedOpener(k: number): boolean {
    const { tokens } = this.ctx;
    return tokens[k]?.norm === 'asked' || (ASKED_OPENERS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'asked');
  }

  /** Whether a quotation opens, or a comma or a dash stands, in tokens [from, to). */
  private breakWithin(from: number, to: number): boolean {
    const { tokens } = this.ctx;
    for (let k = from; k < to; k++) if (this.ctx.opens[k] === 1 || tokens[k]?.text === ',' || isDash(tokens[k])) return true;
    return false;
  }

  /**
   * Content before the speaker: "Q, X said." — or the whole sentence when the content goes on
   * after the attribution ("Nor does she plan, advisers say, to change course.").
   */
  /**
   * "Hale says he never raised taxes (he backed a fuel tax in 2014, records show).": a parenthesis
   * still open before a speaker whose cue follows the statement holds all it says; the statement
   * starts after it. `start` when no parenthesis is open between `start` and `speakerFirst`.
   */
  private openParenthesisBefore(start: number, speakerFirst: number): number {
    const { tokens } = this.ctx;
    for (let k = speakerFirst - 1; k > start; k--) {
      const t = tokens[k];
      if (t === undefined || this.ctx.inQuote[k] === 1) continue;
      if (t.text === ')') return start;
      if (t.text === '(') return k + 1;
    }
    return start;
  }

  private postposed(np: NounPhrase, speakerLast: number, contentEnd: number, tail: number, cue: { start: number; end: number }, rules: string[]): number | undefined {
    const { tokens } = this.ctx;
    const t0 = tokens[this.first] as Token;
    let start = Math.max(this.first, this.postposedUntil);
    while (start < contentEnd && (isDash(tokens[start]) || tokens[start]?.text === '•' || (tokens[start]?.kind === 'punct' && this.ctx.opens[start] !== 1))) start++;
    let stop = contentEnd;
    const tailRules = rules.slice();
    let afterComma = tokens[tail]?.text === ',' ? tail + 1 : tail;
    // ("Asked what he will do next, he laughs.": a fronted question put to the speaker is no
    // content of the verb after it; the question is read on its own.)
    if (this.askedOpener(start) && (afterComma >= this.end || this.ctx.opens[afterComma] !== 1) && !this.breakWithin(start, contentEnd)) return undefined;
    // ("“The danger,” said Tom Kell, a planner at the bank, “lies in the floods”": the quotation goes on
    // after the speaker's appositive.)
    // ("“We take each day as it comes,” she said, smiling, “and so should you”": so it does after
    // an aside on the act of saying that is no cue of its own.)
    // ("“It is never easy,” she said before the news broke, “but we move on.”": and after a
    // subordinate clause of the writer's that follows the cue.)
    const aside = tokens[tail]?.text === ',' && (rules.includes('postposed.inverted') || matchCue(this.ctx, tail + 1, this.end) === undefined);
    if (tail < this.end && this.ctx.opens[afterComma] !== 1 && (aside || SUBORDINATORS.has(tokens[tail]?.norm ?? '')) && this.ctx.closes[contentEnd - 1] === 1) {
      const resumed = this.quoteAfterAppositive(tail + 1);
      if (resumed !== undefined) afterComma = resumed;
    }
    if (tail < this.end && this.ctx.opens[afterComma] === 1 && !this.workTitleAt(afterComma)) {
      // "Asked about the device, O'Neill said, “Not going there.”": when nothing before the
      // speaker is quoted, the quotation after the cue is the whole statement.
      // "A dry summer, he said, “might be the right moment ...”": a quotation opening in lower case
      // goes on with the words before the attribution.
      const first = tokens[afterComma + 1];
      const goesOn = first !== undefined && first.kind === 'word' && !isCapitalised(first);
      if (!goesOn && this.ctx.closes[contentEnd - 1] !== 1 && this.ctx.closes[contentEnd] !== 1) {
        const closed = this.closingOf(afterComma) ?? this.end;
        const speaker = phraseSpan(this.ctx, np, speakerLast);
        this.push(afterComma, closed, speaker, cue, RULE_CONFIDENCE.preposed, ['preposed', 'preposed.quote']);
        return closed - 1;
      }
      stop = this.closingOf(afterComma) ?? stop;
      // ("In the hills, she said, “the pumps may fail” during storms": the sentence runs on after a quotation
      // that closes without punctuation.)
      const after = tokens[stop];
      if (stop < this.end && after !== undefined && after.kind === 'word' && !isCapitalised(after) && tokens[stop - 2]?.kind !== 'punct' && matchCue(this.ctx, stop, this.end) === undefined) {
        stop = contentEndFrom(this.ctx, stop - 1, this.end, this.first);
      }
      // ("At the same time, she added, “we cannot wait”": a connective alone before the attribution is the writer's.)
      const connective = start === this.first ? this.connectiveComma(start) : -1;
      if (connective > 0 && connective + 1 >= np.first) start = afterComma;
      tailRules.push('postposed.split-quote');
    } else if (tail < this.end && tokens[tail]?.text === ',') {
      const next = tokens[tail + 1];
      const participle = matchCue(this.ctx, tail + 1, this.end);
      const inverted = rules.includes('postposed.inverted');
      // After "X, she said," a new subject (a name, "the ...", a pronoun) carries the statement on;
      // after an inverted "said X," such words would be an appositive of X instead.
      const subjectStart = !inverted && (isCapitalised(next ?? t0) || DETERMINERS.has(next?.norm ?? '') || pronounOf(next) !== undefined);
      // ("spends his days writing and, he admits, watching television": after a conjunction that the
      // attribution interrupts, a word in "-ing" is the conjunction's second half, not the writer's.)
      const joined = tokens[np.first - 1]?.text === ',' && TRAILING_CONJUNCTIONS.has(tokens[np.first - 2]?.norm ?? '');
      const continues =
        next !== undefined &&
        next.kind === 'word' &&
        (subjectStart || (!isCapitalised(next) && !DETERMINERS.has(next.norm))) &&
        (participle?.form.tense !== 'gerund' || joined) &&
        next.norm !== 'according' &&
        (!SUBORDINATORS.has(next.norm) || CAUSAL_SUBORDINATORS.has(next.norm)) &&
        !RESUMPTION_BLOCKERS.has(next.norm) &&
        !anonymityTermsAt(tokens, tail + 1) &&
        !writerCommentAt(tokens, tail + 1) &&
        !pronounCueAfterAs(this.ctx, tail + 1, this.end) &&
        !this.reportAppositive(tail, np.first) &&
        !(next.norm.endsWith('ing') && next.norm.length > 5 && !joined) &&
        !chainedCueAt(this.ctx, tail + 1, this.end) &&
        !pronounStatementAt(this.ctx, tail + 1, this.end);
      // ("The “plan is bold,” she said, and it may pass": a quotation that closes a sentence begun
      // outside it runs on after the attribution too.)
      const closesQuote = this.ctx.closes[contentEnd - 1] === 1 && this.ctx.opens[start] === 1;
      if (continues && !closesQuote && !rules.includes('postposed.inverted')) {
        stop = trimEnd(this.ctx, start, this.end);
        // ("The plan, she said, was rushed, and she wants a full review": a statement of its own
        // further on ends what was said, as it does right after the attribution.)
        for (let k = tail + 2; k < stop - 1; k++) {
          if (tokens[k]?.text === ',' && this.ctx.inQuote[k] !== 1 && pronounStatementAt(this.ctx, k + 1, this.end)) {
            stop = k;
            break;
          }
        }
        tailRules.push('postposed.parenthetical');
        // "But, Kim added, the dam will hold": a conjunction that links the sentence to the one
        // before is the writer's; when only it precedes the attribution, the statement follows it.
        // (So does a connective: "Still, Kim added, the dam will hold".)
        const connective = start === this.first ? this.connectiveComma(start) : -1;
        if (connective > 0 && connective + 1 >= np.first) start = tail + 1;
        else if (start === this.first && isCapitalised(t0) && (t0.norm === 'and' || t0.norm === 'but')) {
          let k = start + 1;
          while (k < np.first && (tokens[k]?.text === ',' || tokens[k]?.norm === 'yet')) k++;
          start = k >= np.first ? tail + 1 : k;
        } else if (joined && this.statementCueBetween(start, np.first - 2)) {
          // ("Owners blamed him for a strike that lasted a month and, they argued, cost jobs": after
          // a conjunction that follows a statement of its own, the attribution holds only the half
          // after it; the words before are the earlier cue's.)
          start = tail + 1;
        }
        // "The dam held -- and the pier, Kim said, was never at risk": a lone dash or a parenthesis
        // before the attribution opens the clause it sits in.
        for (let k = np.first - 2; k > start; k--) {
          if (this.ctx.inQuote[k] === 1) continue;
          const t = tokens[k];
          if (t !== undefined && (t.text === '(' || (spacedDash(this.ctx, k) && loneDash(this.ctx, k, this.first, np.first)))) {
            start = k + 1;
            // (What opens with the parenthesis closes with it.)
            if (t.text === '(') {
              let close = tail + 1;
              while (close < stop && tokens[close]?.text !== ')') close++;
              stop = close;
            }
            break;
          }
        }
        // ("..., which, his aides believe, would cost votes": a relative pronoun right before it opens
        // it too, unless a preposition governs it: "the cost of which, ...".)
        // ("..., where, she said, it was hot": so does "where" or "when".)
        // ("a flaw that, it said, attackers had exploited": so does a relative "that" after a noun,
        // not one after a cue, "warned that, she said, ...".)
        const relative = tokens[np.first - 2]?.norm ?? '';
        const relativeThat = relative === 'that' && tokens[np.first - 3]?.kind === 'word' && matchCue(this.ctx, np.first - 3, np.first - 2) === undefined && !isCapitalised(tokens[np.first - 3] as Token);
        if (tokens[np.first - 1]?.text === ',' && np.first - 2 > start && (RELATIVE_ASIDE_OPENERS.has(relative) || relativeThat) && !NP_PREPOSITIONS.has(tokens[np.first - 3]?.norm ?? '')) start = np.first - 2;
      }
    }
    start = this.openParenthesisBefore(start, np.first);
    if (this.ctx.opens[start] !== 1) start = this.quotationAfterColon(this.afterAttributedClause(start, np.first), stop);
    // A quotation may be one word ("“Safety,” said Grimm."); reported speech needs two.
    const quotedOnly = this.ctx.opens[start] === 1 && this.ctx.closes[stop - 1] === 1;
    if (!hasWords(this.ctx, start, stop, tailRules.includes('postposed.parenthetical') || quotedOnly ? 1 : 2)) return undefined;
    // "“Senator, I would disagree,” Solvang began": "began" reports only the opening of a quotation
    // ("Prices were rising, the slump began" names no speaker).
    if (!quotedOnly && QUOTATION_ONLY_CUES.has(this.ctx.text.slice(cue.start, cue.end).toLowerCase())) return undefined;
    // "On the Republican stage, Trump continues ...": a bare prepositional phrase is no statement.
    if (!tailRules.includes('postposed.parenthetical') && this.isBareAdjunct(start, stop)) return undefined;
    // ("Minutes later, Kell responded", "Less than an hour later, ...": a span of time before
    // "later" or "ago" with no verb says when, not what.)
    if (!tailRules.includes('postposed.parenthetical') && RELATIVE_TIME_ENDS.has(tokens[stop - 1]?.norm ?? '') && !this.hasVerb(start, stop, true)) return undefined;
    // ("Weighing in on the debate, Kell agreed", "On Friday, the last day of the tour, Kell told a
    // joke": words before the speaker without a verb or a quotation are a fronted adjunct.)
    const opener = tokens[start];
    const participleOpener = opener !== undefined && opener.kind === 'word' && (opener.norm.endsWith('ing') || opener.norm.endsWith('ed'));
    const adjunctOpener = opener !== undefined && opener.kind === 'word' && opener.norm !== 'this' && (NP_PREPOSITIONS.has(opener.norm) || ADJUNCT_OPENERS.has(opener.norm) || BARE_ADJUNCT_OPENERS.has(opener.norm) || participleOpener);
    if (adjunctOpener && !tailRules.includes('postposed.parenthetical') && !this.hasVerb(participleOpener ? start + 1 : start, stop, true)) return undefined;
    if (start === this.first && !tailRules.includes('postposed.parenthetical')) start = this.pastConcession(start, stop);
    const speaker = phraseSpan(this.ctx, np, speakerLast);
    this.push(start, stop, speaker, cue, RULE_CONFIDENCE.postposed, tailRules);
    this.postposedUntil = Math.max(speakerLast, tail) + 1;
    return Math.max(speakerLast, tail - 1);
  }
}

/** Degree words that grade what a relative pronoun was called: "a grant that tenants called too little". */
const CALLED_DEGREES: ReadonlySet<string> = new Set(['too', 'very', 'so', 'far', 'deeply', 'wholly', 'utterly', 'overly', 'fatally', 'badly']);

/** Quantifiers that "not" may deny at the head of a clause's subject: "not all growers", "not everyone", "not one vote". */
const DENIED_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'every', 'everyone', 'everybody', 'many', 'enough', 'one']);

/** Relative words that may open a clause an attribution set off by commas interrupts: "..., which, she said, ...", "..., where, he said, ...". */
const RELATIVE_ASIDE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'where', 'when']);

/** How many tokens an appositive of a speaker may run before a quotation resumes. */
const SPEAKER_APPOSITIVE_WINDOW = 30;

/** Openers of a fronted concession: "Despite the storm, ...", "Though the pier held, ...". */
const CONCESSIVE_OPENERS: ReadonlySet<string> = new Set(['despite', 'although', 'though']);

/**
 * Subordinators of cause, condition and time that, after "X, she said,", carry the statement on:
 * "the dam held, she said, because it was new"; so does "whether" opening the complement of what
 * comes before ("It is unclear, officials said, whether the dam will hold").
 */
/**
 * Subordinators that open only a clause, never a phrase: the words after them are a subject
 * ("because he feared", "although the board agreed"), where "after the mayor" or "since May" may
 * be a preposition's object.
 */
const CLAUSE_ONLY_SUBORDINATORS: ReadonlySet<string> = new Set(['because', 'although', 'though', 'whereas', 'unless', 'if', 'when', 'whenever', 'while', 'once', 'whether']);

const CAUSAL_SUBORDINATORS: ReadonlySet<string> = new Set(['because', 'since', 'unless', 'until', 'once', 'if', 'when', 'before', 'after', 'whether']);

/** Cues that report what a poll, a study or a record shows. */
const EVIDENCE_LEMMAS: ReadonlySet<string> = new Set(['show', 'find']);


const EVIDENCE_FRAMES: readonly CueFrame[] = ['clause', 'that', 'object', 'postposed'];

/** Rules whose statement sits in a phrase inside the clause (an aside, a subject), which a verb after a comma does not go on from. */
const ASIDE_RULES: ReadonlySet<string> = new Set(['evidence.participle', 'participle.backer']);

/** Prepositions of an adjunct of circumstance: "with polls showing ...", "despite a study finding ...". */
const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'despite', 'amid', 'after', 'following']);
/** Nouns whose "of" opens a circumstance: "in the wake of", "in light of". */
const OCCASION_NOUNS: ReadonlySet<string> = new Set(['wake', 'light', 'aftermath']);

/** How many words a noun phrase of evidence may take before its participle: "the latest state results showing". */
const EVIDENCE_PHRASE_WINDOW = 6;

/** Whether a noun of evidence and a participle of reporting follow from `from`: "(with) early results showing ...". */
function evidenceParticipleAfter(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + EVIDENCE_PHRASE_WINDOW; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return false;
    if (EVIDENCE_NOUNS.has(t.norm)) return EVIDENCE_PARTICIPLES.has(tokens[k + 1]?.norm ?? '');
  }
  return false;
}

/** Participles by which a poll or a study reports what it found. */
const EVIDENCE_PARTICIPLES: ReadonlySet<string> = new Set(['showing', 'finding', 'indicating', 'suggesting']);

/** The form of an evidence cue whose source is a poll or a record, made once per form. */
const evidenceForms = new WeakMap<CueForm, CueForm>();
const madeEvidenceForms = new WeakSet<CueForm>();
function evidenceForm(form: CueForm): CueForm {
  let made = evidenceForms.get(form);
  if (made === undefined) {
    made = { ...form, entry: { ...form.entry, frames: [...new Set([...form.entry.frames, ...EVIDENCE_FRAMES])] } };
    evidenceForms.set(form, made);
    madeEvidenceForms.add(made);
  }
  return made;
}

/** Quantities that make a phrase plural: "half of voters", "Six in 10", "a majority". */
const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set([
  'half', 'majority', 'majorities', 'most', 'percent', 'all', 'both', 'many', 'some', 'several', 'few', 'number', 'third', 'quarter',
  'dozens', 'hundreds', 'thousands', 'millions', 'those', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

/** Whether a subject phrase is plural: a plural noun, a quantity, or a plural word at the sentence's start ("Companies say"). */
function isPluralPhrase(tokens: readonly Token[], first: number, last: number, sentenceFirst: number): boolean {
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    // ("the best-known graduate of the reality show": the head comes before a preposition;
    // "half of voters" has its quantity before it, "just shy of half" right after it.)
    if (i > first && NP_PREPOSITIONS.has(t.norm)) {
      const quantity = tokens[i + 1];
      if (i < last && quantity !== undefined && (quantity.kind === 'number' || (PLURAL_QUANTIFIERS.has(quantity.norm) && quantity.norm !== 'most'))) return true;
      while (i <= last && tokens[i]?.text !== ',') i++;
      // ("a review of records indicate": a plural noun right before the verb still agrees with it.)
      if (i > last) return isPluralNoun(tokens[last] as Token);
      continue;
    }
    // ("the most famous graduate": "most" before an adjective is no quantity; "Most on the board",
    // "most in the town", before a preposition, counts the people of what follows.)
    if (t.norm === 'most' && i < last && !NP_PREPOSITIONS.has(tokens[i + 1]?.norm ?? '') && !isPluralNoun(tokens[i + 1] as Token)) continue;
    // ("Vell cancels stadium show", "Kell wins county vote": after a name, a word in -s right before
    // a lower-case singular noun that ends the phrase is a headline's verb the scan took for a noun;
    // "Lind holds little hope for ...": a quantity word there is no noun, and the phrase is left as it was.)
    const head = tokens[last];
    const name = tokens[i - 1];
    const modifier = i + 1 === last && i > first && name !== undefined && name.kind === 'word' && isCapitalised(name) && head !== undefined && head.kind === 'word' && !isCapitalised(head) && !isPluralNoun(head) && !isModifier(head) && !EQUATIVE_QUANTITIES.has(head.norm) && !t.text.includes("'") && !t.text.includes('’');
    if (t.kind === 'number' || PLURAL_QUANTIFIERS.has(t.norm) || (isPluralNoun(t) && !modifier)) return true;
    // "Companies say" at the sentence's start; "the Khans say", "the Democrats say" after "the".
    // ("That said, Millennials say ...": so is one that ends the phrase after a fronted adjunct.)
    // ("Police in the city say", "Fishermen on the shore say": a plural without -s opens the sentence too.)
    // ("9:40 a.m.: Police say ...", "Update: Companies say ...": so does one right after a live
    // blog's label and its colon, which opens a new clause.)
    const opensClause = i === sentenceFirst || (i === first && tokens[i - 1]?.text === ':');
    if ((opensClause || tokens[i - 1]?.norm === 'the' || (i === first && i === last && tokens[i - 1]?.text === ',')) && isCapitalised(t) && ((/[a-z]{3,}s$/.test(t.norm) && !/(?:ss|us|is)$/.test(t.norm)) || (opensClause && irregularPlural(t.norm)))) return true;
  }
  return false;
}

const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'police', 'staff', 'media', 'public', 'clergy', 'folks', 'women', 'men', 'data', 'crowd']);

/**
 * Whether the relative "that" at `that` follows a plural noun, its antecedent ("polls that show
 * ..."); or a "which" does, after its comma ("several nations, which argue ...").
 */
function pluralAntecedentOf(tokens: readonly Token[], that: number): boolean {
  const relative = tokens[that]?.norm;
  const last = relative === 'which' && tokens[that - 1]?.text === ',' ? that - 2 : that - 1;
  const antecedent = tokens[last];
  if ((relative !== 'that' && relative !== 'which') || antecedent === undefined) return false;
  return isPluralNoun(antecedent) || pluralHeadBeforeOf(tokens, last);
}

/** How many words after "of" `pluralHeadBeforeOf` passes over ("of the board's meeting"). */
const OF_PHRASE_REACH = 4;

/**
 * Whether the noun phrase ending at `last` is the object of "of" after a plural noun: "the
 * minutes of the meeting, which show ...", where the plural verb of the relative clause agrees
 * with "minutes", its antecedent.
 */
function pluralHeadBeforeOf(tokens: readonly Token[], last: number): boolean {
  for (let k = last - 1; k >= 1 && k >= last - OF_PHRASE_REACH; k--) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return false;
    if (t.norm === 'of') return isPluralNoun(tokens[k - 1] as Token);
  }
  return false;
}

/** A lower-case plural noun ("reports", "officials", "fishermen"), which takes "say", not "says". */
function isPluralNoun(token: Token): boolean {
  const n = token.norm;
  if (token.kind !== 'word' || isCapitalised(token)) return false;
  return irregularPlural(n) || hasPluralEnding(n);
}

/**
 * Whether a capitalised word in [from, to) may be the verb of a title-case headline ("The Mayor
 * Leads by Nine Points", "A Dock Plan Stalled"): one in -s or -ed that no determiner precedes.
 * (Such a word may as well be a plural noun; the reading errs toward a verb.)
 */
function titleCaseVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || !isCapitalised(t) || DETERMINERS.has(tokens[k - 1]?.norm ?? '')) continue;
    if (t.norm.endsWith('s') || t.norm.endsWith('ed')) return true;
  }
  return false;
}

/** Whether a lower-case form is a plural without -s: "people", "police", "fishermen". */
function irregularPlural(norm: string): boolean {
  return IRREGULAR_PLURALS.has(norm) || (norm.endsWith('men') && norm.length > 4);
}

/**
 * Finds the attributions of a segmented text: cue-led statements sentence by sentence, then
 * quotations that continue or float after an attributed quote.
 */
export function extractRawQuotes(doc: TextDocument, lexicon: CompiledCueLexicon): RawQuote[] {
  const ctx = buildContext(doc, lexicon);
  const found: RawQuote[] = [];
  for (const sentence of doc.sentences) for (const quote of new SentenceExtractor(ctx, sentence).run()) found.push(quote);
  runOnOverParagraphs(ctx, found);
  attachQuotations(ctx, doc, found);
  attachBlockQuotations(ctx, doc, found);
  return dedupe(found, ctx.tokens);
}

/**
 * A quotation introduced by its cue that runs over several paragraphs (Lind said: “A. ¶ “B. ¶
 * “C.”): the sentence rules end the statement with the first paragraph, where the quotation
 * stops for the paragraph break; it goes on to the quotation's close, so that no paragraph of it
 * is lost.
 */
function runOnOverParagraphs(ctx: Context, found: RawQuote[]): void {
  for (const q of ctx.openerAt.values()) {
    const first = q.segments[0];
    if (q.segments.length < 2 || first === undefined) continue;
    for (const r of found) {
      if ((r.contentStart === q.open || r.contentStart === q.contentStart) && r.contentEnd <= first.end && r.cue !== undefined && r.cue.end <= q.open) r.contentEnd = q.close;
    }
  }
}

/**
 * "Hewitt writes:", "In a speech in May, she said:" closing a paragraph, then a paragraph with no
 * quote mark at its start: a block quotation, set off by the layout instead of marks. The whole
 * next paragraph is what the subject of the introducing sentence says. (Only after a verb of
 * saying, with at most a phrase of occasion, time or address after it: "He listed the costs:"
 * introduces the writer's own list.)
 */
function attachBlockQuotations(ctx: Context, doc: TextDocument, found: RawQuote[]): void {
  const { tokens } = ctx;
  for (const lead of doc.sentences) {
    const colon = tokens[lead.endToken - 1];
    if (colon?.text !== ':' || lead.endToken !== ctx.paragraphEnd[lead.paragraph] || lead.endToken - 2 <= lead.firstToken) continue;
    const first = ctx.paragraphFirst[lead.paragraph + 1] ?? -1;
    const opener = tokens[first];
    if (first < 0 || opener === undefined || !opensBlock(tokens, first) || ctx.opens[first] === 1 || ctx.inQuote[first] === 1) continue;
    const last = blockLastParagraph(ctx, doc.text, lead.paragraph + 1, colon.end);
    const stop = trimEnd(ctx, first, ctx.paragraphEnd[last] ?? first);
    if (!hasWords(ctx, first, stop, 4)) continue;
    const at = blockLead(ctx, lead.firstToken, lead.endToken - 1);
    if (at === undefined) continue;
    const { speaker } = at;
    const verb = tokens[at.verb] as Token;
    found.push({
      contentStart: opener.start,
      contentEnd: tokens[stop - 1]?.end ?? opener.end,
      speaker,
      cue: { start: verb.start, end: verb.end },
      mode: 'direct',
      confidence: RULE_CONFIDENCE.colon,
      rules: ['direct.block-lead'],
      paragraph: lead.paragraph + 1,
    });
  }
}

/**
 * Whether a block quotation may open at `i`: with a word, or with an ellipsis before a word
 * ("…at least four of the files"), the mark of a quotation that takes up its source mid-sentence.
 */
function opensBlock(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind === 'word') return true;
  return (t.text === '…' || t.text === '...') && tokens[i + 1]?.kind === 'word';
}

/**
 * The last paragraph of a block quotation that opens paragraph `p`: when a blank line sets the
 * block off from its lead (which ends at offset `leadEnd`), the block runs on over the lines that
 * follow it with a single line break, up to the next blank line; the blank line, not the line
 * break, is what closes it. Without a blank line before it, the block is its one paragraph.
 */
function blockLastParagraph(ctx: Context, text: string, p: number, leadEnd: number): number {
  const { tokens } = ctx;
  const first = ctx.paragraphFirst[p] ?? -1;
  if (first < 0 || !blankLineBetween(text, leadEnd, (tokens[first] as Token).start)) return p;
  let last = p;
  while (last + 1 < ctx.paragraphFirst.length && last < p + 8) {
    const next = ctx.paragraphFirst[last + 1] ?? -1;
    const end = tokens[(ctx.paragraphEnd[last] ?? 0) - 1];
    if (next < 0 || end === undefined || ctx.opens[next] === 1 || blankLineBetween(text, end.end, (tokens[next] as Token).start)) break;
    last++;
  }
  return last;
}

/** Words that open a clause or a complement rather than a phrase of occasion, time or address after a verb of saying. */
const BLOCK_TAIL_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'while', 'as', 'of', 'for', 'told', 'by', 'about', 'just', 'then']);

/**
 * The verb of saying that introduces a block quotation from the end of its lead sentence, whose
 * colon is at `colon`, with its subject right before it: the verb right before the colon
 * ("Hewitt writes:"), or before a phrase of occasion, time or address that closes the sentence
 * ("she wrote in a statement:", "he said in a letter to the board:", "Lind told the council on
 * Tuesday:"). A phrase with a comma, a quote mark, a finite verb, a subject pronoun or "that" in
 * it is a clause of its own, and the verb before it introduces nothing. (The subject right before
 * the verb: "Nor has he sat still as Lind bends port rules:" has none.)
 */
function blockLead(ctx: Context, first: number, colon: number): { verb: number; speaker: SpeakerPhrase } | undefined {
  const { tokens } = ctx;
  const limit = Math.max(first + 1, colon - 10);
  for (let v = colon - 1; v >= limit; v--) {
    const cue = matchCue(ctx, v, v + 1);
    if (cue !== undefined && cue.form.entry.kind === 'speech' && isFinite(cue.form) && blockTailOpens(cue.form, tokens[v + 1] as Token, v + 1 === colon)) {
      const speaker = sentenceSubject(ctx, first, v);
      if (speaker !== undefined && speaker.phrase.last === v - 1) return { verb: v, speaker };
    }
    const t = tokens[v] as Token;
    if (t.kind === 'punct' || ctx.opens[v] === 1 || ctx.closes[v] === 1 || t.norm === 'that' || FINITE_VERBS.has(t.norm) || SUBJECT_PRONOUNS.has(t.norm)) return undefined;
  }
  return undefined;
}

/** Whether `next`, after a verb of saying, opens what may close a block quotation's lead: a listener after "told", else a phrase of occasion or time. */
function blockTailOpens(form: CueForm, next: Token, atColon: boolean): boolean {
  if (atColon) return true;
  if (BLOCK_TAIL_CLAUSE_OPENERS.has(next.norm)) return false;
  return has(form, 'listener') || ADJUNCT_OPENERS.has(next.norm);
}

/**
 * Quotations no cue reached: one introduced by a sentence that ends in a colon ("Cruz called
 * them on it:") is that sentence subject's; one that continues an attributed quote ("“X,” he
 * said. “Y.”", or a new paragraph that reopens the quote) joins it and so inherits its speaker.
 * One pass over quotations and statements in order.
 */
function attachQuotations(ctx: Context, doc: TextDocument, found: RawQuote[]): void {
  const byStart = found.slice().sort((x, y) => x.contentStart - y.contentStart);
  const locate = (starts: readonly { start: number }[], offset: number) => Math.max(0, partitionPoint(starts.length, (i) => (starts[i]?.start ?? 0) <= offset) - 1);
  const paragraphOf = (offset: number) => locate(doc.paragraphs, offset);
  const sentenceOf = (offset: number) => locate(doc.sentences, offset);
  let lastDirect: RawQuote | undefined;
  let coverEnd = -1;
  let p = 0;
  for (const [openIndex, q] of [...ctx.openerAt].sort((x, y) => x[0] - y[0])) {
    while (p < byStart.length && (byStart[p]?.contentStart ?? 0) < q.close) {
      const r = byStart[p++] as RawQuote;
      coverEnd = Math.max(coverEnd, r.contentEnd);
      // ("The dam is safe, the mayor said. “We checked it.”": reported speech before its speaker is
      // continued by a quotation as a quote is.)
      if (r.mode !== 'indirect' || r.rules[0] === 'postposed') lastDirect = r;
      // "Mora said the ferry would run all winter. “We have the crews.”": so is reported speech
      // after "X said" that closes its sentence, unless it sits in the attribution of a quote
      // before it ("“...,” said Dran, who backed Kell on Monday. “...”" goes on with Dran's quote).
      // ("Pell declined to name them but said they were emails. “...”": a cue chained on the same subject too.)
      else if ((r.rules[0] === 'preposed' || r.rules[0] === 'chained') && (lastDirect === undefined || sentenceOf(lastDirect.contentStart) !== sentenceOf(r.contentStart)) && endsOwnSentence(doc, r.contentEnd, sentenceOf)) lastDirect = r;
    }
    if (coverEnd > q.open) continue;
    if (!hasWords(ctx, openIndex + 1, firstTokenEndingAfter(ctx.tokens, q.contentEnd, openIndex + 1), 2)) continue;
    const sentence = doc.sentences[sentenceOf(q.open)];
    if (sentence === undefined) continue;
    // "“The dam will hold.” ― Tova Berg": a name alone on the rest of the line after a dash, or
    // on the line after the quotation's paragraph ("- Ana Lind."), signs a quotation that opens
    // its line.
    // ("Claim: “...” — Rep. Dana Holt, in an ad": so does one after a label that opens the line.)
    const signature = opensLine(doc.text, q.open) || labelOpensLine(doc.text, q.open) ? signatureAfter(ctx, doc.text, q.close) : undefined;
    if (signature !== undefined) {
      const signed: RawQuote = {
        contentStart: q.open,
        contentEnd: q.close,
        speaker: signature.speaker,
        cue: signature.dash,
        mode: 'direct',
        confidence: RULE_CONFIDENCE.colon,
        rules: ['direct.signed'],
        paragraph: paragraphOf(q.open),
      };
      found.push(signed);
      lastDirect = signed;
      coverEnd = Math.max(coverEnd, q.close);
      continue;
    }
    const before = doc.text.slice(sentence.start, q.open);
    // "... he said. But “...”", "Then, “...”", "Instead, “...”": a leading conjunction, or one word
    // set off by a comma, still starts the sentence with the quotation.
    const startsSentence = before.trim() === '' || /[:—–]\s*$/.test(before) || /^\s*(?:(?:But|And|Then|Still|Later|Yet|So),?|[A-Z][a-z]+,)\s*$/.test(before);
    const rest = doc.text.slice(q.close, sentence.end);
    const endsSentence = /^[\s.,;:!?)\]]*$/.test(rest);
    if (!startsSentence) continue;
    // "“That is the fight,” she said. “We take it” to the far side of the valley.": the sentence
    // the quotation opens goes on in the same voice.
    const runsOn = !endsSentence && /^[\s,]*[a-z]/.test(rest) && !/[“"]/.test(rest);
    if (!endsSentence && !runsOn) continue;
    const closeAt = runsOn ? sentence.start + doc.text.slice(sentence.start, sentence.end).replace(/[\s.]+$/, '').length : q.close;
    const paragraph = paragraphOf(q.open);
    // "“We will not rest.” That was Gov. Ned Farrow, speaking at the scene.": the sentence right
    // after a quotation that stands alone names who spoke it.
    const named = endsSentence ? identifiedAfter(ctx, doc.sentences[sentenceOf(Math.max(q.open, q.close - 1)) + 1]) : undefined;
    if (named !== undefined) {
      const identified: RawQuote = { contentStart: q.open, contentEnd: q.close, speaker: named.speaker, cue: named.cue, mode: 'direct', confidence: RULE_CONFIDENCE.colon, rules: ['direct.identified'], paragraph };
      found.push(identified);
      lastDirect = identified;
      coverEnd = Math.max(coverEnd, q.close);
      continue;
    }
    // "Cruz called them on it:" followed by the quotation: the sentence before introduces it.
    const lead = doc.sentences[sentenceOf(q.open) - 1];
    const colon = lead === undefined ? undefined : ctx.tokens[lead.endToken - 1];
    if (lead !== undefined && colon?.text === ':' && /^\s*$/.test(doc.text.slice(colon.end, q.open))) {
      const subject = lastConjoinedSubject(ctx, lead.firstToken, lead.endToken - 1) ?? sentenceSubject(ctx, lead.firstToken, lead.endToken - 1);
      if (subject !== undefined) {
        const introduced: RawQuote = {
          contentStart: q.open,
          contentEnd: q.close,
          speaker: subject,
          cue: { start: colon.start, end: colon.end },
          mode: 'direct',
          confidence: RULE_CONFIDENCE.colon,
          rules: ['direct.colon-lead'],
          paragraph,
        };
        found.push(introduced);
        lastDirect = introduced;
        coverEnd = Math.max(coverEnd, q.close);
        continue;
      }
    }
    const direct = lastDirect;
    if (direct !== undefined && paragraphOf(direct.contentEnd) >= paragraph - 1) {
      const cueAt = direct.cue !== undefined && direct.cue.start >= direct.contentEnd ? direct.cue.start : direct.contentEnd;
      const adjacent = sentenceOf(q.open) - sentenceOf(Math.max(direct.contentStart, cueAt - 1)) <= 1;
      const nextParagraph = paragraphOf(direct.contentEnd) < paragraph;
      const paragraphStart = doc.paragraphs[paragraph]?.start === q.open;
      // A mixed quote with its cue after it goes on in a quotation that opens the next paragraph, as
      // a direct one does ("Ports need mayors “who listen,” Mora said." and then "“And that is why
      // ...”"); after "Mora said the port needs “calm.”" the next paragraph's quotation stands alone.
      if (adjacent && (!nextParagraph || (paragraphStart && (direct.mode !== 'mixed' || (direct.cue !== undefined && direct.cue.start >= direct.contentEnd)))) && gapIsAttribution(doc.text.slice(direct.contentEnd, q.open), direct)) {
        direct.contentEnd = closeAt;
        direct.continuedAt ??= q.open;
        if (direct.mode !== 'headline') direct.mode = modeOf(ctx, direct.contentStart, direct.contentEnd, [direct.cue, direct.speaker]);
        direct.rules.push('direct.continued');
        coverEnd = Math.max(coverEnd, closeAt);
        continue;
      }
    }
    // A quotation separated from every attribution by narrative sentences stays unattributed:
    // guessing its speaker from the last statement was right 2% of the time on polnear-train.
  }
  found.sort((x, y) => x.contentStart - y.contentStart || y.contentEnd - x.contentEnd);
}

/** Verbs by which a sentence after a quotation says whose words they were: "That is how Lind described it." */
const DESCRIBING_VERBS: ReadonlySet<string> = new Set(['described', 'put', 'summed', 'explained', 'characterized', 'characterised', 'recalled', 'remembered']);

/** Words that may follow the name in "That was Gov. Farrow, speaking ...": a comma, the sentence's end, or an adjunct or participle of the occasion. */
const IDENTIFIED_TAILS: ReadonlySet<string> = new Set([',', '.', '!', 'speaking', 'talking', 'addressing', 'responding', 'at', 'in', 'on', 'during']);

/** How far after the name the verb of "That is how Lind, a cook, described it" may stand. */
const DESCRIBING_REACH = 10;

/**
 * The speaker and cue that the sentence after a lone quotation gives it: "That was Gov. Ned
 * Farrow, speaking to reporters" (cue "That was"), "So said Ana Lind" ("said"), "Those were the
 * words of Ana Lind", "That is how Ana Lind described the moment" ("described"). The speaker
 * must be a name (a month is none: "That was May."). Undefined for any other sentence.
 */
function identifiedAfter(ctx: Context, next: Sentence | undefined): { speaker: SpeakerPhrase; cue: { start: number; end: number } } | undefined {
  if (next === undefined) return undefined;
  const { tokens } = ctx;
  const first = next.firstToken;
  const end = next.endToken;
  const lead = tokens[first]?.norm;
  const second = tokens[first + 1]?.norm;
  let k = -1;
  let how = false;
  if ((lead === 'that' && (second === 'was' || second === 'is')) || (lead === 'so' && second === 'said')) k = first + 2;
  else if (lead === "that's" || lead === 'that’s') k = first + 1;
  else if (lead === 'those' && second === 'were' && tokens[first + 2]?.norm === 'the' && tokens[first + 3]?.norm === 'words' && tokens[first + 4]?.norm === 'of') k = first + 5;
  if (k < 0) return undefined;
  if (tokens[k]?.norm === 'how' && lead !== 'so') {
    how = true;
    k++;
  }
  const phrase = phraseStartingAt(tokens, k, end);
  const head = tokens[k];
  if (phrase === undefined || phrase.kind !== 'name' || head === undefined || !isCapitalised(head) || (phrase.first === phrase.last && (MONTHS.has(head.norm) || WEEKDAYS.has(head.norm) || head.norm === 'may'))) return undefined;
  let cue = { start: tokens[first]?.start ?? 0, end: tokens[k - 1]?.end ?? 0 };
  if (lead === 'so') cue = { start: tokens[first + 1]?.start ?? 0, end: tokens[first + 1]?.end ?? 0 };
  if (how) {
    let v = phrase.last + 1;
    while (v < end && v <= phrase.last + DESCRIBING_REACH && !DESCRIBING_VERBS.has(tokens[v]?.norm ?? '') && tokens[v]?.text !== '.') v++;
    if (!DESCRIBING_VERBS.has(tokens[v]?.norm ?? '')) return undefined;
    cue = { start: tokens[v]?.start ?? 0, end: tokens[v]?.end ?? 0 };
  } else if (phrase.last + 1 < end && !IDENTIFIED_TAILS.has(tokens[phrase.last + 1]?.norm ?? '')) return undefined;
  return { speaker: phraseSpan(ctx, phrase), cue };
}

/**
 * The subject of the last clause joined by ", and" or ", but" in tokens [first, end), when one
 * with its own subject and verb closes the sentence: "The Courier ran the claim, and the Herald
 * responded:" introduces what follows with the Herald's words. Else undefined.
 */
function lastConjoinedSubject(ctx: Context, first: number, end: number): SpeakerPhrase | undefined {
  const { tokens } = ctx;
  for (let k = end - 2; k > first + 1; k--) {
    if (ctx.inQuote[k] === 1 || ctx.opens[k] === 1 || ctx.closes[k] === 1) return undefined;
    const word = tokens[k]?.norm;
    if ((word !== 'and' && word !== 'but') || tokens[k - 1]?.text !== ',') continue;
    const np = mainClauseAt(ctx, k + 1, end) ? phraseStartingAt(tokens, k + 1, end) : undefined;
    return np === undefined ? undefined : phraseSpan(ctx, np);
  }
  return undefined;
}

/** Whether only closing marks and spaces stand between `offset` and the end of its sentence. */
function endsOwnSentence(doc: TextDocument, offset: number, sentenceOf: (offset: number) => number): boolean {
  const sentence = doc.sentences[sentenceOf(Math.max(0, offset - 1))];
  return sentence !== undefined && /^[\s.!?”"']*$/.test(doc.text.slice(offset, sentence.end));
}

/**
 * Whether a label and its colon, and nothing else, stand between the start of the line and
 * `offset`: "Claim: " or "Quote of the day: " before a quotation (see {@link LABELS}).
 */
function labelOpensLine(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  if (i < 1 || text.charCodeAt(i) !== 0x3a) return false;
  const lineStart = text.lastIndexOf('\n', i) + 1;
  const label = text.slice(lineStart, i).trim().toLowerCase();
  const space = label.indexOf(' ');
  return label !== '' && LABELS.has(space < 0 ? label : label.slice(0, space)) && label.length <= LABEL_LINE_CHARS;
}

/** How long the label before a signed quotation may run: "Quote of the day". */
const LABEL_LINE_CHARS = 30;

/** Whether only spaces stand between the start of the line and `offset`. */
function opensLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * A dash and a name of one to five capitalised words, with at most a short tail after a comma
 * ("― Tova Berg, Kestrel"), that end the line, right after a quotation or on the line that
 * follows it: "” ― Tova Berg", "”\n\n- Ana Lind.". The third group is the dash of a next line
 * that opens with one, as the items of a list do.
 */
const SIGNATURE = /[ \t\u00a0]*(?:\n[ \t\u00a0\n]*)?([―—–-])[ \t\u00a0]*(\p{Lu}[\p{L}'’.-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’.-]*){0,4})(?:,[^\n,]{1,40}){0,2}?[ \t\u00a0]*\.?[ \t\u00a0]*(?:\n[ \t\u00a0\n]*([―—–-])?|$)/uy;

/** The signature after a quotation that closes at `close`: its dash as the cue and its name as the speaker. */
function signatureAfter(ctx: Context, text: string, close: number): { speaker: SpeakerPhrase; dash: { start: number; end: number } } | undefined {
  SIGNATURE.lastIndex = close;
  const m = SIGNATURE.exec(text);
  // ("- Transit\n- Housing": a list after the quotation, not its signature.)
  if (m === null || m[1] === undefined || m[2] === undefined || m[3] === m[1]) return undefined;
  const dashStart = close + m[0].indexOf(m[1]);
  const nameStart = text.indexOf(m[2], dashStart + 1);
  const nameEnd = nameStart + m[2].replace(/\.$/, '').length;
  const { tokens } = ctx;
  const first = firstTokenFrom(tokens, nameStart);
  let last = first;
  while ((tokens[last + 1]?.end ?? Infinity) <= nameEnd) last++;
  if (tokens[first]?.start !== nameStart || last < first) return undefined;
  // A name of one word signs only when the text names it elsewhere too ("- Sanders." after
  // "Bernie Sanders"); alone it is more likely a heading or an item ("- Transit").
  const word = text.slice(nameStart, nameEnd);
  if (first === last && text.indexOf(word, nameEnd) < 0 && text.lastIndexOf(word, nameStart - 1) < 0) return undefined;
  const phrase: NounPhrase = { first, last, kind: 'name', name: { first, last } };
  return { speaker: { phrase, start: nameStart, end: tokens[last]?.end ?? nameEnd }, dash: { start: dashStart, end: dashStart + 1 } };
}

/** The stretch between two quotations holds nothing but the first one's attribution. */
function gapIsAttribution(gap: string, previous: RawQuote): boolean {
  if (gap.length > 300) return false;
  // "“We will win,” he said, adding that the count was slow. “...”": a statement added in between
  // is the attribution's own, and the next quotation no longer continues the first.
  if (ADDED_STATEMENT.test(gap)) return false;
  const words = gapWords(gap);
  if (words === 0) return true;
  const cue = previous.cue;
  if (cue === undefined) return false;
  // A speaker described at length ("said Ana Pike, a dock worker who has fished the bay for thirty
  // years and who backed the levy ...") is still only the attribution: up to 40 words.
  return cue.start >= previous.contentEnd && words <= ATTRIBUTION_GAP_WORDS;
}

/** Characters that separate the words of a gap: white space and the marks `,.;:—–-`. */
const GAP_SEPARATOR = /[\s,.;:—–-]/;

/** How many words a gap holds: runs of characters between separators, counted without building strings. */
function gapWords(gap: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < gap.length; i++) {
    const code = gap.charCodeAt(i);
    // (ASCII is settled by its code; other characters, rarer, by the pattern.)
    const separator = code < 128 ? code === 32 || (code >= 9 && code <= 13) || code === 44 || code === 46 || code === 59 || code === 58 || code === 45 : GAP_SEPARATOR.test(gap.charAt(i));
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  return words;
}

/** How many words an attribution between two parts of one quotation may run. */
const ATTRIBUTION_GAP_WORDS = 40;

/** A participle of adding with content of its own inside the attribution between two quotations: ", adding that ...". */
const ADDED_STATEMENT = /,\s+adding\s+\S+\s+\S/;

/** How many earlier statements (by start) are compared when looking for a twin. */
const TWIN_WINDOW = 8;

/**
 * Drops a quote whose content is (nearly) the same as a more confident one's, and a belief,
 * intention or chained cue nested inside another statement's content. `found` is sorted by
 * start; twins start close together, so each is compared with a few neighbours only.
 */
function dedupe(found: RawQuote[], tokens: readonly Token[]): RawQuote[] {
  const out: RawQuote[] = [];
  for (const r of found) {
    let twin = -1;
    for (let i = out.length - 1; i >= Math.max(0, out.length - TWIN_WINDOW); i--) {
      const o = out[i] as RawQuote;
      const overlap = Math.min(o.contentEnd, r.contentEnd) - Math.max(o.contentStart, r.contentStart);
      // (A second participle of one passive, "welcomed by growers but criticised by the unions",
      // says its own of the same words: no twin.)
      if (overlap > 0 && overlap >= 0.9 * (r.contentEnd - r.contentStart) && overlap >= 0.9 * (o.contentEnd - o.contentStart) && r.rules[1] !== 'passive.coordinated') {
        twin = i;
        break;
      }
    }
    if (twin < 0) out.push(r);
    else if (r.confidence > (out[twin] as RawQuote).confidence) out[twin] = r;
  }
  // A belief or intention inside what someone is reported to have said is part of that
  // statement, not an attribution of its own ("he said he doesn't want to run"). Any statement,
  // cue and all, inside a reported clause is part of that clause too ("X said that Y told Z ...",
  // "most residents say ..., according to a survey"): on polnear-train gold marked 25 of 193 such
  // inner statements, mostly where the outer one had run too far. Prefix maxima of the content
  // ends (the two largest, by owner) answer "does another statement enclose it?".
  const maxima = enclosers(out);
  const kept: RawQuote[] = [];
  for (let index = 0; index < out.length; index++) {
    const r = out[index] as RawQuote;
    const from = Math.min(r.cue?.start ?? r.contentStart, r.contentStart);
    const lo = countStartingBy(out, from);
    const nested = lo > 0 && (isEnclosed(out, maxima.clauseBest, maxima.clauseSecond, lo, index) || (isWeak(r) && !relativeSpeaks(tokens, r) && isEnclosed(out, maxima.best, maxima.second, lo, index)));
    if (!nested) kept.push(r);
  }
  return kept;
}

/**
 * Whether a statement of speech has a relative "that" for its speaker: in "The journal retracted a
 * study that claimed to show a link" the clause on the study is the study's own say, not a part of
 * what the enclosing object names, and stands even when weak. (Not evidence: "cited an analysis
 * that showed flaws" is what was cited, no source's claim of its own.)
 */
function relativeSpeaks(tokens: readonly Token[], r: RawQuote): boolean {
  const phrase = r.speaker?.phrase;
  return r.rules[0] === 'preposed' && phrase !== undefined && phrase.kind === 'pronoun' && phrase.first === phrase.last && tokens[phrase.first]?.norm === 'that';
}

/** First rules of statements that a statement enclosing them takes in: beliefs, intentions, evidence, noun cues, chained cues. */
const WEAK_RULES: ReadonlySet<string> = new Set(['belief', 'intention', 'evidence', 'nominal.that', 'chained']);

/**
 * Whether a statement is weak: a belief, intention or the like, or an object or infinitive frame
 * ("he said he would support the bill": on polnear-train such nested cues were gold 1 time in 4).
 */
function isWeak(r: RawQuote): boolean {
  if (WEAK_RULES.has(r.rules[0] ?? '')) return true;
  for (const rule of r.rules) if (rule.endsWith('.object') || rule.endsWith('.infinitive') || rule.endsWith('.listener-infinitive')) return true;
  return false;
}

/** The last rule of statements whose content is a reported clause that takes in statements nested in it. */
const CLAUSE_CONTENT_RULES: ReadonlySet<string> = new Set([
  'preposed.that', 'preposed.clause', 'belief.that', 'chained.that', 'postposed', 'according-to.after', 'in-source',
]);

/** Prefix maxima of `out` (sorted by start): the two statements with the largest content ends, over all and over clause contents. */
interface Enclosers {
  readonly best: Int32Array;
  readonly second: Int32Array;
  readonly clauseBest: Int32Array;
  readonly clauseSecond: Int32Array;
}

function enclosers(out: readonly RawQuote[]): Enclosers {
  const n = out.length;
  const best = new Int32Array(n);
  const second = new Int32Array(n);
  const clauseBest = new Int32Array(n);
  const clauseSecond = new Int32Array(n);
  let top = -1;
  let runnerUp = -1;
  let clauseTop = -1;
  let clauseRunnerUp = -1;
  for (let i = 0; i < n; i++) {
    const r = out[i] as RawQuote;
    const end = r.contentEnd;
    if (top < 0 || end > (out[top] as RawQuote).contentEnd) {
      runnerUp = top;
      top = i;
    } else if (runnerUp < 0 || end > (out[runnerUp] as RawQuote).contentEnd) runnerUp = i;
    if (CLAUSE_CONTENT_RULES.has(r.rules[r.rules.length - 1] ?? '')) {
      if (clauseTop < 0 || end > (out[clauseTop] as RawQuote).contentEnd) {
        clauseRunnerUp = clauseTop;
        clauseTop = i;
      } else if (clauseRunnerUp < 0 || end > (out[clauseRunnerUp] as RawQuote).contentEnd) clauseRunnerUp = i;
    }
    best[i] = top;
    second[i] = runnerUp;
    clauseBest[i] = clauseTop;
    clauseSecond[i] = clauseRunnerUp;
  }
  return { best, second, clauseBest, clauseSecond };
}

/** How many statements of `out` (sorted by start) start at or before `offset`. */
function countStartingBy(out: readonly RawQuote[], offset: number): number {
  let lo = 0;
  let hi = out.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((out[mid] as RawQuote).contentStart <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a statement among the first `lo` of `out`, other than `index`, encloses the content of `out[index]`. */
function isEnclosed(out: readonly RawQuote[], best: Int32Array, second: Int32Array, lo: number, index: number): boolean {
  const top = best[lo - 1] ?? -1;
  const candidate = top === index ? (second[lo - 1] ?? -1) : top;
  if (candidate < 0) return false;
  const outer = out[candidate] as RawQuote;
  const inner = out[index] as RawQuote;
  // (“A,” Kell said, referring to the levy. “B.”: a participle inside the attribution between two
  // quotations is the speaker's own statement, not part of what is quoted. On polnear-train about
  // half of these were gold; relative clauses in the speaker's appositive, a third.)
  // ("defended the plan by citing a poll": what a participle after "by" names inside an object is a
  // statement of its own, the means of the stand.)
  if (inner.rules[1] === 'participle.by' && (outer.rules[outer.rules.length - 1] ?? '').endsWith('.object')) return false;
  if (outer.continuedAt !== undefined && inner.rules[0] === 'participle' && outer.cue !== undefined && inner.cue !== undefined && inner.cue.start >= outer.cue.end && inner.contentEnd <= outer.continuedAt) return false;
  // (Two statements with one span do not enclose each other.)
  return outer.contentEnd > inner.contentEnd || (outer.contentEnd === inner.contentEnd && outer.contentStart < inner.contentStart);
}
