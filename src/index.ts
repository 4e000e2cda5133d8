export { Analysis, Diagnostic, Severity } from './model/analysis.js';
export {
  Claim,
  Condition,
  DateGranularity,
  DateMention,
  Evidence,
  Modality,
  ModalVerb,
  Polarity,
  Quantity,
  QuantityQualifier,
  TagAssignment,
} from './model/claim.js';
export {
  ConsistencyReport,
  Finding,
  FindingKind,
  FindingReference,
  Rating,
  RATING_VALUES,
  Verdict,
} from './model/consistency.js';
export { Entity, EntityKind, Mention, MentionKind, Role } from './model/entity.js';
export { ClaimtrailError, type ClaimtrailIssue, type SafeResult } from './model/errors.js';
export { jsonSchemas, type JsonSchema, type ModelName } from './model/json-schemas.js';
export { Quote, QuoteMode } from './model/quote.js';
export { createSource, IsoDate, safeCreateSource, Source, SourceInput, SourceKind } from './model/source.js';
export { Anchor, Span } from './model/span.js';
export {
  ANCHOR_CONTEXT_LENGTH,
  anchorOf,
  REANCHOR_MAX_CANDIDATES,
  REANCHOR_MAX_EDIT_RATIO,
  REANCHOR_WEIGHTS,
  reanchor,
  type ReanchorMethod,
  type ReanchorResult,
  type ReanchorWeights,
} from './text/anchor.js';
export { analyze, type AnalyzeOptions } from './analyze.js';
export { DEFAULT_CUE_LEXICON, extendCueLexicon, type CueEntry, type CueFrame, type CueKind, type CueLexicon } from './attribution/cues.js';
export { KnownEntity, type KnownEntityInput } from './attribution/known-entities.js';
export { AttributionDocument, AttributionRecord, toAttributionDocument } from './evaluation/attribution-data.js';
export {
  formatAttributionScores,
  scoreAttributions,
  type AttributionScoreOptions,
  type AttributionScores,
  type PrfScore,
} from './evaluation/score-attributions.js';
export {
  claimForSpan,
  DEFAULT_MACRO_TAGS,
  formatTagScores,
  MISSING_TAG,
  scoreTags,
  TagLabel,
  type TagPair,
  type TagPrf,
  type TagScoreOptions,
  type TagScores,
} from './evaluation/score-tags.js';
export {
  CORE_TAGS,
  coreTagOf,
  DEFAULT_TAXONOMY,
  extendTaxonomy,
  TAG_WEIGHTS,
  validateTaxonomy,
  type CoreTag,
  type TagDefinition,
  type TagFrame,
  type TagLexicon,
  type TagRule,
  type Taxonomy,
  type TaxonomyExtension,
} from './tagging/taxonomy.js';
export { SECONDARY_TAG_MIN_WEIGHT, TAG_PRECEDENCE } from './tagging/tagger.js';
export { OUTLET_CLAIM_MIN_WORDS, OUTLET_SPEAKER_NAME } from './claims/build.js';
export { extractDates } from './claims/dates.js';
export { extractQuantities, type ExcludedSpan, type ExtractQuantitiesOptions } from './claims/numbers.js';
export { extractNumbersAndDates, type NumbersAndDates } from './claims/numbers-and-dates.js';
export { segmentText, type TextDocument } from './text/document.js';
export type { Paragraph } from './text/paragraphs.js';
export type { Quotation, QuotationSegment, QuoteMarkStyle } from './text/quote-marks.js';
export type { Sentence } from './text/sentences.js';
export type { Token, TokenKind } from './text/tokens.js';
