import type { CompiledCueLexicon } from '../attribution/cues.js';
import type { Quote } from '../model/quote.js';
import type { TagFrame } from '../tagging/taxonomy.js';

const CUE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'did', 'does', 'do']);

/** The lemma of a cue as written ("warned" is `warn`, "calls on" is `call on`); `:` for a colon. */
export function cueLemmaOf(cue: string, lexicon: CompiledCueLexicon): string {
  const words = cue.toLowerCase().replace(/[’‘]/g, "'").split(/\s+/).filter((w) => w.length > 0);
  // "is hoping", "has warned": the auxiliary is not part of the lemma.
  while (words.length > 1 && CUE_AUXILIARIES.has(words[0] ?? '')) words.shift();
  const head = words[0];
  if (head === undefined) return cue;
  for (const form of lexicon.get(head) ?? []) {
    if (form.words.length <= words.length && form.words.every((w, i) => words[i] === w)) return form.entry.lemma;
  }
  return words.join(' ');
}

/** What a rule id can say about the construction that brought a quote's content (bit flags, see {@link frameOf}). */
const OBJECT = 1;
const INFINITIVE = 2;
const QUESTION = 4;
const CLAUSE = 8;

/** What each rule id says about the construction (bit flags), by rule id; rule ids are few, so each is read once. */
const RULE_FRAMES = new Map<string, number>();
/** How many rule ids {@link RULE_FRAMES} holds at most, should a caller make up rule ids without end. */
const RULE_FRAMES_LIMIT = 10_000;

/** The construction flags of one rule id, from its ending, worked out once per rule id. */
function frameBitsOf(rule: string): number {
  let bits = RULE_FRAMES.get(rule);
  if (bits === undefined) {
    bits = 0;
    if (rule.endsWith('.object')) bits |= OBJECT;
    if (rule.endsWith('infinitive') || rule === 'intention') bits |= INFINITIVE;
    if (rule.endsWith('.question')) bits |= QUESTION;
    if (rule.endsWith('.clause') || rule.endsWith('.that') || rule.endsWith('.listener')) bits |= CLAUSE;
    if (RULE_FRAMES.size < RULE_FRAMES_LIMIT) RULE_FRAMES.set(rule, bits);
  }
  return bits;
}

/** The construction that brought a quote's content, from the rule ids that produced it. */
export function frameOf(quote: Quote): TagFrame {
  let clause = false;
  for (const rule of quote.rules) {
    const bits = frameBitsOf(rule);
    if ((bits & OBJECT) !== 0) return 'object';
    if ((bits & INFINITIVE) !== 0) return 'infinitive';
    if ((bits & QUESTION) !== 0) return 'question';
    if ((bits & CLAUSE) !== 0) clause = true;
  }
  if (quote.mode === 'direct' || quote.mode === 'headline') return 'quote';
  return clause ? 'clause' : 'none';
}
