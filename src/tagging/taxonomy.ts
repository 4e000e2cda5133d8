/**
 * The claim tag taxonomy as plain data: the core tags, the sub-tags that roll up to them, the
 * rules that give tags from a statement's cue or words, and the word lists the tagger's
 * structural rules read. Callers extend it with {@link extendTaxonomy} instead of forking.
 */

/** The four core tags. Every tag rolls up to exactly one of them. */
export const CORE_TAGS = ['threat', 'assessment', 'position', 'none'] as const;
/** A core tag: `threat`, `assessment`, `position` or `none`. */
export type CoreTag = (typeof CORE_TAGS)[number];

/** One tag of a taxonomy. */
export interface TagDefinition {
  /** The tag's id: a core tag, or `core/name` for a sub-tag (`assessment/warning`). */
  readonly id: string;
  /** The core tag it rolls up to; a core tag leaves it out. */
  readonly parent?: CoreTag;
  /** What the tag means, in one sentence. */
  readonly description: string;
}

/** The construction that brought a statement's content: see `CueFrame` in the cue lexicon. */
export type TagFrame = 'clause' | 'object' | 'infinitive' | 'question' | 'quote' | 'none';

/**
 * A data rule: gives `tag` with `weight` when the statement's cue is one of `cues` (lemmas such
 * as `accuse` or `call on`), or when its proposition contains one of `words`. When both are
 * given, both must hold. `frames` restricts the rule to contents brought by those constructions.
 * A word ending in `*` matches every word it begins ("punish*": punished, punishment).
 */
export interface TagRule {
  /** The rule id, reported as evidence, e.g. `position.demand-cue`. */
  readonly id: string;
  /** The tag given: a core tag or a sub-tag. */
  readonly tag: string;
  /** How strongly the rule speaks for its tag, from 0 to 1; the strongest core tag is the primary. */
  readonly weight: number;
  /** Cue lemmas that trigger the rule. */
  readonly cues?: readonly string[];
  /** Words or phrases (lower case, space separated) that trigger the rule when the proposition contains one. */
  readonly words?: readonly string[];
  /** The constructions the rule applies to; all when left out. */
  readonly frames?: readonly TagFrame[];
}

/**
 * The word lists behind the tagger's structural rules (who acts, against whom, and how). Each
 * list holds lower-case words or phrases; a word ending in `*` matches every word it begins.
 */
export interface TagLexicon {
  /**
   * Verbs of harm one side can do to another: punish*, sue, strike, "crack down". They count
   * when used as verbs (after "to", a modal, a pronoun, an adverb or "and"), not as nouns ("the
   * attacks", "a task force").
   */
  readonly harm: readonly string[];
  /** Nouns of harm that need a verb imposing them: sanctions, tariffs, contempt ("impose sanctions", "hold in contempt"). */
  readonly harmNouns: readonly string[];
  /** Verbs that impose a harm noun: impose, levy, seek, bring, hold. */
  readonly imposing: readonly string[];
  /** Harm without a named agent that still threatens: "consequences", "pay a price". */
  readonly consequences: readonly string[];
  /** Readiness: ready, willing, prepared, "open to". */
  readonly readiness: readonly string[];
  /** Wanting and hoping: want, hope, wish, "would like". */
  readonly desire: readonly string[];
  /** Stance words that name support or opposition: support, oppose, reject, refuse. */
  readonly stance: readonly string[];
  /** Obligation put on others: must, should, "need to", "have to". */
  readonly obligation: readonly string[];
  /** Words of danger that make a statement a warning: danger*, risk, threat*, jeopardi*. */
  readonly danger: readonly string[];
  /** Verbs that open an imperative sentence in a direct quote: be, let, stop, vote. */
  readonly imperative: readonly string[];
  /** Cue lemmas of refusal: refuse, decline, reject. They make a harmful content a position. */
  readonly refusalCues: readonly string[];
  /** Cue lemmas that warn: warn, caution. With a first-person harm under a condition they threaten. */
  readonly warningCues: readonly string[];
  /** Cue lemmas of intention whose infinitive content has the speaker as its agent: vow, pledge, plan. */
  readonly agentCues: readonly string[];
  /**
   * Cue lemmas that put something forward: suggest, propose, recommend. With a noun phrase for
   * content ("suggested a few questions") they make a demand; with a clause ("suggested that
   * prices rose") they only hint at a state of affairs.
   */
  readonly proposalCues: readonly string[];
  /**
   * Cue lemmas that name a topic when their content is a bare noun phrase: discuss, address,
   * note, mention ("noted the senator's remarks" reports no proposition).
   */
  readonly topicCues: readonly string[];
}

