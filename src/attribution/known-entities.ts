import { z } from 'zod';
import { Entity } from '../model/entity.js';
import { parseModel } from '../model/errors.js';

/**
 * An entity the caller already knows, passed to `analyze` as `knownEntities`: a speaker
 * registry entry with its name, aliases, kind and roles. It has the shape of {@link Entity}, but
 * `id` may be left out (the analysis numbers it like any other entity) and `aliases` and `roles`
 * default to empty lists. A known entity takes precedence over anything inferred from the text:
 * a mention that matches its name or an alias resolves to it, and it keeps its name and kind.
 */
export const KnownEntity = Entity.extend({
  /** The caller's identifier, kept in the analysis; one is assigned (`e1`, `e2`, …) when left out. */
  id: z.string().min(1).optional(),
  /** Other names for the entity (`Ushakov`, `Yury Ushakov`); matched like the name. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The entity's titles and offices; descriptions such as "the Kremlin adviser" match them. */
  roles: Entity.shape.roles.default([]),
});
/** An entity the caller knows, after validation; see the {@link KnownEntity} schema. */
export type KnownEntity = z.output<typeof KnownEntity>;
/** An entity the caller knows, as passed to `analyze` (`aliases` and `roles` may be left out); see {@link KnownEntity}. */
export type KnownEntityInput = z.input<typeof KnownEntity>;

const KnownEntities = z.array(KnownEntity).superRefine((entities, context) => {
  const seen = new Set<string>();
  entities.forEach((entity, index) => {
    if (entity.id === undefined) return;
    if (seen.has(entity.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id ${JSON.stringify(entity.id)}` });
    seen.add(entity.id);
  });
});

/**
 * Validates a list of known entities, throwing a `ClaimtrailError` that names every bad path
 * (a missing name, an unknown kind, two entities with the same id).
 * @internal
 */
export function parseKnownEntities(value: unknown): KnownEntity[] {
  return parseModel(KnownEntities, value, 'knownEntities');
}
