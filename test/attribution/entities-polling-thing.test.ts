/**
 * "Her internal polling shows ...": polling is a finding, like a poll or a survey; a description
 * headed by it is a thing of unknown kind, not a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('"polling" as a source', () => {
  it('makes a thing, not a person', () => {
    const { entities } = analyze({ text: 'Her internal polling shows her four points ahead.' });
    expect(entities.find((e) => e.name === 'Her internal polling')?.kind).toBe('unknown');
  });
});