/** A whole taxonomy: tags, data rules and the structural rules' word lists. */
export interface Taxonomy {
  /** Every tag, core tags included. */
  readonly tags: readonly TagDefinition[];
  /** The data rules. */
  readonly rules: readonly TagRule[];
  /** The word lists of the structural rules. */
  readonly lexicon: TagLexicon;
}

const TAGS: readonly TagDefinition[] = [
  { id: 'threat', description: 'The speaker says their own side will or could cause harm, punishment or loss to someone, conditionally or not.' },
  { id: 'assessment', description: 'The speaker evaluates, characterises, reports or predicts a state of affairs, or warns of a danger from someone else.' },
  { id: 'position', description: "The speaker states their own or their side's stance: intention, readiness, demand, support or opposition, hope, policy." },
  { id: 'none', description: 'No proposition: a question, a greeting, a topic or a fragment.' },
  { id: 'assessment/accusation', parent: 'assessment', description: 'Blames someone for a wrongdoing.' },
  { id: 'assessment/prediction', parent: 'assessment', description: "Forecasts what will happen, not by the speaker's own doing." },
  { id: 'assessment/report', parent: 'assessment', description: 'States what happened or was said, without judging it.' },
  { id: 'assessment/warning', parent: 'assessment', description: 'Warns of a danger from someone else.' },
  { id: 'position/intent', parent: 'position', description: "What the speaker's side will do, not harmful to others." },
  { id: 'position/demand', parent: 'position', description: 'What others must do.' },
  { id: 'position/readiness', parent: 'position', description: 'Willingness to do or accept something.' },
  { id: 'threat/conditional', parent: 'threat', description: 'A threat with an explicit condition ("if ..., we will ...").' },
];

/** Weights of the built-in rules: documented constants, so every primary tag can be explained. */
export const TAG_WEIGHTS = Object.freeze({
  /** A refusal cue ("refused to ...") makes the content a position, even a harmful one. */
  refusal: 0.95,
  /** The speaker's side will cause harm. */
  ownSideHarm: 0.9,
  /** A warning with a condition and a first-person harm ("if they come, we will ..."). */
  conditionalWarning: 0.85,
  /** "There will be consequences." */
  consequences: 0.8,
  /** A cue of demand ("urged", "called on"). */
  demandCue: 0.75,
  /** Readiness words with the speaker's side as subject. */
  readiness: 0.75,
  /** Cues of accusation, intention, stance and warning. */
  cue: 0.7,
  /** Wanting or hoping, or support and opposition, by the speaker's side. */
  desire: 0.7,
  /** A topic cue with a bare noun phrase ("discussed the budget"). */
  topic: 0.65,
  /** Obligation put on others, or an imperative. */
  demand: 0.65,
  /** What the speaker's side will do. */
  intent: 0.6,
  /** A question with no proposition: stronger than any modal inside it ("asked whether he should resign"). */
  question: 0.7,
  /** Evaluation and report cues. */
  evaluation: 0.55,
  /** Reported words with no verb ("told a different side of the story"): no proposition. */
  fragment: 0.5,
  /** Future or likelihood about someone else. */
  prediction: 0.45,
  /** Judgement words of wrongdoing ("lied", "corrupt"). */
  accusationWords: 0.4,
  /** What is left: a statement about the world. */
  fallback: 0.3,
});

const W = TAG_WEIGHTS;

/** Verbs whose object is what is talked about, not something asserted ("discussed the budget"). */
const TOPIC_CUES: readonly string[] = [
  'discuss', 'address', 'examine', 'measure', 'mention', 'raise', 'issue', 'post', 'publish', 'write', 'tackle', 'weigh in', 'talk about',
  'ask about', 'debate', 'review', 'study', 'detail', 'outline', 'explain', 'investigate', 'probe', 'release', 'share', 'tweet', 'read', 'present',
  'note', 'recount', 'recall', 'point out', 'highlight', 'reference',
];

