/**
 * "Another platform, Chattr, said ...": "platform" heads a description of an online service, as
 * "app" and "service" do, so the name it describes is an organization, not a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('"platform" as the head of a description', () => {
  it('makes the name it describes an organization', () => {
    const analysis = analyze({ text: 'A rival platform, Quibbly, said it would not change its feed.' });
    const quibbly = analysis.entities.find((entity) => entity.name === 'Quibbly');
    expect(quibbly?.kind).toBe('organization');
    expect(analysis.quotes.map((q) => ({ content: q.content.exact, speaker: q.speaker?.text }))).toEqual([{ content: 'it would not change its feed', speaker: 'A rival platform, Quibbly' }]);
  });
});
