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

/** The construction that brought a quote's content, from the rule ids that produced it. */
export function frameOf(quote: Quote): TagFrame {
  for (const rule of quote.rules) {
    if (rule.endsWith('.object')) return 'object';
    if (rule.endsWith('infinitive') || rule === 'intention') return 'infinitive';
    if (rule.endsWith('.question')) return 'question';
  }
  if (quote.mode === 'direct' || quote.mode === 'headline') return 'quote';
  for (const rule of quote.rules) if (rule.endsWith('.clause') || rule.endsWith('.that') || rule.endsWith('.listener')) return 'clause';
  return 'none';
}
