/**
 * "According to the minutes, the vote was five to one": the minutes of a meeting are a document,
 * a thing that speaks as a report does, not a group of people; "Minutes later, police said ..."
 * still gives the police.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('"the minutes" as a source', () => {
  it('is a thing', () => {
    const { entities } = analyze({ text: 'According to the minutes, which were released on Friday, the vote was five to one.' });
    expect(entities.map((entity) => [entity.name, entity.kind])).toEqual([['the minutes', 'unknown']]);
  });

  it('leaves "Minutes later" a time', () => {
    const { quotes } = analyze({ text: 'Minutes later, police said the road was closed.' });
    expect(quotes.map((quote) => [quote.speaker?.text, quote.content.exact])).toEqual([['police', 'the road was closed']]);
  });
});
