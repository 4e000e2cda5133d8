import { compileCueLexicon, DEFAULT_CUE_LEXICON, type CompiledCueLexicon, type CueLexicon } from './attribution/cues.js';
import { resolveEntities } from './attribution/entities.js';
import { buildClaims } from './claims/build.js';
import { extractRawQuotes } from './attribution/extract.js';
import type { KnownEntity, KnownEntityInput } from './attribution/known-entities.js';
import type { Analysis } from './model/analysis.js';
import type { Quote } from './model/quote.js';
import { createSource, type Source, type SourceInput } from './model/source.js';
import { makeAnchor } from './text/anchor.js';
import { segmentText } from './text/document.js';
import { validateTaxonomy, type Taxonomy } from './tagging/taxonomy.js';

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** The cue lexicon to use instead of {@link DEFAULT_CUE_LEXICON}, e.g. one made with `extendCueLexicon`. */
  readonly cues?: CueLexicon;
  /**
   * Entities the caller already knows (a speaker registry): names, aliases, kind and roles, in
   * the shape of {@link KnownEntity}. A mention that matches one resolves to it, and it keeps
   * its name, kind, roles and, when given, its id; they take precedence over anything inferred
   * from the text. Validated: a bad entry throws a `ClaimtrailError`.
   */
  readonly knownEntities?: readonly KnownEntityInput[];
  /**
   * The tag taxonomy to tag claims with instead of `DEFAULT_TAXONOMY`, e.g. one made with
   * `extendTaxonomy`. Checked: a sub-tag without a core parent or a rule giving an unknown tag
   * throws a `TypeError`.
   */
  readonly taxonomy?: Taxonomy;
}

const checkedTaxonomies = new WeakSet<Taxonomy>();

const compiled = new WeakMap<CueLexicon, CompiledCueLexicon>();
function lexiconOf(cues: CueLexicon): CompiledCueLexicon {
  let lexicon = compiled.get(cues);
  if (lexicon === undefined) {
    lexicon = compileCueLexicon(cues);
    compiled.set(cues, lexicon);
  }
  return lexicon;
}

/**
 * Analyzes one source: finds who said what, where, and in which words, resolves every speaker
 * to an entity ("he", "the Kremlin adviser" and "Ushakov" to one "Yuri Ushakov"), and turns
 * every statement, and every sentence the outlet asserts in its own voice, into a tagged
 * `Claim` with its condition, polarity, modality, numbers and dates.
 *
 * @throws {@link ClaimtrailError} when the source or `options.knownEntities` does not fit its schema.
 * @throws `TypeError` when `options.taxonomy` has a sub-tag without a core parent or a rule giving an unknown tag.
 * @example
 * ```ts
 * const analysis = analyze({ text: 'Kremlin adviser Yuri Ushakov met the envoy. He said the talks were useful.' });
 * analysis.quotes[0]?.content.exact; // 'the talks were useful'
 * analysis.entities[0]; // { id: 'e1', name: 'Yuri Ushakov', kind: 'person', aliases: [], roles: [{ title: 'Kremlin adviser' }] }
 * analysis.quotes[0]?.speaker?.entityId; // 'e1'
 * analysis.claims[0]?.tags[0]?.tag; // 'assessment'
 * ```
 */
export function analyze(source: Source | SourceInput, options: AnalyzeOptions = {}): Analysis {
  const checked = createSource(source);
  const { text } = checked;
  const doc = segmentText(text);
  const lexicon = lexiconOf(options.cues ?? DEFAULT_CUE_LEXICON);
  if (options.taxonomy !== undefined && !checkedTaxonomies.has(options.taxonomy)) {
    validateTaxonomy(options.taxonomy);
    checkedTaxonomies.add(options.taxonomy);
  }
  const raws = extractRawQuotes(doc, lexicon);
  const resolution = resolveEntities(doc, raws, options.knownEntities === undefined ? {} : { knownEntities: options.knownEntities });
  const quotes: Quote[] = [];
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index];
    if (raw === undefined) continue;
    const speaker = resolution.speakers[index];
    const id = `q${index + 1}`;
    const content = makeAnchor(text, raw.contentStart, raw.contentEnd);
    // One literal per shape rather than spreads of optional parts: the same keys in the same order, made directly.
    if (raw.cue === undefined) {
      quotes.push(
        speaker === undefined
          ? { id, sourceId: checked.id, content, mode: raw.mode, confidence: raw.confidence, rules: raw.rules }
          : { id, sourceId: checked.id, content, mode: raw.mode, speaker, confidence: raw.confidence, rules: raw.rules },
      );
    } else {
      const cue = makeAnchor(text, raw.cue.start, raw.cue.end);
      quotes.push(
        speaker === undefined
          ? { id, sourceId: checked.id, content, mode: raw.mode, cue, confidence: raw.confidence, rules: raw.rules }
          : { id, sourceId: checked.id, content, mode: raw.mode, cue, speaker, confidence: raw.confidence, rules: raw.rules },
      );
    }
  }
  const built = buildClaims({
    source: checked,
    doc,
    quotes,
    entities: resolution.entities,
    mentions: resolution.mentions,
    lexicon,
    ...(options.taxonomy === undefined ? {} : { taxonomy: options.taxonomy }),
  });
  return {
    source: checked,
    entities: built.entities,
    mentions: resolution.mentions,
    quotes,
    claims: built.claims,
    diagnostics: [...doc.diagnostics, ...resolution.diagnostics],
  };
}
