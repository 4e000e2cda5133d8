import { compileCueLexicon, DEFAULT_CUE_LEXICON, type CompiledCueLexicon, type CueLexicon } from './attribution/cues.js';
import { extractRawQuotes, type RawQuote } from './attribution/extract.js';
import type { Analysis } from './model/analysis.js';
import type { Mention, MentionKind } from './model/entity.js';
import type { Quote } from './model/quote.js';
import { createSource, type Source, type SourceInput } from './model/source.js';
import { makeAnchor } from './text/anchor.js';
import { segmentText } from './text/document.js';

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** The cue lexicon to use instead of {@link DEFAULT_CUE_LEXICON}, e.g. one made with `extendCueLexicon`. */
  readonly cues?: CueLexicon;
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

function mentionKind(raw: RawQuote): MentionKind {
  const kind = raw.speaker?.phrase.kind ?? 'description';
  return kind;
}

/**
 * Analyzes one source: finds who said what, where, and in which words.
 *
 * @example
 * ```ts
 * const analysis = analyze({ text: 'Ushakov said the talks were useful.' });
 * analysis.quotes[0]?.content.exact; // 'the talks were useful'
 * ```
 */
export function analyze(source: Source | SourceInput, options: AnalyzeOptions = {}): Analysis {
  const checked = createSource(source);
  const { text } = checked;
  const doc = segmentText(text);
  const raws = extractRawQuotes(doc, lexiconOf(options.cues ?? DEFAULT_CUE_LEXICON));
  const quotes: Quote[] = raws.map((raw, index) => {
    const speaker: Mention | undefined =
      raw.speaker === undefined
        ? undefined
        : { anchor: makeAnchor(text, raw.speaker.start, raw.speaker.end), text: text.slice(raw.speaker.start, raw.speaker.end), kind: mentionKind(raw) };
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
  return { source: checked, entities: [], mentions: [], quotes, claims: [], diagnostics: [...doc.diagnostics] };
}
