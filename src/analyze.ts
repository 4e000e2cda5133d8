import { compileCueLexicon, DEFAULT_CUE_LEXICON, type CompiledCueLexicon, type CueLexicon } from './attribution/cues.js';
import { resolveEntities } from './attribution/entities.js';
import { extractRawQuotes } from './attribution/extract.js';
import type { KnownEntity, KnownEntityInput } from './attribution/known-entities.js';
import type { Analysis } from './model/analysis.js';
import type { Quote } from './model/quote.js';
import { createSource, type Source, type SourceInput } from './model/source.js';
import { makeAnchor } from './text/anchor.js';
import { segmentText } from './text/document.js';

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
}

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
 * Analyzes one source: finds who said what, where, and in which words, and resolves every
 * speaker to an entity ("he", "the Kremlin adviser" and "Ushakov" to one "Yuri Ushakov").
 *
 * @throws {@link ClaimtrailError} when the source or `options.knownEntities` does not fit its schema.
 * @example
 * ```ts
 * const analysis = analyze({ text: 'Kremlin adviser Yuri Ushakov met the envoy. He said the talks were useful.' });
 * analysis.quotes[0]?.content.exact; // 'the talks were useful'
 * analysis.entities[0]; // { id: 'e1', name: 'Yuri Ushakov', kind: 'person', aliases: [], roles: [{ title: 'Kremlin adviser' }] }
 * analysis.quotes[0]?.speaker?.entityId; // 'e1'
 * ```
 */
export function analyze(source: Source | SourceInput, options: AnalyzeOptions = {}): Analysis {
  const checked = createSource(source);
  const { text } = checked;
  const doc = segmentText(text);
  const raws = extractRawQuotes(doc, lexiconOf(options.cues ?? DEFAULT_CUE_LEXICON));
  const resolution = resolveEntities(doc, raws, options.knownEntities === undefined ? {} : { knownEntities: options.knownEntities });
  const quotes: Quote[] = raws.map((raw, index) => {
    const speaker = resolution.speakers[index];
    return {
      id: `q${index + 1}`,
      sourceId: checked.id,
      content: makeAnchor(text, raw.contentStart, raw.contentEnd),
      mode: raw.mode,
      ...(raw.cue === undefined ? {} : { cue: makeAnchor(text, raw.cue.start, raw.cue.end) }),
      ...(speaker === undefined ? {} : { speaker }),
      confidence: raw.confidence,
      rules: raw.rules,
    };
  });
  return {
    source: checked,
    entities: resolution.entities,
    mentions: resolution.mentions,
    quotes,
    claims: [],
    diagnostics: [...doc.diagnostics, ...resolution.diagnostics],
  };
}
