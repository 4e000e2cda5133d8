import { z } from 'zod';
import { Mention } from './entity.js';
import { IsoDate } from './source.js';
import { Anchor } from './span.js';

/** Why a tag was given: the rule that fired and the words that triggered it. */
export const Evidence = z.strictObject({
  /** The id of the rule that fired, e.g. `threat.own-side-harm`. */
  ruleId: z.string().min(1),
  /** The words that triggered the rule, when there are any. */
  anchor: Anchor.optional(),
  /** A short human-readable note on the evidence. */
  note: z.string().optional(),
});
/** Why a tag was given; see the {@link Evidence} schema. */
export type Evidence = z.infer<typeof Evidence>;

/** One tag given to a claim (`threat`, `assessment/warning`, ...) with its confidence and evidence. */
export const TagAssignment = z.strictObject({
  /** The tag: a core tag (`threat`, `assessment`, `position`, `none`) or a sub-tag such as `assessment/warning`. */
  tag: z.string().min(1),
  /** How sure the tagger is, from 0 to 1. */
  confidence: z.number().min(0).max(1),
  /** What the tag rests on. */
  evidence: z.array(Evidence),
});
/** One tag given to a claim; see the {@link TagAssignment} schema. */
export type TagAssignment = z.infer<typeof TagAssignment>;

/** An explicit condition a claim is made under ("if European nations choose to go to war with Russia"). */
export const Condition = z.strictObject({
  /** Where the condition stands, including its conjunction ("if", "unless", "should"). */
  anchor: Anchor,
  /** The condition's words. */
  text: z.string(),
});
/** An explicit condition of a claim; see the {@link Condition} schema. */
export type Condition = z.infer<typeof Condition>;

/** Whether a claim is asserted or denied. */
export const Polarity = z.enum(['positive', 'negative']);
/** Whether a claim is asserted (`positive`) or denied (`negative`). */
export type Polarity = z.infer<typeof Polarity>;

/** The modal verbs that qualify a claim. */
export const ModalVerb = z.enum(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
/** A modal verb that qualifies a claim. */
export type ModalVerb = z.infer<typeof ModalVerb>;

/** The modality of a claim: the modal verb and where it stands. */
export const Modality = z.strictObject({
  /** The modal verb, normalised (`won't` is `will`). */
  verb: ModalVerb,
  /** Where the modal stands in the text. */
  anchor: Anchor,
});
/** The modality of a claim; see the {@link Modality} schema. */
export type Modality = z.infer<typeof Modality>;

/** How a quantity is bounded. */
export const QuantityQualifier = z.enum(['exact', 'approximate', 'at-least', 'at-most']);
/** How a quantity is bounded: `exact`, `approximate` ("nearly five"), `at-least` ("into the millions", "more than") or `at-most`. */
export type QuantityQualifier = z.infer<typeof QuantityQualifier>;

/** A number in a claim, normalised so that "five hours", "5 hours" and "19-point" compare. */
export const Quantity = z.strictObject({
  /** Where the quantity stands in the text, with its unit and qualifier words. */
  anchor: Anchor,
  /** The quantity's words, e.g. `nearly five hours`. */
  text: z.string(),
  /** The numeric value (`1.2 million` is 1200000, `40%` is 40). */
  value: z.number(),
  /** The unit, normalised to the singular (`hour`, `point`, `percent`, `USD`). */
  unit: z.string().min(1).optional(),
  /** The noun the quantity counts or measures, e.g. `draft` in "19-point draft" or `casualties`. */
  noun: z.string().min(1).optional(),
  /** How the quantity is bounded. */
  qualifier: QuantityQualifier,
});
/** A normalised number in a claim; see the {@link Quantity} schema. */
export type Quantity = z.infer<typeof Quantity>;

/** How precise a date is. */
export const DateGranularity = z.enum(['year', 'month', 'week', 'day', 'time']);
/** How precise a date is: `year`, `month`, `week`, `day` or `time`. */
export type DateGranularity = z.infer<typeof DateGranularity>;

/** A date or time in a claim, absolute ("Dec. 3") or relative ("yesterday"). */
export const DateMention = z.strictObject({
  /** Where the date stands in the text. */
  anchor: Anchor,
  /** The original wording, e.g. `yesterday`. */
  text: z.string(),
  /** The date as ISO 8601 at its granularity (`2025-12-03`, `2025-12`, `2025`), when it is known. */
  value: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?)?|-W\d{2})?$/, 'expected an ISO 8601 date').optional(),
  /** How precise the date is. */
  granularity: DateGranularity,
  /** Whether the wording is relative to the publication date ("yesterday", "on Tuesday"). */
  relative: z.boolean(),
  /** Whether `value` was worked out (for a relative date: against `Source.publishedAt`). */
  resolved: z.boolean(),
});
/** A date or time in a claim; see the {@link DateMention} schema. */
export type DateMention = z.infer<typeof DateMention>;

/** The proposition a speaker asserts, ready to be compared with other sources. */
export const Claim = z.strictObject({
  /** A stable identifier, unique within one analysis. */
  id: z.string().min(1),
  /** The id of the {@link Source} the claim was found in. */
  sourceId: z.string().min(1),
  /** The quotes the claim is built from; empty for the outlet's own assertions. */
  quoteIds: z.array(z.string().min(1)),
  /** The entity that asserts the claim (the outlet itself for unattributed assertions). */
  speakerId: z.string().min(1).optional(),
  /** The proposition, without the cue and a leading "that". */
  text: z.string(),
  /** Where the proposition stands in the text. */
  anchor: Anchor,
  /** The claim's tags, primary first. */
  tags: z.array(TagAssignment),
  /** An explicit condition the claim is made under. */
  condition: Condition.optional(),
  /** Whether the proposition is asserted or denied. */
  polarity: Polarity,
  /** The negation that makes the polarity negative ("not", "won't", "never"). */
  negation: Anchor.optional(),
  /** The modal verb that qualifies the proposition. */
  modality: Modality.optional(),
  /** Every quantity in the proposition. */
  numbers: z.array(Quantity),
  /** Every date or time in the proposition. */
  dates: z.array(DateMention),
  /** The entities the claim is about or aimed at ("Europe" in a warning to Europe). */
  targetIds: z.array(z.string().min(1)),
  /** Pronouns and first-person words in the proposition, resolved to entities for comparison. */
  references: z.array(Mention),
  /** When the statement was made, when the text says so (ISO 8601). */
  saidAt: IsoDate.optional(),
});
/** The proposition a speaker asserts; see the {@link Claim} schema. */
export type Claim = z.infer<typeof Claim>;