const RULES: readonly TagRule[] = [
  {
    id: 'assessment.accusation-cue',
    tag: 'assessment/accusation',
    weight: W.cue,
    cues: [
      'accuse', 'blame', 'criticize', 'criticise', 'condemn', 'denounce', 'attack', 'slam', 'blast', 'lambaste', 'assail', 'chide', 'scold',
      'rebuke', 'fault', 'charge', 'allege', 'brand', 'label', 'mock', 'ridicule', 'deride', 'decry', 'berate', 'castigate', 'excoriate',
      'smear', 'insult', 'go after', 'lash out', 'take aim', 'rip', 'knock', 'bash', 'dismiss', 'disparage', 'scold', 'question', 'complain',
    ],
  },
  { id: 'assessment.naming-cue', tag: 'assessment/accusation', weight: W.evaluation, cues: ['call', 'dub', 'refer'], frames: ['object'] },
  {
    id: 'assessment.evaluation-cue',
    tag: 'assessment',
    weight: W.evaluation,
    cues: ['praise', 'compliment', 'commend', 'hail', 'laud', 'describe', 'characterize', 'characterise', 'portray', 'depict', 'compare', 'liken', 'rate', 'judge', 'deem', 'consider', 'view', 'regard', 'rule', 'find', 'conclude', 'believe', 'think', 'argue', 'contend'],
  },
  { id: 'assessment.prediction-cue', tag: 'assessment/prediction', weight: W.cue, cues: ['predict', 'forecast', 'expect', 'anticipate', 'project', 'foresee', 'estimate', 'bet', 'speculate'] },
  { id: 'assessment.warning-cue', tag: 'assessment/warning', weight: W.cue, cues: ['warn', 'caution', 'fear', 'worry', 'alarm', 'raise concerns'] },
  {
    id: 'assessment.report-cue',
    tag: 'assessment/report',
    weight: W.evaluation,
    cues: ['report', 'confirm', 'disclose', 'reveal', 'recount', 'recall', 'document', 'indicate', 'acknowledge', 'admit', 'concede', 'testify', 'show', 'note', 'point out', 'explain', 'deny'],
    frames: ['clause', 'quote', 'none'],
  },
  { id: 'threat.threaten-cue', tag: 'threat', weight: W.ownSideHarm, cues: ['threaten'] },
  {
    id: 'position.demand-cue',
    tag: 'position/demand',
    weight: W.demandCue,
    cues: [
      'demand', 'urge', 'call on', 'call for', 'call upon', 'press', 'implore', 'appeal', 'beg', 'push for', 'lobby', 'recommend', 'advise',
      'encourage', 'order', 'instruct', 'direct', 'exhort', 'plead', 'request', 'require', 'insist',
    ],
  },
  { id: 'position.request-cue', tag: 'position/demand', weight: W.demandCue, cues: ['ask', 'challenge', 'tell'], frames: ['infinitive'] },
  {
    id: 'position.intent-cue',
    tag: 'position/intent',
    weight: W.cue,
    cues: ['plan', 'intend', 'aim', 'vow', 'promise', 'pledge', 'commit', 'propose', 'decide', 'resolve', 'seek', 'swear', 'set out', 'prepare', 'try', 'hope to', 'expect to', 'announce', 'push', 'move', 'work', 'determined'],
    frames: ['infinitive'],
  },
  { id: 'position.pledge-cue', tag: 'position/intent', weight: W.cue, cues: ['vow', 'promise', 'pledge', 'commit', 'swear', 'propose', 'make a commitment', 'make a promise', 'make a pledge'] },
  { id: 'position.readiness-cue', tag: 'position/readiness', weight: W.cue, cues: ['agree', 'accept', 'offer', 'volunteer', 'consent', 'willing', 'ready', 'eager'] },
  {
    id: 'position.stance-cue',
    tag: 'position',
    weight: W.cue,
    cues: ['want', 'hope', 'wish', 'support', 'oppose', 'back', 'endorse', 'favor', 'favour', 'prefer', 'welcome', 'resist', 'advocate', 'defend', 'champion', 'applaud', 'embrace', 'fight', 'seek', 'protest'],
  },
  { id: 'none.topic-cue', tag: 'none', weight: W.topic, cues: TOPIC_CUES, frames: ['object'] },
  { id: 'none.question-cue', tag: 'none', weight: W.question, frames: ['question'] },
];

