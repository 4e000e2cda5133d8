import { z } from 'zod';
import { Anchor } from './span.js';
import { IsoDate } from './source.js';

/** What kind of actor an entity is. */
export const EntityKind = z.enum(['person', 'organization', 'group', 'government', 'outlet', 'unknown']);
/** What kind of actor an entity is: `person`, `organization`, `group`, `government`, `outlet` or `unknown`. */
export type EntityKind = z.infer<typeof EntityKind>;

/** A title or office an entity holds, optionally bounded in time ("Kremlin adviser", "U.S. President" from 2025-01-20). */
export const Role = z.strictObject({
  /** The title as written, e.g. `Kremlin adviser` or `former President`. */
  title: z.string().min(1),
  /** The body the role belongs to, e.g. `Kremlin` or `United States`. */
  affiliation: z.string().min(1).optional(),
  /** When the entity took the role (ISO 8601). */
  from: IsoDate.optional(),
  /** When the entity left the role (ISO 8601); absent while it is held. */
  to: IsoDate.optional(),
});
/** A title or office an entity holds; see the {@link Role} schema. */
export type Role = z.infer<typeof Role>;

/** A speaker or another actor: a person, an organization, a group, a government or an outlet. */
export const Entity = z.strictObject({
  /** A stable identifier, unique within one analysis. */
  id: z.string().min(1),
  /** The fullest name the text (or the caller's registry) gives, e.g. `Yuri Ushakov`. */
  name: z.string().min(1),
  /** What kind of actor this is. */
  kind: EntityKind,
  /** Other names for the same entity (`Ushakov`, `Yury Ushakov`). */
  aliases: z.array(z.string().min(1)),
  /** The titles and offices the text or the registry gives it. */
  roles: z.array(Role),
});
/** A speaker or another actor; see the {@link Entity} schema. */
export type Entity = z.infer<typeof Entity>;

/** How a mention names its entity. */
export const MentionKind = z.enum(['name', 'pronoun', 'description', 'group']);
/** How a mention names its entity: `name`, `pronoun`, `description` ("the Kremlin adviser") or `group` ("officials"). */
export type MentionKind = z.infer<typeof MentionKind>;

/** One place where an entity is named or referred to in the text. */
export const Mention = z.strictObject({
  /** Where the mention stands in the text. */
  anchor: Anchor,
  /** The mention's words, e.g. `Kremlin adviser Yuri Ushakov` or `he`. */
  text: z.string(),
  /** How the mention names its entity. */
  kind: MentionKind,
  /** The title this mention gives the entity, e.g. `former President` in "former President Trump". */
  title: z.string().min(1).optional(),
  /** The entity the mention resolves to, when it could be resolved. */
  entityId: z.string().min(1).optional(),
});
/** One place where an entity is named or referred to; see the {@link Mention} schema. */
export type Mention = z.infer<typeof Mention>;
