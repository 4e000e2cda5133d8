import { z } from 'zod';
import { Analysis, Diagnostic } from './analysis.js';
import { Claim } from './claim.js';
import { ConsistencyReport, Finding, Verdict } from './consistency.js';
import { Entity, Mention } from './entity.js';
import { Quote } from './quote.js';
import { Source } from './source.js';
import { Anchor, Span } from './span.js';

/** The names of the models {@link jsonSchemas} describes. */
export type ModelName =
  | 'Source'
  | 'Span'
  | 'Anchor'
  | 'Entity'
  | 'Mention'
  | 'Quote'
  | 'Claim'
  | 'Analysis'
  | 'Finding'
  | 'Verdict'
  | 'ConsistencyReport'
  | 'Diagnostic';

const MODELS: Record<ModelName, z.ZodType> = {
  Source,
  Span,
  Anchor,
  Entity,
  Mention,
  Quote,
  Claim,
  Analysis,
  Finding,
  Verdict,
  ConsistencyReport,
  Diagnostic,
};

/** A JSON Schema document (draft 2020-12), as a plain object. */
export type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema (draft 2020-12) for every model, for users who read claimtrail's JSON output from
 * other languages. Each call builds fresh objects, so callers may change them freely.
 *
 * @example
 * ```ts
 * const schemas = jsonSchemas();
 * schemas.Quote.required; // ['id', 'sourceId', 'content', 'mode', 'confidence', 'rules']
 * ```
 */
export function jsonSchemas(): Record<ModelName, JsonSchema> {
  const out = {} as Record<ModelName, JsonSchema>;
  for (const name of Object.keys(MODELS) as ModelName[]) {
    out[name] = { title: name, ...(z.toJSONSchema(MODELS[name]) as JsonSchema) };
  }
  return out;
}