const LEXICON: TagLexicon = {
  harm: [
    'punish*', 'sue', 'sues', 'sued', 'suing', 'retaliate', 'retaliated', 'retaliating', 'destroy', 'destroyed', 'destroying', 'crush', 'crushed', 'crushing',
    'defeat', 'defeated', 'defeating', 'strike', 'bomb', 'bombed', 'bombing', 'invade', 'invaded', 'invading', 'annihilat*', 'obliterat*', 'wipe out',
    'kill', 'killing', 'eliminate', 'eliminating', 'sanction', 'sanctioning', 'jail', 'imprison', 'prosecute', 'prosecuting', 'arrest', 'indict',
    'subpoena', 'subpoenaed', 'expel', 'deport', 'ban', 'banning', 'impeach', 'crack down', 'fight', 'fighting', 'go to war', 'wage war',
    'hit back', 'strike back', 'go after', 'take action against', 'cut off', 'shut down', 'hold accountable', 'held accountable', 'force',
    'forcing', 'make them pay', 'testify against', 'fire', 'attack', 'attacking', 'end very quickly', 'blockade', 'seize', 'confiscate', 'boycott', 'punished',
  ],
  harmNouns: ['sanctions', 'tariffs', 'tariff', 'penalties', 'penalty', 'contempt', 'lawsuit', 'lawsuits', 'charges', 'retaliation', 'crackdown', 'strikes', 'airstrikes', 'embargo', 'blockade', 'boycott'],
  imposing: ['impose*', 'imposing', 'levy', 'levie*', 'slap*', 'seek', 'sought', 'pursue*', 'bring', 'brought', 'file', 'filed', 'filing', 'hold', 'held', 'holding', 'face', 'faces', 'facing', 'launch*', 'order*', 'new', 'further', 'tougher', 'more'],
  consequences: ['consequences', 'pay a price', 'pay the price', 'pay a heavy price', 'regret it', 'will regret', 'severe response', 'harsh response', 'respond forcefully', 'responded forcefully'],
  readiness: ['ready to', 'ready for', 'willing to', 'prepared to', 'prepared for', 'open to', 'eager to', 'happy to', 'glad to', 'able and willing'],
  desire: ['want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'hopefully', 'wish', 'wishes', 'wished', 'planned to', 'would like', "'d like", 'would love', 'looking forward', 'look forward', 'intend', 'intends', 'plan to', 'plans to', 'aim to', 'determined to', 'committed to', 'insist', 'insists', 'commitment', 'plans', 'goal', 'goals', 'priority', 'priorities', 'intention', 'agenda'],
  stance: ['support', 'supports', 'oppose', 'opposes', 'opposed to', 'reject', 'rejects', 'refuse', 'refuses', 'refused', 'favor', 'favors', 'prefer', 'prefers', 'welcome', 'welcomes', 'against', 'never accept', 'not accept', 'will not accept', 'undecided', 'unsure', 'not sure', 'uncommitted', 'on the fence', 'not yet decided', 'have not decided', "haven't decided"],
  obligation: ['must', 'should', 'need to', 'needs to', 'have to', 'has to', 'ought to', 'got to', 'has got to', 'have got to'],
  danger: ['danger*', 'risk', 'risks', 'risky', 'threat', 'threats', 'threaten*', 'jeopardi*', 'endanger*', 'catastroph*', 'disaster*', 'peril*', 'menace'],
  imperative: [
    'be', 'let', "let's", 'stop', 'vote', 'look', 'remember', 'think', 'imagine', 'join', 'help', 'listen', 'tell', 'ask', 'promise', 'stand',
    'keep', 'give', 'take', 'make', 'get', 'go', 'come', 'do', "don't", 'never', 'please', 'consider', 'resign', 'leave', 'release', 'show',
  ],
  refusalCues: ['refuse', 'decline', 'reject', 'rule out', 'balk', 'resist'],
  warningCues: ['warn', 'caution'],
  proposalCues: ['suggest', 'propose', 'recommend', 'offer', 'float'],
  topicCues: TOPIC_CUES,
  agentCues: ['vow', 'pledge', 'promise', 'plan', 'intend', 'threaten', 'vote', 'move', 'decide', 'agree', 'seek', 'aim', 'swear', 'prepare', 'commit', 'resolve', 'try', 'push', 'work'],
};

/** The taxonomy claimtrail ships: the core tags, the sub-tags of `TAGS.md`, and their rules. */
export const DEFAULT_TAXONOMY: Taxonomy = Object.freeze({ tags: TAGS, rules: RULES, lexicon: LEXICON });

/** What {@link extendTaxonomy} adds: extra tags, rules and words for the structural rules' lists. */
export interface TaxonomyExtension {
  /** Extra tags; a tag with an id the base has replaces it. */
  readonly tags?: readonly TagDefinition[];
  /** Extra rules; a rule with an id the base has replaces it. */
  readonly rules?: readonly TagRule[];
  /** Words added to the structural rules' lists. */
  readonly lexicon?: Partial<TagLexicon>;
}

/**
 * Returns a taxonomy with `extra` added. Every sub-tag must roll up to a core tag and every rule
 * must give a tag the taxonomy defines; a mistake throws a `TypeError` naming it.
 *
 * @example
 * ```ts
 * const taxonomy = extendTaxonomy(DEFAULT_TAXONOMY, {
 *   tags: [{ id: 'assessment/fact-check', parent: 'assessment', description: 'Rates the truth of a statement.' }],
 *   rules: [{ id: 'fact-check.cue', tag: 'assessment/fact-check', weight: 0.8, cues: ['rate'] }],
 * });
 * ```
 */
export function extendTaxonomy(base: Taxonomy, extra: TaxonomyExtension): Taxonomy {
  const tagIds = new Set((extra.tags ?? []).map((t) => t.id));
  const ruleIds = new Set((extra.rules ?? []).map((r) => r.id));
  const lexicon = { ...base.lexicon } as Record<keyof TagLexicon, readonly string[]>;
  for (const [key, words] of Object.entries(extra.lexicon ?? {}) as [keyof TagLexicon, readonly string[] | undefined][]) {
    if (words !== undefined) lexicon[key] = [...(lexicon[key] ?? []), ...words];
  }
  const taxonomy: Taxonomy = {
    tags: [...base.tags.filter((t) => !tagIds.has(t.id)), ...(extra.tags ?? [])],
    rules: [...base.rules.filter((r) => !ruleIds.has(r.id)), ...(extra.rules ?? [])],
    lexicon,
  };
  validateTaxonomy(taxonomy);
  return taxonomy;
}

/**
 * Checks that every tag rolls up to a core tag and every rule gives a defined tag with a weight
 * in [0, 1]; throws a `TypeError` naming the first problem.
 */
export function validateTaxonomy(taxonomy: Taxonomy): void {
  const core = new Set<string>(CORE_TAGS);
  const ids = new Set<string>();
  for (const tag of taxonomy.tags) {
    if (tag.parent === undefined && !core.has(tag.id)) throw new TypeError(`tag "${tag.id}" is not a core tag and has no parent; give it one of ${CORE_TAGS.join(', ')}`);
    if (tag.parent !== undefined && !core.has(tag.parent)) throw new TypeError(`tag "${tag.id}" rolls up to "${tag.parent}", which is not a core tag`);
    ids.add(tag.id);
  }
  for (const c of CORE_TAGS) if (!ids.has(c)) throw new TypeError(`the taxonomy lacks the core tag "${c}"`);
  for (const rule of taxonomy.rules) {
    if (!ids.has(rule.tag)) throw new TypeError(`rule "${rule.id}" gives tag "${rule.tag}", which the taxonomy does not define`);
    if (!(rule.weight >= 0 && rule.weight <= 1)) throw new TypeError(`rule "${rule.id}" has weight ${rule.weight}; weights lie in [0, 1]`);
  }
}

/** The core tag a tag rolls up to, or undefined when the taxonomy does not define it. */
export function coreTagOf(taxonomy: Taxonomy, tag: string): CoreTag | undefined {
  const def = taxonomy.tags.find((t) => t.id === tag);
  if (def === undefined) return undefined;
  return def.parent ?? (def.id as CoreTag);
}
